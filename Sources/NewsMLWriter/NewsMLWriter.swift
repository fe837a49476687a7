import ArticleModel
import NewsMLCore

/// Writes NewsML-G2 2.35 NewsItems (power conformance) and NewsMessages, in the form libxml2's
/// xmlTextWriter gives (`XMLWriter`; the tests hold the two side by side).
/// The mapping from the tree is documented in the README ("NewsML-G2") and in `ItemWriter`.
public enum NewsMLWriter {
    public struct Options: Sendable {
        /// Provider name (itemMeta/provider/name, copyright holder when nothing better is known).
        public var providerName = "Copydesk"
        /// Provider domain: the provider URI and the authority of every guid.
        public var providerDomain = "copydesk.example"
        /// The date in the `tag:` authority (RFC 4151): a date the provider owned the domain.
        public var tagDate = "2026"
        /// Article id when the article has none (front matter `id`/`guid`): a hash of the source.
        public var fallbackID: String? = nil
        /// `versionCreated` when the article has no usable date: `--date`, SOURCE_DATE_EPOCH or the file time.
        public var fallbackDate: String? = nil
        /// copydesk's version, for itemMeta/generator.
        public var generatorVersion = "0"
        public init() {}
    }

    public struct Output: Sendable {
        public var bytes: [UInt8]
        public var warnings: [String]
    }

    /// One `newsItem` document.
    public static func item(_ article: Article, options: Options) -> Output {
        item(article, options: options, into: XMLWriter(indent: true, capacity: article.blocks.count * 400 + 4096))
    }

    /// One `newsItem` through any serializer (the tests pass libxml2's).
    static func item<Sink: XMLSink>(_ article: Article, options: Options, into sink: Sink) -> Output {
        var item = ItemWriter(options: options, xml: sink)
        item.xml.startDocument()
        item.write(article, root: true)
        item.xml.endDocument()
        return Output(bytes: item.xml.bytes(), warnings: item.warnings + droppedWarning(item.xml))
    }

    /// One `newsMessage` carrying every article as a self-contained item.
    public static func message(_ articles: [(Article, Options)], sent: String) -> Output {
        message(articles, sent: sent, into: XMLWriter(indent: true))
    }

    static func message<Sink: XMLSink>(_ articles: [(Article, Options)], sent: String, into sink: Sink) -> Output {
        var xml = sink
        xml.startDocument()
        xml.start("newsMessage")
        xml.attribute("xmlns", NewsML.namespace)
        xml.start("header")
        xml.element("sent", sent)
        xml.empty("catalogRef", "href", NewsML.iptcCatalog)
        if let first = articles.first {
            xml.empty("sender", "uri", "https://\(first.1.providerDomain)/")
        }
        xml.end()
        xml.start("itemSet")
        var warnings: [String] = []
        for (article, options) in articles {
            // The item writes on, then hands the document back (one buffer throughout).
            var item = ItemWriter(options: options, xml: xml)
            xml = sink
            item.write(article, root: false)
            swap(&xml, &item.xml)
            warnings += item.warnings
        }
        xml.end()
        xml.end()
        xml.endDocument()
        return Output(bytes: xml.bytes(), warnings: warnings + droppedWarning(xml))
    }

    static func droppedWarning(_ xml: some XMLSink) -> [String] {
        xml.droppedCharacters == 0 ? [] :
            ["\(xml.droppedCharacters) character(s) that XML 1.0 cannot carry (control codes, U+FFFE/U+FFFF) were left out of the output"]
    }

    /// The guid of an article: `tag:DOMAIN,DATE:ID`, never derived from the headline.
    public static func guid(_ article: Article, options: Options) -> String {
        let id = article.meta.id ?? options.fallbackID ?? "unidentified"
        if id.hasPrefix("tag:") || id.hasPrefix("urn:") { return id }
        return "tag:\(options.providerDomain),\(options.tagDate):\(id)"
    }
}
