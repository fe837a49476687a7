/// A program of several commands (`copydesk convert …`), with `--help`, `help COMMAND` and
/// `--version` handled here so that every command gets them alike.
public struct ProgramSpec: Sendable {
    public var name: String
    public var version: String
    public var abstract: String
    public var discussion: String
    public var commands: [CommandSpec]

    public init(name: String, version: String, abstract: String, discussion: String = "", commands: [CommandSpec]) {
        self.name = name
        self.version = version
        self.abstract = abstract
        self.discussion = discussion
        self.commands = commands
    }

    /// What the command line asks for: help or the version to print, or a command to run.
    public enum Invocation: Sendable {
        case help(String)
        case version(String)
        case run(ParsedCommand)
    }

    /// Reads the arguments after the program's name.
    public func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        guard let first = arguments.first else { return .help(HelpText.program(self)) }
        switch first {
        case "-h", "--help": return .help(HelpText.program(self))
        case "--version": return .version(version)
        case "help":
            guard arguments.count > 1 else { return .help(HelpText.program(self)) }
            return .help(HelpText.command(try command(named: arguments[1]), program: name))
        default:
            let spec = try command(named: first)
            return try spec.parse(arguments.dropFirst(), program: name)
        }
    }

    func command(named name: String) throws(UsageError) -> CommandSpec {
        if let spec = commands.first(where: { $0.name == name }) { return spec }
        if name.hasPrefix("-") { throw UsageError("unknown option '\(name)' (see '\(self.name) --help')") }
        let names = commands.map(\.name)
        let hint = Suggestion.nearest(name, among: names).map { "did you mean '\($0)'?" } ?? "commands: \(names.joined(separator: ", "))"
        throw UsageError("unknown command '\(name)'; \(hint) (see '\(self.name) --help')")
    }
}

/// A command line that asks for something the program does not offer, said in one line.
public struct UsageError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
