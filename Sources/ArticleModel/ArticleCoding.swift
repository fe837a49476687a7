import JSONCoding

// The JSON contract (see README "The JSON contract"). Contract keys are always written,
// null when unknown; optional extensions are written only when they carry something.

extension Article: Codable {
    enum CodingKeys: String, CodingKey { case version, meta, blocks }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(String.self, forKey: .version)
        guard version.split(separator: ".").first == Article.apiVersion.split(separator: ".").first else {
            throw DecodingError.dataCorruptedError(forKey: .version, in: c,
                debugDescription: "unsupported copydesk JSON version \(version); this build reads \(Article.apiVersion)")
        }
        self.init(meta: try c.decode(Meta.self, forKey: .meta), blocks: try c.decode([Block].self, forKey: .blocks))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Article.apiVersion, forKey: .version)
        try c.encode(meta, forKey: .meta)
        try c.encode(blocks, forKey: .blocks)
    }
}

extension Meta: Codable {
    enum CodingKeys: String, CodingKey {
        case headline, deck, byline, authors, dateline, date, language
        case id, slug, keywords, copyright, boilerplate, editorsNotes, slugline, transmissionHeader, extra, fromFrontMatter
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            headline: try c.decodeIfPresent(String.self, forKey: .headline),
            deck: try c.decodeIfPresent(String.self, forKey: .deck),
            byline: try c.decodeIfPresent(String.self, forKey: .byline),
            authors: try c.decodeIfPresent([String].self, forKey: .authors) ?? [],
            dateline: try c.decodeIfPresent(Dateline.self, forKey: .dateline),
            date: try c.decodeIfPresent(String.self, forKey: .date),
            language: try c.decodeIfPresent(String.self, forKey: .language),
            id: try c.decodeIfPresent(String.self, forKey: .id),
            slug: try c.decodeIfPresent(String.self, forKey: .slug),
            keywords: try c.decodeIfPresent([String].self, forKey: .keywords) ?? [],
            copyright: try c.decodeIfPresent(String.self, forKey: .copyright),
            boilerplate: try c.decodeIfPresent([String].self, forKey: .boilerplate) ?? [],
            editorsNotes: try c.decodeIfPresent([String].self, forKey: .editorsNotes) ?? [],
            slugline: try c.decodeIfPresent(String.self, forKey: .slugline),
            transmissionHeader: try c.decodeIfPresent([String].self, forKey: .transmissionHeader) ?? [],
            extra: try c.decodeIfPresent([String: MetaValue].self, forKey: .extra) ?? [:],
            fromFrontMatter: try c.decodeIfPresent([String].self, forKey: .fromFrontMatter) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(headline, forKey: .headline)
        try c.encode(deck, forKey: .deck)
        try c.encode(byline, forKey: .byline)
        try c.encode(authors, forKey: .authors)
        try c.encode(dateline, forKey: .dateline)
        try c.encode(date, forKey: .date)
        try c.encode(language, forKey: .language)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encodeIfPresent(slug, forKey: .slug)
        if !keywords.isEmpty { try c.encode(keywords, forKey: .keywords) }
        try c.encodeIfPresent(copyright, forKey: .copyright)
        if !boilerplate.isEmpty { try c.encode(boilerplate, forKey: .boilerplate) }
        if !editorsNotes.isEmpty { try c.encode(editorsNotes, forKey: .editorsNotes) }
        try c.encodeIfPresent(slugline, forKey: .slugline)
        if !transmissionHeader.isEmpty { try c.encode(transmissionHeader, forKey: .transmissionHeader) }
        if !extra.isEmpty { try c.encode(extra, forKey: .extra) }
        if !fromFrontMatter.isEmpty { try c.encode(fromFrontMatter, forKey: .fromFrontMatter) }
    }
}

extension Block: Codable {
    enum CodingKeys: String, CodingKey { case type, text, caption, credit, ordered, items }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "paragraph": self = .paragraph(try c.decode(String.self, forKey: .text))
        case "heading": self = .heading(try c.decode(String.self, forKey: .text))
        case "quote": self = .quote(try c.decode(String.self, forKey: .text))
        case "figure":
            self = .figure(Figure(caption: try c.decode(String.self, forKey: .caption),
                                  credit: try c.decodeIfPresent(String.self, forKey: .credit)))
        case "list":
            self = .list(ListBlock(ordered: try c.decode(Bool.self, forKey: .ordered),
                                   items: try c.decode([String].self, forKey: .items)))
        case "break": self = .sectionBreak
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c,
                debugDescription: "unknown block type \"\(type)\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(typeName, forKey: .type)
        switch self {
        case .paragraph(let t), .heading(let t), .quote(let t): try c.encode(t, forKey: .text)
        case .figure(let f):
            try c.encode(f.caption, forKey: .caption)
            try c.encode(f.credit, forKey: .credit)
        case .list(let l):
            try c.encode(l.ordered, forKey: .ordered)
            try c.encode(l.items, forKey: .items)
        case .sectionBreak: break
        }
    }
}

extension Article {
    /// The article as contract JSON: pretty-printed, keys sorted, slashes unescaped, newline-terminated.
    /// Sorted keys make the bytes deterministic across runs and platforms.
    public func jsonBytes() throws -> [UInt8] {
        var capacity = 1024
        for block in blocks {
            switch block {
            case .paragraph(let text), .heading(let text), .quote(let text): capacity += text.utf8.count + 48
            case .figure(let figure): capacity += figure.caption.utf8.count + (figure.credit?.utf8.count ?? 0) + 80
            case .list(let list): capacity += list.items.reduce(64) { $0 + $1.utf8.count + 8 }
            case .sectionBreak: capacity += 32
            }
        }
        var writer = ArticleJSONWriter(capacity: capacity)
        try writer.write(self)
        return writer.bytes
    }

    /// Reads contract JSON back into an article (the inverse of `jsonBytes()`).
    public init(jsonBytes: [UInt8]) throws {
        self = try JSONDecoding.decode(Article.self, from: jsonBytes)
    }
}
