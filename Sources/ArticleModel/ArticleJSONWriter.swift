import ByteScan

/// Writes the contract JSON straight into one byte buffer, in exactly the form Foundation's
/// `JSONEncoder` gives with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (two-space
/// indent, `"key" : value`, keys in UTF-8 byte order, `[`/`{` + blank line for empty containers).
/// The encoder went through `Codable` containers and boxed values and cost four times the HTML
/// writer; the Codable conformance stays for reading and as the oracle the tests compare with.
struct ArticleJSONWriter {
    struct NonFiniteNumber: Error, CustomStringConvertible {
        let value: Double
        var description: String { "the number \(value) has no JSON form" }
    }

    private(set) var bytes: [UInt8] = []
    private var depth = 0

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func write(_ article: Article) throws {
        var first = true
        open(UInt8(ascii: "{"))
        key("blocks", &first)
        array(article.blocks.count) { writer, i in writer.block(article.blocks[i]) }
        key("meta", &first)
        try meta(article.meta)
        key("version", &first)
        string(Article.apiVersion)
        close(UInt8(ascii: "}"), empty: false)
        bytes.append(0x0A)
    }

    // MARK: the tree

    private mutating func meta(_ meta: Meta) throws {
        var first = true
        open(UInt8(ascii: "{"))
        key("authors", &first); strings(meta.authors)
        if !meta.boilerplate.isEmpty { key("boilerplate", &first); strings(meta.boilerplate) }
        key("byline", &first); optional(meta.byline)
        if let copyright = meta.copyright { key("copyright", &first); string(copyright) }
        key("date", &first); optional(meta.date)
        key("dateline", &first)
        if let dateline = meta.dateline {
            var inner = true
            open(UInt8(ascii: "{"))
            key("date", &inner); optional(dateline.date)
            key("place", &inner); optional(dateline.place)
            key("source", &inner); optional(dateline.source)
            key("text", &inner); string(dateline.text)
            close(UInt8(ascii: "}"), empty: false)
        } else {
            null()
        }
        key("deck", &first); optional(meta.deck)
        if !meta.editorsNotes.isEmpty { key("editorsNotes", &first); strings(meta.editorsNotes) }
        if !meta.extra.isEmpty { key("extra", &first); try object(meta.extra) }
        if !meta.fromFrontMatter.isEmpty { key("fromFrontMatter", &first); strings(meta.fromFrontMatter) }
        key("headline", &first); optional(meta.headline)
        if let id = meta.id { key("id", &first); string(id) }
        if !meta.keywords.isEmpty { key("keywords", &first); strings(meta.keywords) }
        key("language", &first); optional(meta.language)
        if let slug = meta.slug { key("slug", &first); string(slug) }
        if let slugline = meta.slugline { key("slugline", &first); string(slugline) }
        if !meta.transmissionHeader.isEmpty { key("transmissionHeader", &first); strings(meta.transmissionHeader) }
        close(UInt8(ascii: "}"), empty: false)
    }

    private mutating func block(_ block: Block) {
        var first = true
        open(UInt8(ascii: "{"))
        switch block {
        case .paragraph(let text), .heading(let text), .quote(let text):
            key("text", &first); string(text)
        case .figure(let figure):
            key("caption", &first); string(figure.caption)
            key("credit", &first); optional(figure.credit)
        case .list(let list):
            key("items", &first); strings(list.items)
            key("ordered", &first); literal(list.ordered ? "true" : "false")
        case .sectionBreak:
            break
        }
        key("type", &first); string(block.typeName)
        close(UInt8(ascii: "}"), empty: false)
    }

    private mutating func value(_ value: MetaValue) throws {
        switch value {
        case .string(let s): string(s)
        case .int(let i): literal(String(i))
        case .double(let d): try number(d)
        case .bool(let b): literal(b ? "true" : "false")
        case .null: null()
        case .array(let items):
            try array(items.count) { writer, i in try writer.value(items[i]) }
        case .object(let members): try object(members)
        }
    }

    private mutating func object(_ members: [String: MetaValue]) throws {
        open(UInt8(ascii: "{"))
        guard !members.isEmpty else { close(UInt8(ascii: "}"), empty: true); return }
        var first = true
        // JSONEncoder's sortedKeys order on this platform: the keys' UTF-8 bytes.
        for (name, member) in members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            key(name, &first)
            try value(member)
        }
        close(UInt8(ascii: "}"), empty: false)
    }

    // MARK: JSON syntax

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
    }

    /// `empty`: the container had no members, which JSONEncoder writes as a blank line.
    private mutating func close(_ bracket: UInt8, empty: Bool) {
        depth -= 1
        bytes.append(0x0A)
        if empty { bytes.append(0x0A) }
        indent()
        bytes.append(bracket)
    }

    private mutating func indent() {
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func key(_ name: String, _ first: inout Bool) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        bytes.append(0x0A)
        indent()
        string(name)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    }

    private mutating func array(_ count: Int, _ element: (inout ArticleJSONWriter, Int) throws -> Void) rethrows {
        open(UInt8(ascii: "["))
        for i in 0..<count {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(0x0A)
            indent()
            try element(&self, i)
        }
        close(UInt8(ascii: "]"), empty: count == 0)
    }

    private mutating func strings(_ items: [String]) {
        array(items.count) { writer, i in writer.string(items[i]) }
    }

    private mutating func optional(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    private mutating func null() { literal("null") }

    private mutating func literal(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Swift's shortest round-tripping form, without a trailing ".0", as JSONEncoder writes it.
    private mutating func number(_ value: Double) throws {
        guard value.isFinite else { throw NonFiniteNumber(value: value) }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        literal(text)
    }

    /// Quotes and escapes: `"` and `\`, the short escapes for backspace, form feed, line feed,
    /// carriage return and tab, `\u00xx` (lower-case hex) for the other control codes; every
    /// other byte, slashes and non-ASCII included, as it is (through the writers' shared
    /// 64-bytes-at-a-time loop).
    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        text.withBorrowedUTF8 { source in
            ByteEscaping.append(source, to: &bytes,
                                specials: { ByteMasks.any($0, 0x22, 0x5C, 0x5C, 0x5C, 0x5C, below: 0x20) },
                                entity: Self.escape)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    static func escape(_ byte: UInt8) -> StaticString? {
        switch byte {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x00..<0x20: return controlEscapes[Int(byte)]
        default: return nil
        }
    }

    static let controlEscapes: [StaticString] = [
        "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
        "\\b", "\\t", "\\n", "\\u000b", "\\f", "\\r", "\\u000e", "\\u000f",
        "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
        "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f",
    ]
}
