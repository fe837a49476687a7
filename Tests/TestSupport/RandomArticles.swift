import ArticleModel

/// Random articles for the oracle tests (a writer against the library it replaces): hostile
/// strings, every optional present or not, nested front-matter values with keys that sort
/// differently by byte, by case and by Unicode normalisation.
public enum RandomArticles {
    /// SplitMix64: a fixed seed, so a failure can be reproduced (also a `RandomNumberGenerator`).
    public struct Random: RandomNumberGenerator {
        public var state: UInt64
        public init(state: UInt64) { self.state = state }
        public mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    public static let pieces = ["a", "Z", " ", "/", "\"", "\\", "\u{0}", "\u{1}", "\u{8}", "\t", "\n", "\u{B}", "\u{C}", "\r",
                         "\u{1B}", "\u{1F}", "\u{7F}", "é", "e\u{301}", "Å", "\u{212B}", "\u{2028}", "\u{2029}", "—", "“",
                         "日本", "👩🏽‍💻", "\u{FEFF}", "\u{FFFD}", "<", "&", "10", "9", "_", "-", "{", "}", "[", "]", ":", ","]

    public static func text(_ r: inout Random, max: Int = 12) -> String {
        (0..<r.below(max + 1)).map { _ in pieces[r.below(pieces.count)] }.joined()
    }

    public static func optionalText(_ r: inout Random) -> String? { r.chance(30) ? nil : text(&r) }

    public static func texts(_ r: inout Random) -> [String] { (0..<r.below(4)).map { _ in text(&r) } }

    public static let numbers: [Double] = [0, -0.0, 1, -2, 0.1, 1.5, 1e15, 1e16, 1e20, 1e-7, 2.5e-5, 123456789.125,
                                    9007199254740993, .pi, 1.7976931348623157e308, 5e-324, 100]

    public static func value(_ r: inout Random, depth: Int) -> MetaValue {
        switch r.below(depth > 2 ? 5 : 7) {
        case 0: return .string(text(&r))
        case 1: return .int(r.chance(50) ? r.below(1000) - 500 : Int(bitPattern: UInt(r.next())))
        case 2: return .double(r.chance(50) ? numbers[r.below(numbers.count)] : Double(bitPattern: r.next() & 0x7FEF_FFFF_FFFF_FFFF))
        case 3: return .bool(r.chance(50))
        case 4: return .null
        case 5: return .array((0..<r.below(4)).map { _ in value(&r, depth: depth + 1) })
        default: return .object(object(&r, depth: depth + 1))
        }
    }

    public static func object(_ r: inout Random, depth: Int) -> [String: MetaValue] {
        var members: [String: MetaValue] = [:]
        for _ in 0..<r.below(5) { members[text(&r, max: 3)] = value(&r, depth: depth) }
        return members
    }

    public static func block(_ r: inout Random) -> Block {
        switch r.below(6) {
        case 0: return .paragraph(text(&r, max: 40))
        case 1: return .heading(text(&r))
        case 2: return .quote(text(&r))
        case 3: return .figure(Figure(caption: text(&r), credit: optionalText(&r)))
        case 4: return .list(ListBlock(ordered: r.chance(50), items: texts(&r)))
        default: return .sectionBreak
        }
    }

    public static func article(_ r: inout Random) -> Article {
        let dateline = r.chance(40) ? nil : Dateline(text: text(&r), place: optionalText(&r), date: optionalText(&r), source: optionalText(&r))
        let meta = Meta(headline: optionalText(&r), deck: optionalText(&r), byline: optionalText(&r), authors: texts(&r),
                        dateline: dateline, date: optionalText(&r), language: optionalText(&r), id: optionalText(&r),
                        slug: optionalText(&r), keywords: texts(&r), copyright: optionalText(&r), boilerplate: texts(&r),
                        editorsNotes: texts(&r), slugline: optionalText(&r), transmissionHeader: texts(&r),
                        extra: r.chance(50) ? [:] : object(&r, depth: 0), fromFrontMatter: texts(&r))
        return Article(meta: meta, blocks: (0..<r.below(6)).map { _ in block(&r) })
    }
}
