import ArticleModel
import CommandOptions
import Copydesk
import PlainTextReader

/// `copydesk inspect FILE`: every source line with the role the reader gave it, and why.
struct InspectCommand {
    static let spec = CommandSpec(
        name: "inspect",
        abstract: "Show the role the reader gave every line of an article, and why.",
        discussion: """
        Roles: \(LineRole.Role.allCases.map(\.rawValue).joined(separator: ", ")).
        Colours are used when standard output is a terminal (set NO_COLOR to turn them off).

        Examples:
          copydesk inspect story.txt
          copydesk inspect story.txt --format json | jq '.lines[] | select(.role == "heading")'
        """,
        arguments: [ArgumentSpec("input", help: "The article to read, or - for standard input.")],
        options: [
            OptionSpec("format", choices: ["text", "json"], help: "Output format: text or json."),
            OptionSpec("full", .flag, help: "Show whole lines instead of cutting long ones."),
        ])

    var input: String
    var json: Bool
    var full: Bool

    init(_ parsed: ParsedCommand) {
        input = parsed.positionals[0]
        json = parsed.value("format") == "json"
        full = parsed.flag("full")
    }

    func run() throws -> Int32 {
        let bytes = try FileIO.read(input)
        let label = input == "-" ? "<stdin>" : input
        let result: PlainTextReader.Result
        do {
            result = try PlainTextReader(traceLines: true).read(bytes)
        } catch {
            throw CopydeskError(.badData, path: label, error.message)
        }
        let report = InspectReport(file: label, result: result)
        let output = json ? try report.json() : report.text(colour: Console.wantsColour, full: full)
        try FileIO.writeStandardOutput(Array(output.utf8))
        return 0
    }
}
