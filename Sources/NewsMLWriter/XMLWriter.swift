import ByteScan

/// What `ItemWriter` needs from an XML serializer. The library writes through `XMLWriter`; the
/// tests plug libxml2's xmlTextWriter in behind the same calls and compare the bytes.
protocol XMLSink {
    /// Characters removed because XML 1.0 cannot carry them.
    var droppedCharacters: Int { get }
    mutating func startDocument()
    mutating func endDocument()
    mutating func start(_ name: StaticString)
    mutating func end()
    mutating func attribute(_ name: StaticString, _ value: String)
    mutating func text(_ value: String)
    mutating func setIndent(_ on: Bool)
    /// Markup the caller built and escaped itself (the XHTML body), and what it filtered out.
    mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>, droppedCharacters: Int)
    mutating func bytes() -> [UInt8]
}

extension XMLSink {
    /// An element holding only text: `<name attr="…">text</name>`.
    mutating func element(_ name: StaticString, _ value: String) {
        start(name)
        text(value)
        end()
    }

    mutating func element(_ name: StaticString, _ value: String, _ attribute: StaticString, _ attributeValue: String) {
        start(name)
        self.attribute(attribute, attributeValue)
        text(value)
        end()
    }

    /// An empty element with one attribute.
    mutating func empty(_ name: StaticString, _ attribute: StaticString, _ value: String) {
        start(name)
        self.attribute(attribute, value)
        end()
    }
}

/// Writes XML straight into one byte buffer, in exactly the form libxml2's xmlTextWriter gives
/// with indentation on (two spaces) — the form copydesk's NewsML has always had: a start tag is
/// closed by its first child (with a line break) or its text; an element with neither ends `/>`;
/// an end tag is indented unless text came last; text is escaped as `xmlEncodeSpecialChars` does
/// it and attribute values as `xmlBufAttrSerializeTxtContent` does. No C string per call, no
/// element-name copies, no output-buffer layers.
///
/// Every value passes `XMLText.withAllowed` first: the output is well-formed whatever the input, and
/// the number of characters dropped is counted for a warning.
struct XMLWriter: XMLSink {
    /// Shared by copies of the writer (a class): `NewsMLWriter.message` passes the writer from
    /// item to item and all of them append to the one document.
    private var out: ByteBuffer
    private var open: [StaticString] = []
    /// The innermost start tag still lacks its `>`.
    private var startTagOpen = false
    private var indent: Bool
    /// The next end tag goes on its own indented line (false right after text).
    private var indentEnd = true
    private(set) var droppedCharacters = 0

    init(indent: Bool, capacity: Int = 4096) {
        self.indent = indent
        out = ByteBuffer(capacity: capacity)
        open.reserveCapacity(8)
    }

    mutating func startDocument() {
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    mutating func endDocument() {
        while !open.isEmpty { end() }
        if !indent { out.append(0x0A) }
    }

    mutating func start(_ name: StaticString) {
        if startTagOpen {
            out.append(UInt8(ascii: ">"))
            if indent { out.append(0x0A) }
        }
        open.append(name)
        if indent { writeIndent() }
        out.append(UInt8(ascii: "<"))
        append(name)
        startTagOpen = true
    }

    mutating func end() {
        guard let name = open.last else { return }
        if startTagOpen {
            if indent { indentEnd = true }
            append("/>")
            startTagOpen = false
        } else {
            if indent && indentEnd { writeIndent() }
            indentEnd = true
            append("</")
            append(name)
            out.append(UInt8(ascii: ">"))
        }
        if indent { out.append(0x0A) }
        open.removeLast()
    }

    mutating func attribute(_ name: StaticString, _ value: String) {
        out.append(UInt8(ascii: " "))
        append(name)
        append("=\"")
        droppedCharacters += XMLText.withAllowed(value) { XMLText.appendEscaped($0, to: &out, attribute: true) }
        out.append(UInt8(ascii: "\""))
    }

    mutating func text(_ value: String) {
        closeStartTag()
        droppedCharacters += XMLText.withAllowed(value) { XMLText.appendEscaped($0, to: &out) }
    }

    mutating func setIndent(_ on: Bool) {
        indent = on
        indentEnd = true
    }

    mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>, droppedCharacters dropped: Int) {
        droppedCharacters += dropped
        closeStartTag()
        out.append(bytes: bytes)
    }

    mutating func bytes() -> [UInt8] { out.array }

    /// Text or raw markup follows: the start tag gets its `>`, and the end tag no line of its own.
    private mutating func closeStartTag() {
        if startTagOpen {
            out.append(UInt8(ascii: ">"))
            startTagOpen = false
        }
        if indent { indentEnd = false }
    }

    private mutating func writeIndent() {
        for _ in 1..<open.count { append("  ") }
    }

    private mutating func append(_ s: StaticString) {
        out.append(literal: s)
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

    /// Appends text escaped as libxml2 escapes it: element content as `xmlEncodeSpecialChars`
    /// does (`&`, `<`, `>`, `"`, CR), an attribute value as `xmlBufAttrSerializeTxtContent` does
    /// (the same, and line feeds and tabs as references too: an attribute-value parser would
    /// turn them into spaces).
    static func appendEscaped<Sink: ByteSink>(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout Sink, attribute: Bool = false) {
        ByteEscaping.append(utf8, to: &out, specials: { p in
            attribute ? ByteMasks.any(p, 0x26, 0x3C, 0x3E, 0x22, 0x22, below: 0x0E) : ByteMasks.any(p, 0x26, 0x3C, 0x3E, 0x22, 0x0D)
        }, entity: { byte in
            switch byte {
            case 0x26: return "&amp;"
            case 0x3C: return "&lt;"
            case 0x3E: return "&gt;"
            case 0x22: return "&quot;"
            case 0x0D: return "&#13;"
            case 0x0A: return attribute ? "&#10;" : nil
            case 0x09: return attribute ? "&#9;" : nil
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

    /// Calls `body` with the text's UTF-8 bytes less the characters XML 1.0 cannot carry, and
    /// returns how many were dropped. Clean text (nearly all) is passed as it is, borrowed.
    static func withAllowed(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Int {
        let passed = text.withBorrowedUTF8 { bytes in
            guard isClean(bytes) else { return false }
            body(bytes)
            return true
        }
        if passed { return 0 }
        let (kept, dropped) = filtered(text)
        kept.withBorrowedUTF8(body)
        return dropped
    }

    /// The text without characters XML 1.0 cannot carry, and how many were removed.
    public static func filtered(_ text: String) -> (String, Int) {
        // Fast path, one byte pass: no C0 controls but tab and line breaks, no U+FFFE/U+FFFF (EF BF BE/BF).
        if text.withBorrowedUTF8(isClean) { return (text, 0) }
        var kept = String.UnicodeScalarView()
        var dropped = 0
        for s in text.unicodeScalars {
            if isAllowed(s) { kept.append(s) } else { dropped += 1 }
        }
        return (String(kept), dropped)
    }
}
