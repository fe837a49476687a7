import Foundation
import Testing
import ArticleModel
import TestSupport
@testable import Copydesk
import NewsMLValidator

/// Every sample's NewsML-G2, and the seed's, is valid without warnings, and IPTC's own Python
/// library (`newsmlg2`) loads each one and reads back the headline.
@Suite(.enabled(if: Fixtures.hasShared, "needs ../shared/schemas (present in CI)"))
struct NewsMLSampleTests {
    static let schema = Fixtures.sharedFile("schemas/newsml-g2-2.35/G2-multi-schema-2.35.xsd").path

    static func inputs() -> [URL] {
        Fixtures.sampleNames().map { Fixtures.sample("\($0).txt") } + [Fixtures.sharedFile("seed/assad-putin-moscow.txt")]
    }

    @Test func samplesAndSeedAreValidAndIPTCsLibraryReadsTheirHeadlines() throws {
        let validator = try NewsMLSchemaValidator(schemaPath: Self.schema)
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = WriterOptions()
        options.newsml.fallbackDate = "2026-01-01T00:00:00Z"
        var headlines: [String: String?] = [:]
        for input in Self.inputs() {
            let pipeline = Pipeline(reader: PlainTextFormat(), writer: NewsMLFormat(), options: options)
            let source = try Fixtures.bytes(input)
            let article = try pipeline.read(source, path: input.path).article
            let output = try pipeline.write(article, source: source, path: input.path)
            let report = validator.validate(output.bytes, file: input.lastPathComponent)
            #expect(report.diagnostics.isEmpty, "\(input.lastPathComponent): \(report.diagnostics.map(\.text))")
            let file = folder.appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".xml")
            try Data(output.bytes).write(to: file)
            headlines[file.path] = article.meta.headline
        }
        guard ExternalTools.available(ExternalTools.hasPythonModule("NewsMLG2") ? "yes" : nil) else {
            print("NewsMLSampleTests: IPTC's newsmlg2 Python library is not installed (pip install newsmlg2); read-back skipped")
            return
        }
        let script = Fixtures.repository.appendingPathComponent("Tests/Tools/newsmlg2-headlines.py").path
        let run = try ExternalTools.run(ExternalTools.python3 ?? "python3", [script] + headlines.keys.sorted())
        #expect(run.status == 0, "newsmlg2 could not load the items: \(run.output)")
        let read = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any] ?? [:]
        for (file, headline) in headlines {
            #expect(read[file] as? String == headline, "\(file): newsmlg2 read \(String(describing: read[file]))")
        }
    }
}
