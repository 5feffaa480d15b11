// swift-tools-version: 6.1
import PackageDescription

// A package of its own, so `swift test` in the main package never builds the benchmarks.
let package = Package(
    name: "LegitBenchmarks",
    platforms: [.macOS("26.0")],
    dependencies: [
        // Named, so the dependency reads `legit` whatever the checkout folder is called.
        .package(name: "legit", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.0.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "LegitBenchmarks",
            dependencies: [
                .product(name: "EssayKit", package: "legit"),
                .product(name: "ArgumentGraph", package: "legit"),
                .product(name: "Explorer", package: "legit"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/LegitBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(name: "Profile", dependencies: [.product(name: "EssayKit", package: "legit"), .product(name: "ArgumentGraph", package: "legit")], path: "Profile"),
    ]
)
