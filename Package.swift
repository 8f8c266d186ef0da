// swift-tools-version:6.0
import PackageDescription

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
            ]
        ),
        .executableTarget(
            name: "scrumsell-bench",
            dependencies: [
                "ScrumsellKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ScrumsellKitTests",
            dependencies: ["ScrumsellKit", "scrumsell-bench"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
