/// One news article: typed news metadata plus the body as ordered blocks.
///
/// This is the tree every reader produces and every writer consumes. Its JSON form
/// (`copydesk convert --to json`) is a public, versioned contract; see `Article.apiVersion`.
public struct Article: Equatable, Sendable {
    /// Version of the JSON contract. Fields may be added in minor versions; none is ever renamed.
    public static let apiVersion = "1.0"

    public var meta: Meta
    public var blocks: [Block]

    public init(meta: Meta = Meta(), blocks: [Block] = []) {
        self.meta = meta
        self.blocks = blocks
    }
}

extension Article {
    /// The first body paragraph or quote: the text a summary is made from.
    public var firstParagraphText: String? {
        for block in blocks {
            switch block {
            case .paragraph(let text), .quote(let text): return text
            default: continue
            }
        }
        return nil
    }

    /// Every figure in the body, in order.
    public var figures: [Figure] {
        blocks.compactMap { if case .figure(let f) = $0 { return f } else { return nil } }
    }
}

extension Article {
    /// A plain-text summary: the deck, else the first paragraph without its dateline, cut at a
    /// word boundary near `limit` characters (for meta descriptions and front matter).
    public func summary(limit: Int = 160) -> String {
        if let deck = meta.deck { return deck }
        guard var text = firstParagraphText else { return meta.headline ?? "" }
        if let dateline = meta.dateline, !dateline.text.isEmpty, let rest = text.remainder(afterPrefix: dateline.text) {
            text = String(rest.drop(while: { $0 == " " }))
        }
        guard text.unicodeScalars.count > limit else { return text }
        let cut = String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit)))
        let base = cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? cut
        return base + "…"
    }
}
