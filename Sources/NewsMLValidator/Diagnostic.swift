/// One finding about one file: `FILE:LINE: severity: message [code]`.
public struct Diagnostic: Equatable, Sendable, Codable {
    public enum Severity: String, Sendable, Codable { case error, warning }

    public var file: String
    public var line: Int?
    public var severity: Severity
    /// `XML` (well-formedness), `XSD` (schema validity), `SAFE` (refused input) or a copydesk rule `CD1xx`.
    public var code: String
    public var message: String

    public init(file: String, line: Int?, severity: Severity, code: String, message: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.code = code
        self.message = message
    }

    /// The conventional one-line form, as compilers print it.
    public var text: String {
        "\(file):\(line.map(String.init) ?? "0"): \(severity.rawValue): \(message) [\(code)]"
    }
}

/// The verdict on one file.
public struct FileReport: Sendable, Codable {
    public var file: String
    public var diagnostics: [Diagnostic]

    public init(file: String, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics
    }

    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// Valid: no errors (and, under `--strict`, no warnings either).
    public func isValid(strict: Bool) -> Bool { errors == 0 && (!strict || warnings == 0) }
}

/// Codes of the rules the XML Schema cannot express, checked after it.
public enum RuleCode {
    public static let undeclaredAlias = "CD101"
    public static let conformance = "CD102"
    public static let timeZone = "CD103"
    public static let inlineXMLRoot = "CD104"
    public static let textCounts = "CD105"

    public static let all: [(code: String, rule: String)] = [
        (undeclaredAlias, "every QCode's alias is declared by an inline catalog or a known IPTC catalog"),
        (conformance, "conformance=\"power\" is present when power-only elements are used"),
        (timeZone, "versionCreated (and firstCreated, sent) carry a time zone"),
        (inlineXMLRoot, "inlineXML holds one root element in a declared, non-NewsML namespace"),
        (textCounts, "wordcount and charcount of an XHTML rendition match its text"),
    ]
}
