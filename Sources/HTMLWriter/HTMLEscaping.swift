import ByteScan

/// Appends text to an HTML byte buffer with the escaping a text node or an attribute value needs.
/// Works on contiguous UTF-8 and copies whole runs of plain bytes: most text has nothing to escape.
enum HTMLEscaping {
    static func appendText<Sink: ByteSink>(_ text: String, to out: inout Sink) {
        append(text, to: &out, attribute: false)
    }

    static func appendAttribute<Sink: ByteSink>(_ text: String, to out: inout Sink) {
        append(text, to: &out, attribute: true)
    }

    static func append<Sink: ByteSink>(_ text: String, to out: inout Sink, attribute: Bool) {
        text.withBorrowedUTF8 { buffer in
            ByteEscaping.append(buffer, to: &out, specials: { p in
                attribute ? ByteMasks.any(p, 0x26, 0x3C, 0x3E, 0x22, 0x27) : ByteMasks.any(p, 0x26, 0x3C, 0x3E, 0x3E, 0x3E)
            }, entity: { byte in
                switch byte {
                case UInt8(ascii: "&"): return "&amp;"
                case UInt8(ascii: "<"): return "&lt;"
                case UInt8(ascii: ">"): return "&gt;"
                case UInt8(ascii: "\"") where attribute: return "&quot;"
                case UInt8(ascii: "'") where attribute: return "&#39;"
                default: return nil
                }
            })
        }
    }

    /// JSON text made safe inside `<script>`: `<`, `>` and `&` as \u escapes, so no `</script>` or
    /// `<!--` can appear in the block, whatever the article says.
    static func scriptSafeJSON(_ json: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(json.count + 16)
        for byte in json {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: "\\u003c".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "\\u003e".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "\\u0026".utf8)
            default: out.append(byte)
            }
        }
        return out
    }
}
