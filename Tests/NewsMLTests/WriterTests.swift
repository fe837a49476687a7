import Foundation
import Testing
import ArticleModel
import TestSupport
import NewsMLCore
@testable import NewsMLWriter
import NewsMLValidator

@Suite struct NewsMLWriterTests {
    static var options: NewsMLWriter.Options {
        var o = NewsMLWriter.Options()
        o.fallbackID = "sha256-abc"
        o.fallbackDate = "2026-01-02T03:04:05Z"
        return o
    }

    static let article = Article(
        meta: Meta(headline: "Headline", deck: "Deck", byline: "Jane Doe and John Roe", authors: ["Jane Doe", "John Roe"],
                   dateline: Dateline(text: "LONDON (Reuters) -", place: "LONDON", source: "Reuters"), language: "en",
                   keywords: ["rates"], copyright: "© 2026 Example", boilerplate: ["ends"], editorsNotes: ["Eds: Updates."]),
        blocks: [.figure(Figure(caption: "Cap", credit: "CRED")), .paragraph("LONDON (Reuters) - Text here."), .sectionBreak, .paragraph("More.")])

    func xml(_ article: Article = article, _ options: NewsMLWriter.Options = options) -> String {
        String(decoding: NewsMLWriter.item(article, options: options).bytes, as: UTF8.self)
    }

    @Test func mapsTheTree() {
        let out = xml()
        for part in [
            "guid=\"tag:copydesk.example,2026:sha256-abc\"", "version=\"1\"", "standardversion=\"2.35\"", "conformance=\"power\"", "xml:lang=\"en\"",
            "<itemClass qcode=\"ninat:text\"/>", "<versionCreated>2026-01-02T03:04:05Z</versionCreated>",
            "<pubStatus qcode=\"stat:usable\"/>", "<edNote>Eds: Updates.</edNote>",
            "<located>\n      <name>LONDON</name>", "<creator role=\"cpprole:author\">\n      <name>Jane Doe</name>",
            "<infoSource>\n      <name>Reuters</name>", "<language tag=\"en\"/>", "<keyword>rates</keyword>",
            "<headline>Headline</headline>", "<headline role=\"ex-hlrole:deck\">Deck</headline>",
            "<dateline>LONDON (Reuters) -</dateline>", "<by>Jane Doe and John Roe</by>", "<creditline>Reuters</creditline>",
            "<copyrightNotice>© 2026 Example</copyrightNotice>",
            "<figure><figcaption>Cap <span class=\"credit\">CRED</span></figcaption></figure>",
            "<p><span class=\"dateline\">LONDON (Reuters) -</span> Text here.</p>", "<hr/>",
        ] {
            #expect(out.contains(part), "missing \(part)")
        }
    }

    @Test func guidComesFromTheArticleIdNeverTheHeadline() {
        var a = Self.article
        a.meta.id = "story-42"
        #expect(NewsMLWriter.guid(a, options: Self.options) == "tag:copydesk.example,2026:story-42")
        a.meta.headline = "Another headline"
        #expect(NewsMLWriter.guid(a, options: Self.options) == "tag:copydesk.example,2026:story-42")
        a.meta.id = "urn:newsml:example.com:20260101:x"
        #expect(NewsMLWriter.guid(a, options: Self.options) == "urn:newsml:example.com:20260101:x")
    }

    @Test func frontMatterDateWinsAndVersionComesFromFrontMatter() {
        var a = Self.article
        a.meta.date = "2026-11-02 09:30:00 +0100"
        a.meta.extra["version"] = .int(3)
        let out = xml(a)
        #expect(out.contains("<versionCreated>2026-11-02T09:30:00+01:00</versionCreated>"))
        #expect(out.contains("version=\"3\""))
        #expect(out.contains("<signal qcode=\"sig:update\"/>"))
    }

    @Test func charactersXMLCannotCarryAreDroppedWithAWarning() {
        var a = Self.article
        a.meta.headline = "Bell\u{07}and\u{1B}escape\u{FFFE}"
        let output = NewsMLWriter.item(a, options: Self.options)
        let text = String(decoding: output.bytes, as: UTF8.self)
        #expect(text.contains("<headline>Bellandescape</headline>"))
        #expect(output.warnings.contains { $0.contains("character(s) that XML 1.0 cannot carry") })
    }

    @Test func isByteIdenticalAcrossRuns() {
        #expect(xml() == xml())
    }

    @Test func timestamps() {
        #expect(Timestamp.dateTime("2026-11-02")?.value == "2026-11-02T00:00:00Z")
        #expect(Timestamp.dateTime("2026-11-02T09:30+01:00")?.value == "2026-11-02T09:30:00+01:00")
        #expect(Timestamp.dateTime("2026-11-02T09:30:00.5Z")?.value == "2026-11-02T09:30:00.5Z")
        #expect(Timestamp.dateTime("last Tuesday") == nil)
        #expect(Timestamp.utc(secondsSince1970: 0) == "1970-01-01T00:00:00Z")
        #expect(Timestamp.utc(secondsSince1970: 1_767_225_600) == "2026-01-01T00:00:00Z")
        #expect(Timestamp.utc(secondsSince1970: 951_782_400) == "2000-02-29T00:00:00Z")
    }

    @Test(.enabled(if: Fixtures.hasShared, "needs ../shared/schemas (present in CI)"))
    func itemsAndMessagesAreValidWithoutWarnings() throws {
        let validator = try #require(Schemas.wrapper)
        var hostile = Self.article
        hostile.meta.headline = "<script>\u{01}</script> & ]]> --> \u{FFFF}"
        hostile.meta.keywords = ["two\nlines\tand tab"]
        hostile.meta.slug = "SLUG\twith tab"
        for a in [Self.article, hostile, Article(meta: Meta(headline: "Only a headline"))] {
            let report = validator.validate(NewsMLWriter.item(a, options: Self.options).bytes, file: "item.xml")
            #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.text))")
        }
        let message = NewsMLWriter.message([(Self.article, Self.options), (hostile, Self.options)], sent: "2026-01-02T03:04:05Z")
        let report = validator.validate(message.bytes, file: "message.xml")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.text))")
    }
}

@Suite struct TextStatisticsTests {
    @Test func countsWordsAndCharactersLikeTheValidator() {
        var stats = TextStatistics()
        stats.add("MOSCOW —")
        stats.add(" Two  words.")
        #expect(stats.words == 3)
        #expect(stats.characters == "MOSCOW — Two words.".unicodeScalars.count)
    }
}
