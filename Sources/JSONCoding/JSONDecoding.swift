/// JSON bytes to `Decodable` values without Foundation, reading what Foundation's `JSONDecoder`
/// reads and failing where it fails, with the same `DecodingError` cases (invalid UTF-8 included).
/// Where they differ: a trailing comma is refused here (JSONDecoder takes it), and a negative zero
/// written with a fraction and an exponent (`-0.0e5`) is read as -0 (JSONDecoder refuses it,
/// though it takes `-0e5` and `0.0e5`). The tests hold it to JSONDecoder.
public enum JSONDecoding {
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: [], debugDescription: "The given data was not valid JSON: \(error.message) at byte \(error.offset)."))
        }
        return try T(from: ValueDecoder(value: value, codingPath: []))
    }
}

struct ValueDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch([String: Any].self, "Dictionary<String, Any>", value, codingPath) }
        return KeyedDecodingContainer(KeyedValueContainer(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch([Any].self, "Array<Any>", value, codingPath) }
        return UnkeyedValueContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleValueContainer(value: value, codingPath: codingPath) }
}

func mismatch(_ type: Any.Type, _ name: String, _ value: JSONValue, _ path: [any CodingKey]) -> DecodingError {
    if value == .null {
        return .valueNotFound(type, DecodingError.Context(codingPath: path, debugDescription: "Cannot get value of type \(name) -- found null value instead"))
    }
    return .typeMismatch(type, DecodingError.Context(codingPath: path, debugDescription: "Expected to decode \(name) but found \(value.kindName) instead."))
}

/// The types JSON holds directly, each read from a value exactly.
protocol JSONScalar {
    static func unbox(_ value: JSONValue, _ path: [any CodingKey]) throws -> Self
}

extension Bool: JSONScalar {
    static func unbox(_ value: JSONValue, _ path: [any CodingKey]) throws -> Bool {
        guard case .bool(let b) = value else { throw mismatch(Bool.self, "Bool", value, path) }
        return b
    }
}

extension String: JSONScalar {
    static func unbox(_ value: JSONValue, _ path: [any CodingKey]) throws -> String {
        guard case .string(let s) = value else { throw mismatch(String.self, "String", value, path) }
        return s
    }
}

extension JSONScalar where Self: BinaryFloatingPoint & LosslessStringConvertible {
    static func unbox(_ value: JSONValue, _ path: [any CodingKey]) throws -> Self {
        guard case .number(let text) = value else { throw mismatch(Self.self, "\(Self.self)", value, path) }
        // Out of range either way: infinite, or zero from digits that are not all zero (1e-400).
        guard let number = Self(text), number.isFinite, number != 0 || !JSONNumberText.hasNonzeroSignificand(text) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: path, debugDescription: "Parsed JSON number <\(text)> does not fit in \(Self.self)."))
        }
        return number
    }
}

extension Double: JSONScalar {}

enum JSONNumberText {
    static func hasFractionOrExponent(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    /// A digit 1-9 before the exponent.
    static func hasNonzeroSignificand(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { return false }
            if byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9") { return true }
        }
        return false
    }
}
extension Float: JSONScalar {}

extension JSONScalar where Self: FixedWidthInteger {
    /// Digits as they are; `2.0` or `1e2` when the number is a whole one that fits (as JSONDecoder
    /// reads them); whole digits out of range fail, even where a Double would round them into it.
    static func unbox(_ value: JSONValue, _ path: [any CodingKey]) throws -> Self {
        guard case .number(let text) = value else { throw mismatch(Self.self, "\(Self.self)", value, path) }
        if let number = Self(text) { return number }
        if JSONNumberText.hasFractionOrExponent(text), let number = Double(text), number.isFinite, let whole = Self(exactly: number) { return whole }
        throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: path, debugDescription: "Parsed JSON number <\(text)> does not fit in \(Self.self)."))
    }
}

extension Int: JSONScalar {}
extension Int8: JSONScalar {}
extension Int16: JSONScalar {}
extension Int32: JSONScalar {}
extension Int64: JSONScalar {}
extension UInt: JSONScalar {}
extension UInt8: JSONScalar {}
extension UInt16: JSONScalar {}
extension UInt32: JSONScalar {}
extension UInt64: JSONScalar {}

struct KeyedValueContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONValue]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }
    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    private func member(_ key: Key) throws -> JSONValue {
        guard let value = members[key.stringValue] else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return value
    }

    private func scalar<T: JSONScalar>(_ key: Key) throws -> T { try T.unbox(member(key), codingPath + [key]) }

    func decodeNil(forKey key: Key) throws -> Bool { try member(key) == .null }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try scalar(key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try scalar(key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try scalar(key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try scalar(key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try scalar(key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try scalar(key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try scalar(key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try scalar(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try scalar(key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try scalar(key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try scalar(key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try scalar(key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try scalar(key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try scalar(key) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: ValueDecoder(value: member(key), codingPath: codingPath + [key]))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(value: member(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try ValueDecoder(value: member(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        ValueDecoder(value: members[SuperKey().stringValue] ?? .null, codingPath: codingPath + [SuperKey()])
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        ValueDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key])
    }
}

struct UnkeyedValueContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let codingPath: [any CodingKey]
    private(set) var currentIndex = 0

    init(elements: [JSONValue], codingPath: [any CodingKey]) {
        self.elements = elements
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }
    private var path: [any CodingKey] { codingPath + [IndexKey(intValue: currentIndex)] }

    private mutating func next(_ type: Any.Type) throws -> JSONValue {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, DecodingError.Context(codingPath: path, debugDescription: "Unkeyed container is at end."))
        }
        defer { currentIndex += 1 }
        return elements[currentIndex]
    }

    private mutating func scalar<T: JSONScalar>() throws -> T {
        let path = self.path
        return try T.unbox(next(T.self), path)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try scalar() }
    mutating func decode(_ type: String.Type) throws -> String { try scalar() }
    mutating func decode(_ type: Double.Type) throws -> Double { try scalar() }
    mutating func decode(_ type: Float.Type) throws -> Float { try scalar() }
    mutating func decode(_ type: Int.Type) throws -> Int { try scalar() }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try scalar() }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try scalar() }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try scalar() }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try scalar() }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try scalar() }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try scalar() }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try scalar() }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try scalar() }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try scalar() }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let path = self.path
        return try T(from: ValueDecoder(value: next(T.self), codingPath: path))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let path = self.path
        return try ValueDecoder(value: next([String: Any].self), codingPath: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let path = self.path
        return try ValueDecoder(value: next([Any].self), codingPath: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let path = self.path
        return ValueDecoder(value: try next(Any.self), codingPath: path)
    }
}

struct SingleValueContainer: SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { value == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try .unbox(value, codingPath) }
    func decode(_ type: String.Type) throws -> String { try .unbox(value, codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try .unbox(value, codingPath) }
    func decode(_ type: Float.Type) throws -> Float { try .unbox(value, codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try .unbox(value, codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try .unbox(value, codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try .unbox(value, codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try .unbox(value, codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try .unbox(value, codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try .unbox(value, codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try .unbox(value, codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try .unbox(value, codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try .unbox(value, codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try .unbox(value, codingPath) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: ValueDecoder(value: value, codingPath: codingPath)) }
}
