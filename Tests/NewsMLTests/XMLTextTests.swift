import Testing
import TestSupport
@testable import NewsMLCore
@testable import NewsMLWriter
import ByteScan

/// The word-at-a-time scans give exactly what a byte-by-byte reading gives, wherever the special
/// bytes fall relative to the eight-byte words.
@Suite struct XMLTextTests {
    static func naiveEscape(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for b in bytes {
            switch b {
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            case 0x0D: out += Array("&#13;".utf8)
            default: out.append(b)
            }
        }
        return out
    }

    static func naiveClean(_ bytes: [UInt8]) -> Bool {
        for (i, b) in bytes.enumerated() {
            if b < 0x20 && b != 0x9 && b != 0xA && b != 0xD { return false }
            if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF { return false }
        }
        return true
    }

    /// Random texts over an alphabet rich in the bytes the scans look for.
    static func samples() -> [[UInt8]] {
        var generator = RandomArticles.Random(state: 2029)
        let alphabet: [UInt8] = [0x61, 0x62, 0x20, 0x26, 0x3C, 0x3E, 0x22, 0x0D, 0x0A, 0x09, 0x01, 0x1F, 0x7F, 0x80,
                                 0xEF, 0xBF, 0xBE, 0xC3, 0xA9, 0x3F, 0x40, 0x19, 0x21, 0xFF]
        var texts: [[UInt8]] = [[], Array("plain text without anything special in it at all".utf8)]
        // From 64 bytes on, the escaping takes 64-byte blocks before the eight-byte tail.
        for length in Array(0..<70) + [100, 128, 200, 333] {
            for _ in 0..<40 {
                texts.append((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            }
        }
        return texts
    }

    @Test func escapingMatchesTheByteByByteRule() {
        for bytes in Self.samples() {
            var out: [UInt8] = []
            bytes.withUnsafeBufferPointer { XMLText.appendEscaped($0, to: &out) }
            #expect(out == Self.naiveEscape(bytes), "\(bytes)")
        }
    }

    @Test func cleanCheckMatchesTheByteByByteRule() {
        for bytes in Self.samples() {
            #expect(bytes.withUnsafeBufferPointer(XMLText.isClean) == Self.naiveClean(bytes), "\(bytes)")
        }
    }

    /// The writer's one pass (count, and check the characters) agrees with the two it replaced:
    /// the same verdict as `isClean`, the same counts when clean, nothing counted when not.
    @Test func countingWithTheCleanCheckMatchesBothPasses() {
        let valid = ["“Quoted” words — and more, Café", "tab\tand\nline", "bad \u{FFFE} char", "x\u{FFFF}", "ctl \u{1} a",
                     "form\u{C}feed", "plain words long enough to fill several eight-byte words"].map { Array($0.utf8) }
        // Text comes from strings: valid UTF-8, whose continuation bytes never hide a control.
        let pieces = ["a", "b", "Z", "7", " ", "&", "<", "\"", "\r", "\n", "\t", "\u{1}", "\u{1F}", "\u{B}", "\u{C}", "\u{7F}",
                      "é", "—", "“", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{EFBF}", "日本", "words", "2026", "abcdefgh"]
        var generator = RandomArticles.Random(state: 2031)
        // Up to 30 pieces stay below one 64-byte block; up to 300 span several, and are clean
        // when drawn from the allowed pieces only.
        let allowed = pieces.filter { !["\u{1}", "\u{1F}", "\u{B}", "\u{C}", "\u{FFFE}", "\u{FFFF}"].contains($0) }
        let samples = (0..<3_000).map { n in
            let from = n % 4 == 3 ? allowed : pieces
            return Array((0..<generator.below(n % 2 == 0 ? 30 : 300)).map { _ in from[generator.below(from.count)] }.joined().utf8)
        }
        for bytes in samples + valid {
            for lead in ["", "carried", "carried "] {
                var fused = TextStatistics(), separate = TextStatistics()
                fused.add(lead)
                separate.add(lead)
                bytes.withUnsafeBufferPointer { buffer in
                    let clean = fused.addIfXMLClean(bytes: buffer)
                    #expect(clean == XMLText.isClean(buffer), "\(bytes)")
                    if clean { separate.add(bytes: buffer) }
                }
                #expect(fused == separate, "\(bytes)")
            }
        }
    }

    @Test func wordTestsFindEveryByte() {
        for position in 0..<8 {
            for value in [UInt8(0x00), 0x0D, 0x1F, 0x22, 0x26, 0x7F, 0x80, 0xEF, 0xFF] {
                var bytes = [UInt8](repeating: 0x61, count: 8)
                bytes[position] = value
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect((ByteWords.has(word, value) != 0), "byte \(value) at \(position)")
                #expect((ByteWords.hasLess(word, 0x20) != 0) == (value < 0x20), "byte \(value) at \(position)")
            }
        }
    }
}
