/// Parses Mustache text into tokens, on UTF-8 bytes. It follows swift-mustache's parser rule for
/// rule (standalone lines, whitespace before tags, transforms, set delimiters, pragmas, blocks),
/// so that a template renders the same with either; the tests hold it to swift-mustache.
/// Partials render nothing: a page template has no library of other templates to include.
struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// What a section's parse knows: the section it must close, whether the next tag starts its
    /// line (so may stand alone), whether `{{$name}}` defines a parent's block here (directly
    /// inside `{{<parent}}`), and the current delimiters.
    struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var isPartialDefinitionTopLevel = false
        var start: [UInt8] = Array("{{".utf8)
        var end: [UInt8] = Array("}}".utf8)

        func inSection(_ name: String, transforms: [String] = [], newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }
    }

    /// The whole template's tokens.
    mutating func parse() throws(TemplateError) -> [TemplateToken] {
        try parse(State())
    }

    // MARK: - Sections

    /// Sections nest at most this deep: parsing and rendering recurse once per level, and a
    /// template is input, which must not be able to overflow the stack.
    static let deepestNesting = 200
    private var depth = 0

    private mutating func parse(_ initial: State) throws(TemplateError) -> [TemplateToken] {
        depth += 1
        defer { depth -= 1 }
        guard depth <= TemplateParser.deepestNesting else { throw .at(offset: position, .nestedTooDeeply) }
        var tokens: [TemplateToken] = []
        var state = initial
        var whitespaceBefore: [UInt8] = []
        while position < bytes.count {
            if state.newLine {
                let start = position
                skip { $0 == 0x20 || $0 == 0x09 }
                whitespaceBefore = Array(bytes[start..<position])
            }
            let text = try readTextUntilTagOrNewline(state)
            let newline = newlineLength(at: position)
            if newline > 0 {
                tokens.append(.text(whitespaceBefore + text + bytes[position..<position + newline]))
                state.newLine = true
                position += newline
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(whitespaceBefore + text))
                whitespaceBefore = []
                state.newLine = false
            }
            if position >= bytes.count { break }
            // Whitespace before an inline tag is text; before a standalone one it goes with the line.
            func flushWhitespace() {
                if !whitespaceBefore.isEmpty { tokens.append(.text(whitespaceBefore)); whitespaceBefore = [] }
            }
            var setNewLine = false
            // Where the tag opened: errors point there.
            let tagStart = position - state.start.count
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let (name, transforms) = try parseName(state)
                if isStandalone(state) { setNewLine = true } else { flushWhitespace() }
                let body: [TemplateToken]
                do {
                    body = try parse(state.inSection(name, transforms: transforms, newLine: setNewLine))
                } catch where error.reason == .expectedSectionEnd && error.offset == bytes.count {
                    throw .at(offset: tagStart, .expectedSectionEnd)  // the innermost section left open
                }
                tokens.append(.section(name: name, transforms: transforms, body: body, inverted: inverted))
            case UInt8(ascii: "/"):
                position += 1
                let (name, transforms) = try parseName(state)
                guard name == state.sectionName, transforms == state.sectionTransforms else {
                    throw .at(offset: tagStart, .sectionCloseNameIncorrect)
                }
                if !isStandalone(state) { flushWhitespace() }
                return tokens
            case UInt8(ascii: "!"):
                position += 1
                do { try skipComment(state) } catch { throw .at(offset: tagStart, .unfinishedComment) }
                setNewLine = isStandalone(state)
            case UInt8(ascii: "{"):
                flushWhitespace()
                position += 1
                let (name, transforms) = try parseName(state)
                guard try read(UInt8(ascii: "}")) else { throw .at(offset: position, .unfinishedName) }
                tokens.append(.variable(name: name, transforms: transforms, escaped: false))
            case UInt8(ascii: "&"):
                flushWhitespace()
                position += 1
                let (name, transforms) = try parseName(state)
                tokens.append(.variable(name: name, transforms: transforms, escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "*") { position += 1 }
                _ = try parsePartialName(state)
                flushWhitespace()
                setNewLine = isStandalone(state)
            case UInt8(ascii: "<"):
                position += 1
                skipWhitespace()
                let name = try parsePartialName(state)
                flushWhitespace()
                setNewLine = isStandalone(state)
                var inner = state
                inner.sectionName = name
                inner.sectionTransforms = []
                inner.newLine = true
                inner.isPartialDefinitionTopLevel = true
                // Only block definitions may override a parent's blocks; without a library of
                // parents to include, the tag renders nothing once it has been checked.
                for token in try parse(inner) {
                    switch token {
                    case .blockDefinition, .text: continue
                    default: throw .at(offset: position, .illegalTokenInsideInheritSection)
                    }
                }
            case UInt8(ascii: "$"):
                position += 1
                let (name, transforms) = try parseName(state)
                guard transforms.isEmpty else { throw .at(offset: position, .transformAppliedToInheritanceSection) }
                if state.isPartialDefinitionTopLevel {
                    setNewLine = isStandalone(state)
                    _ = try parse(state.inSection(name, newLine: setNewLine))  // checked, never rendered
                    tokens.append(.blockDefinition)
                } else {
                    let indentation = whitespaceBefore
                    flushWhitespace()
                    setNewLine = isStandalone(state)
                    let body = try parse(state.inSection(name, newLine: setNewLine))
                    tokens.append(.block(body: body, indentation: indentation))
                }
            case UInt8(ascii: "="):
                position += 1
                state = try parseSetDelimiters(state)
                setNewLine = isStandalone(state)
            case UInt8(ascii: "%"):
                position += 1
                tokens.append(try parsePragma(state))
                setNewLine = isStandalone(state)
            default:
                flushWhitespace()
                let (name, transforms) = try parseName(state)
                tokens.append(.variable(name: name, transforms: transforms, escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw .at(offset: bytes.count, .expectedSectionEnd) }
        return tokens
    }

    /// Text up to the next tag (the opening delimiter is consumed) or line break (not consumed).
    private mutating func readTextUntilTagOrNewline(_ state: State) throws(TemplateError) -> [UInt8] {
        var text: [UInt8] = []
        guard let first = state.start.first else { return text }
        while position < bytes.count {
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 0x0A || byte == first { break }
                if byte == 0x0D, position + 1 < bytes.count, bytes[position + 1] == 0x0A { break }
                position += 1
            }
            text += bytes[start..<position]
            if position >= bytes.count || bytes[position] == 0x0A || bytes[position] == 0x0D { break }
            // The delimiter's first byte: a tag, or text when the rest does not follow.
            if try read(state.start) { break }
            text.append(first)
            position += 1
        }
        return text
    }

    // MARK: - Tags

    /// A tag's name and transforms (`uppercased(name)` is "name", ["uppercased"]), and its close.
    private mutating func parseName(_ state: State) throws(TemplateError) -> (String, [String]) {
        let text = word(TemplateParser.isNameByte)
        let start = text.startIndex
        guard try read(state.end) else { throw .at(offset: position, .unfinishedName) }
        guard let open = text.firstIndex(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) else {
            return (String(decoding: text, as: UTF8.self), [])
        }
        guard text[open] == UInt8(ascii: "(") else { throw .at(offset: start, .unfinishedName) }
        var transforms = [String(decoding: text[text.startIndex..<open], as: UTF8.self)]
        var index = open + 1
        while true {
            let nameStart = index
            while index < text.endIndex, text[index] != UInt8(ascii: "("), text[index] != UInt8(ascii: ")") { index += 1 }
            let name = String(decoding: text[nameStart..<index], as: UTF8.self)
            guard index < text.endIndex else { throw .at(offset: start, .unfinishedName) }
            if text[index] == UInt8(ascii: "(") {
                transforms.append(name)
                index += 1
                continue
            }
            // One `)` for each transform, and nothing after them.
            var closes = 0
            while index < text.endIndex, text[index] == UInt8(ascii: ")") { closes += 1; index += 1 }
            guard closes == transforms.count, index == text.endIndex else { throw .at(offset: start, .unfinishedName) }
            return (name, transforms)
        }
    }

    private mutating func parsePartialName(_ state: State) throws(TemplateError) -> String {
        let name = word { TemplateParser.isNameByte($0) || $0 == UInt8(ascii: "/") }
        guard try read(state.end) else { throw .at(offset: position, .unfinishedName) }
        return String(decoding: name, as: UTF8.self)
    }

    /// Past the closing delimiter, matched as swift-mustache matches it (a mismatch restarts the
    /// match at the next byte, not at the mismatching one).
    private mutating func skipComment(_ state: State) throws(TemplateError) {
        let start = position
        var matched = 0
        while position < bytes.count {
            if bytes[position] == state.end[matched] {
                matched += 1
                if matched == state.end.count { position += 1; return }
            } else {
                matched = 0
            }
            position += 1
        }
        position = start
        throw .at(offset: start, .unfinishedComment)
    }

    private mutating func parseSetDelimiters(_ state: State) throws(TemplateError) -> State {
        let tagStart = position
        skipWhitespace()
        let startDelimiter = try readDelimiter(tagStart, stoppingAtEquals: false)
        skipWhitespace()
        let endDelimiter = try readDelimiter(tagStart, stoppingAtEquals: true)
        skipWhitespace()
        guard try read(UInt8(ascii: "=")), try read(state.end), !startDelimiter.isEmpty, !endDelimiter.isEmpty else {
            throw .at(offset: tagStart, .invalidSetDelimiter)
        }
        var state = state
        state.start = startDelimiter
        state.end = endDelimiter
        state.isPartialDefinitionTopLevel = false
        return state
    }

    /// `{{% CONTENT_TYPE: TEXT }}` (no escaping from here on) or `HTML` (escaping, the default).
    private mutating func parsePragma(_ state: State) throws(TemplateError) -> TemplateToken {
        let tagStart = position
        let plainName = { (byte: UInt8) in TemplateParser.isNameByte(byte) && byte != UInt8(ascii: "(") && byte != UInt8(ascii: ")") }
        let variable = Substring(decoding: word(plainName), as: UTF8.self)
        guard (try? read(UInt8(ascii: ":"))) == true else { throw .at(offset: tagStart, .invalidConfigVariableSyntax) }
        let value = Substring(decoding: word(plainName), as: UTF8.self)
        guard (try? read(state.end)) == true, !variable.isEmpty, !value.isEmpty else {
            throw .at(offset: tagStart, .invalidConfigVariableSyntax)
        }
        switch (variable, value) {
        case ("CONTENT_TYPE", "HTML"): return .contentType(escapesHTML: true)
        case ("CONTENT_TYPE", "TEXT"): return .contentType(escapesHTML: false)
        default: throw .at(offset: tagStart, .unrecognisedConfigVariable)
        }
    }

    /// A tag alone on its line (only spaces and tabs around it): the line leaves no trace.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position >= bytes.count { return true }
        var probe = position
        while probe < bytes.count, bytes[probe] == 0x20 || bytes[probe] == 0x09 { probe += 1 }
        let newline = newlineLength(at: probe)
        guard newline > 0 else { return false }
        position = probe + newline
        return true
    }

    // MARK: - Bytes

    /// Name characters: letters, digits and `.-_?*()` (swift-mustache's set).
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"),
             UInt8(ascii: "("), UInt8(ascii: ")"):
            return true
        default:
            return false
        }
    }

    /// The length of the line break at `offset` (CR LF, LF, CR, VT, FF, NEL, LS, PS), or 0: what
    /// Swift's `Character.isNewline` accepts.
    private func newlineLength(at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        switch bytes[offset] {
        case 0x0D: return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
        case 0x0A, 0x0B, 0x0C: return 1
        case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard offset + 2 < bytes.count, bytes[offset + 1] == 0x80 else { return 0 }
            return bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }

    /// The length of the white space character at `offset`, or 0: what `Character.isWhitespace`
    /// accepts (line breaks, spaces, no-break and typographic spaces).
    private func whitespaceLength(at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        switch bytes[offset] {
        case 0x09, 0x20: return 1
        case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] == 0xA0 ? 2 : newlineLength(at: offset)
        case 0xE1: return offset + 2 < bytes.count && bytes[offset + 1] == 0x9A && bytes[offset + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard offset + 2 < bytes.count else { return 0 }
            let (b1, b2) = (bytes[offset + 1], bytes[offset + 2])
            if b1 == 0x80, (0x80...0x8A).contains(b2) || b2 == 0xAF { return 3 }
            if b1 == 0x81, b2 == 0x9F { return 3 }
            return newlineLength(at: offset)
        case 0xE3: return offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x80 ? 3 : 0
        default: return newlineLength(at: offset)
        }
    }

    /// The bytes `accepts` allows, with the white space around them skipped.
    private mutating func word(_ accepts: (UInt8) -> Bool) -> ArraySlice<UInt8> {
        skipWhitespace()
        let start = position
        skip(while: accepts)
        let word = bytes[start..<position]
        skipWhitespace()
        return word
    }

    private mutating func skipWhitespace() {
        while case let length = whitespaceLength(at: position), length > 0 { position += length }
    }

    private mutating func skip(while predicate: (UInt8) -> Bool) {
        while position < bytes.count, predicate(bytes[position]) { position += 1 }
    }

    /// A new delimiter: the bytes up to white space (or `=`); an error when the text ends first.
    private mutating func readDelimiter(_ tagStart: Int, stoppingAtEquals: Bool) throws(TemplateError) -> [UInt8] {
        let start = position
        while position < bytes.count, whitespaceLength(at: position) == 0,
              !(stoppingAtEquals && bytes[position] == UInt8(ascii: "=")) { position += 1 }
        guard position < bytes.count else { throw .at(offset: tagStart, .invalidSetDelimiter) }
        return Array(bytes[start..<position])
    }

    /// Consumes `expected` if it comes next; an error when the text is too short to hold it.
    private mutating func read(_ expected: [UInt8]) throws(TemplateError) -> Bool {
        guard bytes.count - position >= expected.count else { throw .at(offset: position, .unexpectedEnd) }
        guard bytes[position..<position + expected.count].elementsEqual(expected) else { return false }
        position += expected.count
        return true
    }

    private mutating func read(_ expected: UInt8) throws(TemplateError) -> Bool {
        try read([expected])
    }
}
