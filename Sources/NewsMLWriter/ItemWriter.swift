import ArticleModel
import ByteScan
import NewsMLCore

/// copydesk's own scheme for the deck's headline role, declared in the inline catalog.
enum HeadlineRoleScheme {
    static let alias = "ex-hlrole"
    static let uri = "https://copydesk.dev/cv/headline-role/"
}

/// Writes one `newsItem`, in the element order the 2.35 schema fixes (see ../shared/docs/newsml-g2.md §2).
/// The article is passed to each step, not stored: a stored copy (and a `let meta = article.meta`)
/// retains and releases every string in it, a few hundred atomic operations an article.
struct ItemWriter<Sink: XMLSink> {
    let options: NewsMLWriter.Options
    var xml: Sink
    var warnings: [String] = []

    mutating func write(_ article: Article, root: Bool) {
        // Parsed once: the front-matter date is both versionCreated and contentCreated.
        let created = article.meta.date.flatMap(Timestamp.dateTime)
        let versionCreated = resolveVersionCreated(article, created)
        let version = version(article)
        xml.start("newsItem")
        if root { xml.attribute("xmlns", NewsML.namespace) }
        xml.attribute("guid", NewsMLWriter.guid(article, options: options))
        xml.attribute("version", String(version))
        xml.attribute("standard", "NewsML-G2")
        xml.attribute("standardversion", NewsML.standardVersion)
        xml.attribute("conformance", "power")
        if let lang = article.meta.language { xml.attribute("xml:lang", lang) }

        xml.empty("catalogRef", "href", NewsML.iptcCatalog)
        xml.start("catalog")
        xml.start("scheme")
        xml.attribute("alias", HeadlineRoleScheme.alias)
        xml.attribute("uri", HeadlineRoleScheme.uri)
        xml.end()
        xml.end()
        writeRightsInfo(article)
        writeItemMeta(article, versionCreated: versionCreated, version: version)
        writeContentMeta(article, created: created?.value)
        writeContentSet(article)
        xml.end()
    }

    func version(_ article: Article) -> Int {
        if case .int(let v)? = article.meta.extra["version"], v >= 1 { return v }
        if let text = article.meta.extra["version"]?.scalarText, let v = Int(text), v >= 1 { return v }
        return 1
    }

    /// Front matter `date` (`created`, parsed), else the fallback (`--date`, SOURCE_DATE_EPOCH, file time).
    mutating func resolveVersionCreated(_ article: Article, _ created: (value: String, zoneAssumed: Bool)?) -> String {
        if let date = article.meta.date {
            if let parsed = created {
                if parsed.zoneAssumed { warnings.append("date '\(date)' has no time zone; UTC assumed") }
                return parsed.value
            }
            warnings.append("date '\(date)' is not an ISO 8601 date; versionCreated falls back to the file's date")
        }
        if let fallback = options.fallbackDate, let parsed = Timestamp.dateTime(fallback) { return parsed.value }
        warnings.append("no date known (front matter date, --date, SOURCE_DATE_EPOCH or a file time); versionCreated is 1970-01-01T00:00:00Z")
        return "1970-01-01T00:00:00Z"
    }

    mutating func writeRightsInfo(_ article: Article) {
        xml.start("rightsInfo")
        xml.start("copyrightHolder")
        if article.meta.dateline?.source == nil { xml.attribute("uri", "https://\(options.providerDomain)/") }
        xml.element("name", article.meta.dateline?.source ?? options.providerName)
        xml.end()
        if let notice = article.meta.copyright { xml.element("copyrightNotice", notice) }
        if let terms = article.meta.extra["usage_terms"]?.scalarText ?? article.meta.extra["usageTerms"]?.scalarText {
            xml.element("usageTerms", terms)
        }
        xml.end()
    }

    mutating func writeItemMeta(_ article: Article, versionCreated: String, version: Int) {
        xml.start("itemMeta")
        xml.empty("itemClass", "qcode", "ninat:text")
        xml.start("provider")
        xml.attribute("uri", "https://\(options.providerDomain)/")
        xml.element("name", options.providerName)
        xml.end()
        xml.element("versionCreated", versionCreated)
        let first = (article.meta.extra["first_created"] ?? article.meta.extra["firstCreated"])?.scalarText.flatMap(Timestamp.dateTime)?.value
        xml.element("firstCreated", first ?? versionCreated)
        xml.empty("pubStatus", "qcode", "stat:usable")
        xml.element("generator", "copydesk", "versioninfo", options.generatorVersion)
        for note in article.meta.editorsNotes { xml.element("edNote", note) }
        if version > 1 { xml.empty("signal", "qcode", "sig:update") }
        xml.end()
    }

    mutating func writeContentMeta(_ article: Article, created: String?) {
        xml.start("contentMeta")
        if case .int(let urgency)? = article.meta.extra["urgency"], (1...9).contains(urgency) {
            xml.element("urgency", String(urgency))
        }
        if let created { xml.element("contentCreated", created) }
        // Administrative properties first…
        if let place = article.meta.dateline?.place {
            xml.start("located")
            xml.element("name", place.singleLine)
            xml.end()
        }
        for author in article.meta.authors {
            xml.start("creator")
            xml.attribute("role", "cpprole:author")
            xml.element("name", author.singleLine)
            xml.end()
        }
        if let source = article.meta.dateline?.source {
            xml.start("infoSource")
            xml.element("name", source.singleLine)
            xml.end()
        }
        // …then descriptive ones.
        if let lang = article.meta.language { xml.empty("language", "tag", lang) }
        for keyword in article.meta.keywords { xml.element("keyword", keyword.singleLine) }
        if let slug = article.meta.slugline ?? article.meta.slug { xml.element("slugline", slug.singleLine) }
        if let headline = article.meta.headline { xml.element("headline", headline) }
        if let deck = article.meta.deck { xml.element("headline", deck, "role", HeadlineRoleScheme.alias + ":deck") }
        if let dateline = article.meta.dateline { xml.element("dateline", dateline.text) }
        if let byline = article.meta.byline { xml.element("by", byline) }
        if let credit = article.meta.dateline?.source { xml.element("creditline", credit.singleLine) }
        let summary = article.meta.deck ?? article.firstParagraphText
        if let summary { xml.element("description", summary, "role", "drol:summary") }
        xml.end()
    }

