/// The role the reader gave one source line, and why: what `copydesk inspect` shows.
public struct LineRole: Equatable, Sendable, Codable {
    public enum Role: String, Sendable, Codable, CaseIterable {
        case frontMatter = "front matter"
        case headline, deck, byline, date, caption, credit, dateline, paragraph, heading
        case listItem = "list item"
        case quote
        case sectionBreak = "break"
        case boilerplate
        case editorsNote = "editor's note"
        case ignored
        case blank
    }

    public var line: Int
    public var text: String
    public var role: Role
    public var reason: String

    public init(line: Int, text: String, role: Role, reason: String) {
        self.line = line
        self.text = text
        self.role = role
        self.reason = reason
    }
}
