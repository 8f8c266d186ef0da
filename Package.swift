// swift-tools-version:6.0
import PackageDescription

/// On Linux the executables link jemalloc (Debian package libjemalloc-dev), which replaces
/// glibc's malloc for the whole process: reading a workspace builds and frees millions of
/// small values on several threads, and costs about a fifth less CPU and memory with it
/// (README, Performance).
let fastAllocator: [LinkerSetting] = [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]

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
        .target(
            name: "ScrumsellKit",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        .executableTarget(
            name: "scrumsell",
            dependencies: [
                "ScrumsellKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: fastAllocator
        ),
        .executableTarget(
            name: "scrumsell-bench",
            dependencies: [
                "ScrumsellKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: fastAllocator
        ),
        .testTarget(
            name: "ScrumsellKitTests",
            dependencies: ["ScrumsellKit", "scrumsell-bench"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
