import Testing
import ByteScan
import TestSupport

/// `UTF8Validation.isValid` must accept exactly what the standard library accepts: a string made
/// by `String(validatedUTF8:)` from bytes it wrongly passed would break `String`'s invariants.
@Suite struct UTF8ValidationTests {
    static func agrees(_ bytes: [UInt8]) -> Bool {
        let ours = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
        let library = String(validating: bytes, as: UTF8.self) != nil
        return ours == library
    }

    @Test func agreesWithTheStandardLibraryOnEveryOneAndTwoByteSequence() {
        var disagreements = 0
        for a in 0...255 {
            if !Self.agrees([UInt8(a)]) { disagreements += 1 }
            for b in 0...255 where !Self.agrees([UInt8(a), UInt8(b)]) { disagreements += 1 }
        }
        #expect(disagreements == 0)
    }

    /// Every lead byte from C0 up with every second byte, and third and fourth bytes drawn from
    /// the edges of the continuation range (and just outside it), at the start of a word and
    /// across the boundary of two.
    @Test func agreesOnEveryLeadAndSecondByteWithEdgeContinuations() {
        let tails: [UInt8] = [0x41, 0x7F, 0x80, 0xBF, 0xC0]
        var disagreements = 0
        for padding in [0, 6, 70] {  // 70: after a whole 64-byte ASCII block
            let before = [UInt8](repeating: 0x61, count: padding)
            for lead in 0xC0...0xFF {
                for second in 0...255 {
                    for third in tails {
                        for fourth in [UInt8(0x80), 0x41] {
                            let bytes = before + [UInt8(lead), UInt8(second), third, fourth]
                            if !Self.agrees(bytes) || !Self.agrees(Array(bytes.dropLast())) { disagreements += 1 }
                        }
                    }
                }
            }
        }
        #expect(disagreements == 0)
    }

    /// Random texts of ASCII runs, valid characters of every length, lone and truncated
    /// sequences, surrogates, overlong forms and bytes past U+10FFFF (a fixed seed).
    @Test func agreesOnRandomTexts() {
        let pieces: [[UInt8]] = [
            Array("plain ascii words ".utf8), Array("é—“”日本👩🏽‍💻".utf8), [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF],
            [0xC2], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xE0, 0x9F, 0xBF],
            [0xE0, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
            [0xF5, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0x00], [0x7F], Array("abcdefgh".utf8),
        ]
        var random = RandomArticles.Random(state: 0x5EED_07F8)
        var disagreements = 0
        var invalid = 0
        for _ in 0..<100_000 {
            var bytes: [UInt8] = []
            for _ in 0..<random.below(12) {
                bytes += random.chance(85) ? pieces[random.below(pieces.count)] : [UInt8(random.below(256))]
            }
            if !Self.agrees(bytes) { disagreements += 1 }
            if String(validating: bytes, as: UTF8.self) == nil { invalid += 1 }
        }
        #expect(disagreements == 0)
        #expect(invalid > 10_000)  // the draw really holds invalid texts
    }

    @Test func validatedStringsEqualTheLibrarysOwn() {
        for text in ["", "a", "plain ASCII text longer than fifteen bytes", "é", "Café — “quoted” 日本 👩🏽‍💻 e\u{301}"] {
            let bytes = Array(text.utf8)
            let made = bytes.withUnsafeBufferPointer { String(validatedUTF8: $0) }
            #expect(made == text)
            #expect(Array(made.utf8) == bytes)
            #expect(made.count == text.count)
            #expect(made.unicodeScalars.count == text.unicodeScalars.count)
            // Told whether the bytes are ASCII (a wrong answer would show in the UTF-16 count,
            // which an ASCII string takes to be its byte count).
            let told = bytes.withUnsafeBufferPointer { String(validatedUTF8: $0, isASCII: !text.utf8.contains { $0 >= 0x80 }) }
            #expect(told == text && told.utf16.count == text.utf16.count && told.count == text.count)
        }
    }
}
