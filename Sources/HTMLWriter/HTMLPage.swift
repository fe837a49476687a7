import JSONCoding
import ArticleModel
import MustacheEngine

/// A complete HTML5 page: the fragment inside a Mustache template, with `<title>`, a meta
/// description and a schema.org `NewsArticle` JSON-LD block.
public enum HTMLPage {
    /// The built-in template, parsed once per process.
    static let defaultTemplate: Template = {
        do { return try Template(DefaultPageTemplate.text) } catch { preconditionFailure("the built-in page template: \(error)") }
    }()

    /// The page: `body` (the fragment) and the article's metadata through `template`.
    static func render(_ article: Article, body: [UInt8], template: Template) -> [UInt8] {
        var page = Array(template.render(context(article, body: body)).utf8)
        if page.last != 0x0A { page.append(0x0A) }
        return page
    }

    /// Everything a template may use: the metadata, the blocks, the rendered body and the JSON-LD.
    public static func context(_ article: Article, body: [UInt8]) -> TemplateValue {
        let meta = article.meta
        var context: [String: TemplateValue] = [
            "title": .string(meta.headline ?? meta.deck ?? "Untitled article"),
            "lang": .string(meta.language ?? "und"),
            "description": .string(summary(article)),
            "body": .string(String(decoding: body, as: UTF8.self)),
            "jsonLD": .string(String(decoding: jsonLD(article), as: UTF8.self)),
            "authors": strings(meta.authors),
            "keywords": strings(meta.keywords),
            "boilerplate": strings(meta.boilerplate),
            "blocks": .list(article.blocks.map(blockContext)),
            "generator": "copydesk",
        ]
        if let headline = meta.headline { context["headline"] = .string(headline) }
        if let deck = meta.deck { context["deck"] = .string(deck) }
        if let byline = meta.byline { context["byline"] = .string(byline) }
        if let date = meta.date {
            context["date"] = .string(date)
            if let iso = DateText.machineReadable(date) { context["datetime"] = .string(iso) }
        }
        if let dateline = meta.dateline {
            var d: [String: TemplateValue] = ["text": .string(dateline.text)]
            if let place = dateline.place { d["place"] = .string(place) }
            if let date = dateline.date { d["date"] = .string(date) }
            if let source = dateline.source { d["source"] = .string(source) }
            context["dateline"] = .object(d)
        }
        if let copyright = meta.copyright { context["copyright"] = .string(copyright) }
        return .object(context)
    }

    static func blockContext(_ block: Block) -> TemplateValue {
        var context: [String: TemplateValue] = ["type": .string(block.typeName), "is_\(block.typeName)": true]
        switch block {
        case .paragraph(let t), .heading(let t), .quote(let t): context["text"] = .string(t)
        case .figure(let f):
            context["caption"] = .string(f.caption)
            if let credit = f.credit { context["credit"] = .string(credit) }
        case .list(let l):
            context["ordered"] = .bool(l.ordered)
            context["items"] = strings(l.items)
        case .sectionBreak: break
        }
        return .object(context)
    }

    private static func strings(_ values: [String]) -> TemplateValue { .list(values.map(TemplateValue.string)) }

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
        let json = (try? JSONEncoding.encode(ld, pretty: false)) ?? Array("{}".utf8)
        return HTMLEscaping.scriptSafeJSON(json)
    }
}
