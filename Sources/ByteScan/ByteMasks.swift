#if arch(x86_64)
import CByteMasks
#endif

/// Byte classes of 64 bytes at once, as 64-bit masks (bit k for the byte at offset k), for the
/// byte loops that count words, check characters and find bytes to escape: a loop then visits
/// only the bytes a mask marks. On x86-64 the masks come from SSE2 (CByteMasks: sixteen bytes a
/// comparison, gathered by PMOVMSKB); elsewhere from the eight-byte arithmetic below, which the
/// tests also hold the SSE2 masks to.
public enum ByteMasks {
    public struct TextClasses: Equatable, Sendable {
        /// ASCII white space: 0x20 and 0x09–0x0D.
        public var space: UInt64
        /// ASCII letters and digits.
        public var alphanumeric: UInt64
        /// Bytes from 0x80.
        public var nonASCII: UInt64
        /// UTF-8 continuation bytes (10xxxxxx).
        public var continuation: UInt64
        /// Bytes below 0x20 other than tab, line feed and carriage return (XML 1.0 allows none).
        public var control: UInt64

        @inlinable
        public init(space: UInt64, alphanumeric: UInt64, nonASCII: UInt64, continuation: UInt64, control: UInt64) {
            self.space = space
            self.alphanumeric = alphanumeric
            self.nonASCII = nonASCII
            self.continuation = continuation
            self.control = control
        }
    }

    /// The classes of the 64 bytes at `p`.
    @inlinable @inline(__always)
    public static func textClasses(_ p: UnsafeRawPointer) -> TextClasses {
        #if arch(x86_64)
        let c = copydesk_classify_text(p.assumingMemoryBound(to: UInt8.self))
        return TextClasses(space: c.space, alphanumeric: c.alphanumeric, nonASCII: c.nonASCII,
                           continuation: c.continuation, control: c.control)
        #else
        return portableTextClasses(p)
        #endif
    }

    /// The bytes at `p` (64) equal to any of `a`…`e` (repeat one to ask for fewer) or below
    /// `below` (0: none).
    @inlinable @inline(__always)
    public static func any(_ p: UnsafeRawPointer, _ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8, _ e: UInt8,
                           below: UInt8 = 0) -> UInt64 {
        #if arch(x86_64)
        return copydesk_mask_any(p.assumingMemoryBound(to: UInt8.self), a, b, c, d, e, below)
        #else
        return portableAny(p, a, b, c, d, e, below: below)
        #endif
    }

    /// The bytes from 0x80 among the 64 at `p`.
    @inlinable @inline(__always)
    public static func nonASCII(_ p: UnsafeRawPointer) -> UInt64 {
        #if arch(x86_64)
        return copydesk_mask_non_ascii(p.assumingMemoryBound(to: UInt8.self))
        #else
        return portableTextClasses(p).nonASCII
        #endif
    }

    /// For a line of input: the control codes dropped from it (below 0x20 but tab, and DEL) and
    /// the UTF-8 continuation bytes among the 64 at `p`.
    @inlinable @inline(__always)
    public static func lineClasses(_ p: UnsafeRawPointer) -> (dropped: UInt64, continuation: UInt64) {
        #if arch(x86_64)
        let c = copydesk_classify_line(p.assumingMemoryBound(to: UInt8.self))
        return (c.dropped, c.continuation)
        #else
        return portableLineClasses(p)
        #endif
    }

    /// The bytes of running words among the 64 at `p`: ASCII letters and digits, the space 0x20
    /// and non-ASCII bytes (what Markdown never escapes).
    @inlinable @inline(__always)
    public static func words(_ p: UnsafeRawPointer) -> UInt64 {
        #if arch(x86_64)
        return copydesk_mask_words(p.assumingMemoryBound(to: UInt8.self))
        #else
        return portableWords(p)
        #endif
    }

    /// Calls `body` with the 64 bytes from offset `i` of the `count` bytes at `raw`, and the
    /// mask of those that are the text's: all 64 while as many remain; for the last bytes, a copy
    /// on the stack followed by `pad` bytes. Loops over a text take every block through one path.
    @inlinable @inline(__always)
    public static func block<R>(_ raw: UnsafeRawPointer, at i: Int, count: Int, pad: UInt8 = 0,
                                _ body: (UnsafeRawPointer, UInt64) -> R) -> R {
        let remaining = count &- i
        if remaining >= 64 { return body(raw + i, ~0) }
        return withUnsafeTemporaryAllocation(byteCount: 64, alignment: 8) { tail in
            let base = tail.baseAddress!
            base.initializeMemory(as: UInt8.self, repeating: pad, count: 64)
            base.copyMemory(from: raw + i, byteCount: remaining)
            return body(UnsafeRawPointer(base), (UInt64(1) << UInt64(remaining)) &- 1)
        }
    }

