import ByteScan
import CLibXML2

/// A thin, safe layer over libxml2's xmlTextWriter writing into memory.
///
/// libxml2 writes characters outside the XML 1.0 Char set straight through and reports success,
/// so every piece of text passes `XMLText.filtered` first: the output is well-formed whatever the
/// input, and the number of characters dropped is counted for a warning.
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    /// Characters removed because XML 1.0 cannot carry them.
    private(set) var droppedCharacters = 0

    init(indent: Bool) {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xml("  ") { _ = xmlTextWriterSetIndentString(writer, $0) }
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    func startDocument() {
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    func endDocument() {
        xmlTextWriterEndDocument(writer)
    }

    func start(_ name: String, namespace: String? = nil) {
        xml(name) { n in
            if let namespace {
                xml(namespace) { ns in _ = xmlTextWriterStartElementNS(writer, nil, n, ns) }
            } else {
                _ = xmlTextWriterStartElement(writer, n)
            }
        }
    }

    func end() {
        xmlTextWriterEndElement(writer)
    }

    func attribute(_ name: String, _ value: String) {
        let value = clean(value)
        xml(name) { n in xml(value) { v in _ = xmlTextWriterWriteAttribute(writer, n, v) } }
    }

    func text(_ value: String) {
        let value = clean(value)
        xml(value) { v in _ = xmlTextWriterWriteString(writer, v) }
    }

    /// An element holding only text: `<name attr="…">text</name>`.
    func element(_ name: String, _ value: String, attributes: [(String, String)] = []) {
        start(name)
        for (key, v) in attributes { attribute(key, v) }
        text(value)
        end()
    }

    /// An empty element with attributes.
    func empty(_ name: String, attributes: [(String, String)]) {
        start(name)
        for (key, v) in attributes { attribute(key, v) }
        end()
    }

    func setIndent(_ on: Bool) {
        xmlTextWriterSetIndent(writer, on ? 1 : 0)
    }

    /// Markup-free bytes the caller guarantees (a newline between blocks).
    func raw(_ text: StaticString) {
        xmlTextWriterWriteRaw(writer, UnsafeRawPointer(text.utf8Start).assumingMemoryBound(to: xmlChar.self))
    }

    /// Markup the caller built and escaped itself (the XHTML body), and what it filtered out.
    func raw(_ bytes: [UInt8], droppedCharacters dropped: Int) {
        droppedCharacters += dropped
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, !b.isEmpty else { return }
            _ = xmlTextWriterWriteRawLen(writer, base, Int32(b.count))
        }
    }

    func bytes() -> [UInt8] {
        xmlTextWriterFlush(writer)
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    private func clean(_ value: String) -> String {
        let (text, dropped) = XMLText.filtered(value)
        droppedCharacters += dropped
        return text
    }
}

/// Passes a Swift string to libxml2 as `const xmlChar *` (UTF-8, NUL-terminated).
@inline(__always)
func xml(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Void) {
    text.withCString { pointer in
        pointer.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1) { body($0) }
    }
}

/// XML 1.0 character rules.
public enum XMLText {
    /// True for characters XML 1.0 allows: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    public static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Appends element content escaped as libxml2's `xmlEncodeSpecialChars` does it.
    static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        ByteEscaping.append(utf8, to: &out, anySpecial: { word in
            ByteWords.has(word, 0x26) | ByteWords.has(word, 0x3C) | ByteWords.has(word, 0x3E)
                | ByteWords.has(word, 0x22) | ByteWords.has(word, 0x0D)
        }, entity: { byte in
            switch byte {
            case 0x26: return "&amp;"
            case 0x3C: return "&lt;"
            case 0x3E: return "&gt;"
            case 0x22: return "&quot;"
            case 0x0D: return "&#13;"
            default: return nil
            }
        })
    }

    /// True when every character is one XML 1.0 allows: no C0 control but tab and line breaks, no
    /// U+FFFE or U+FFFF (EF BF BE/BF). Words of eight bytes without a control or an 0xEF pass at once.
    static func isClean(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = buffer.count
        var i = 0
        while i < n {
            if i &+ 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if ByteWords.hasLess(word, 0x20) | ByteWords.has(word, 0xEF) == 0 {
                    i &+= 8
                    continue
                }
            }
            let b = buffer[i]
            if b < 0x20 {
                if b != 0x9 && b != 0xA && b != 0xD { return false }
            } else if b == 0xEF, i + 2 < n, buffer[i + 1] == 0xBF, buffer[i + 2] == 0xBE || buffer[i + 2] == 0xBF {
                return false
            }
            i &+= 1
        }
        return true
    }

    /// The text without characters XML 1.0 cannot carry, and how many were removed.
    public static func filtered(_ text: String) -> (String, Int) {
        // Fast path, one byte pass: no C0 controls but tab and line breaks, no U+FFFE/U+FFFF (EF BF BE/BF).
        var text = text
        text.makeContiguousUTF8()
        let clean = text.utf8.withContiguousStorageIfAvailable(isClean) ?? false
        if clean { return (text, 0) }
        var kept = String.UnicodeScalarView()
        var dropped = 0
        for s in text.unicodeScalars {
            if isAllowed(s) { kept.append(s) } else { dropped += 1 }
        }
        return (String(kept), dropped)
    }
}
