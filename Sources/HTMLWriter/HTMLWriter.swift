import ArticleModel
import ByteScan
import MustacheEngine

/// Writes an article as semantic HTML: an `<article>` fragment, or a whole page through a
/// Mustache template (`HTMLPage`). Class names are part of the public interface (README).
public enum HTMLWriter {
    public struct Options: Sendable {
        /// Write a complete HTML5 document instead of a fragment.
        public var standalone = false
        /// A Mustache template replacing the default page template (its text, not a path).
        public var pageTemplate: String? = nil {
            didSet { parsedPageTemplate = nil }
        }
        /// `pageTemplate` parsed once by `parsePageTemplate()`, instead of for every page.
        public private(set) var parsedPageTemplate: Template? = nil

        public init(standalone: Bool = false, pageTemplate: String? = nil) {
            self.standalone = standalone
            self.pageTemplate = pageTemplate
        }

        /// Parses `pageTemplate` now: a bad template is one error before any article, and a
        /// bulk run parses it once.
        public mutating func parsePageTemplate() throws(TemplateError) {
            parsedPageTemplate = try pageTemplate.map { text throws(TemplateError) in try Template(text) }
        }

        /// The template pages go through: the one `parsePageTemplate()` parsed, else
        /// `pageTemplate` parsed now, else the built-in one.
        func template() throws(HTMLWriter.Failure) -> Template {
            if let parsedPageTemplate { return parsedPageTemplate }
            guard let pageTemplate else { return HTMLPage.defaultTemplate }
            do { return try Template(pageTemplate) } catch { throw .template("the page template cannot be parsed: \(error)") }
        }
    }

    public enum Failure: Error, Equatable {
        case template(String)
    }

    /// The article as HTML bytes (fragment or page).
    public static func format(_ article: Article, options: Options = Options()) throws(Failure) -> [UInt8] {
        let fragment = fragment(article)
        guard options.standalone else { return fragment }
        return HTMLPage.render(article, body: fragment, template: try options.template())
    }

    /// The `<article>` element, newline-terminated.
    public static func fragment(_ article: Article) -> [UInt8] {
        var out = ByteBuffer(capacity: article.blocks.count * 400 + 512)
        FragmentWriter.write(article, into: &out)
        return out.array
    }
}

/// Walks the tree once, appending into one buffer. The article is passed along, not stored: a
/// stored copy retains and releases every string in it.
enum FragmentWriter {
    static func write(_ article: Article, into out: inout ByteBuffer) {
        let meta = article.meta
        out.append(literal: "<article class=\"copydesk-article\"")
        if let lang = meta.language {
            out.append(literal: " lang=\"")
            HTMLEscaping.appendAttribute(lang, to: &out)
            out.append(UInt8(ascii: "\""))
        }
        out.append(literal: ">\n")
        writeHeader(meta, into: &out)
        out.append(literal: "<section class=\"copydesk-section\">\n")
        var first = true
        for block in article.blocks {
            writeBlock(block, dateline: meta.dateline, isFirstParagraph: &first, into: &out)
        }
        out.append(literal: "</section>\n")
        if !meta.boilerplate.isEmpty {
            out.append(literal: "<footer class=\"copydesk-boilerplate\">\n")
            for line in meta.boilerplate { element("p", nil, line, into: &out) }
            out.append(literal: "</footer>\n")
        }
        out.append(literal: "</article>\n")
    }

    static func writeHeader(_ meta: Meta, into out: inout ByteBuffer) {
        guard meta.headline != nil || meta.deck != nil || meta.byline != nil || meta.date != nil else { return }
        out.append(literal: "<header class=\"copydesk-header\">\n")
        if let headline = meta.headline { element("h1", "copydesk-headline", headline, into: &out) }
        if let deck = meta.deck { element("p", "copydesk-deck", deck, into: &out) }
        if let byline = meta.byline { element("p", "copydesk-byline", byline, into: &out) }
        if let date = meta.date, let datetime = DateText.machineReadable(date) {
            out.append(literal: "<p class=\"copydesk-published\"><time class=\"copydesk-date\" datetime=\"")
            HTMLEscaping.appendAttribute(datetime, to: &out)
            out.append(literal: "\">")
            HTMLEscaping.appendText(DateText.humanReadable(date, language: meta.language), to: &out)
            out.append(literal: "</time></p>\n")
        }
        out.append(literal: "</header>\n")
    }

    static func writeBlock(_ block: Block, dateline: Dateline?, isFirstParagraph: inout Bool, into out: inout ByteBuffer) {
        switch block {
        case .paragraph(let text):
            out.append(literal: "<p>")
            if isFirstParagraph, let dateline, !dateline.text.isEmpty,
               let rest = text.remainder(afterPrefix: dateline.text) {
                out.append(literal: "<span class=\"copydesk-dateline\">")
                HTMLEscaping.appendText(dateline.text, to: &out)
                out.append(literal: "</span>")
                HTMLEscaping.appendText(rest, to: &out)
            } else {
                HTMLEscaping.appendText(text, to: &out)
            }
            out.append(literal: "</p>\n")
            isFirstParagraph = false
        case .heading(let text):
            element("h2", "copydesk-subhead", text, into: &out)
        case .quote(let text):
            out.append(literal: "<blockquote class=\"copydesk-quote\"><p>")
            HTMLEscaping.appendText(text, to: &out)
            out.append(literal: "</p></blockquote>\n")
        case .list(let list):
            out.append(literal: list.ordered ? "<ol class=\"copydesk-list\">\n" : "<ul class=\"copydesk-list\">\n")
            for item in list.items { element("li", nil, item, into: &out) }
            out.append(literal: list.ordered ? "</ol>\n" : "</ul>\n")
        case .figure(let figure):
            out.append(literal: "<figure class=\"copydesk-figure\">\n<figcaption><span class=\"copydesk-caption\">")
            HTMLEscaping.appendText(figure.caption, to: &out)
            out.append(literal: "</span>")
            if let credit = figure.credit {
                out.append(literal: " <span class=\"copydesk-credit\">")
                HTMLEscaping.appendText(credit, to: &out)
                out.append(literal: "</span>")
            }
            out.append(literal: "</figcaption>\n</figure>\n")
        case .sectionBreak:
            // A break closes one section and opens the next; the rule makes it visible without CSS.
            out.append(literal: "</section>\n<hr class=\"copydesk-break\">\n<section class=\"copydesk-section\">\n")
        }
    }

    static func element(_ tag: StaticString, _ className: StaticString?, _ text: String, into out: inout ByteBuffer) {
        out.append(UInt8(ascii: "<"))
        out.append(literal: tag)
        if let className {
            out.append(literal: " class=\"")
            out.append(literal: className)
            out.append(UInt8(ascii: "\""))
        }
        out.append(UInt8(ascii: ">"))
        HTMLEscaping.appendText(text, to: &out)
        out.append(literal: "</")
        out.append(literal: tag)
        out.append(literal: ">\n")
    }
}
