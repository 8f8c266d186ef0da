// swift-tools-version:6.0
import PackageDescription

/// On Linux the executables link jemalloc (Debian package libjemalloc-dev), which replaces
/// glibc's malloc for the whole process: reading a workspace builds and frees millions of
/// small values on several threads, and costs about a fifth less CPU and memory with it
/// (docs/performance.md).
///
/// Release builds also link the Swift runtime and Foundation into the executables
/// (`-static-stdlib`): a command then starts without resolving thousands of symbols across a
/// dozen shared libraries, and calls into the runtime (retain, release) go straight to it
/// rather than through the procedure linkage table; `report` over 10k deals takes about 5%
/// less time and CPU for it (docs/performance.md). lld links them: it does not repeat
/// glibc's link-time warning about `mktemp`, which Foundation's temporary files name.
/// Debug builds, and so the tests, stay dynamic.
let executableLinking: [LinkerSetting] = [
    .linkedLibrary("jemalloc", .when(platforms: [.linux])),
    .unsafeFlags(["-static-stdlib", "-use-ld=lld"], .when(platforms: [.linux], configuration: .release)),
]
/// The executables are compiled against the static runtime too, so that their objects name
/// every library a static Foundation needs.
let staticRuntime: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]

/// `scripts/fuzz` sets `SCRUMSELL_FUZZ=1` and compiles everything with AddressSanitizer and
/// coverage (`-Xswiftc`); only the fuzz target links libFuzzer. Passing `-sanitize=fuzzer`
/// through `-Xswiftc` instead would link libFuzzer's `main` into every executable, the build
/// plugin's tool included.
let fuzzLinking: [LinkerSetting] = Context.environment["SCRUMSELL_FUZZ"] == "1"
    ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []

/// The library's stages are separate modules so that the compiler keeps the layering, but they
/// ship as one binary: release builds let the optimiser see across them as it did inside one
/// module (`-cross-module-optimization`). Without it every read of a deal's field from another
/// stage copies the deal's fields out of their box, and `report`, `check` and `build` over 10k
/// deals took 1.4×, 1.4× and 1.8× the time of the one-module build (docs/performance.md).
/// As an unsafe flag it keeps the package from being used as a dependency of another package
/// by version; the library is used by this package's executables and tests.
let cmo: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "Scrumsell",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ScrumsellKit", targets: ["ScrumsellKit"]),
        .executable(name: "scrumsell", targets: ["scrumsell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        // RFC 4180 reading and writing (quoted commas, quotes and line breaks, a UTF-8 BOM):
        // `import` reads CRM exports with it, `deals` and `items` write their CSV with it.
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        // The Model Context Protocol's official Swift SDK: `scrumsell mcp` (ScrumsellMCP).
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", exact: "0.12.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .executableTarget(name: "TemplateEmbedder"),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["TemplateEmbedder"]
        ),
        // The library, one target per stage of the pipeline (docs/architecture.md): each may
        // import only the targets before it, so the compiler keeps the layering.
        .target(name: "ScrumsellBase", swiftSettings: cmo),
        .target(
            name: "ScrumsellRead",
            dependencies: [
                "ScrumsellBase", "CCmark", .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: cmo
        ),
        .target(name: "ScrumsellModel", dependencies: ["ScrumsellBase", "ScrumsellRead"], swiftSettings: cmo),
        .target(name: "ScrumsellGit", dependencies: ["ScrumsellBase", "ScrumsellRead", "ScrumsellModel"], swiftSettings: cmo),
        .target(name: "ScrumsellAnalyse", dependencies: ["ScrumsellBase", "ScrumsellRead", "ScrumsellModel", "ScrumsellGit"], swiftSettings: cmo),
        .target(name: "ScrumsellEdit", dependencies: ["ScrumsellBase", "ScrumsellRead", "ScrumsellModel"], swiftSettings: cmo),
        .target(
            name: "ScrumsellRender",
            dependencies: [
                "ScrumsellBase", "ScrumsellRead", "ScrumsellModel", "ScrumsellGit", "ScrumsellAnalyse",
                // libcmark's HTML renderer (safe mode) turns the workspace's inline Markdown into the HTML pages' text.
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: cmo,
            plugins: ["EmbedTemplates"]
        ),
        /// The umbrella: re-exports the stages and holds the pipelines the commands share.
        .target(
            name: "ScrumsellKit",
            dependencies: ["ScrumsellBase", "ScrumsellRead", "ScrumsellModel", "ScrumsellGit", "ScrumsellAnalyse", "ScrumsellEdit", "ScrumsellRender"],
            swiftSettings: cmo
        ),
        /// `scrumsell mcp`: the workspace served to AI assistants over the Model Context Protocol.
        .target(
            name: "ScrumsellMCP",
            dependencies: ["ScrumsellKit", .product(name: "MCP", package: "swift-sdk")]
        ),
        .executableTarget(
            name: "scrumsell",
            dependencies: [
                "ScrumsellKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: staticRuntime,
            linkerSettings: executableLinking
        ),
        /// The server `scrumsell mcp` runs, installed beside `scrumsell`: its own executable, so
        /// that the MCP SDK's networking (FoundationNetworking, libcurl) stays out of `scrumsell`.
        .executableTarget(
            name: "scrumsell-mcp",
            dependencies: ["ScrumsellKit", "ScrumsellMCP"],
            swiftSettings: staticRuntime,
            linkerSettings: executableLinking
        ),
        /// What only the benchmark and the tests need: the synthetic workspaces and histories,
        /// the measuring probes, and the benchmark itself. The shipped library holds none of it.
        .target(
            name: "ScrumsellBenchSupport",
            dependencies: [
                "ScrumsellKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "scrumsell-bench",
            dependencies: [
                "ScrumsellBenchSupport",
                "ScrumsellKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: staticRuntime,
            linkerSettings: executableLinking
        ),
        // Built for fuzzing only by scripts/fuzz (see Sources/ScrumsellFuzz); an ordinary build
        // is a stub. `-parse-as-library`: under the fuzzer the target has no `@main` type.
        .executableTarget(
            name: "scrumsell-fuzz",
            dependencies: ["ScrumsellKit"],
            path: "Sources/ScrumsellFuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])],
            linkerSettings: fuzzLinking
        ),
        .testTarget(
            name: "ScrumsellKitTests",
            dependencies: ["ScrumsellKit", "ScrumsellBenchSupport", "scrumsell-fuzz", "scrumsell-mcp"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
