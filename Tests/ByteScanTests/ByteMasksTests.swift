import Testing
import TestSupport
@testable import ByteScan

/// The masks (SSE2 on x86-64) are the masks the eight-byte arithmetic gives, and both are the
/// byte-by-byte definitions, on random 64-byte blocks of every kind of byte.
@Suite struct ByteMasksTests {
    static func blocks(count: Int) -> [[UInt8]] {
        var random = RandomArticles.Random(state: 0x4D41_534B)
        // Bytes around every class edge, weighted towards them.
        let edges: [UInt8] = [0x00, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x1F, 0x20, 0x21, 0x22, 0x26, 0x2F, 0x30, 0x39, 0x3A,
                              0x3C, 0x3E, 0x40, 0x41, 0x5A, 0x5B, 0x5F, 0x60, 0x61, 0x7A, 0x7B, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xE2, 0xEF, 0xFF]
        return (0..<count).map { _ in
            (0..<64).map { _ in random.chance(50) ? edges[random.below(edges.count)] : UInt8(random.below(256)) }
        }
    }

    static func reference(_ block: [UInt8], _ test: (UInt8) -> Bool) -> UInt64 {
        block.enumerated().reduce(0) { mask, item in test(item.element) ? mask | (1 << UInt64(item.offset)) : mask }
    }

    @Test func textClassesAreTheByteDefinitions() {
        for block in Self.blocks(count: 5_000) {
            let expected = ByteMasks.TextClasses(
                space: Self.reference(block) { $0 == 0x20 || (0x09...0x0D).contains($0) },
                alphanumeric: Self.reference(block) { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) },
                nonASCII: Self.reference(block) { $0 >= 0x80 },
                continuation: Self.reference(block) { $0 & 0xC0 == 0x80 },
                control: Self.reference(block) { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D })
            block.withUnsafeBytes { raw in
                #expect(ByteMasks.textClasses(raw.baseAddress!) == expected, "\(block)")
                #expect(ByteMasks.portableTextClasses(raw.baseAddress!) == expected, "\(block)")
            }
        }
    }

    @Test func nonASCIIIsTheHighBit() {
        for block in Self.blocks(count: 2_000) {
            block.withUnsafeBytes { raw in #expect(ByteMasks.nonASCII(raw.baseAddress!) == Self.reference(block) { $0 >= 0x80 }) }
        }
    }

    @Test func lineClassesAreTheByteDefinition() {
        for block in Self.blocks(count: 5_000) {
            let dropped = Self.reference(block) { $0 < 0x20 && $0 != 0x09 || $0 == 0x7F }
            let continuation = Self.reference(block) { $0 & 0xC0 == 0x80 }
            block.withUnsafeBytes { raw in
                #expect(ByteMasks.lineClasses(raw.baseAddress!) == (dropped, continuation))
                #expect(ByteMasks.portableLineClasses(raw.baseAddress!) == (dropped, continuation))
            }
        }
    }

    @Test func wordsAreTheByteDefinition() {
        for block in Self.blocks(count: 5_000) {
            let expected = Self.reference(block) { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0)
                || $0 == 0x20 || $0 >= 0x80 }
            block.withUnsafeBytes { raw in
                #expect(ByteMasks.words(raw.baseAddress!) == expected && ByteMasks.portableWords(raw.baseAddress!) == expected)
            }
        }
    }

    /// Every block of a text holds the text's bytes where its mask says so and the padding after
    /// the text's end, whatever the text's length.
    @Test func blocksCoverTheTextAndPadItsEnd() {
        for count in 0..<200 {
            let text = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 1) }
            text.withUnsafeBytes { raw in
                var i = 0
                while i < count {
                    let (bytes, valid) = ByteMasks.block(raw.baseAddress!, at: i, count: count, pad: 0xEE) { p, valid in
                        (Array(UnsafeRawBufferPointer(start: p, count: 64)), valid)
                    }
                    let kept = Swift.min(64, count - i)
                    #expect(valid == (kept == 64 ? ~0 : (UInt64(1) << UInt64(kept)) - 1), "count \(count) at \(i)")
                    #expect(Array(bytes[..<kept]) == Array(text[i..<(i + kept)]))
                    #expect(bytes[kept...].allSatisfy { $0 == 0xEE })
                    i += 64
                }
            }
        }
    }

    @Test func anyIsTheByteDefinition() {
        for (n, block) in Self.blocks(count: 5_000).enumerated() {
            let set: [UInt8] = [0x26, 0x3C, 0x3E, 0x22, n % 2 == 0 ? 0x0D : 0x26]
            let below: UInt8 = n % 3 == 0 ? 0x0E : n % 3 == 1 ? 0x20 : 0
            let expected = Self.reference(block) { set.contains($0) || $0 < below }
            block.withUnsafeBytes { raw in
                #expect(ByteMasks.any(raw.baseAddress!, set[0], set[1], set[2], set[3], set[4], below: below) == expected)
                #expect(ByteMasks.portableAny(raw.baseAddress!, set[0], set[1], set[2], set[3], set[4], below: below) == expected)
            }
        }
    }
}
