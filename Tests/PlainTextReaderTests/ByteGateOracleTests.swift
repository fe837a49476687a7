import Testing
import TestSupport
@testable import PlainTextReader

/// The byte gates and byte scans put in front of Character-level rules give the answers of the
/// rules they stand in for, on random texts built from the pieces that make Characters differ
/// from bytes: combining marks, prepended marks, CR LF, singleton decompositions, dashes.
@Suite struct ByteGateOracleTests {
    static let pieces = ["a", "Z", " ", "  ", "-", "--", "—", "–", "_", ".", ")", "(", ":", "\"", "“", "/", "'", "’",
                         "\u{301}", "\u{600}", "\u{200D}", "\r", "\n", "\r\n", "\t", "é", "e\u{301}", "\u{37E}", ";", "K",
                         "\u{212A}", "`", "\u{1FEF}", "日本", "👩🏽‍💻", "1", "42", "•", "*", "+", ">", "x", "MOSCOW", "By "]

    static func texts(seed: UInt64, count: Int, length: Int = 16) -> [String] {
        var random = RandomArticles.Random(state: seed)
        return (0..<count).map { _ in (0..<random.below(length)).map { _ in pieces[random.below(pieces.count)] }.joined() }
    }

    @Test func firstIndexOfASCIIIsTheFirstEqualCharacter() {
        for text in Self.texts(seed: 0x5350_4143_45, count: 6_000) {
            for byte in [UInt8(ascii: " "), UInt8(ascii: "("), UInt8(ascii: "/"), UInt8(ascii: ":")] {
                #expect(text.firstIndex(ofASCII: byte) == text.firstIndex(of: Character(Unicode.Scalar(byte))),
                        "\(byte) in \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test func containsCharacterIsContains() {
        for text in Self.texts(seed: 0x434F_4E54, count: 6_000) {
            for byte in [UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: " ")] {
                #expect(text.containsCharacter(ascii: byte) == text.contains(Character(Unicode.Scalar(byte))), "\(byte) in \(text)")
            }
            #expect(text.hasNonASCII == text.utf8.contains { $0 >= 0x80 })
        }
    }

    @Test func hasAtMostCountsScalars() {
        for text in Self.texts(seed: 0x4154_4D4F, count: 4_000, length: 40) {
            for n in [0, 1, 3, 8, 9, 16, 17, 30, 60, 100] {
                #expect(text.hasAtMost(n) == (text.unicodeScalars.count <= n), "\(n) \(text)")
            }
        }
    }

    @Test func opensAndClosesAreHasPrefixAndHasSuffix() {
        let needles = [")", ":", "(", ">", "--", "/", ",", ";", "K", "`", "Kate is ", "to contact the ", "–", "—", "©", "e\u{301}", "é", "",
                       ".", "a", "x.", "\n", "\r", "\nx", "x\r", "\r\n"]
        for text in Self.texts(seed: 0x4F50_454E, count: 5_000) {
            for needle in needles {
                #expect(text.opens(with: needle) == text.hasPrefix(needle), "\(needle) opening \(text.unicodeScalars.map { String($0.value, radix: 16) })")
                #expect(text.closes(with: needle) == text.hasSuffix(needle), "\(needle) closing \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test func splitOnCommasIsTheCharacterSplitTrimmed() {
        for text in Self.texts(seed: 0x434F_4D4D, count: 5_000) + ["", " ", ",", "a,,b", " ,\u{301}x", "NAIROBI, Kenya, Oct. 21"] {
            #expect(text.splitOnCommas() == text.split(separator: ",").map { String($0).trimmingWhitespace() }, "\(text)")
        }
    }

    @Test func byteSetHoldsItsMembersOnly() {
        let set = ByteSet("#CcMm(\u{7F}")
        for b in 0...255 {
            #expect(set.contains(UInt8(b)) == "#CcMm(\u{7F}".utf8.contains(UInt8(b)), "\(b)")
        }
        #expect(!ByteSet("").contains(0) && ByteSet("é").contains(0xC3) && ByteSet("é").contains(0xA9))
        let high = ByteSet("a").adding(0x80...0xFF)
        for b in 0...255 { #expect(high.contains(UInt8(b)) == (b == 0x61 || b >= 0x80), "\(b)") }
    }

    @Test func nextSeparatorOnBytesFindsWhatTheIndexWalkFound() {
        let texts = Self.texts(seed: 0x5345_50, count: 8_000, length: 24)
            + Self.texts(seed: 0x4C4F_4E47, count: 3_000, length: 90)
            + ["MOSCOW — x", "Madrid, 24 nov (EFE).- El", "A.- b", ").- c", "x -- y", "x _ y", "–x", "x – y", String(repeating: "a", count: 400) + " — z",
               String(repeating: "a", count: 322) + " — z", String(repeating: "a", count: 328) + " - z", String(repeating: "abc).", count: 70) + "- z"]
        for text in texts {
            var starts = [text.startIndex]
            if let first = ReferenceDateline.nextSeparator(in: text, from: text.startIndex) { starts.append(first.end) }
            for start in starts {
                let expected = ReferenceDateline.nextSeparator(in: text, from: start)
                let found = DatelineConvention.nextSeparator(in: text, from: start)
                #expect(found?.start == expected?.start && found?.end == expected?.end, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test func mayHoldDatelineGateAgreesWithTheScan() {
        let texts = Self.texts(seed: 0x4D41_5948, count: 6_000, length: 30)
            + [String(repeating: "a", count: 330) + " - x", String(repeating: "a", count: 329) + " - x", String(repeating: "é", count: 200) + "—"]
        for text in texts {
            #expect(DatelineConvention.mayHoldDateline(text) == DatelineConvention.scanOpening(text), "\(text)")
        }
    }

    @Test func listItemGateRejectsOnlyWhatTheRuleRejects() {
        let texts = Self.texts(seed: 0x4C49_5354, count: 6_000)
            + (0..<128).flatMap { b in [" item", ". item", ") item", "a) item", "1. item"].map { String(UnicodeScalar(UInt8(b))) + $0 } }
        for text in texts {
            #expect(StructureConvention.listItem(text) == StructureConvention.listItemRule(text), "\(text)")
        }
    }
}

/// The dash-separator scan as it was, over the UTF-8 view's indices: the oracle for the byte scan.
enum ReferenceDateline {
    static func nextSeparator(in text: String, from start: String.Index) -> DatelineConvention.Separator? {
        let u = text.utf8
        var i = start
        var scanned = 0
        var previous: UInt8 = i > u.startIndex ? u[u.index(before: i)] : 0
        while i < u.endIndex, scanned < DatelineConvention.maxPrefixScalars * 3 {
            let b = u[i]
            let next = u.index(after: i)
            var sepEnd: String.Index? = nil
            if b == 0xE2, next < u.endIndex, u[next] == 0x80 {
                let third = u.index(after: next)
                if third < u.endIndex, u[third] == 0x94 || (u[third] == 0x93 && previous == 0x20) {
                    sepEnd = u.index(after: third)
                }
            } else if b == 0x2D, next < u.endIndex, u[next] == 0x2D {
                sepEnd = u.index(after: next)
            } else if (b == 0x2D || b == 0x5F), previous == 0x20, next < u.endIndex, u[next] == 0x20 {
                sepEnd = next
            } else if b == 0x2D, previous == 0x2E, next < u.endIndex, u[next] == 0x20, let stop = u.index(i, offsetBy: -1, limitedBy: start),
                      stop > u.startIndex, u[u.index(before: stop)] == 0x29 {
                var after = next
                while after < u.endIndex, u[after] == 0x20 { after = u.index(after: after) }
                return DatelineConvention.Separator(start: stop, end: after)
            }
            if let sepEnd {
                var after = sepEnd
                while after < u.endIndex, u[after] == 0x20 { after = u.index(after: after) }
                return DatelineConvention.Separator(start: i, end: after)
            }
            previous = b
            i = next
            scanned += 1
        }
        return nil
    }
}
