/// A command's arguments, read against its `CommandSpec`.
public struct ParsedCommand: Sendable {
    public let spec: CommandSpec
    /// Positional arguments, in order.
    public private(set) var positionals: [String] = []
    /// Values by the option's long name; a flag has one empty value per time it was given.
    private var given: [String: [String]] = [:]
    private let program: String

    public func flag(_ long: String) -> Bool { !checked(long, .flag).isEmpty }
    /// The option's value; the last one when it was given more than once.
    public func value(_ long: String) -> String? { checked(long, .value).last }
    public func values(_ long: String) -> [String] { checked(long, .repeatable) }

    /// The option's value as a whole number of at least `minimum`.
    public func integer(_ long: String, atLeast minimum: Int) throws(UsageError) -> Int? {
        guard let text = value(long) else { return nil }
        guard let number = Int(text), number >= minimum else {
            throw error("--\(long) takes a whole number of at least \(minimum), not '\(text)'")
        }
        return number
    }

    /// A usage error about this command, with where to read its help.
    public func error(_ message: String) -> UsageError {
        UsageError("\(spec.name): \(message) (see '\(program) \(spec.name) --help')")
    }

    private func checked(_ long: String, _ kind: OptionSpec.Kind) -> [String] {
        precondition(spec.options.contains { $0.long == long && $0.kind == kind }, "--\(long) is not a declared \(kind) option of \(spec.name)")
        return given[long] ?? []
    }

    init(spec: CommandSpec, program: String) {
        self.spec = spec
        self.program = program
    }

    mutating func add(_ option: OptionSpec, _ value: String) throws(UsageError) {
        if !option.choices.isEmpty && !option.choices.contains(value) {
            throw error("--\(option.long) takes \(Self.list(option.choices)), not '\(value)'")
        }
        given[option.long, default: []].append(value)
    }

    mutating func addPositional(_ argument: String) throws(UsageError) {
        let room = spec.arguments.contains(where: \.repeated) ? Int.max : spec.arguments.count
        guard positionals.count < room else { throw error("unexpected argument '\(argument)'") }
        positionals.append(argument)
    }

    static func list(_ words: [String]) -> String {
        let quoted = words.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }
}

extension CommandSpec {
    /// Reads a command's arguments. Accepted forms, as getopt's: `--name value`, `--name=value`,
    /// `-n value`, `-nvalue`, flags grouped (`-sq`), `--` before arguments that start with a dash;
    /// a lone `-` is an argument (standard input). `-h` or `--help` anywhere asks for help.
    public func parse(_ arguments: ArraySlice<String>, program: String) throws(UsageError) -> ProgramSpec.Invocation {
        var parsed = ParsedCommand(spec: self, program: program)
        var rest = arguments
        while let argument = rest.popFirst() {
            let bytes = argument.utf8
            if argument == "--" {
                for positional in rest { try parsed.addPositional(positional) }
                break
            } else if argument == "-h" || argument == "--help" {
                return .help(HelpText.command(self, program: program))
            } else if bytes.starts(with: "--".utf8) {
                let body = argument.dropFirst(2)
                let equals = body.firstIndex(of: "=")
                let name = body[..<(equals ?? body.endIndex)]
                guard let option = option(long: name) else { throw parsed.error(unknown: "--\(name)", among: options) }
                if option.kind == .flag {
                    guard equals == nil else { throw parsed.error("--\(name) takes no value") }
                    try parsed.add(option, "")
                } else if let equals {
                    try parsed.add(option, String(body[body.index(after: equals)...]))
                } else {
                    guard let value = rest.popFirst() else { throw parsed.error("--\(name) needs a value") }
                    try parsed.add(option, value)
                }
            } else if bytes.count > 1 && bytes.first == UInt8(ascii: "-") {
                // A group of short options: flags, then at most one that takes the rest (or the next argument).
                var index = bytes.index(after: bytes.startIndex)
                while index < bytes.endIndex {
                    let letter = bytes[index]
                    guard let option = option(short: letter) else {
                        throw parsed.error(unknown: "-" + String(decoding: [letter], as: UTF8.self), among: options)
                    }
                    index = bytes.index(after: index)
                    if option.kind == .flag {
                        try parsed.add(option, "")
                        continue
                    }
                    if index < bytes.endIndex {
                        try parsed.add(option, String(argument[index...]))
                    } else {
                        guard let value = rest.popFirst() else { throw parsed.error("-\(String(decoding: [letter], as: UTF8.self)) needs a value") }
                        try parsed.add(option, value)
                    }
                    break
                }
            } else {
                try parsed.addPositional(argument)
            }
        }
        if let required = requiredArguments.dropFirst(parsed.positionals.count).first {
            throw parsed.error("missing <\(required.name)>")
        }
        return .run(parsed)
    }

    /// The positional arguments that must be given: the leading ones that are not repeated.
    private var requiredArguments: [ArgumentSpec] { Array(arguments.prefix { !$0.repeated }) }
}

extension ParsedCommand {
    func error(unknown name: String, among options: [OptionSpec]) -> UsageError {
        let typed = String(name.drop { $0 == "-" })
        return error("unknown option '\(name)'" + (Suggestion.nearest(typed, among: options.map(\.long)).map { "; did you mean '--\($0)'?" } ?? ""))
    }
}

/// The name a user probably meant: the only one the typed text begins, else the one a typo or
/// two away (fewer than half the typed letters), else none.
enum Suggestion {
    static func nearest(_ typed: String, among names: [String]) -> String? {
        let starting = names.filter { $0.hasPrefix(typed) }
        if starting.count == 1 { return starting[0] }
        return names.map { (name: $0, distance: EditDistance.between(Array(typed.utf8), Array($0.utf8))) }
            .filter { $0.distance <= 2 && $0.distance * 2 < typed.utf8.count }
            .min { $0.distance < $1.distance }?.name
    }
}

/// Levenshtein distance on bytes: enough to suggest an option name for a typo.
enum EditDistance {
    static func between(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
