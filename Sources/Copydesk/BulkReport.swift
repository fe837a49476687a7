import JSONCoding

/// What happened to one input in a bulk run.
public struct FileOutcome: Codable, Sendable {
    public enum Status: String, Codable, Sendable { case converted, unchanged, failed }
    public var input: String
    public var status: Status
    public var outputs: [String]
    public var error: String?
    public var warnings: [String]
}

/// The run's totals, printed as the final summary and written into `--report`.
public struct BulkSummary: Codable, Sendable {
    public var converted = 0
    public var unchanged = 0
    public var failed = 0
    public var notStarted = 0
    public var seconds = 0.0
    public var articlesPerSecond: Double { seconds > 0 ? Double(converted + unchanged) / seconds : 0 }

    /// "converted 998, skipped 0 (unchanged), failed 2 in 1.234 s (810 articles/s)".
    public var line: String {
        var text = "converted \(converted), skipped \(unchanged) (unchanged), failed \(failed)"
        if notStarted > 0 { text += ", not started \(notStarted) (--fail-fast)" }
        return text + " in \(ValidationReport.formatSeconds(seconds)) s (\(Int(articlesPerSecond.rounded())) articles/s)"
    }
}

public struct BulkReport: Codable, Sendable {
    public var version = 1
    public var summary: BulkSummary
    public var files: [FileOutcome]

    public init(summary: BulkSummary, files: [FileOutcome]) {
        self.summary = summary
        self.files = files
    }

    public func jsonBytes() -> [UInt8] {
        ((try? JSONEncoding.encode(self, pretty: true)) ?? []) + [0x0A]
    }
}
