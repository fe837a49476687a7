import Testing
import TestSupport
@testable import HTMLWriter

/// The eight-bytes-at-a-time escaping gives what a byte-by-byte reading gives, wherever the
/// special characters fall relative to the eight-byte words.
@Suite struct HTMLEscapingTests {
    static func naive(_ text: String, attribute: Bool) -> [UInt8] {
        var out: [UInt8] = []
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case UInt8(ascii: "\"") where attribute: out += Array("&quot;".utf8)
            case UInt8(ascii: "'") where attribute: out += Array("&#39;".utf8)
            default: out.append(b)
            }
        }
        return out
    }

    @Test func matchesTheByteByByteRule() {
        var generator = RandomArticles.Random(state: 2028)
        let pieces = ["a", "b", " ", "&", "<", ">", "\"", "'", "é", "—", "日", "&amp;", "x y"]
        // Short texts take the eight-byte loop only; from 32 pieces on, 64-byte blocks come first.
        for length in Array(0..<60) + [100, 150, 250] {
            for _ in 0..<30 {
                let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
                for attribute in [false, true] {
                    var out: [UInt8] = []
                    HTMLEscaping.append(text, to: &out, attribute: attribute)
                    #expect(out == Self.naive(text, attribute: attribute), "\(text)")
                }
            }
        }
    }
}
