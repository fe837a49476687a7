import ArticleModel

/// Reads a plain-text news article (as journalists and wires write it) into an `Article`.
///
/// The text is read top-down in three zones: the header (slug, flags, headline, deck, byline,
/// captions), the body (paragraphs, subheads, lists, quotes, figures, breaks) and the closing
/// boilerplate. Every rule is a general convention in `Conventions/`, each with its own tests.
public struct PlainTextReader: Sendable {
    public struct Result: Sendable {
        public var article: Article
        public var warnings: [ReaderWarning]
        /// The role of every source line, in line order, when `traceLines` was on.
        public var roles: [LineRole]
    }

    /// Record every line's role and the reason (for `copydesk inspect`); off for conversion,
    /// which does not need it.
    public var traceLines: Bool

    public init(traceLines: Bool = false) {
        self.traceLines = traceLines
    }

    /// Decodes and reads the bytes of a text file.
    public func read(_ bytes: [UInt8]) throws(ReaderError) -> Result {
        let decoded = try TextDecoding.decode(bytes)
        return try read(text: decoded.text, warnings: decoded.warnings)
    }

    /// Reads already-decoded text.
    public func read(text: String, warnings: [ReaderWarning] = []) throws(ReaderError) -> Result {
        let source = SourceLines(text)
        guard source.lines.contains(where: { !$0.isBlank }) || !source.trailer.isEmpty else { throw .empty }
        var session = ReadingSession(source: source, tracing: traceLines)
        var bodyStart = 0
        if let frontMatter = try FrontMatter.extract(source.lines) {
            for line in source.lines[..<frontMatter.bodyStart] {
                session.mark(line, .frontMatter, "YAML front matter at the top of the file")
            }
            bodyStart = frontMatter.bodyStart
            session.frontMatter = frontMatter.values
        }
        session.units = UnitBuilder.build(source.lines[bodyStart...])
        session.readAll()
        guard !session.meta.isEmptyArticle(session.blocks) else { throw .empty }
        return Result(article: Article(meta: session.meta, blocks: session.blocks),
                      warnings: warnings, roles: session.finishedRoles())
    }
}

extension Meta {
    func isEmptyArticle(_ blocks: [Block]) -> Bool {
        headline == nil && deck == nil && blocks.isEmpty && boilerplate.isEmpty
    }
}
