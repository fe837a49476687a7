import Foundation
import Testing
import ArticleModel
import TestSupport
@testable import HTMLWriter

@Suite struct HTMLWriterTests {
    static let hostile = "<script>alert(\"x\")</script> & 'q' --> </p>"

    func html(_ article: Article, standalone: Bool = false, template: String? = nil) throws -> String {
        String(decoding: try HTMLWriter.format(article, options: .init(standalone: standalone, pageTemplate: template)), as: UTF8.self)
    }

    @Test func semanticFragment() throws {
        let article = Article(
            meta: Meta(headline: "H", deck: "D", byline: "Jane Doe", authors: ["Jane Doe"],
                       dateline: Dateline(text: "MOSCOW —", place: "MOSCOW"), date: "2026-11-02T09:30:00+01:00", language: "en"),
            blocks: [.figure(Figure(caption: "Cap", credit: "CRED")), .paragraph("MOSCOW — Text."), .heading("Sub"),
                     .list(ListBlock(ordered: true, items: ["a", "b"])), .quote("Q"), .sectionBreak, .paragraph("After.")])
        let out = try html(article)
        #expect(out.hasPrefix("<article class=\"copydesk-article\" lang=\"en\">\n<header class=\"copydesk-header\">\n<h1 class=\"copydesk-headline\">H</h1>"))
        #expect(out.contains("<p class=\"copydesk-deck\">D</p>"))
        #expect(out.contains("<p class=\"copydesk-byline\">Jane Doe</p>"))
        #expect(out.contains("<time class=\"copydesk-date\" datetime=\"2026-11-02T09:30:00+01:00\">2 November 2026</time>"))
        #expect(out.contains("<figure class=\"copydesk-figure\">\n<figcaption><span class=\"copydesk-caption\">Cap</span> <span class=\"copydesk-credit\">CRED</span></figcaption>\n</figure>"))
        #expect(out.contains("<p><span class=\"copydesk-dateline\">MOSCOW —</span> Text.</p>"))
        #expect(out.contains("<h2 class=\"copydesk-subhead\">Sub</h2>"))
        #expect(out.contains("<ol class=\"copydesk-list\">\n<li>a</li>\n<li>b</li>\n</ol>"))
        #expect(out.contains("<blockquote class=\"copydesk-quote\"><p>Q</p></blockquote>"))
        #expect(out.contains("</section>\n<hr class=\"copydesk-break\">\n<section class=\"copydesk-section\">\n<p>After.</p>"))
    }

    @Test func noTimeElementForDatesThatAreNotMachineReadable() throws {
        let out = try html(Article(meta: Meta(headline: "H", date: "last Tuesday")))
        #expect(!out.contains("<time"))
    }

    @Test func everyTextIsEscaped() throws {
        let h = Self.hostile
        let article = Article(meta: Meta(headline: h, deck: h, byline: h, authors: [h], language: "en\" onload=\"x", boilerplate: [h]),
                              blocks: [.paragraph(h), .heading(h), .quote(h), .figure(Figure(caption: h, credit: h)),
                                       .list(ListBlock(ordered: false, items: [h]))])
        for standalone in [false, true] {
            let out = try html(article, standalone: standalone)
            #expect(!out.contains("<script>alert"), "raw script tag leaked")
            #expect(!out.contains("--> </p>"))
            #expect(out.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'q' --&gt; &lt;/p&gt;"))
            #expect(!out.contains("lang=\"en\" onload"))
        }
    }

    @Test func jsonLDCannotBreakOutOfItsScript() throws {
        let article = Article(meta: Meta(headline: "</script><script>alert(1)</script><!--", authors: ["A </script>"]))
        let page = try html(article, standalone: true)
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = String(page[start.upperBound..<end.lowerBound])
        #expect(!json.contains("<") && !json.contains(">"))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect(parsed["headline"] as? String == "</script><script>alert(1)</script><!--")
        #expect(parsed["@type"] as? String == "NewsArticle")
    }

    @Test func pageHasTheDocumentEssentials() throws {
        let article = Article(meta: Meta(headline: "Head & line", deck: "A deck", authors: ["Jane Doe"],
                                         dateline: Dateline(text: "PARIS —", place: "PARIS"), date: "2026-01-02", language: "fr"),
                              blocks: [.paragraph("PARIS — Texte.")])
        let page = try html(article, standalone: true)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(page.contains("<title>Head &amp; line</title>"))
        #expect(page.contains("<meta name=\"description\" content=\"A deck\">"))
        let ld = String(decoding: HTMLPage.jsonLD(article), as: UTF8.self)
        for part in ["\"alternativeHeadline\":\"A deck\"", "\"dateline\":\"PARIS —\"", "\"datePublished\":\"2026-01-02\"",
                     "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"}]", "\"description\":\"A deck\""] {
            #expect(ld.contains(part), "JSON-LD lacks \(part)")
        }
    }

    @Test func descriptionFallsBackToTheFirstParagraphWithoutItsDateline() {
        let long = String(repeating: "word ", count: 60)
        let article = Article(meta: Meta(headline: "H", dateline: Dateline(text: "ROME —", place: "ROME")),
                              blocks: [.paragraph("ROME — " + long)])
        let summary = HTMLPage.summary(article)
        #expect(summary.hasPrefix("word word"))
        #expect(summary.hasSuffix("…"))
        #expect(summary.unicodeScalars.count <= 161)
    }

    @Test func aUserTemplateReceivesTheWholeArticle() throws {
        let template = "{{title}}|{{deck}}|{{#authors}}<{{.}}>{{/authors}}|{{dateline.place}}|{{#blocks}}{{type}};{{/blocks}}|{{{body}}}"
        let article = Article(meta: Meta(headline: "T", deck: "D", authors: ["A", "B"], dateline: Dateline(text: "X —", place: "X")),
                              blocks: [.paragraph("X — p"), .sectionBreak])
        let page = try html(article, standalone: true, template: template)
        #expect(page.hasPrefix("T|D|<A><B>|X|paragraph;break;|<article"))
    }

    @Test func aBrokenTemplateIsAnError() {
        #expect(throws: HTMLWriter.Failure.self) {
            try HTMLWriter.format(Article(), options: .init(standalone: true, pageTemplate: "{{#open}} never closed"))
        }
    }

    @Test func theBuiltInTemplateIsTheOneInTemplates() throws {
        let file = try String(contentsOf: Fixtures.repository.appendingPathComponent("Templates/page.html.mustache"), encoding: .utf8)
        #expect(DefaultPageTemplate.text + "\n" == file, "run scripts/embed-templates.sh (make templates)")
    }
}
