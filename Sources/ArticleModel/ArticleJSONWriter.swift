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
        syntax.open(UInt8(ascii: "{"))
        syntax.key("blocks", &first)
        array(article.blocks.count) { writer, i in writer.block(article.blocks[i]) }
        syntax.key("meta", &first)
        try meta(article.meta)
        syntax.key("version", &first)
        syntax.string(Article.apiVersion)
        syntax.close(UInt8(ascii: "}"), empty: false)
        syntax.bytes.append(0x0A)
    }

    // MARK: the tree

    private mutating func meta(_ meta: Meta) throws {
        var first = true
        syntax.open(UInt8(ascii: "{"))
        syntax.key("authors", &first); strings(meta.authors)
        if !meta.boilerplate.isEmpty { syntax.key("boilerplate", &first); strings(meta.boilerplate) }
        syntax.key("byline", &first); optional(meta.byline)
        if let copyright = meta.copyright { syntax.key("copyright", &first); syntax.string(copyright) }
        syntax.key("date", &first); optional(meta.date)
        syntax.key("dateline", &first)
        if let dateline = meta.dateline {
            var inner = true
            syntax.open(UInt8(ascii: "{"))
            syntax.key("date", &inner); optional(dateline.date)
            syntax.key("place", &inner); optional(dateline.place)
            syntax.key("source", &inner); optional(dateline.source)
            syntax.key("text", &inner); syntax.string(dateline.text)
            syntax.close(UInt8(ascii: "}"), empty: false)
        } else {
            syntax.null()
        }
        syntax.key("deck", &first); optional(meta.deck)
        if !meta.editorsNotes.isEmpty { syntax.key("editorsNotes", &first); strings(meta.editorsNotes) }
        if !meta.extra.isEmpty { syntax.key("extra", &first); try object(meta.extra) }
        if !meta.fromFrontMatter.isEmpty { syntax.key("fromFrontMatter", &first); strings(meta.fromFrontMatter) }
        syntax.key("headline", &first); optional(meta.headline)
        if let id = meta.id { syntax.key("id", &first); syntax.string(id) }
        if !meta.keywords.isEmpty { syntax.key("keywords", &first); strings(meta.keywords) }
        syntax.key("language", &first); optional(meta.language)
        if let slug = meta.slug { syntax.key("slug", &first); syntax.string(slug) }
        if let slugline = meta.slugline { syntax.key("slugline", &first); syntax.string(slugline) }
        if !meta.transmissionHeader.isEmpty { syntax.key("transmissionHeader", &first); strings(meta.transmissionHeader) }
        syntax.close(UInt8(ascii: "}"), empty: false)
    }

    private mutating func block(_ block: Block) {
        var first = true
        syntax.open(UInt8(ascii: "{"))
        switch block {
        case .paragraph(let text), .heading(let text), .quote(let text):
            syntax.key("text", &first); syntax.string(text)
        case .figure(let figure):
            syntax.key("caption", &first); syntax.string(figure.caption)
            syntax.key("credit", &first); optional(figure.credit)
        case .list(let list):
            syntax.key("items", &first); strings(list.items)
            syntax.key("ordered", &first); syntax.bool(list.ordered)
        case .sectionBreak:
            break
        }
        syntax.key("type", &first); syntax.string(block.typeName)
        syntax.close(UInt8(ascii: "}"), empty: false)
    }

    private mutating func value(_ value: MetaValue) throws {
        switch value {
        case .string(let s): syntax.string(s)
        case .int(let i): syntax.literal(String(i))
        case .double(let d): try number(d)
        case .bool(let b): syntax.bool(b)
        case .null: syntax.null()
        case .array(let items):
            try array(items.count) { writer, i in try writer.value(items[i]) }
        case .object(let members): try object(members)
        }
    }

    private mutating func object(_ members: [String: MetaValue]) throws {
        syntax.open(UInt8(ascii: "{"))
        guard !members.isEmpty else { syntax.close(UInt8(ascii: "}"), empty: true); return }
        var first = true
        // JSONEncoder's sortedKeys order on this platform: the keys' UTF-8 bytes.
        for (name, member) in members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            syntax.key(name, &first)
            try value(member)
        }
        syntax.close(UInt8(ascii: "}"), empty: false)
    }

    // MARK: arrays and optionals, through JSONSyntax

    private mutating func array(_ count: Int, _ element: (inout ArticleJSONWriter, Int) throws -> Void) rethrows {
        syntax.open(UInt8(ascii: "["))
        var first = true
        for i in 0..<count {
            syntax.element(&first)
            try element(&self, i)
        }
        syntax.close(UInt8(ascii: "]"), empty: count == 0)
    }

    private mutating func strings(_ items: [String]) {
        array(items.count) { writer, i in writer.syntax.string(items[i]) }
    }

    private mutating func optional(_ text: String?) {
        if let text { syntax.string(text) } else { syntax.null() }
    }

    private mutating func number(_ value: Double) throws {
        guard let text = JSONSyntax.number(value) else { throw NonFiniteNumber(value: value) }
        syntax.literal(text)
    }
}
