import CByteMasks

/// Substring search on bytes.
public enum ByteSearch {
    /// Where `needle` first starts in `haystack`, or nil (an empty needle is nowhere). `memmem`
    /// does not stop at every copy of the needle's first byte, as a memchr-then-memcmp loop does
    /// (at every "e" of a paragraph, for "elped with").
    @inlinable
    public static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let n = needle.baseAddress, let h = haystack.baseAddress, !needle.isEmpty, haystack.count >= needle.count,
              let hit = memmem(h, haystack.count, n, needle.count) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(h)
    }
}