    // MARK: portable (eight bytes at a time)

    public static func portableLineClasses(_ p: UnsafeRawPointer) -> (dropped: UInt64, continuation: UInt64) {
        let classes = portableTextClasses(p)
        // Line feeds and carriage returns never reach a line; the text classes let them through.
        let dropped = classes.control | portableAny(p, 0x7F, 0x0A, 0x0D, 0x7F, 0x7F)
        return (dropped, classes.continuation)
    }

    public static func portableWords(_ p: UnsafeRawPointer) -> UInt64 {
        let classes = portableTextClasses(p)
        return classes.alphanumeric | classes.nonASCII | portableAny(p, 0x20, 0x20, 0x20, 0x20, 0x20)
    }

    public static func portableTextClasses(_ p: UnsafeRawPointer) -> TextClasses {
        var classes = TextClasses(space: 0, alphanumeric: 0, nonASCII: 0, continuation: 0, control: 0)
        for k in 0..<8 {
            let word = p.loadUnaligned(fromByteOffset: 8 &* k, as: UInt64.self)
            let high = word & ByteWords.high
            let ascii = word & ~ByteWords.high
            let lower = ascii | ByteWords.ones &* 0x20
            let shift = UInt64(8 &* k)
            let space = (ByteWords.inRange(ascii, 0x20, 0x20) | ByteWords.inRange(ascii, 0x09, 0x0D)) & ~high
            let alphanumeric = (ByteWords.inRange(ascii, 0x30, 0x39) | ByteWords.inRange(lower, 0x61, 0x7A)) & ~high
            let allowed = ByteWords.inRange(ascii, 0x09, 0x0A) | ByteWords.inRange(ascii, 0x0D, 0x0D)
            let control = ByteWords.inRange(ascii, 0x00, 0x1F) & ~high & ~allowed
            classes.space |= bits(space) << shift
            classes.alphanumeric |= bits(alphanumeric) << shift
            classes.nonASCII |= bits(high) << shift
            classes.continuation |= bits(word & ~(word << 1) & ByteWords.high) << shift
            classes.control |= bits(control) << shift
        }
        return classes
    }

    public static func portableAny(_ p: UnsafeRawPointer, _ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8, _ e: UInt8,
                                   below: UInt8 = 0) -> UInt64 {
        var mask: UInt64 = 0
        for k in 0..<8 {
            let word = p.loadUnaligned(fromByteOffset: 8 &* k, as: UInt64.self)
            var hit = exactly(word, a) | exactly(word, b) | exactly(word, c) | exactly(word, d) | exactly(word, e)
            if below > 0 { hit |= exactlyBelow(word, below) }
            mask |= bits(hit) << UInt64(8 &* k)
        }
        return mask
    }

    /// The high bit of each byte equal to `c` (exact: `ByteWords.has` may mark a byte above a hit).
    @inlinable @inline(__always)
    static func exactly(_ word: UInt64, _ c: UInt8) -> UInt64 {
        let x = word ^ (UInt64(c) &* ByteWords.ones)
        // A byte is zero when neither its low seven bits nor its high bit are set.
        return ~(((x & ~ByteWords.high) &+ ~ByteWords.high) | x) & ByteWords.high
    }

    /// The high bit of each byte below `n` (n ≤ 128), exactly.
    @inlinable @inline(__always)
    static func exactlyBelow(_ word: UInt64, _ n: UInt8) -> UInt64 {
        ByteWords.inRange(word & ~ByteWords.high, 0x00, n &- 1) & ~word & ByteWords.high
    }

    /// The high bits of a word's eight bytes as eight bits (byte k to bit k): every partial
    /// product of the multiplication lands on a bit of its own, so nothing carries.
    @inlinable @inline(__always)
    public static func bits(_ highBits: UInt64) -> UInt64 {
        ((highBits >> 7) &* 0x0102_0408_1020_4080) >> 56
    }
}
