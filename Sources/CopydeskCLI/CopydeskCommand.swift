import ArgumentParser
import Copydesk

/// The root command: `copydesk <subcommand>`.
public struct CopydeskCommand: ParsableCommand {
    public static let version = CopydeskVersion.string

    public static let configuration = CommandConfiguration(
        commandName: "copydesk",
        abstract: "Convert plain-text news articles to JSON, HTML, Markdown, NewsML-G2 and front-matter pages.",
        discussion: """
        Exit codes: 0 success, 64 usage error, 65 bad input data, 66 missing input, \
        70 an output could not be produced, 74 I/O failure.
        """,
        version: version,
        subcommands: [ConvertCommand.self, ValidateCommand.self, InspectCommand.self, FormatsCommand.self])

    public init() {}

    /// Runs the command line and exits; the only place that turns errors into messages and exit codes.
    public static func runAndExit() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CopydeskError {
            Console.error(error.line)
            Console.exit(error.exitCode)
        } catch let error as ExitCode {
            Console.exit(error.rawValue)
        } catch {
            exit(withError: error)
        }
        Console.exit(0)
    }
}
