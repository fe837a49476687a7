import ArticleModel
import CLibXML2
import NewsMLCore

/// Writes NewsML-G2 2.35 NewsItems (power conformance) and NewsMessages through libxml2.
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
        let xml = XMLWriter(indent: true)
        xml.startDocument()
        var item = ItemWriter(article: article, options: options, xml: xml)
        item.write(root: true)
        xml.endDocument()
        return Output(bytes: xml.bytes(), warnings: item.warnings + droppedWarning(xml))
    }

    /// One `newsMessage` carrying every article as a self-contained item.
    public static func message(_ articles: [(Article, Options)], sent: String) -> Output {
        let xml = XMLWriter(indent: true)
        xml.startDocument()
        xml.start("newsMessage")
        xml.attribute("xmlns", NewsML.namespace)
        xml.start("header")
        xml.element("sent", sent)
        xml.empty("catalogRef", attributes: [("href", NewsML.iptcCatalog)])
        if let first = articles.first {
            xml.empty("sender", attributes: [("uri", "https://\(first.1.providerDomain)/")])
        }
        xml.end()
        xml.start("itemSet")
        var warnings: [String] = []
        for (article, options) in articles {
            var item = ItemWriter(article: article, options: options, xml: xml)
            item.write(root: false)
            warnings += item.warnings
        }
        xml.end()
        xml.end()
        xml.endDocument()
        return Output(bytes: xml.bytes(), warnings: warnings + droppedWarning(xml))
    }

    static func droppedWarning(_ xml: XMLWriter) -> [String] {
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
