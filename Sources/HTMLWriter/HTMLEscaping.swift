/// Appends text to an HTML byte buffer with the escaping a text node or an attribute value needs.
/// Works on contiguous UTF-8 and copies whole runs of plain bytes: most text has nothing to escape.
enum HTMLEscaping {
    static func appendText(_ text: String, to out: inout [UInt8]) {
        append(text, to: &out, attribute: false)
    }

    static func appendAttribute(_ text: String, to out: inout [UInt8]) {
        append(text, to: &out, attribute: true)
    }

    static func append(_ text: String, to out: inout [UInt8], attribute: Bool) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { buffer in
            var runStart = 0
            for i in 0..<buffer.count {
                let replacement: StaticString
                switch buffer[i] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\"") where attribute: replacement = "&quot;"
                case UInt8(ascii: "'") where attribute: replacement = "&#39;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<i]))
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                runStart = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
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
