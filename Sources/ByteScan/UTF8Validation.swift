/// UTF-8 validation 64 ASCII bytes at a time, and strings made from bytes already validated.
///
/// The standard library validates every `String` it makes from bytes, one byte at a time once a
/// buffer holds any non-ASCII byte (about 19 instructions a byte): for a wire article with a
/// curly quote in it that was a quarter of the reader. Here the text is validated once, ASCII
/// runs 64 bytes at a time (`ByteMasks`), and its lines and the whole text become strings without a
/// second pass.
public enum UTF8Validation {
    /// True when `bytes` are well-formed UTF-8 (Unicode's Table 3-7: no overlong forms, no
    /// surrogates, nothing above U+10FFFF, no stray or missing continuation bytes), exactly
    /// what `String(validating:as:)` accepts.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        // 64 bytes at a time: ASCII passes by the mask; each character from a marked lead byte on
        // is checked, its continuation bytes (marked too) with it.
        while i < n {
            let block = i
            var high = ByteMasks.block(raw, at: block, count: n) { ByteMasks.nonASCII($0) & $1 }
            var next = block &+ 64
            while high != 0 {
                let j = block &+ high.trailingZeroBitCount
                high &= high &- 1
                if j < i { continue }
                let b = base[j]
                // C0, C1 (overlong two-byte forms), continuation bytes and F5...FF lead nothing.
                guard b >= 0xC2, b < 0xF5 else { return false }
                let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                guard j &+ length <= n else { return false }
                let (lowest, highest) = secondByteRange(b)
                let b1 = base[j &+ 1]
                guard b1 >= lowest, b1 <= highest else { return false }
                var k = 2
                while k < length {
                    guard isContinuation(base[j &+ k]) else { return false }
                    k &+= 1
                }
                i = j &+ length
                next = Swift.max(next, i)
            }
            i = next
        }
        return true
    }

    @inline(__always)
    static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    /// The second byte's range after lead byte `b`: E0 needs A0...BF (not overlong), ED 80...9F
    /// (no surrogates), F0 90...BF (not overlong), F4 80...8F (at most U+10FFFF); others 80...BF.
    @inline(__always)
    static func secondByteRange(_ b: UInt8) -> (UInt8, UInt8) {
        switch b {
        case 0xE0: return (0xA0, 0xBF)
        case 0xED: return (0x80, 0x9F)
        case 0xF0: return (0x90, 0xBF)
        case 0xF4: return (0x80, 0x8F)
        default: return (0x80, 0xBF)
        }
    }
}

extension String {
    /// A string of bytes the caller knows to be valid UTF-8 (validated by `UTF8Validation`, or a
    /// piece of such bytes cut at ASCII bytes), made without validating them again.
    public init(validatedUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        self = String._copyingValidatedUTF8(bytes)
    }

    /// The standard library's own constructor behind `String(decoding:as:)` once it has validated:
    /// `@usableFromInline`, so its symbol is part of the library's stable ABI on every platform,
    /// but not callable by name from outside. Invalid bytes here would break `String`'s
    /// invariants: only `init(validatedUTF8:)` calls it.
    @_silgen_name("$sSS18_uncheckedFromUTF8ySSSRys5UInt8VGFZ")
    static func _copyingValidatedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String

    /// As `init(validatedUTF8:)`, for a caller that has counted the characters already and knows
    /// whether the bytes are all ASCII (the library would scan them once more to find out).
    public init(validatedUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        self = String._copyingValidatedUTF8(bytes, isASCII: isASCII)
    }

    /// The same constructor's second half, which takes the ASCII answer (`@usableFromInline` too).
    @_silgen_name("$sSS18_uncheckedFromUTF8_7isASCIISSSRys5UInt8VG_SbtFZ")
    static func _copyingValidatedUTF8(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String
}
