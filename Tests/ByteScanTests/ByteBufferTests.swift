import Testing
import ByteScan
import TestSupport

@Suite struct ByteBufferTests {
    /// Appends of every length (the short-copy paths: under 8, 8 to 16, longer) and single bytes,
    /// through several growths, end up exactly as the same appends to an array.
    @Test func holdsWhatAnArrayWouldThroughEveryGrowth() {
        var random = RandomArticles.Random(state: 0xB0FF_E4)
        let buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for _ in 0..<3_000 {
            if random.chance(20) {
                let byte = UInt8(random.below(256))
                buffer.append(byte)
                expected.append(byte)
            } else {
                let piece = (0..<random.below(41)).map { _ in UInt8(random.below(256)) }
                piece.withUnsafeBufferPointer { buffer.append(bytes: $0) }
                expected += piece
            }
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.array == expected)
        #expect(buffer.withBytes { Array($0) } == expected)
    }

    @Test func appendsLiteralsAndBytes() {
        let buffer = ByteBuffer()
        buffer.append(literal: "<p class=\"deck\">")
        Array("Café".utf8).withUnsafeBufferPointer { buffer.append(bytes: $0) }
        buffer.append(literal: "</p>")
        buffer.append(literal: "")
        #expect(buffer.array == Array("<p class=\"deck\">Café</p>".utf8))
    }

    /// The escaping loop writes the same bytes into either sink.
    @Test func escapingWritesTheSameIntoAnArrayOrABuffer() {
        // Long enough for the 64-byte blocks and the eight-byte tail.
        let text = Array("a < b & \"c\" > d, and some longer plain text between the marks & more, then < another block & a tail <".utf8)
        var array: [UInt8] = []
        var buffer = ByteBuffer()
        for _ in 0..<2 {
            text.withUnsafeBufferPointer { bytes in
                ByteEscaping.append(bytes, to: &array, specials: { ByteMasks.any($0, 0x26, 0x3C, 0x3C, 0x3C, 0x3C) },
                                    entity: { $0 == 0x26 ? "&amp;" : $0 == 0x3C ? "&lt;" : nil })
                ByteEscaping.append(bytes, to: &buffer, specials: { ByteMasks.any($0, 0x26, 0x3C, 0x3C, 0x3C, 0x3C) },
                                    entity: { $0 == 0x26 ? "&amp;" : $0 == 0x3C ? "&lt;" : nil })
            }
        }
        #expect(buffer.array == array)
        #expect(String(decoding: array, as: UTF8.self).hasPrefix("a &lt; b &amp; \"c\" > d"))
    }
}
