import Foundation
import Testing
import TestSupport

/// The reader's accuracy on real wire copy, measured by the shared scorer (issue: ≥ 0.99 overall).
@Suite struct CorpusScoreTests {
    @Test(.enabled(if: Fixtures.hasShared, "needs ../shared/corpus/wire and its scorer (present in CI)"))
    func wireCorpusScoresAtLeast099() throws {
        let scorer = Fixtures.sharedFile("tools/score-structure.py").path
        let corpus = Fixtures.sharedFile("corpus/wire").path
        let binary = BinaryRunner.binary.path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer, "--dir", corpus, "--cmd", "\(binary) convert --to json {input}", "--fail-under", "0.99"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "scorer below 0.99:\n\(output.split(separator: "\n").suffix(16).joined(separator: "\n"))")
        #expect(output.contains("failures: 0"))
    }
}
