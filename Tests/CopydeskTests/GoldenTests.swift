import Foundation
import Testing
import TestSupport
@testable import Copydesk

/// Every sample, written by every golden format, must match its file under Samples/expected/.
/// Regenerate with `make golden` and review the diff.
@Suite struct GoldenTests {
    static let formats = ["json"]

    @Test(arguments: Fixtures.sampleNames())
    func sampleMatchesGoldenFiles(_ name: String) throws {
        let input = try Fixtures.bytes(Fixtures.sample("\(name).txt"))
        for format in Self.formats {
            let pipeline = Pipeline(reader: PlainTextFormat(), writer: try FormatRegistry.standard.writer(named: format))
            let output = try pipeline.run(input, path: name)
            let expectedURL = Fixtures.sample("expected/\(name).\(format)")
            let expected = try Fixtures.bytes(expectedURL)
            #expect(output.bytes == expected, "\(name).\(format) differs from its golden file; run `make golden` and review")
        }
    }

    @Test func thereAreAtLeastTwelveSamples() {
        #expect(Fixtures.sampleNames().count >= 12)
    }
}
