import JSONCoding
import ByteScan

/// Writes the contract JSON straight into one byte buffer (`JSONSyntax`), in exactly the form
/// Foundation's `JSONEncoder` gives with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`
/// (two-space indent, `"key" : value`, keys in UTF-8 byte order, `[`/`{` + blank line for empty
/// containers), members written in that order here rather than sorted.
/// The encoder went through `Codable` containers and boxed values and cost four times the HTML
/// writer; the Codable conformance stays for reading and as the oracle the tests compare with.
struct ArticleJSONWriter {
    struct NonFiniteNumber: Error, CustomStringConvertible {
        let value: Double
        var description: String { "the number \(value) has no JSON form" }
    }

    private var syntax: JSONSyntax
    var bytes: [UInt8] { syntax.bytes }

    init(capacity: Int) { syntax = JSONSyntax(pretty: true, capacity: capacity) }

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
        syntax.bytes.append(0x0A)
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
            key("ordered", &first); syntax.bool(list.ordered)
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
        case .bool(let b): syntax.bool(b)
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

    // MARK: JSON syntax, in JSONEncoder's pretty form (JSONSyntax)

    private mutating func open(_ bracket: UInt8) { syntax.open(bracket) }
    private mutating func close(_ bracket: UInt8, empty: Bool) { syntax.close(bracket, empty: empty) }
    private mutating func key(_ name: String, _ first: inout Bool) { syntax.key(name, &first) }

    private mutating func array(_ count: Int, _ element: (inout ArticleJSONWriter, Int) throws -> Void) rethrows {
        open(UInt8(ascii: "["))
        var first = true
        for i in 0..<count {
            syntax.element(&first)
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

    private mutating func null() { syntax.null() }
    private mutating func literal(_ text: String) { syntax.literal(text) }
    private mutating func string(_ text: String) { syntax.string(text) }

    private mutating func number(_ value: Double) throws {
        guard let text = JSONSyntax.number(value) else { throw NonFiniteNumber(value: value) }
        literal(text)
    }
}
