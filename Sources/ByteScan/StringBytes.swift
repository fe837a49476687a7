#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte tests on a string's UTF-8, for the reader's and the writers' checks of ASCII delimiters:
/// the UTF-8 view's generic `contains` and `starts(with:)` walk an iterator and showed in profiles.
extension String {
    /// Calls `body` with the string's UTF-8 bytes, borrowed: no copy of the string, so no
    /// retain and release of its storage (`var copy = self; copy.withUTF8` costs both, and the
    /// reader's and writers' byte tests run thousands of times an article).
    @inlinable @inline(__always)
    public func withBorrowedUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self  // a bridged string (not on Linux): made native once
        return try copy.withUTF8(body)
    }

    /// The first UTF-8 byte (the UTF-8 view's `first` goes through the generic collection path,
    /// about 30 instructions a call).
    @inlinable
    public var firstByte: UInt8? { withBorrowedUTF8 { $0.first } }

    /// The last UTF-8 byte.
    @inlinable
    public var lastByte: UInt8? { withBorrowedUTF8 { $0.last } }

    /// The index of the last `byte` (an ASCII byte, so a character boundary): a walk back over
    /// the bytes, where the UTF-8 view's `lastIndex(of:)` steps its indices and
    /// `lastIndex(of: Character)` steps characters.
    public func lastIndex(ofByte byte: UInt8) -> String.Index? {
        let offset: Int? = withBorrowedUTF8 { bytes in
            var i = bytes.count
            while i > 0 {
                i &-= 1
                if bytes[i] == byte { return i }
            }
            return nil
        }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// True when `byte` is among the first `limit` UTF-8 bytes (memchr).
    public func hasByte(_ byte: UInt8, within limit: Int = .max) -> Bool {
        return withBorrowedUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), Swift.min(limit, bytes.count)) != nil
        }
    }

    /// True when the text's UTF-8 bytes begin with `prefix`'s (memcmp).
    public func hasPrefixBytes(_ prefix: String) -> Bool {
        return withBorrowedUTF8 { t in
            prefix.withBorrowedUTF8 { h in
                guard h.count <= t.count else { return false }
                guard let tb = t.baseAddress, let hb = h.baseAddress else { return true }
                return memcmp(tb, hb, h.count) == 0
            }
        }
    }
}
