import ByteScan

/// Writes front matter straight into bytes, in exactly the form `YAMLEmitter` (libyaml) gives,
/// for the shapes front matter nearly always has: block maps with identifier-like keys, one-line
/// strings (double-quoted), numbers, booleans, null, flow lists of one-line strings, and block
/// lists of scalars or maps. Anything else (a multi-line string, an unusual key, an empty or
/// nested list, an empty map) returns nil and goes through libyaml. A test holds the two
/// side by side on random front matter.
enum YAMLWriter {
    static func emit(_ fields: [(String, YAMLValue)]) -> [UInt8]? {
        guard covers(fields) else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(1024)
        map(fields, indent: 0, continuesLine: false, into: &out)
        return out
    }

    // MARK: What the direct form covers

    static func covers(_ fields: [(String, YAMLValue)]) -> Bool {
        !fields.isEmpty && fields.allSatisfy { isPlainKey($0.0) && covers($0.1, inList: false) }
    }

    static func covers(_ value: YAMLValue, inList: Bool) -> Bool {
        switch value {
        case .string(let s): return !s.hasByte(0x0A)
        case .int, .double, .bool, .null: return true
        case .map(let fields): return covers(fields)
        case .list(let items):
            if inList || items.isEmpty { return false }
            if isFlow(items) { return true }
            return items.allSatisfy { covers($0, inList: true) }
        }
    }

    /// Keys libyaml writes plain in any context: a letter, digit or `_`, then those or `-`.
    static func isPlainKey(_ key: String) -> Bool {
        key.withBorrowedUTF8 { utf8 in
            guard let first = utf8.first, utf8.count <= 100, first != UInt8(ascii: "-") else { return false }
            for b in utf8 where !((b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")) {
                return false
            }
            return true
        }
    }

    /// Lists of one-line strings read best in flow style: `tags: ["a", "b"]` (as `YAMLEmitter`).
    static func isFlow(_ items: [YAMLValue]) -> Bool {
        !items.isEmpty && items.allSatisfy { if case .string(let s) = $0 { return !s.hasByte(0x0A) } else { return false } }
    }

    // MARK: Writing

    /// A block map at `indent`; `continuesLine` when its first key follows a list item's `- `.
    static func map(_ fields: [(String, YAMLValue)], indent: Int, continuesLine: Bool, into out: inout [UInt8]) {
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 || !continuesLine { spaces(indent, into: &out) }
            key.withBorrowedUTF8 { out.append(contentsOf: $0) }
            out.append(UInt8(ascii: ":"))
            switch value {
            case .map(let inner):
                out.append(0x0A)
                map(inner, indent: indent + 2, continuesLine: false, into: &out)
            case .list(let items) where !isFlow(items):
                // A block list in a map is not indented further (libyaml's indentless sequence).
                out.append(0x0A)
                for item in items {
                    spaces(indent, into: &out)
                    out.append(literal: "- ")
                    if case .map(let inner) = item {
                        map(inner, indent: indent + 2, continuesLine: true, into: &out)
                    } else {
                        scalar(item, into: &out)
                        out.append(0x0A)
                    }
                }
            default:
                out.append(UInt8(ascii: " "))
                scalar(value, into: &out)
                out.append(0x0A)
            }
        }
    }

    static func spaces(_ count: Int, into out: inout [UInt8]) {
        for _ in 0..<count { out.append(UInt8(ascii: " ")) }
    }

    /// A scalar or a flow list of strings.
    static func scalar(_ value: YAMLValue, into out: inout [UInt8]) {
        switch value {
        case .string(let s): doubleQuoted(s, into: &out)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d):
            out.append(contentsOf: (d.isFinite ? String(d) : (d.isNaN ? ".nan" : (d > 0 ? ".inf" : "-.inf"))).utf8)
        case .bool(let b): out.append(literal: b ? "true" : "false")
        case .null: out.append(literal: "null")
        case .list(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(literal: ", ") }
                scalar(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .map: break  // never a scalar (`covers` and `map` see to it)
        }
    }

    /// libyaml's double-quoted style with unicode output and no line width: `"` and `\`, C0 and
    /// C1 controls, DEL, line and paragraph separators, the byte-order mark, U+FFFE/U+FFFF and
    /// (as libyaml counts them non-printable) characters beyond U+FFFF are escaped; the rest is
    /// copied. Plain ASCII bytes are passed 64 at a time (`ByteMasks`).
    static func doubleQuoted(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        text.withBorrowedUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            let n = utf8.count
            var runStart = 0
            var i = 0
            func flush(to end: Int) {
                if runStart < end { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
            }
            /// The character at `j` (one the mask marks), escaped when libyaml would; where the next one starts.
            func visit(_ j: Int) -> Int {
                let (value, length) = UTF8Scalar.decode(utf8, at: j)
                // libyaml's printable set, less its line breaks and the byte-order mark.
                let printable = (value >= 0xA0 && value <= 0xD7FF && value != 0x2028 && value != 0x2029)
                    || (value >= 0xE000 && value <= 0xFFFD && value != 0xFEFF)
                if printable { return j &+ length }
                flush(to: j)
                escape(value, into: &out)
                runStart = j &+ length
                return runStart
            }
            // 64 bytes at a time, visiting only the bytes the mask marks (`"`, `\`, controls, DEL and
            // non-ASCII bytes; a character's continuation bytes are marked too, and passed with it).
            while i < n {
                let block = i
                var marked = ByteMasks.block(raw, at: block, count: n) { p, valid in
                    (ByteMasks.any(p, 0x22, 0x5C, 0x7F, 0x7F, 0x7F, below: 0x20) | ByteMasks.nonASCII(p)) & valid
                }
                var next = block &+ 64
                while marked != 0 {
                    let j = block &+ marked.trailingZeroBitCount
                    marked &= marked &- 1
                    if j < i { continue }
                    i = visit(j)
                    next = Swift.max(next, i)
                }
                i = next
            }
            flush(to: n)
        }
        out.append(UInt8(ascii: "\""))
    }

    static func escape(_ value: UInt32, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        let short: UInt8?
        switch value {
        case 0x00: short = UInt8(ascii: "0")
        case 0x07: short = UInt8(ascii: "a")
        case 0x08: short = UInt8(ascii: "b")
        case 0x09: short = UInt8(ascii: "t")
        case 0x0A: short = UInt8(ascii: "n")
        case 0x0B: short = UInt8(ascii: "v")
        case 0x0C: short = UInt8(ascii: "f")
        case 0x0D: short = UInt8(ascii: "r")
        case 0x1B: short = UInt8(ascii: "e")
        case 0x22: short = UInt8(ascii: "\"")
        case 0x5C: short = UInt8(ascii: "\\")
        case 0x85: short = UInt8(ascii: "N")
        case 0xA0: short = UInt8(ascii: "_")
        case 0x2028: short = UInt8(ascii: "L")
        case 0x2029: short = UInt8(ascii: "P")
        default: short = nil
        }
        if let short {
            out.append(short)
            return
        }
        let (letter, digits): (UInt8, Int) = value <= 0xFF ? (UInt8(ascii: "x"), 2) : value <= 0xFFFF ? (UInt8(ascii: "u"), 4) : (UInt8(ascii: "U"), 8)
        out.append(letter)
        for k in stride(from: digits - 1, through: 0, by: -1) {
            let digit = UInt8((value >> UInt32(4 * k)) & 0xF)
            out.append(digit < 10 ? 0x30 + digit : 0x37 + digit)
        }
    }
}
