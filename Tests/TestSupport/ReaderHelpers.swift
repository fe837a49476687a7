import ArticleModel

extension Article {
    /// Paragraph texts only (not quotes), for compact assertions.
    public var paragraphs: [String] {
        blocks.compactMap { if case .paragraph(let t) = $0 { return t } else { return nil } }
    }
    public var headings: [String] {
        blocks.compactMap { if case .heading(let t) = $0 { return t } else { return nil } }
    }
    public var lists: [ListBlock] {
        blocks.compactMap { if case .list(let l) = $0 { return l } else { return nil } }
    }
    public var breakCount: Int {
        blocks.filter { $0 == .sectionBreak }.count
    }
}
