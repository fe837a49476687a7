import ByteScan

/// A parsed JSON value. Numbers keep their text, so that each type reads it exactly.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    /// A name given twice keeps its first value, as Foundation's JSONDecoder does.
    case object([String: JSONValue])

    /// How error messages name the kind ("found a string instead").
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "bool"
        case .number: return "number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "a dictionary"
        }
    }
}

/// JSON text (RFC 8259, strictly: no trailing commas, comments or bare words) into `JSONValue`s.
/// Input must be UTF-8; nesting deeper than 512 is refused, as Foundation refuses it.
struct JSONParser {
    struct Failure: Error {
        let message: String
        let offset: Int
    }

    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0
    private var depth = 0

    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) -> JSONValue in
            guard UTF8Validation.isValid(buffer) else { throw Failure(message: "the text is not valid UTF-8", offset: 0) }
            var parser = JSONParser(bytes: buffer)
            parser.skipSpace()
            let value = try parser.value()
            parser.skipSpace()
            guard parser.at == buffer.count else { throw parser.failure("unexpected text after the value") }
            return value
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private func failure(_ message: String) -> Failure { Failure(message: message, offset: at) }

    private var current: UInt8? { at < bytes.count ? bytes[at] : nil }

    private mutating func skipSpace() {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
    }

    private mutating func value() throws(Failure) -> JSONValue {
        guard let byte = current else { throw failure("the text ends where a value should be") }
        switch byte {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try word("true"); return .bool(true)
        case UInt8(ascii: "f"): try word("false"); return .bool(false)
        case UInt8(ascii: "n"): try word("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw failure("a value cannot start with '\(Unicode.Scalar(byte))'")
        }
    }

    private mutating func word(_ text: StaticString) throws(Failure) {
        let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        guard at + expected.count <= bytes.count, bytes[at..<(at + expected.count)].elementsEqual(expected) else {
            throw failure("expected \(text)")
        }
        at += expected.count
    }

    private mutating func nest() throws(Failure) {
        depth += 1
        if depth > Self.maximumDepth { throw failure("nested more than \(Self.maximumDepth) deep") }
    }

    private mutating func object() throws(Failure) -> JSONValue {
        var members: [String: JSONValue] = [:]
        try container(closing: UInt8(ascii: "}"), in: "an object") { (parser) throws(Failure) in
            guard parser.current == UInt8(ascii: "\"") else { throw parser.failure("expected a member's name in quotes") }
            let name = try parser.string()
            parser.skipSpace()
            guard parser.current == UInt8(ascii: ":") else { throw parser.failure("expected ':' after a member's name") }
            parser.at += 1
            parser.skipSpace()
            let member = try parser.value()
            if members[name] == nil { members[name] = member }
        }
        return .object(members)
    }

    private mutating func array() throws(Failure) -> JSONValue {
        var elements: [JSONValue] = []
        try container(closing: UInt8(ascii: "]"), in: "an array") { (parser) throws(Failure) in elements.append(try parser.value()) }
        return .array(elements)
    }

    /// From a container's opening bracket past its closing one: `item` reads each member or
    /// element, with commas between them.
    private mutating func container(closing: UInt8, in what: String, _ item: (inout JSONParser) throws(Failure) -> Void) throws(Failure) {
        try nest()
        at += 1
        skipSpace()
        if current != closing {
            while true {
                skipSpace()
                try item(&self)
                skipSpace()
                guard current == UInt8(ascii: ",") else { break }
                at += 1
            }
            guard current == closing else { throw failure("expected ',' or '\(Unicode.Scalar(closing))' in \(what)") }
        }
        at += 1
        depth -= 1
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, as written.
    private mutating func number() throws(Failure) -> String {
        let start = at
        if current == UInt8(ascii: "-") { at += 1 }
        if current == UInt8(ascii: "0") {
            at += 1
        } else {
            guard digits() > 0 else { throw failure("a number needs digits") }
        }
        if current == UInt8(ascii: ".") {
            at += 1
            guard digits() > 0 else { throw failure("a number needs digits after its decimal point") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            at += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { at += 1 }
            guard digits() > 0 else { throw failure("a number needs digits in its exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
    }

    private mutating func digits() -> Int {
        let start = at
        while let byte = current, byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { at += 1 }
        return at - start
    }

    /// A quoted string: the bytes between escapes are taken as they are (already valid UTF-8).
    private mutating func string() throws(Failure) -> String {
        at += 1
        var text: [UInt8] = []
        var runStart = at
        while true {
            guard let byte = current else { throw failure("a string is not closed") }
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw failure("a control character must be escaped in a string") }
            if byte != UInt8(ascii: "\\") {
                at += 1
                continue
            }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<at]))
            at += 1
            try escape(into: &text)
            runStart = at
        }
        if text.isEmpty {
            let run = UnsafeBufferPointer(rebasing: bytes[runStart..<at])
            at += 1
            return String(decoding: run, as: UTF8.self)
        }
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<at]))
        at += 1
        return String(decoding: text, as: UTF8.self)
    }

    private mutating func escape(into text: inout [UInt8]) throws(Failure) {
        guard let letter = current else { throw failure("a string is not closed") }
        at += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(letter)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = UInt32(try hex4())
            if (0xD800..<0xDC00).contains(scalar) {
                // A high surrogate must be followed by an escaped low one.
                guard current == UInt8(ascii: "\\"), at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: "u") else {
                    throw failure("a lone surrogate in a \\u escape")
                }
                at += 2
                let low = UInt32(try hex4())
                guard (0xDC00..<0xE000).contains(low) else { throw failure("a lone surrogate in a \\u escape") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw failure("a lone surrogate in a \\u escape")
            }
            text.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
        default:
            throw failure("unknown escape '\\\(Unicode.Scalar(letter))'")
        }
    }

    private mutating func hex4() throws(Failure) -> UInt16 {
        guard at + 4 <= bytes.count else { throw failure("a \\u escape needs four hex digits") }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[at]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("a \\u escape needs four hex digits")
            }
            value = value << 4 | UInt16(digit)
            at += 1
        }
        return value
    }
}
