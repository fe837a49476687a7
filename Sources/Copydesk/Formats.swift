import ArticleModel
import FrontMatterWriter
import HTMLWriter
import MarkdownWriter
import NewsMLWriter
import PlainTextReader

/// copydesk's version (`--version`, NewsML generator).
public enum CopydeskVersion {
    public static let string = "0.1.0"
}

/// The options of every writer, each writer's own small type; a writer reads only its own.
public struct WriterOptions: Sendable {
    public var html = HTMLWriter.Options()
    public var markdown = MarkdownWriter.Options()
    public var newsml = NewsMLWriter.Options()
    public var frontMatter = FrontMatterWriter.Options()
    public init() {
        newsml.generatorVersion = CopydeskVersion.string
    }
}

/// What a writer produced: the bytes, plus notes about content it could not express.
public struct WriterOutput: Sendable {
    public var bytes: [UInt8]
    public var warnings: [String]
    public init(bytes: [UInt8], warnings: [String] = []) {
        self.bytes = bytes
        self.warnings = warnings
    }
}

/// An output format: a pure function from an article to bytes.
public protocol ArticleWriter: Sendable {
    /// The name used with `--to`.
    var name: String { get }
    /// File extension of the output, without the dot.
    var fileExtension: String { get }
    /// One line for `copydesk formats`.
    var summary: String { get }
    func write(_ article: Article, options: WriterOptions) throws(CopydeskError) -> WriterOutput
    /// The same, reusing what another writer already rendered from the same article.
    func write(_ article: Article, options: WriterOptions, shared: SharedRenderings) throws(CopydeskError) -> WriterOutput
}

extension ArticleWriter {
    public func write(_ article: Article, options: WriterOptions, shared: SharedRenderings) throws(CopydeskError) -> WriterOutput {
        try write(article, options: options)
    }
}

/// Renderings that more than one output of an article is made from, made once: the Markdown
/// body is both the `.md` output and the front-matter page's body. One per article and
/// conversion, for writers given the same article text (a front-matter page's own slug aside).
public final class SharedRenderings {
    private var markdown: MarkdownWriter.Rendering?

    public init() {}

    func markdown(_ article: Article, options: MarkdownWriter.Options) -> MarkdownWriter.Rendering {
        if let markdown { return markdown }
        let rendering = MarkdownWriter.render(article, options: options)
        markdown = rendering
        return rendering
    }
}

/// An input format: bytes to an article, with non-fatal warnings.
public protocol ArticleReader: Sendable {
    var name: String { get }
    var summary: String { get }
    func read(_ bytes: [UInt8]) throws(ReaderError) -> PlainTextReader.Result
}

/// An `Article -> Article` step between reading and writing.
public protocol ArticleTransform: Sendable {
    var name: String { get }
    func apply(_ article: Article) throws(CopydeskError) -> Article
}

// The formats' names and descriptions are computed properties, not stored ones: the structs stay
// empty, so an `any ArticleWriter` holds them inline and copying one per output costs nothing
// (with three stored strings each was boxed on the heap).

/// The reader for plain-text articles.
public struct PlainTextFormat: ArticleReader {
    public var name: String { "text" }
    public var summary: String { "plain-text news article (headline, deck, byline, captions, dateline, body)" }
    public init() {}
    public func read(_ bytes: [UInt8]) throws(ReaderError) -> PlainTextReader.Result {
        try PlainTextReader().read(bytes)
    }
}

/// The tree itself, as the versioned JSON contract.
public struct JSONFormat: ArticleWriter {
    public var name: String { "json" }
    public var fileExtension: String { "json" }
    public var summary: String { "the article tree as JSON (contract version \(Article.apiVersion))" }
    public init() {}
    public func write(_ article: Article, options: WriterOptions) throws(CopydeskError) -> WriterOutput {
        do {
            return WriterOutput(bytes: try article.jsonBytes())
        } catch {
            throw CopydeskError(.output, "cannot encode JSON: \(error)", step: "write json")
        }
    }
}

