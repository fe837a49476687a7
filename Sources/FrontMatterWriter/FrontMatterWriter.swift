import ArticleModel
import ByteScan
import MarkdownWriter

/// Writes a Markdown page for static-site generators: YAML front matter between `---` lines at
/// byte 0, then the CommonMark body (without the headline, which is `title`). Key names follow
/// the chosen generator (README "Front matter").
public enum FrontMatterWriter {
    public enum Flavor: String, CaseIterable, Sendable { case hugo, jekyll, eleventy, pandoc }

    public struct Options: Sendable {
        public var flavor: Flavor = .hugo
        /// Write the front matter alone.
        public var includeBody = true
        public var markdown = MarkdownWriter.Options()
        /// The article's guid (as NewsML writes it), kept under `copydesk:`.
        public var guid: String? = nil
        /// The date when the article has none (`--date`, SOURCE_DATE_EPOCH, the file time).
        public var fallbackDate: String? = nil
        public init() {}
    }

    public struct Failure: Error, Equatable { public var message: String }

    /// `markdown`, when given, is the article's Markdown rendering with `options.markdown` (made
    /// once for the `.md` output and this page's body).
    public static func format(_ article: Article, options: Options = Options(),
                              markdown rendering: MarkdownWriter.Rendering? = nil) throws(Failure) -> [UInt8] {
        let yaml: [UInt8]
        let fields = fields(article, options: options)
        do {
            if let direct = YAMLWriter.emit(fields) { yaml = direct } else { yaml = try YAMLEmitter.emit(fields) }
        } catch {
            throw Failure(message: error.message)
        }
        var body: ArraySlice<UInt8> = []
        if options.includeBody {
            var markdown = options.markdown
            markdown.includeHeadline = false
            body = rendering?.withoutHeadline ?? MarkdownWriter.format(article, options: markdown)[...]
        }
        // One allocation for the page (appending to a small array grew it several times).
        var out: [UInt8] = []
        out.reserveCapacity(yaml.count + body.count + 9)
        out.append(literal: "---\n")
        out.append(contentsOf: yaml)
        out.append(literal: "---\n")
        if !body.isEmpty {
            out.append(0x0A)
            out.append(contentsOf: body)
        }
        return out
    }

    /// The front-matter keys, in order, for the chosen generator.
    public static func fields(_ article: Article, options: Options) -> [(String, YAMLValue)] {
        let flavor = options.flavor
        let figures = article.figures
        var fields: [(String, YAMLValue)] = []
        fields.reserveCapacity(16)
        func add(_ key: String, _ value: YAMLValue?) {
            guard let value, !fields.contains(where: { $0.0 == key }) else { return }
            fields.append((key, value))
        }
        func strings(_ list: [String]) -> YAMLValue { .list(list.map(YAMLValue.string)) }

        add("title", article.meta.headline.map(YAMLValue.string))
        add("subtitle", article.meta.deck.map(YAMLValue.string))
        let description = article.summary()
        if !description.isEmpty {
            add(flavor == .pandoc ? "abstract" : "description", .string(description))
        }
        let date = (article.meta.date ?? options.fallbackDate).flatMap(Timestamp.dateTime)?.value
        if let date {
            add("date", .string(date))
        }
        switch flavor {
        case .jekyll:
            if !article.meta.authors.isEmpty { add("author", .string(article.meta.authors.joined(separator: ", "))) }
            add("published", .bool(true))
        case .pandoc:
            if !article.meta.authors.isEmpty { add("author", strings(article.meta.authors)) }
        case .hugo, .eleventy:
            if !article.meta.authors.isEmpty { add("authors", strings(article.meta.authors)) }
        }
        if let dateline = article.meta.dateline {
            var parts: [(String, YAMLValue)] = [("text", .string(dateline.text))]
            if let place = dateline.place { parts.append(("place", .string(place))) }
            if let d = dateline.date { parts.append(("date", .string(d))) }
            if let source = dateline.source { parts.append(("source", .string(source))) }
            add("dateline", .map(parts))
        }
        if let id = article.meta.id, article.meta.fromFrontMatter.contains("id") { add("id", .string(id)) }
        add("slug", .string(article.meta.slug ?? Slug.make(article.meta.headline ?? article.meta.deck ?? article.summary(limit: 60))))
        if !article.meta.keywords.isEmpty { add(flavor == .pandoc ? "keywords" : "tags", strings(article.meta.keywords)) }
        let images = YAMLValue.list(figures.map { figure in
            var parts: [(String, YAMLValue)] = [("caption", .string(figure.caption))]
            if let credit = figure.credit { parts.append(("credit", .string(credit))) }
            return .map(parts)
        })
        // Hugo's own `images` is a list of file paths for its OpenGraph templates; ours go under copydesk.
        if !figures.isEmpty && flavor != .hugo { add("images", images) }
        add("copyright", article.meta.copyright.map(YAMLValue.string))
        add("lang", article.meta.language.map(YAMLValue.string))

        // Keys the input's own front matter carried, as given (after ours, which win).
        for key in article.meta.extra.keys.sorted() where key != "copydesk" {
            add(key, YAMLValue(article.meta.extra[key]!))
        }

        var own: [(String, YAMLValue)] = []
        if let guid = options.guid { own.append(("guid", .string(guid))) }
        if let byline = article.meta.byline { own.append(("byline", .string(byline))) }
        if flavor == .jekyll, article.meta.authors.count > 0 { own.append(("authors", strings(article.meta.authors))) }
        if flavor == .hugo, !figures.isEmpty { own.append(("images", images)) }
        if !article.meta.editorsNotes.isEmpty { own.append(("editors_notes", strings(article.meta.editorsNotes))) }
        if !article.meta.boilerplate.isEmpty { own.append(("boilerplate", strings(article.meta.boilerplate))) }
        if !own.isEmpty { add("copydesk", .map(own)) }
        return fields
    }
}
