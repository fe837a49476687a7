import ArgumentParser
import ArticleModel
import Copydesk
import NewsMLValidator
import NewsMLWriter
#if canImport(Glibc)
import Glibc
#endif

/// `copydesk convert INPUT --to FORMAT [-o OUTPUT]`.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert articles.",
        discussion: """
        Formats: \(FormatRegistry.standard.writers.map { "\($0.name) (\($0.summary))" }.joined(separator: "; ")); \
        newsml-message (all inputs as one NewsML-G2 newsMessage).

        Examples:
          copydesk convert story.txt --to json
          copydesk convert story.txt --to html -s -o story.html
          copydesk convert story.txt --to html -s --template my-page.mustache
          copydesk convert story.txt --to markdown --wrap 72
          copydesk convert story.txt --to newsml --provider "Example News" --provider-domain example.com --validate
          copydesk convert a.txt b.txt --to newsml-message -o message.xml
          cat story.txt | copydesk convert - --to json > story.json
        """)

    @Argument(help: "The article to read, or - for standard input.")
    var inputs: [String]

    @Option(name: .long, help: "Output format (see `copydesk formats`).")
    var to: String = "json"

    @Option(name: [.short, .long], help: "Where to write the output; - or nothing for standard output.")
    var output: String?

    @OptionGroup var writerFlags: WriterFlags

    @Flag(name: .customLong("validate"), help: "NewsML: validate each item against the schema before writing it.")
    var validateOutput = false

    @Option(name: .long, help: "NewsML: the schema for --validate (see `copydesk validate --help` for the lookup).")
    var schema: String?

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give an article to convert, or - for standard input") }
        if inputs.count > 1 && to != "newsml-message" {
            throw ValidationError("convert one article at a time here, or all of them into one --to newsml-message")
        }
    }

    mutating func run() throws {
        let registry = FormatRegistry.standard
        let options = try writerFlags.options()
        let isMessage = to == "newsml-message"
        let writer = try registry.writer(named: isMessage ? "newsml" : to)
        let pipeline = Pipeline(reader: try registry.reader(named: "text"), writer: writer, options: options)
        let checker = validateOutput ? try ValidationRun(schemaPath: SchemaLocator.locate(flag: schema), jobs: 1) : nil

        let bytes: [UInt8]
        if isMessage {
            bytes = try message(pipeline, checker: checker)
        } else {
            let input = inputs[0]
            let label = input == "-" ? "<stdin>" : input
            let source = try FileIO.read(input)
            let result = try pipeline.run(source, path: label, modified: FileIO.modificationTime(input))
            for warning in result.warnings { Console.error("\(label): warning: \(warning)") }
            if let checker, writer.name == "newsml" { try check(result.bytes, label: label, with: checker) }
            bytes = result.bytes
        }
        if let output, output != "-" {
            try FileIO.writeAtomically(bytes, to: output)
        } else {
            try FileIO.writeStandardOutput(bytes)
        }
    }

    /// Every input read and written as an item of one newsMessage.
    func message(_ pipeline: Pipeline, checker: ValidationRun?) throws -> [UInt8] {
        var items: [(article: Article, options: NewsMLWriter.Options)] = []
        var newest: Int64? = nil
        for input in try InputFiles.expand(inputs, extensions: ["txt"]) {
            let label = input == "-" ? "<stdin>" : input
            let source = try FileIO.read(input)
            let read = try pipeline.read(source, path: label)
            for warning in read.warnings { Console.error("\(label): warning: \(warning)") }
            var options = pipeline.options.newsml
            let modified = FileIO.modificationTime(input)
            options.fallbackID = options.fallbackID ?? "sha256-" + String(SHA256.hex(source).prefix(32))
            if options.fallbackDate == nil, let modified { options.fallbackDate = Timestamp.utc(secondsSince1970: modified) }
            if let modified { newest = max(newest ?? modified, modified) }
            items.append((read.article, options))
        }
        let sent = pipeline.options.newsml.fallbackDate ?? newest.map { Timestamp.utc(secondsSince1970: $0) } ?? "1970-01-01T00:00:00Z"
        let output = NewsMLWriter.message(items.map { ($0.article, $0.options) }, sent: sent)
        for warning in output.warnings { Console.error("warning: \(warning)") }
        if let checker { try check(output.bytes, label: "newsMessage", with: checker) }
        return output.bytes
    }

    /// Refuses to write an item the schema rejects; its findings go to standard error.
    func check(_ bytes: [UInt8], label: String, with checker: ValidationRun) throws {
        let report = checker.validator.validate(bytes, file: label)
        for diagnostic in report.diagnostics { Console.error(diagnostic.text) }
        if report.errors > 0 {
            throw CopydeskError(.output, path: label, "the NewsML-G2 output is not valid (\(report.errors) error(s)); nothing written")
        }
    }
}