    mutating func writeContentSet(_ article: Article) {
        var body = BodyWriter(capacity: article.blocks.count * 320 + 512)
        body.write(article)
        let stats = body.stats

        xml.start("contentSet")
        xml.start("inlineXML")
        xml.attribute("contenttype", "application/xhtml+xml")
        xml.attribute("wordcount", String(stats.words))
        xml.attribute("charcount", String(stats.characters))
        if let lang = article.meta.language { xml.attribute("xml:lang", lang) }
        xml.start("html")
        xml.attribute("xmlns", NewsML.xhtmlNamespace)
        xml.start("head")
        xml.element("title", article.meta.headline ?? article.meta.deck ?? "Untitled article")
        xml.end()
        xml.start("body")
        xml.setIndent(false)
        // Straight from the body's buffer into the document's (no copy in between).
        body.bytes.withBytes { xml.raw($0, droppedCharacters: body.droppedCharacters) }
        xml.end()
        xml.setIndent(true)
        xml.end()
        xml.end()
        xml.end()
    }
}

/// The XHTML body as bytes, rendered once: the word and character counts that `inlineXML`
/// carries before the body come out of the same pass that escapes the text. Escaping is
/// libxml2's for element content (`xmlEncodeSpecialChars`: `&`, `<`, `>`, `"` and CR), so the
/// body reads exactly as if xmlTextWriter had written it, and only markup-free text is counted.
struct BodyWriter {
    private(set) var bytes: ByteBuffer
    private(set) var stats = TextStatistics()
    /// Characters removed because XML 1.0 cannot carry them.
    private(set) var droppedCharacters = 0

    init(capacity: Int) {
        bytes = ByteBuffer(capacity: capacity)
    }

    mutating func write(_ article: Article) {
        newline()
        if let headline = article.meta.headline { element("h1", nil, headline) }
        if let deck = article.meta.deck { element("p", "deck", deck) }
        if let byline = article.meta.byline { element("p", "byline", byline) }
        var first = true
        for block in article.blocks {
            switch block {
            case .paragraph(let text):
                if first, let dateline = article.meta.dateline, !dateline.text.isEmpty, let rest = text.remainder(afterPrefix: dateline.text) {
                    start("p", nil)
                    element("span", "dateline", dateline.text, newline: false)
                    self.text(rest)
                    end("p")
                    newline()
                } else {
                    element("p", nil, text)
                }
                first = false
            case .heading(let text): element("h2", nil, text)
            case .quote(let text):
                start("blockquote", nil)
                element("p", nil, text, newline: false)
                end("blockquote")
                newline()
            case .list(let list):
                let name: StaticString = list.ordered ? "ol" : "ul"
                start(name, nil)
                newline()
                for item in list.items { element("li", nil, item) }
                end(name)
                newline()
            case .figure(let figure):
                start("figure", nil)
                start("figcaption", nil)
                text(figure.caption)
                if let credit = figure.credit {
                    text(" ")
                    element("span", "credit", credit, newline: false)
                }
                end("figcaption")
                end("figure")
                newline()
            case .sectionBreak:
                append("<hr/>")
                newline()
            }
        }
        if !article.meta.boilerplate.isEmpty {
            start("div", "boilerplate")
            newline()
            for line in article.meta.boilerplate { element("p", nil, line) }
            end("div")
            newline()
        }
    }

    private mutating func append(_ s: StaticString) {
        bytes.append(literal: s)
    }

    private mutating func start(_ name: StaticString, _ className: StaticString?) {
        append("<")
        append(name)
        if let className {
            append(" class=\"")
            append(className)
            append("\"")
        }
        append(">")
    }

    private mutating func end(_ name: StaticString) {
        append("</")
        append(name)
        append(">")
    }

    private mutating func newline() { bytes.append(0x0A) }

    private mutating func text(_ value: String) {
        // Nearly all text is clean: counted and checked in one pass, then escaped.
        let clean = value.withBorrowedUTF8 { utf8 in
            guard stats.addIfXMLClean(bytes: utf8) else { return false }
            XMLText.appendEscaped(utf8, to: &bytes)
            return true
        }
        if clean { return }
        droppedCharacters += XMLText.withAllowed(value) { utf8 in
            stats.add(bytes: utf8)
            XMLText.appendEscaped(utf8, to: &bytes)
        }
    }

    private mutating func element(_ name: StaticString, _ className: StaticString?, _ value: String, newline: Bool = true) {
        start(name, className)
        text(value)
        end(name)
        if newline { self.newline() }
    }
}

extension String {
    /// For `g2normalizedString` values (keyword, slugline, names): tabs and line breaks as spaces.
    var singleLine: String {
        guard unicodeScalars.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
