// swift-tools-version: 6.1
import PackageDescription

// A package of its own, so `swift test` in the main package never builds the fuzzers. Build with
// `swift build -c release --sanitize=fuzzer --sanitize=address` (see the README's Fuzzing section).
let package = Package(
    name: "LegitFuzz",
    platforms: [.macOS("26.0")],
    dependencies: [
        // Named, so the dependency reads `legit` whatever the checkout folder is called.
        .package(name: "legit", path: ".."),
    ],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "EssayKit", package: "legit"),
                .product(name: "ArgumentGraph", package: "legit"),
            ]
        ),
        .executableTarget(name: "EssayParserFuzzer", dependencies: [.product(name: "EssayKit", package: "legit")]),
        .executableTarget(name: "CitationFuzzer", dependencies: [.product(name: "EssayKit", package: "legit")]),
        .executableTarget(
            name: "AnnotationFuzzer",
            dependencies: [
                "FuzzSupport",
                .product(name: "EssayKit", package: "legit"),
                .product(name: "ArgumentGraph", package: "legit"),
            ]
        ),
        .executableTarget(
            name: "SearchQueryFuzzer",
            dependencies: [
                "FuzzSupport",
                .product(name: "ArgumentGraph", package: "legit"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
