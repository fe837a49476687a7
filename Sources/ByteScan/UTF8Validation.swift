/// UTF-8 validation eight ASCII bytes at a time, and strings made from bytes already validated.
///
/// The standard library validates every `String` it makes from bytes, one byte at a time once a
/// buffer holds any non-ASCII byte (about 19 instructions a byte): for a wire article with a
/// curly quote in it that was a quarter of the reader. Here the text is validated once, ASCII
/// runs eight bytes at a time, and its lines and the whole text become strings without a
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
        while i < n {
            // Skip ASCII a word at a time, and land on the first byte with its high bit set.
            while i &+ 8 <= n {
                let high = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & ByteWords.high
                if high != 0 { i &+= high.trailingZeroBitCount >> 3; break }
                i &+= 8
            }
            guard i < n else { return true }
            let b = base[i]
            if b < 0x80 { i &+= 1; continue }
            if b < 0xC2 { return false }  // a continuation byte, or an overlong two-byte form
            if b < 0xE0 {
                guard i &+ 1 < n, isContinuation(base[i &+ 1]) else { return false }
                i &+= 2
            } else if b < 0xF0 {
                guard i &+ 2 < n else { return false }
                let b1 = base[i &+ 1]
                // E0 needs A0...BF (not overlong), ED needs 80...9F (no surrogates).
                let lowest: UInt8 = b == 0xE0 ? 0xA0 : 0x80
                let highest: UInt8 = b == 0xED ? 0x9F : 0xBF
                guard b1 >= lowest, b1 <= highest, isContinuation(base[i &+ 2]) else { return false }
                i &+= 3
            } else if b < 0xF5 {
                guard i &+ 3 < n else { return false }
                let b1 = base[i &+ 1]
                // F0 needs 90...BF (not overlong), F4 needs 80...8F (at most U+10FFFF).
                let lowest: UInt8 = b == 0xF0 ? 0x90 : 0x80
                let highest: UInt8 = b == 0xF4 ? 0x8F : 0xBF
                guard b1 >= lowest, b1 <= highest, isContinuation(base[i &+ 2]), isContinuation(base[i &+ 3]) else { return false }
                i &+= 4
            } else {
                return false
            }
        }
        return true
    }

    @inline(__always)
    static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
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
}
