import ByteScan

/// JSON written straight into bytes, in exactly the forms Foundation's `JSONEncoder` gives with
/// `.sortedKeys` and `.withoutEscapingSlashes`: pretty (two-space indent, `"key" : value`, an
/// empty container as its brackets around a blank line) or compact (no white space at all).
/// The caller writes members in the order it wants; `JSONEncoding` sorts them.
@frozen public struct JSONSyntax {
    public var bytes: [UInt8] = []
    @usableFromInline var depth = 0
    public let pretty: Bool

    public init(pretty: Bool, capacity: Int = 256) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// `{` or `[`.
    @inlinable public mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
    }

    /// `}` or `]`; `empty`: the container had no members.
    @inlinable public mutating func close(_ bracket: UInt8, empty: Bool) {
        depth -= 1
        if pretty {
            bytes.append(0x0A)
            if empty { bytes.append(0x0A) }
            indent()
        }
        bytes.append(bracket)
    }

    /// Before an array's element: the comma after the one before, and its line.
    @inlinable public mutating func element(_ first: inout Bool) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        if pretty {
            bytes.append(0x0A)
            indent()
        }
    }

    /// An object member's name and colon.
    @inlinable public mutating func key(_ name: String, _ first: inout Bool) {
        element(&first)
        string(name)
        if pretty { bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20]) } else { bytes.append(UInt8(ascii: ":")) }
    }

    @inlinable mutating func indent() {
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    @inlinable public mutating func null() { literal("null") }
    @inlinable public mutating func bool(_ value: Bool) { literal(value ? "true" : "false") }
    @inlinable public mutating func literal(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Swift's shortest round-tripping form without a trailing ".0" (`100`, `0.1`, `1e-05`), as
    /// JSONEncoder writes it; nil for infinities and NaN, which JSON cannot express.
    public static func number<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) -> String? {
        guard value.isFinite else { return nil }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// Quotes and escapes: `"` and `\`, the short escapes for backspace, form feed, line feed,
    /// carriage return and tab, `\u00xx` (lower-case hex) for the other control codes; every
    /// other byte, slashes and non-ASCII included, as it is (64 bytes at a time, as the writers').
    @inlinable public mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        text.withBorrowedUTF8 { source in
            ByteEscaping.append(source, to: &bytes,
                                specials: { ByteMasks.any($0, 0x22, 0x5C, 0x5C, 0x5C, 0x5C, below: 0x20) },
                                entity: JSONSyntax.escape)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    @inlinable @inline(__always)
    static func escape(_ byte: UInt8) -> StaticString? {
        switch byte {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x00..<0x20: return controlEscapes[Int(byte)]
        default: return nil
        }
    }

    @usableFromInline static let controlEscapes: [StaticString] = [
        "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
        "\\b", "\\t", "\\n", "\\u000b", "\\f", "\\r", "\\u000e", "\\u000f",
        "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
        "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f",
    ]
}
