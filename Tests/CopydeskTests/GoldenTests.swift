import Foundation
import Testing
import TestSupport
@testable import Copydesk

/// Every sample, written by every golden format, must match its file under Samples/expected/.
/// Regenerate with `make golden` and review the diff.
@Suite struct GoldenTests {
    static let formats = ["json", "html", "markdown", "newsml", "frontmatter"]
    /// `make golden` runs with SOURCE_DATE_EPOCH=1767225600, so dates do not depend on file times.
    static let goldenDate = "2026-01-01T00:00:00Z"

    @Test(arguments: Fixtures.sampleNames())
    func sampleMatchesGoldenFiles(_ name: String) throws {
        let input = try Fixtures.bytes(Fixtures.sample("\(name).txt"))
        for format in Self.formats {
            var options = WriterOptions()
            options.newsml.fallbackDate = Self.goldenDate
            let pipeline = Pipeline(reader: PlainTextFormat(), writer: try FormatRegistry.standard.writer(named: format), options: options)
            let output = try pipeline.run(input, path: name)
            let writer = try FormatRegistry.standard.writer(named: format)
            let expectedURL = Fixtures.sample("expected/\(name).\(writer.fileExtension)")
            let expected = try Fixtures.bytes(expectedURL)
            if output.bytes != expected {
                let ours = String(decoding: output.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let gold = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let line = Array(zip(ours, gold)).firstIndex(where: { $0.0 != $0.1 }) ?? min(ours.count, gold.count)
                Issue.record("""
                    \(name).\(format) differs from its golden file at line \(line + 1); run `make golden` and review
                      golden: \(line < gold.count ? gold[line] : "<end>")
                      output: \(line < ours.count ? ours[line] : "<end>")
                    """)
            }
        }
    }

    @Test func thereAreAtLeastTwelveSamples() {
        #expect(Fixtures.sampleNames().count >= 12)
    }
}
