#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte tests on a string's UTF-8, for the reader's and the writers' checks of ASCII delimiters:
/// the UTF-8 view's generic `contains` and `starts(with:)` walk an iterator and showed in profiles.
extension String {
    /// True when `byte` is among the first `limit` UTF-8 bytes (memchr).
    public func hasByte(_ byte: UInt8, within limit: Int = .max) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), Swift.min(limit, bytes.count)) != nil
        }
    }

    /// True when the text's UTF-8 bytes begin with `prefix`'s (memcmp).
    public func hasPrefixBytes(_ prefix: String) -> Bool {
        var text = self, head = prefix
        return text.withUTF8 { t in
            head.withUTF8 { h in
                guard h.count <= t.count else { return false }
                guard let tb = t.baseAddress, let hb = h.baseAddress else { return true }
                return memcmp(tb, hb, h.count) == 0
            }
        }
    }
}
