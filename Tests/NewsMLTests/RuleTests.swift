import Foundation
import Testing
import TestSupport
@testable import NewsMLValidator

/// copydesk's rules for what the schema cannot say, one crafted document each.
@Suite(.enabled(if: Fixtures.hasShared, "needs ../shared/schemas (present in CI)"))
struct RuleTests {
    static func item(conformance: String? = "power", catalog: String = "<catalogRef href=\"http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml\"/>",
                     versionCreated: String = "2025-06-02T09:30:00Z", extra: String = "", inline: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g" standard="NewsML-G2" standardversion="2.35"\(conformance.map { " conformance=\"\($0)\"" } ?? "")>
          \(catalog)
          <itemMeta>
            <itemClass qcode="ninat:text"/>
            <provider literal="x"/>
            <versionCreated>\(versionCreated)</versionCreated>
            \(extra)
          </itemMeta>
          <contentSet>\(inline)</contentSet>
        </newsItem>
        """
    }

    func codes(_ text: String) throws -> [String] {
        try #require(Schemas.wrapper).validate(Array(text.utf8), file: "t.xml").diagnostics.map(\.code)
    }

    @Test func aCleanItemHasNoFindings() throws {
        #expect(try codes(Self.item()) == [])
    }

    @Test func undeclaredAlias() throws {
        #expect(try codes(Self.item(extra: "<pubStatus qcode=\"nosuch:usable\"/>")) == [RuleCode.undeclaredAlias])
        #expect(try codes(Self.item(catalog: "")) .contains(RuleCode.undeclaredAlias))
        let inline = "<catalog><scheme alias=\"nosuch\" uri=\"http://x/\"/></catalog>"
        #expect(try codes(Self.item(catalog: inline, extra: "<pubStatus qcode=\"nosuch:usable\"/>")).filter { $0 == RuleCode.undeclaredAlias }.count == 1,
                "ninat is still undeclared without the IPTC catalog")
    }

    @Test func powerElementsWithoutPowerConformance() throws {
        let power = "<hash hashtype=\"hashtype:sha1\">abc</hash>"
        #expect(try codes(Self.item(conformance: nil, extra: power)).contains(RuleCode.conformance))
        #expect(try !codes(Self.item(conformance: "power", extra: power)).contains(RuleCode.conformance))
    }

    @Test func versionCreatedWithoutZone() throws {
        #expect(try codes(Self.item(versionCreated: "2025-06-02T09:30:00")) == [RuleCode.timeZone])
        #expect(try codes(Self.item(versionCreated: "2025-06-02T09:30:00+03:00")) == [])
    }

    @Test func inlineXMLWithoutANamespace() throws {
        #expect(try codes(Self.item(inline: "<inlineXML contenttype=\"application/xhtml+xml\"><html><body/></html></inlineXML>")) == [RuleCode.inlineXMLRoot])
    }

    @Test func wordAndCharacterCounts() throws {
        let body = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body><p><span>MOSCOW —</span> Two words.</p></body></html>"
        #expect(try codes(Self.item(inline: "<inlineXML contenttype=\"application/xhtml+xml\" wordcount=\"3\" charcount=\"19\">\(body)</inlineXML>")) == [])
        #expect(try codes(Self.item(inline: "<inlineXML contenttype=\"application/xhtml+xml\" wordcount=\"9\">\(body)</inlineXML>")) == [RuleCode.textCounts])
    }

    @Test func strictTurnsWarningsIntoFailures() throws {
        let report = try #require(Schemas.wrapper).validate(Array(Self.item(versionCreated: "2025-06-02T09:30:00").utf8), file: "t.xml")
        #expect(report.isValid(strict: false))
        #expect(!report.isValid(strict: true))
    }
}
