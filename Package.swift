// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "legit",
    platforms: [.macOS("26.0")],
    products: [
        .executable(name: "legit", targets: ["legit"]),
        .library(name: "EssayKit", targets: ["EssayKit"]),
        .library(name: "ArgumentGraph", targets: ["ArgumentGraph"]),
        .library(name: "Explorer", targets: ["Explorer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The one place for raw memory, pointers, C calls and hand-rolled parallelism (docs/DECISIONS.md).
        .target(name: "LowLevel", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "EssayKit", dependencies: ["LowLevel"], exclude: ["Citations/LegalData/NOTICE.md"]),
        .target(name: "ArgumentGraph", dependencies: ["EssayKit", "LowLevel", .product(name: "Yams", package: "Yams")]),
        .target(name: "Explorer", dependencies: ["EssayKit", "ArgumentGraph"]),
        .systemLibrary(name: "CNCurses", providers: [.apt(["libncurses-dev"])]),
        .target(name: "TerminalBackend", dependencies: ["Explorer", "CNCurses"]),
        .target(
            name: "LegitCommands",
            dependencies: [
                "EssayKit",
                "ArgumentGraph",
                "Explorer",
                "LowLevel",
                "TerminalBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "legit", dependencies: ["LegitCommands"]),
        .testTarget(
            name: "EssayKitTests",
            dependencies: ["EssayKit", "LowLevel", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ArgumentGraphTests",
            dependencies: ["ArgumentGraph", "EssayKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ExplorerTests", dependencies: ["Explorer", "EssayKit", "ArgumentGraph", "CNCurses"]),
        .testTarget(
            name: "LegitCommandsTests",
            dependencies: ["LegitCommands", "EssayKit", "legit"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
