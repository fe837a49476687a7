/// What a command accepts, declared once: its options, its positional arguments and the texts
/// its help shows. Parsing (`CommandSpec.parse`) and help (`HelpText`) both read this.
public struct CommandSpec: Sendable {
    public var name: String
    public var abstract: String
    /// Made only when help is shown: the commands' texts list formats and rules, which every
    /// start would otherwise assemble for nothing.
    public var discussion: @Sendable () -> String
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]

    public init(name: String, abstract: String, discussion: @autoclosure @escaping @Sendable () -> String = "",
                arguments: [ArgumentSpec] = [], options: [OptionSpec] = []) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
    }

    func option(long: Substring) -> OptionSpec? { options.first { $0.long == long } }
    func option(short: UInt8) -> OptionSpec? { options.first { $0.short == short } }
}

/// A named option: `--long`, and `-s` when it has a short name.
public struct OptionSpec: Sendable {
    public enum Kind: Sendable {
        /// Present or absent.
        case flag
        /// Takes one value; given twice, the last wins.
        case value
        /// Takes one value and may be given many times; every value is kept, in order.
        case repeatable
    }

    public var long: String
    public var short: UInt8?
    public var kind: Kind
    public var help: String
    /// The values allowed, when the option takes one of a fixed set (checked while parsing).
    public var choices: [String]

    public init(_ long: String, short: Character? = nil, _ kind: Kind = .value, choices: [String] = [], help: String) {
        self.long = long
        self.short = short?.asciiValue
        self.kind = kind
        self.help = help
        self.choices = choices
    }

    /// How help and errors write it: `-o, --output <output>`, `--quiet`.
    var label: String {
        let names = (short.map { "-\(Character(Unicode.Scalar($0))), " } ?? "") + "--\(long)"
        return kind == .flag ? names : "\(names) <\(long)>"
    }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
    public var name: String
    public var help: String
    /// Takes every remaining positional argument (none is also fine).
    public var repeated: Bool

    public init(_ name: String, repeated: Bool = false, help: String) {
        self.name = name
        self.help = help
        self.repeated = repeated
    }

    var label: String { repeated ? "[<\(name)> ...]" : "<\(name)>" }
}
