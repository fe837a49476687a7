import Foundation
import Testing
import TestSupport
@testable import NewsMLValidator

@Suite(.enabled(if: Fixtures.hasShared, "needs ../shared/schemas (present in CI)"))
struct ValidatorSafetyTests {
    func validate(_ text: String) throws -> FileReport {
        try #require(Schemas.wrapper).validate(Array(text.utf8), file: "t.xml")
    }

    @Test func anXXEDocumentDoesNotReadTheFile() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-secret-\(UUID().uuidString).txt")
        try "TOP-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let doc = """
            <?xml version="1.0"?>
            <!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "file://\(secret.path)">]>
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g" standard="NewsML-G2" standardversion="2.35"><itemMeta>&xxe;</itemMeta></newsItem>
            """
        let report = try validate(doc)
        #expect(!report.isValid(strict: false))
        #expect(report.diagnostics.first?.code == "SAFE")
        #expect(report.diagnostics.first?.line == 2)
        #expect(!report.diagnostics.map(\.message).joined().contains("TOP-SECRET"))
    }

    @Test func aBillionLaughsDocumentIsRefused() throws {
        var entities = "<!ENTITY lol \"lol\">"
        for i in 1...9 { entities += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i == 1 ? "" : String(i - 1));", count: 10) + "\">" }
        let doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\(entities)]>\n<lolz>&lol9;</lolz>"
        let report = try validate(doc)
        #expect(!report.isValid(strict: false))
        #expect(report.diagnostics.first?.code == "SAFE")
    }

    @Test func aDoctypeMentionedInACommentIsNotADoctype() {
        #expect(Prolog.doctypeLine(Array("<?xml version=\"1.0\"?>\n<!-- <!DOCTYPE x> -->\n<a/>".utf8)) == nil)
        #expect(Prolog.doctypeLine(Array("<a><![CDATA[<!DOCTYPE x>]]></a>".utf8)) == nil)
    }

    @Test func oversizedInputIsRefusedBeforeParsing() throws {
        let big = [UInt8](repeating: UInt8(ascii: " "), count: NewsMLSchemaValidator.maxDocumentBytes + 1)
        let report = try #require(Schemas.wrapper).validate(big, file: "big.xml")
        #expect(report.diagnostics.map(\.code) == ["SAFE"])
    }

    @Test func invalidDocumentsReportTheRightLines() throws {
        let doc = """
            <?xml version="1.0" encoding="UTF-8"?>
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g" standard="NewsML-G2" standardversion="2.35" conformance="power">
              <itemMeta>
                <itemClass qcode="ninat:text"/>
                <provider literal="x"/>
                <versionCreated>2025-06-02</versionCreated>
              </itemMeta>
            </newsItem>
            """
        let report = try validate(doc)
        #expect(!report.isValid(strict: false))
        let error = try #require(report.diagnostics.first { $0.code == "XSD" })
        #expect(error.line == 6)
        #expect(error.message.contains("versionCreated"))
    }

    @Test func malformedXMLReportsItsLine() throws {
        let report = try validate("<?xml version=\"1.0\"?>\n<a>\n<b>\n</a>\n")
        let error = try #require(report.diagnostics.first)
        #expect(error.code == "XML")
        #expect(error.line == 4)
    }
}
