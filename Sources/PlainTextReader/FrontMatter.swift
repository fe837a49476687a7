import ArticleModel

/// An optional YAML block at the very top, between `---` lines, whose keys override or extend
/// what the reader detected.
enum FrontMatter {
    /// The parsed map and the index of the first line after the block, or nil when there is none.
    static func extract(_ lines: [SourceLine]) throws(ReaderError) -> (values: [String: MetaValue], bodyStart: Int)? {
        guard let first = lines.first, first.text == "---", first.number == 1 else { return nil }
        guard let close = lines.dropFirst().firstIndex(where: { ($0.text == "---" || $0.text == "...") && $0.indent == 0 }) else {
            throw .frontMatter(line: 1, problem: "no closing '---' line")
        }
        // Re-indent: SourceLine keeps the indent as a width; YAML needs it back.
        let yaml = lines[1..<close].map { String(repeating: " ", count: $0.indent) + $0.text }.joined(separator: "\n")
        let value: MetaValue
        do {
            value = try YAMLLoader.load(yaml)
        } catch {
            throw .frontMatter(line: error.line + 1, problem: error.problem)
        }
        switch value {
        case .object(let map): return (map, close + 1)
        case .null: return ([:], close + 1)
        default: throw .frontMatter(line: 2, problem: "expected a mapping of keys to values")
        }
    }

    /// Applies front-matter keys: known keys override typed fields, the rest is kept in `extra`.
    static func apply(_ values: [String: MetaValue], to meta: inout Meta) {
        var overridden: [String] = []
        for key in values.keys.sorted() {
            let value = values[key]!
            switch key.lowercased() {
            case "title", "headline":
                meta.headline = value.scalarText; overridden.append("headline")
            case "subtitle", "deck", "subheadline", "standfirst":
                meta.deck = value.scalarText; overridden.append("deck")
            case "byline":
                meta.byline = value.scalarText; overridden.append("byline")
            case "author", "authors":
                meta.authors = value.stringList ?? []; overridden.append("authors")
            case "date":
                meta.date = value.scalarText; overridden.append("date")
            case "lang", "language":
                meta.language = value.scalarText; overridden.append("language")
            case "id", "guid":
                meta.id = value.scalarText; overridden.append("id")
            case "slug":
                meta.slug = value.scalarText; overridden.append("slug")
            case "tags", "keywords":
                meta.keywords = value.stringList ?? []; overridden.append("keywords")
            case "copyright":
                meta.copyright = value.scalarText; overridden.append("copyright")
            case "dateline":
                if case .object(let parts) = value {
                    meta.dateline = Dateline(text: parts["text"]?.scalarText ?? meta.dateline?.text ?? "",
                                             place: parts["place"]?.scalarText, date: parts["date"]?.scalarText,
                                             source: parts["source"]?.scalarText)
                } else if let place = value.scalarText {
                    var dateline = meta.dateline ?? Dateline(text: place)
                    dateline.place = place
                    meta.dateline = dateline
                }
                overridden.append("dateline")
            default:
                meta.extra[key] = value
            }
        }
        meta.fromFrontMatter = overridden
    }
}
