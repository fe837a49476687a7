import CommandOptions
import Copydesk

/// The root command: `copydesk <command>`.
public enum CopydeskCommand {
    public static let version = CopydeskVersion.string

    static let program = ProgramSpec(
        name: "copydesk",
        version: version,
        abstract: "Convert plain-text news articles to JSON, HTML, Markdown, NewsML-G2 and front-matter pages.",
        discussion: """
        Exit codes: 0 success, 64 usage error, 65 bad input data, 66 missing input, \
        70 an output could not be produced, 74 I/O failure.
        """,
        commands: [ConvertCommand.spec, ValidateCommand.spec, InspectCommand.spec, FormatsCommand.spec])

    /// Runs the command line and exits; the only place that turns errors into messages and exit codes.
    public static func runAndExit(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            switch try program.parse(arguments) {
            case .help(let text): try FileIO.writeStandardOutput(Array(text.utf8))
            case .version(let text): try FileIO.writeStandardOutput(Array((text + "\n").utf8))
            case .run(let parsed): Console.exit(try run(parsed))
            }
        } catch let error as UsageError {
            Console.error(error.message)
            Console.exit(CopydeskError(.usage, error.message).exitCode)
        } catch let error as CopydeskError {
            Console.error(error.line)
            Console.exit(error.exitCode)
        } catch {
            Console.error("\(error)")
            Console.exit(CopydeskError(.output, "\(error)").exitCode)
        }
        Console.exit(0)
    }

    /// Runs one command; its exit status.
    static func run(_ parsed: ParsedCommand) throws -> Int32 {
        switch parsed.spec.name {
        case ConvertCommand.spec.name: return try ConvertCommand(parsed).run()
        case ValidateCommand.spec.name: return try ValidateCommand(parsed).run()
        case InspectCommand.spec.name: return try InspectCommand(parsed).run()
        default: return try FormatsCommand().run()
        }
    }
}
