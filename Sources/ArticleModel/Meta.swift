/// Typed news metadata of an article, plus a generic map for keys copydesk does not know.
public struct Meta: Equatable, Sendable {
    public var headline: String?
    /// The subheadline, standfirst or teaser.
    public var deck: String?
    /// The byline as written (without a leading "By"), e.g. "Jane Doe, Associated Press".
    public var byline: String?
    /// The credited people (or the agency for an agency-only byline), as names.
    public var authors: [String]
    public var dateline: Dateline?
    /// Publication date as written by the source or front matter (ideally RFC 3339).
    public var date: String?
    /// BCP 47 language tag, e.g. "en" or "de".
    public var language: String?
    /// A stable identifier for the article (front matter `id` or `guid`).
    public var id: String?
    public var slug: String?
    public var keywords: [String]
    /// A copyright line found in the closing boilerplate or given in front matter.
    public var copyright: String?
    /// Closing lines that are not body text: end codes, reporting credits, copyright lines, notebooks.
    public var boilerplate: [String]
    /// Editor's notes and wire header notes (e.g. "Eds: Updates.", "REFILE").
    public var editorsNotes: [String]
    /// The wire's keyword slug ("BC-BKN--Heat-Hawks", "Germany-politics/"): NewsML `slugline`.
    public var slugline: String?
    /// Routing lines of a wire transmission before its start-of-text code, as received.
    public var transmissionHeader: [String]
    /// Front-matter keys the reader does not map to a typed field, kept verbatim.
    public var extra: [String: MetaValue]
    /// Names of the typed fields whose value came from front matter (for `inspect`).
    public var fromFrontMatter: [String]

    public init(headline: String? = nil, deck: String? = nil, byline: String? = nil,
                authors: [String] = [], dateline: Dateline? = nil, date: String? = nil,
                language: String? = nil, id: String? = nil, slug: String? = nil,
                keywords: [String] = [], copyright: String? = nil, boilerplate: [String] = [],
                editorsNotes: [String] = [], slugline: String? = nil, transmissionHeader: [String] = [],
                extra: [String: MetaValue] = [:], fromFrontMatter: [String] = []) {
        self.headline = headline
        self.deck = deck
        self.byline = byline
        self.authors = authors
        self.dateline = dateline
        self.date = date
        self.language = language
        self.id = id
        self.slug = slug
        self.keywords = keywords
        self.copyright = copyright
        self.boilerplate = boilerplate
        self.editorsNotes = editorsNotes
        self.slugline = slugline
        self.transmissionHeader = transmissionHeader
        self.extra = extra
        self.fromFrontMatter = fromFrontMatter
    }
}

/// The place/date/source prefix of a first paragraph, e.g. "LONDON (Reuters) -".
public struct Dateline: Equatable, Sendable, Codable {
    /// The prefix exactly as written, dash included.
    public var text: String
    public var place: String?
    public var date: String?
    /// The agency named in parentheses, e.g. "Reuters", "AP".
    public var source: String?

    public init(text: String, place: String? = nil, date: String? = nil, source: String? = nil) {
        self.text = text
        self.place = place
        self.date = date
        self.source = source
    }

    enum CodingKeys: String, CodingKey { case text, place, date, source }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(place, forKey: .place)
        try c.encode(date, forKey: .date)
        try c.encode(source, forKey: .source)
    }
}
