/// Why an input cannot be read as an article. Each case maps to one exit code at the CLI.
public enum ReaderError: Error, Equatable, Sendable {
    /// The input has no visible text.
    case empty
    /// The input contains NUL bytes: a binary file, or UTF-16/32 without a byte-order mark.
    case binary(offset: Int)
    /// The YAML front matter at the top cannot be parsed.
    case frontMatter(line: Int, problem: String)

    /// A one-line description for `copydesk: PATH: <description>`.
    public var message: String {
        switch self {
        case .empty: return "the file is empty or contains only white space"
        case .binary(let offset): return "not a text file (NUL byte at offset \(offset))"
        case .frontMatter(let line, let problem): return "front matter, line \(line): \(problem)"
        }
    }
}

/// A non-fatal finding of the reader, e.g. a legacy encoding guessed.
public struct ReaderWarning: Equatable, Sendable {
    public var line: Int?
    public var message: String
    public init(line: Int? = nil, message: String) {
        self.line = line
        self.message = message
    }
}
