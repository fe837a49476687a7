/// A parsed Mustache template: parse once, render many times. Renders as swift-mustache 2 does
/// (the tests compare the two), without reflection or Foundation: the page template is the only
/// Mustache copydesk has, and a process that starts in milliseconds cannot afford either.
public struct Template: Sendable {
    let tokens: [TemplateToken]

    public init(_ text: String) throws(TemplateError) {
        var parser = TemplateParser(text)
        do {
            tokens = try parser.parse()
        } catch {
            throw error.located(in: text)
        }
    }

    /// The template filled in from `data`; `{{name}}` is HTML-escaped, `{{{name}}}` is not.
    public func render(_ data: TemplateValue) -> String {
        var out: [UInt8] = []
        var renderer = TemplateRenderer(stack: [data])
        renderer.render(tokens, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// One piece of a parsed template.
indirect enum TemplateToken: Sendable {
    case text([UInt8])
    case variable(name: String, transforms: [String], escaped: Bool)
    case section(name: String, transforms: [String], body: [TemplateToken], inverted: Bool)
    /// `{{$name}}default{{/name}}` outside a parent: its default, indented like the tag.
    case block(body: [TemplateToken], indentation: [UInt8])
    /// `{{$name}}…` inside `{{<parent}}`: only checked, as there is no parent to override.
    case blockDefinition
    case contentType(escapesHTML: Bool)
}

/// Why a template cannot be parsed, and where.
public struct TemplateError: Error, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        case sectionCloseNameIncorrect = "a section closes with another name than it opened with"
        case unfinishedName = "a tag's name is not closed or holds characters a name cannot"
        case unfinishedComment = "a comment is not closed"
        case expectedSectionEnd = "a section is not closed"
        case invalidSetDelimiter = "a set-delimiter tag is malformed"
        case transformAppliedToInheritanceSection = "a block cannot take a transform"
        case illegalTokenInsideInheritSection = "only blocks may appear inside a parent tag"
        case invalidConfigVariableSyntax = "a pragma is malformed"
        case unrecognisedConfigVariable = "a pragma is not CONTENT_TYPE: HTML or TEXT"
        case unexpectedEnd = "the template ends inside a tag"
        case nestedTooDeeply = "sections nest more than 200 deep"
    }

    public let reason: Reason
    /// 1-based line and column (in characters) of the problem; 0 until located.
    public private(set) var line = 0
    public private(set) var column = 0
    let offset: Int

    static func at(offset: Int, _ reason: Reason) -> TemplateError {
        TemplateError(reason: reason, offset: offset)
    }

    private init(reason: Reason, offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    func located(in text: String) -> TemplateError {
        var located = self
        let before = text.utf8.prefix(offset)
        located.line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { text.utf8.index(after: $0) } ?? text.utf8.startIndex
        located.column = String(decoding: text.utf8[lineStart..<before.endIndex], as: UTF8.self).count + 1
        return located
    }

    public var description: String { "line \(line), column \(column): \(reason.rawValue)" }
}
