/// Tests on eight bytes at once (SWAR: SIMD within a register), for the byte loops of the reader
/// and the writers. Each returns a mask with the high bit of the bytes it is about; as a whole
/// the answer is exact, but a mark above a real hit can be spurious (a borrow runs on), so
/// callers use the mask to decide whether to look at the bytes one by one, or use the exact
/// `inRange` when they count.
public enum ByteWords {
    public static let ones: UInt64 = 0x0101_0101_0101_0101
    public static let high: UInt64 = 0x8080_8080_8080_8080

    /// Some byte equals `c`.
    @inlinable @inline(__always)
    public static func has(_ word: UInt64, _ c: UInt8) -> UInt64 {
        let x = word ^ (UInt64(c) &* ones)
        return (x &- ones) & ~x & high
    }

    /// Some byte is below `n` (n ≤ 128).
    @inlinable @inline(__always)
    public static func hasLess(_ word: UInt64, _ n: UInt8) -> UInt64 {
        (word &- UInt64(n) &* ones) & ~word & high
    }

    /// Exactly the bytes in lo...hi, for a word whose bytes are all below 0x80.
    @inlinable @inline(__always)
    public static func inRange(_ word: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        // Adding (0x80 - lo) sets a byte's high bit when it is at least lo; no byte carries over.
        let atLeastLo = word &+ ones &* UInt64(0x80 &- lo)
        let aboveHi = word &+ ones &* UInt64(0x7F &- hi)
        return atLeastLo & ~aboveHi & high
    }

    /// How many bytes are marked in a mask of high bits (a multiply: the baseline x86-64 target
    /// has no population-count instruction, and the library's fallback is a dozen instructions).
    @inlinable @inline(__always)
    public static func countMarked(_ mask: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mask >> 7) &* ones) >> 56)
    }

    /// UTF-8 continuation bytes (10xxxxxx) in the word.
    @inlinable @inline(__always)
    public static func continuationBytes(_ word: UInt64) -> Int {
        countMarked(word & ~(word << 1) & high)
    }
}

/// Decoding one character of valid UTF-8 by hand, for byte loops that meet a non-ASCII byte now
/// and then (a `String` or a scalar view per character would cost far more).
public enum UTF8Scalar {
    /// The scalar value of the character starting at `i`, and how many bytes it takes (never
    /// reaching past the end of `bytes`).
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b = bytes[i]
        if b < 0x80 { return (UInt32(b), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        let end = Swift.min(i &+ length, bytes.count)
        var value = UInt32(b) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        var j = i &+ 1
        while j < end {
            value = value << 6 | (UInt32(bytes[j]) & 0x3F)
            j &+= 1
        }
        return (value, end &- i)
    }
}
