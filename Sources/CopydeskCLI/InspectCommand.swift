import ArgumentParser
import ArticleModel
import Copydesk
import PlainTextReader

/// `copydesk inspect FILE`: every source line with the role the reader gave it, and why.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show the role the reader gave every line of an article, and why.",
        discussion: """
        Roles: \(LineRole.Role.allCases.map(\.rawValue).joined(separator: ", ")).
        Colours are used when standard output is a terminal (set NO_COLOR to turn them off).

        Examples:
          copydesk inspect story.txt
          copydesk inspect story.txt --format json | jq '.lines[] | select(.role == "heading")'
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The article to read, or - for standard input.")
    var input: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    @Flag(name: .long, help: "Show whole lines instead of cutting long ones.")
    var full = false

    func run() throws {
        let bytes = try FileIO.read(input)
        let label = input == "-" ? "<stdin>" : input
        let result: PlainTextReader.Result
        do {
            result = try PlainTextReader(traceLines: true).read(bytes)
        } catch {
            throw CopydeskError(.badData, path: label, error.message)
        }
        let output: String
        switch format {
        case .json: output = try InspectReport(file: label, result: result).json()
        case .text: output = InspectReport(file: label, result: result).text(colour: Console.wantsColour, full: full)
        }
        try FileIO.writeStandardOutput(Array(output.utf8))
    }
}
