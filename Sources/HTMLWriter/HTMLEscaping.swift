import ByteScan

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
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            let n = buffer.count
            var runStart = 0
            var i = 0
            while i < n {
                // Eight bytes at a time while none needs escaping (SWAR: a zero byte after XOR).
                if i &+ 8 <= n {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    var hits = ByteWords.has(word, UInt8(ascii: "&")) | ByteWords.has(word, UInt8(ascii: "<")) | ByteWords.has(word, UInt8(ascii: ">"))
                    if attribute { hits |= ByteWords.has(word, UInt8(ascii: "\"")) | ByteWords.has(word, UInt8(ascii: "'")) }
                    if hits == 0 {
                        i &+= 8
                        continue
                    }
                }
                let replacement: StaticString
                switch buffer[i] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\"") where attribute: replacement = "&quot;"
                case UInt8(ascii: "'") where attribute: replacement = "&#39;"
                default:
                    i &+= 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<i]))
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                i &+= 1
                runStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<n]))
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
