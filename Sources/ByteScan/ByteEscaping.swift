/// The escaping loop the HTML, NewsML and JSON writers share: plain runs are copied whole, and
/// only the bytes a mask marks, 64 at a time (`ByteMasks`), are looked at.
public enum ByteEscaping {
    /// Appends `text` to `out`, each byte that `entity` names replaced by its entity.
    /// `specials(p)` marks (bit k for byte k, as `ByteMasks.any` does) the bytes of the 64 at `p`
    /// that may have an entity; a marked byte without one only costs a look.
    @inlinable @inline(__always)
    public static func append<Sink: ByteSink>(_ text: UnsafeBufferPointer<UInt8>, to out: inout Sink,
                                              specials: (UnsafeRawPointer) -> UInt64, entity: (UInt8) -> StaticString?) {
        guard let base = text.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let n = text.count
        var runStart = 0
        var i = 0
        while i < n {
            var marked = ByteMasks.block(raw, at: i, count: n) { specials($0) & $1 }
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
