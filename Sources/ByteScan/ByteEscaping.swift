/// The escaping loop the HTML, NewsML and JSON writers share: plain runs are copied whole; 64
/// bytes at a time are passed while `specials` marks none of the characters to replace, and the
/// last bytes eight at a time while `anySpecial` finds none.
public enum ByteEscaping {
    /// Appends `text` to `out`, each byte that `entity` names replaced by its entity.
    /// `specials(p)` marks (bit k for byte k, as `ByteMasks.any` does) the bytes of the 64 at `p`
    /// that may have an entity. `anySpecial(word)` must be non-zero whenever one of the word's
    /// eight bytes has an entity (a `ByteWords.has` or `hasLess` per special character, or'ed):
    /// its lowest mark must be a byte that may have one, as theirs always is; a spurious mark
    /// above it only costs a look.
    @inlinable @inline(__always)
    public static func append<Sink: ByteSink>(_ text: UnsafeBufferPointer<UInt8>, to out: inout Sink,
                                              specials: (UnsafeRawPointer) -> UInt64,
                                              anySpecial: (UInt64) -> UInt64, entity: (UInt8) -> StaticString?) {
        guard let base = text.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let n = text.count
        var runStart = 0
        var i = 0
        while i &+ 64 <= n {
            var marked = specials(raw + i)
            while marked != 0 {
                let j = i &+ marked.trailingZeroBitCount
                marked &= marked &- 1
                guard let replacement = entity(text[j]) else { continue }
                if runStart < j { out.append(bytes: UnsafeBufferPointer(rebasing: text[runStart..<j])) }
                out.append(bytes: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                runStart = j &+ 1
            }
            i &+= 64
        }
        while i < n {
            // Straight to the next byte that may have an entity; the bytes passed are copied as they are.
            i = ByteWords.nextMarked(raw, from: i, count: n, marks: anySpecial)
            guard i < n else { break }
            guard let replacement = entity(text[i]) else {
                i &+= 1
                continue
            }
            if runStart < i { out.append(bytes: UnsafeBufferPointer(rebasing: text[runStart..<i])) }
            out.append(bytes: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            i &+= 1
            runStart = i
        }
        if runStart < n { out.append(bytes: UnsafeBufferPointer(rebasing: text[runStart...])) }
    }
}

extension Array where Element == UInt8 {
    /// Appends a literal's bytes straight from the binary (a `String`'s UTF-8 view goes through
    /// the generic `append(contentsOf:)` for a sequence, several times the work for a short tag).
    @inlinable @inline(__always)
    public mutating func append(literal s: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }
}
