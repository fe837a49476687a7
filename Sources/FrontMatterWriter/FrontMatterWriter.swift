import ArticleModel
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
        var out = Array("---\n".utf8)
        out.append(contentsOf: yaml)
        out.append(contentsOf: "---\n".utf8)
        if options.includeBody {
            var markdown = options.markdown
            markdown.includeHeadline = false
            let body = rendering?.withoutHeadline ?? MarkdownWriter.format(article, options: markdown)[...]
            if !body.isEmpty {
                out.append(0x0A)
                out.append(contentsOf: body)
            }
        }
        return out
    }

    /// The front-matter keys, in order, for the chosen generator.
    public static func fields(_ article: Article, options: Options) -> [(String, YAMLValue)] {
        let meta = article.meta
        let flavor = options.flavor
        var fields: [(String, YAMLValue)] = []
        func add(_ key: String, _ value: YAMLValue?) {
            guard let value, !fields.contains(where: { $0.0 == key }) else { return }
            fields.append((key, value))
        }
        func strings(_ list: [String]) -> YAMLValue { .list(list.map(YAMLValue.string)) }

        add("title", meta.headline.map(YAMLValue.string))
        add("subtitle", meta.deck.map(YAMLValue.string))
        let description = article.summary()
        if !description.isEmpty {
            add(flavor == .pandoc ? "abstract" : "description", .string(description))
        }
        let date = (meta.date ?? options.fallbackDate).flatMap(Timestamp.dateTime)?.value
        if let date {
            add("date", .string(date))
        }
        switch flavor {
        case .jekyll:
            if !meta.authors.isEmpty { add("author", .string(meta.authors.joined(separator: ", "))) }
            add("published", .bool(true))
        case .pandoc:
            if !meta.authors.isEmpty { add("author", strings(meta.authors)) }
        case .hugo, .eleventy:
            if !meta.authors.isEmpty { add("authors", strings(meta.authors)) }
        }
        if let dateline = meta.dateline {
            var parts: [(String, YAMLValue)] = [("text", .string(dateline.text))]
            if let place = dateline.place { parts.append(("place", .string(place))) }
            if let d = dateline.date { parts.append(("date", .string(d))) }
            if let source = dateline.source { parts.append(("source", .string(source))) }
            add("dateline", .map(parts))
        }
        if let id = meta.id, meta.fromFrontMatter.contains("id") { add("id", .string(id)) }
        add("slug", .string(meta.slug ?? Slug.make(meta.headline ?? meta.deck ?? article.summary(limit: 60))))
        if !meta.keywords.isEmpty { add(flavor == .pandoc ? "keywords" : "tags", strings(meta.keywords)) }
        let images = YAMLValue.list(article.figures.map { figure in
            var parts: [(String, YAMLValue)] = [("caption", .string(figure.caption))]
            if let credit = figure.credit { parts.append(("credit", .string(credit))) }
            return .map(parts)
        })
        // Hugo's own `images` is a list of file paths for its OpenGraph templates; ours go under copydesk.
        if !article.figures.isEmpty && flavor != .hugo { add("images", images) }
        add("copyright", meta.copyright.map(YAMLValue.string))
        add("lang", meta.language.map(YAMLValue.string))

        // Keys the input's own front matter carried, as given (after ours, which win).
        for key in meta.extra.keys.sorted() where key != "copydesk" {
            add(key, YAMLValue(meta.extra[key]!))
        }

        var own: [(String, YAMLValue)] = []
        if let guid = options.guid { own.append(("guid", .string(guid))) }
        if let byline = meta.byline { own.append(("byline", .string(byline))) }
        if flavor == .jekyll, meta.authors.count > 0 { own.append(("authors", strings(meta.authors))) }
        if flavor == .hugo, !article.figures.isEmpty { own.append(("images", images)) }
        if !meta.editorsNotes.isEmpty { own.append(("editors_notes", strings(meta.editorsNotes))) }
        if !meta.boilerplate.isEmpty { own.append(("boilerplate", strings(meta.boilerplate))) }
        if !own.isEmpty { add("copydesk", .map(own)) }
        return fields
    }
}
