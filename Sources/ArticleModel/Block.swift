/// One body block. A closed set: writers switch over it exhaustively.
public enum Block: Equatable, Sendable {
    /// A paragraph as written (a dateline prefix stays in the text).
    case paragraph(String)
    /// A subhead inside the body.
    case heading(String)
    case figure(Figure)
    case list(ListBlock)
    /// A block quotation.
    case quote(String)
    /// A section break (an explicit marker or a run of blank lines between body text).
    case sectionBreak

    /// The contract's `type` name of this block.
    public var typeName: String {
        switch self {
        case .paragraph: return "paragraph"
        case .heading: return "heading"
        case .figure: return "figure"
        case .list: return "list"
        case .quote: return "quote"
        case .sectionBreak: return "break"
        }
    }
}

/// A photo (or other picture) known only by its caption and credit: plain text has no image.
public struct Figure: Equatable, Sendable {
    public var caption: String
    public var credit: String?
    public init(caption: String, credit: String? = nil) {
        self.caption = caption
        self.credit = credit
    }
}

/// A bulleted or numbered list; items are given without their markers.
public struct ListBlock: Equatable, Sendable {
    public var ordered: Bool
    public var items: [String]
    public init(ordered: Bool, items: [String]) {
        self.ordered = ordered
        self.items = items
    }
}
