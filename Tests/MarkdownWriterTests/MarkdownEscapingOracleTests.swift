import Testing
import TestSupport
@testable import MarkdownWriter

/// The inline escaping that skips eight plain bytes at a time escapes exactly what the byte-by-byte
/// loop escaped (kept below as the oracle), wherever the specials fall against the eight-byte words.
@Suite struct MarkdownEscapingOracleTests {
    static let pieces = ["a", "Z", "7", " ", "  ", "abcdefgh", "word", "é", "—", "“", "日本", "\\", "`", "*", "_", "[", "]", "<", ">",
                         "#", "&", "!", "|", "~", "{", "}", "%", "{%", "{{<", "\n", "\r", "\r\n", ".", ",", "@", "^", "\u{0}", "\u{7F}"]

    @Test func matchesTheByteByByteLoop() {
        var random = RandomArticles.Random(state: 0x4D44_4553)
        for round in 0..<20_000 {
            // Every fourth text is long enough for the 64-byte blocks, with "{%" across their edges.
            let text = (0..<random.below(round % 4 == 0 ? 200 : 30)).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined()
            var fast: [UInt8] = Array("> ".utf8), reference: [UInt8] = Array("> ".utf8)
            MarkdownEscaping.appendInline(text, to: &fast)
            ReferenceMarkdownEscaping.appendInline(text, to: &reference)
            #expect(fast == reference, "\(text)")
        }
    }
}

enum ReferenceMarkdownEscaping {
    static func appendInline(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { buffer in
            var runStart = 0
            for i in 0..<buffer.count {
                let byte = buffer[i]
                let kind = MarkdownEscaping.inlineClasses[Int(byte)]
                if kind == 0 { continue }
                if kind == 3 && (i == 0 || buffer[i - 1] != UInt8(ascii: "{")) { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<i]))
                if kind == 2 { out.append(UInt8(ascii: " ")) } else { out.append(UInt8(ascii: "\\")); out.append(byte) }
                runStart = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
        }
    }
}
