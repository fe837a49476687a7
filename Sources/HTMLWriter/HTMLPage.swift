#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArticleModel
import Mustache

/// A complete HTML5 page: the fragment inside a Mustache template, with `<title>`, a meta
/// description and a schema.org `NewsArticle` JSON-LD block.
public enum HTMLPage {
    /// Renders the page; `template` is a user template's text, nil for the default.
    static func render(_ article: Article, body: [UInt8], template: String?) throws(HTMLWriter.Failure) -> [UInt8] {
        let mustache: MustacheTemplate
        do {
            mustache = try MustacheTemplate(string: template ?? DefaultPageTemplate.text)
        } catch {
            throw .template("the page template cannot be parsed: \(error)")
        }
        var page = Array(mustache.render(context(article, body: body)).utf8)
        if page.last != 0x0A { page.append(0x0A) }
        return page
    }

    /// Everything a template may use: the metadata, the blocks, the rendered body and the JSON-LD.
    public static func context(_ article: Article, body: [UInt8]) -> [String: Any] {
        let meta = article.meta
        var context: [String: Any] = [
            "title": meta.headline ?? meta.deck ?? "Untitled article",
            "lang": meta.language ?? "und",
            "description": summary(article),
            "body": String(decoding: body, as: UTF8.self),
            "jsonLD": String(decoding: jsonLD(article), as: UTF8.self),
            "authors": meta.authors,
            "keywords": meta.keywords,
            "boilerplate": meta.boilerplate,
            "blocks": article.blocks.map(blockContext),
            "generator": "copydesk",
        ]
        if let headline = meta.headline { context["headline"] = headline }
        if let deck = meta.deck { context["deck"] = deck }
        if let byline = meta.byline { context["byline"] = byline }
        if let date = meta.date {
            context["date"] = date
            if let iso = DateText.machineReadable(date) { context["datetime"] = iso }
        }
        if let dateline = meta.dateline {
            var d: [String: Any] = ["text": dateline.text]
            if let place = dateline.place { d["place"] = place }
            if let date = dateline.date { d["date"] = date }
            if let source = dateline.source { d["source"] = source }
            context["dateline"] = d
        }
        if let copyright = meta.copyright { context["copyright"] = copyright }
        return context
    }

    static func blockContext(_ block: Block) -> [String: Any] {
        var context: [String: Any] = ["type": block.typeName, "is_\(block.typeName)": true]
        switch block {
        case .paragraph(let t), .heading(let t), .quote(let t): context["text"] = t
        case .figure(let f):
            context["caption"] = f.caption
            if let credit = f.credit { context["credit"] = credit }
        case .list(let l):
            context["ordered"] = l.ordered
            context["items"] = l.items
        case .sectionBreak: break
        }
        return context
    }

    /// A plain-text summary for `<meta name="description">` (see `Article.summary`).
    public static func summary(_ article: Article) -> String { article.summary() }

    struct NewsArticleLD: Encodable {
        struct Person: Encodable {
            let type = "Person"
            let name: String
            enum CodingKeys: String, CodingKey { case type = "@type", name }
        }
        let context = "https://schema.org"
        let type = "NewsArticle"
        var headline: String?
        var alternativeHeadline: String?
        var author: [Person]?
        var dateline: String?
        var datePublished: String?
        var description: String?
        var inLanguage: String?
        var copyrightNotice: String?
        var keywords: String?
        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type", headline, alternativeHeadline, author, dateline
            case datePublished, description, inLanguage, copyrightNotice, keywords
        }
    }

    /// The schema.org `NewsArticle` block, safe to put inside `<script>` whatever the text holds.
    public static func jsonLD(_ article: Article) -> [UInt8] {
        let meta = article.meta
        let ld = NewsArticleLD(
            headline: meta.headline, alternativeHeadline: meta.deck,
            author: meta.authors.isEmpty ? nil : meta.authors.map { NewsArticleLD.Person(name: $0) },
            dateline: meta.dateline?.text,
            datePublished: meta.date.flatMap(DateText.machineReadable),
            description: summary(article), inLanguage: meta.language, copyrightNotice: meta.copyright,
            keywords: meta.keywords.isEmpty ? nil : meta.keywords.joined(separator: ", "))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(ld)).map { [UInt8]($0) } ?? Array("{}".utf8)
        return HTMLEscaping.scriptSafeJSON(json)
    }
}