/// What a reader-facing format leaves out on purpose, said as a warning instead of dropped silently:
/// editor's notes and wire routing lines are for the desk, not the page. The JSON tree, NewsML
/// (`edNote`) and front matter (`copydesk.editors_notes`) keep them.
func unrenderedWarnings(_ article: Article, format: String) -> [String] {
    var warnings: [String] = []
    let notes = article.meta.editorsNotes.count
    if notes > 0 {
        warnings.append("\(notes) editor's note(s) left out of the \(format) (desk-only text; the JSON, NewsML and front-matter outputs keep them)")
    }
    return warnings
}

/// HTML: an `<article>` fragment, or a whole page with `--standalone`.
public struct HTMLFormat: ArticleWriter {
    public var name: String { "html" }
    public var fileExtension: String { "html" }
    public var summary: String { "semantic HTML: an <article> fragment, or a full page with --standalone" }
    public init() {}
    public func write(_ article: Article, options: WriterOptions) throws(CopydeskError) -> WriterOutput {
        do {
            return WriterOutput(bytes: try HTMLWriter.format(article, options: options.html),
                                warnings: unrenderedWarnings(article, format: "HTML"))
        } catch {
            switch error {
            case .template(let message): throw CopydeskError(.usage, message, step: "write html")
            }
        }
    }
}

/// CommonMark.
public struct MarkdownFormat: ArticleWriter {
    public var name: String { "markdown" }
    public var fileExtension: String { "md" }
    public var summary: String { "CommonMark, every metacharacter escaped" }
    public init() {}
    public func write(_ article: Article, options: WriterOptions) throws(CopydeskError) -> WriterOutput {
        try write(article, options: options, shared: SharedRenderings())
    }

    public func write(_ article: Article, options: WriterOptions, shared: SharedRenderings) throws(CopydeskError) -> WriterOutput {
        WriterOutput(bytes: shared.markdown(article, options: options.markdown).bytes,
                     warnings: unrenderedWarnings(article, format: "Markdown"))
    }
}

/// NewsML-G2 2.35 NewsItem, power conformance.
public struct NewsMLFormat: ArticleWriter {
    public var name: String { "newsml" }
    public var fileExtension: String { "xml" }
    public var summary: String { "NewsML-G2 2.35 NewsItem (power conformance), XHTML body" }
    public init() {}
    public func write(_ article: Article, options: WriterOptions) throws(CopydeskError) -> WriterOutput {
        let output = NewsMLWriter.item(article, options: options.newsml)
        return WriterOutput(bytes: output.bytes, warnings: output.warnings)
    }
}

/// A Markdown page with YAML front matter, for Hugo, Jekyll, Eleventy and Pandoc.
public struct FrontMatterFormat: ArticleWriter {
    public var name: String { "frontmatter" }
    /// Not plain `.md`, which the Markdown writer's outputs use in the same folder.
    public var fileExtension: String { "page.md" }
    public var summary: String { "Markdown page with YAML front matter for static-site generators (--flavor)" }
    public init() {}
    public func write(_ article: Article, options: WriterOptions) throws(CopydeskError) -> WriterOutput {
        try write(article, options: options, shared: SharedRenderings())
    }

    public func write(_ article: Article, options: WriterOptions, shared: SharedRenderings) throws(CopydeskError) -> WriterOutput {
        var frontMatter = options.frontMatter
        frontMatter.markdown = options.markdown
        frontMatter.guid = frontMatter.guid ?? NewsMLWriter.guid(article, options: options.newsml)
        frontMatter.fallbackDate = frontMatter.fallbackDate ?? options.newsml.fallbackDate
        let markdown = frontMatter.includeBody ? shared.markdown(article, options: options.markdown) : nil
        do {
            return WriterOutput(bytes: try FrontMatterWriter.format(article, options: frontMatter, markdown: markdown))
        } catch {
            throw CopydeskError(.output, "cannot write the front matter: \(error.message)", step: "write frontmatter")
        }
    }
}
