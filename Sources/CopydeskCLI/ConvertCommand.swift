import ArgumentParser
import Copydesk

/// `copydesk convert INPUT --to FORMAT [-o OUTPUT]`.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert one article.",
        discussion: """
        Formats: \(FormatRegistry.standard.writers.map { "\($0.name) (\($0.summary))" }.joined(separator: "; ")).

        Examples:
          copydesk convert story.txt --to json
          copydesk convert story.txt --to html -s -o story.html
          copydesk convert story.txt --to html -s --template my-page.mustache
          copydesk convert story.txt --to markdown --wrap 72
          cat story.txt | copydesk convert - --to json > story.json
        """)

    @Argument(help: "The article to read, or - for standard input.")
    var input: String

    @Option(name: .long, help: "Output format (see `copydesk formats`).")
    var to: String = "json"

    @Option(name: [.short, .long], help: "Where to write the output; - or nothing for standard output.")
    var output: String?

    @OptionGroup var writerFlags: WriterFlags

    mutating func run() throws {
        let registry = FormatRegistry.standard
        let options = try writerFlags.options()
        let pipeline = Pipeline(reader: try registry.reader(named: "text"), writer: try registry.writer(named: to), options: options)
        let bytes = try FileIO.read(input)
        let label = input == "-" ? "<stdin>" : input
        let result = try pipeline.run(bytes, path: label)
        for warning in result.warnings { Console.error("\(label): warning: \(warning)") }
        if let output, output != "-" {
            try FileIO.writeAtomically(result.bytes, to: output)
        } else {
            try FileIO.writeStandardOutput(result.bytes)
        }
    }
}
