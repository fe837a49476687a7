import PlainTextReader

/// A fatal problem with one input or the command line. The CLI renders it once as
/// `copydesk: PATH: message` and exits with `exitCode`.
public struct CopydeskError: Error, Equatable, Sendable {
    public enum Kind: Sendable, Equatable {
        /// The command line is wrong (unknown format, bad option value).
        case usage
        /// The input exists but is not an article we can read (empty, binary, broken front matter).
        case badData
        /// The input path does not exist or is not a file.
        case missingInput
        /// Reading or writing failed (permissions, disk full).
        case io
        /// A writer could not express the article.
        case output
    }

    public var kind: Kind
    /// The file the problem is about, or nil for the command line.
    public var path: String?
    public var message: String
    /// The pipeline step that failed ("read", "write html"), for messages in bulk runs.
    public var step: String?

    public init(_ kind: Kind, path: String? = nil, _ message: String, step: String? = nil) {
        self.kind = kind
        self.path = path
        self.message = message
        self.step = step
    }

    /// Exit codes follow BSD sysexits so scripts can tell problems apart (documented in the README).
    public var exitCode: Int32 {
        switch kind {
        case .usage: return 64      // EX_USAGE
        case .badData: return 65    // EX_DATAERR
        case .missingInput: return 66  // EX_NOINPUT
        case .output: return 70     // EX_SOFTWARE
        case .io: return 74         // EX_IOERR
        }
    }

    /// The one-line message: `PATH: message` (the CLI adds the `copydesk: ` prefix).
    public var line: String {
        path.map { "\($0): \(message)" } ?? message
    }

    static func reading(_ error: ReaderError, path: String) -> CopydeskError {
        CopydeskError(.badData, path: path, error.message, step: "read")
    }
}
