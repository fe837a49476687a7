// swift-tools-version:6.0
import PackageDescription

// valgrind (callgrind, massif) cannot read clang's default DWARF 5 in the C target's objects:
// `COPYDESK_PROFILE=1 swift build …` asks for DWARF 4. Only then, because unsafe flags would stop
// other packages from depending on this one.
let profilingCSettings: [CSetting] = Context.environment["COPYDESK_PROFILE"] == "1" ? [.unsafeFlags(["-gdwarf-4"])] : []

// Dependencies point one way: ArticleModel ← reader/writers ← Copydesk (pipeline) ← CopydeskCLI ← copydesk;
// CommandOptions (the command-line parser) depends on nothing.
let package = Package(
    name: "copydesk",
    platforms: [.macOS(.v15)],   // Synchronization (atomics)
    products: [
        .executable(name: "copydesk", targets: ["copydesk"]),
        .library(name: "Copydesk", targets: ["Copydesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1",
                       providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        .target(name: "ArticleModel", dependencies: ["ByteScan", "JSONCoding"]),
        .target(name: "JSONCoding", dependencies: ["ByteScan"]),
        .target(name: "ByteScan", dependencies: ["CByteMasks"]),
        .target(name: "CByteMasks"),
        .target(name: "CSHA256", cSettings: profilingCSettings),
        .target(name: "CWorkerThreads"),
        .target(name: "WorkerThreads", dependencies: ["CWorkerThreads"]),
        .target(name: "PlainTextReader", dependencies: ["ArticleModel", "ByteScan", "CYAML"]),
        .target(name: "MustacheEngine"),
        .target(name: "HTMLWriter", dependencies: ["ArticleModel", "ByteScan", "MustacheEngine", "JSONCoding"]),
        .target(name: "MarkdownWriter", dependencies: ["ArticleModel", "ByteScan"]),
        .target(name: "FrontMatterWriter", dependencies: ["ArticleModel", "ByteScan", "MarkdownWriter", "CYAML"]),
        .target(name: "NewsMLCore", dependencies: ["ByteScan"]),
        .target(name: "NewsMLWriter", dependencies: ["ArticleModel", "ByteScan", "NewsMLCore"]),
        .target(name: "NewsMLValidator", dependencies: ["NewsMLCore", "CLibXML2"]),
        .target(name: "Copydesk", dependencies: ["ArticleModel", "ByteScan", "PlainTextReader", "HTMLWriter", "MarkdownWriter",
                                                 "NewsMLWriter", "NewsMLValidator", "FrontMatterWriter", "CLibXML2", "CYAML", "CSHA256", "JSONCoding", "WorkerThreads"]),
        .target(name: "CommandOptions"),
        .target(name: "CopydeskCLI", dependencies: ["Copydesk", "WorkerThreads", "ArticleModel", "PlainTextReader", "NewsMLValidator", "CommandOptions", "JSONCoding"]),
        .executableTarget(name: "copydesk", dependencies: ["CopydeskCLI"]),
        // Benchmarks (`make bench`): not installed.
        // Top-level benchmark scripts: Swift 5 mode spares them the strict-concurrency ceremony.
        .executableTarget(name: "copydesk-iofloor", dependencies: ["WorkerThreads"], path: "Benchmarks/IOFloor", swiftSettings: [.swiftLanguageMode(.v5)]),
        .target(name: "BenchSupport", path: "Benchmarks/Support", swiftSettings: [.swiftLanguageMode(.v5)]),
        .executableTarget(name: "copydesk-reader-bench", dependencies: ["PlainTextReader", "BenchSupport"], path: "Benchmarks/ReaderBench",
                          swiftSettings: [.swiftLanguageMode(.v5)]),
        .executableTarget(name: "copydesk-stage-bench", dependencies: ["Copydesk", "ArticleModel", "BenchSupport"], path: "Benchmarks/StageBench",
                          swiftSettings: [.swiftLanguageMode(.v5)]),
        .target(name: "TestSupport", dependencies: ["ArticleModel"], path: "Tests/TestSupport"),
        .testTarget(name: "CommandOptionsTests", dependencies: ["CommandOptions", "TestSupport"]),
        // Foundation's JSONEncoder and JSONDecoder are the oracle JSONCoding is held to.
        .testTarget(name: "JSONCodingTests", dependencies: ["JSONCoding", "TestSupport"]),
        .testTarget(name: "ByteScanTests", dependencies: ["ByteScan", "TestSupport"]),
        .testTarget(name: "ArticleModelTests", dependencies: ["ArticleModel", "TestSupport"]),
        .testTarget(name: "PlainTextReaderTests", dependencies: ["PlainTextReader", "TestSupport"]),
        .testTarget(name: "HTMLWriterTests", dependencies: ["HTMLWriter", "TestSupport"]),
        // swift-mustache is the oracle the page-template engine is held to; the tool itself does not link it.
        .testTarget(name: "MustacheEngineTests", dependencies: ["MustacheEngine", "HTMLWriter", "ArticleModel", "PlainTextReader", "TestSupport",
                                                                .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "MarkdownWriterTests", dependencies: ["MarkdownWriter", "TestSupport"]),
        .testTarget(name: "FrontMatterWriterTests", dependencies: ["FrontMatterWriter", "PlainTextReader", "TestSupport"]),
        .testTarget(name: "NewsMLTests", dependencies: ["NewsMLWriter", "NewsMLValidator", "NewsMLCore", "ByteScan", "CLibXML2", "TestSupport"]),
        .testTarget(name: "CopydeskTests", dependencies: ["Copydesk", "WorkerThreads", "CLibXML2", "CYAML", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "ArticleModel"], exclude: []),
    ]
)
