/// `Encodable` values to JSON bytes without Foundation: the same bytes Foundation's `JSONEncoder`
/// gives with `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted` when `pretty`),
/// keys sorted by their UTF-8 bytes. The tests hold it to JSONEncoder.
public enum JSONEncoding {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> [UInt8] {
        let root = EncodedNode()
        try root.encode(value, path: [])
        var syntax = JSONSyntax(pretty: pretty)
        root.write(to: &syntax)
        return syntax.bytes
    }
}

/// One value while encoding: containers are filled after they are made, so nodes are shared.
final class EncodedNode {
    enum Content {
        case unset
        /// A number, `true`, `false` or `null`, as written.
        case literal(String)
        case string(String)
        case array
        case object
    }

    var content = Content.unset
    var elements: [EncodedNode] = []
    var members: [String: EncodedNode] = [:]

    func encode<T: Encodable>(_ value: T, path: [any CodingKey]) throws {
        try value.encode(to: NodeEncoder(node: self, codingPath: path))
    }

    func set<F: BinaryFloatingPoint & LosslessStringConvertible>(number value: F, path: [any CodingKey]) throws {
        guard let text = JSONSyntax.number(value) else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: path, debugDescription: "Unable to encode \(F.self).\(value) directly in JSON."))
        }
        content = .literal(text)
    }

    func set<I: BinaryInteger>(integer value: I) { content = .literal(String(value)) }
    func set(bool value: Bool) { content = .literal(value ? "true" : "false") }

    func write(to syntax: inout JSONSyntax) {
        switch content {
        case .literal(let text): syntax.literal(text)
        case .string(let text): syntax.string(text)
        case .array:
            syntax.open(UInt8(ascii: "["))
            var first = true
            for element in elements {
                syntax.element(&first)
                element.write(to: &syntax)
            }
            syntax.close(UInt8(ascii: "]"), empty: elements.isEmpty)
        case .object, .unset:
            syntax.open(UInt8(ascii: "{"))
            var first = true
            for (name, member) in members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                syntax.key(name, &first)
                member.write(to: &syntax)
            }
            syntax.close(UInt8(ascii: "}"), empty: members.isEmpty)
        }
    }
}

struct NodeEncoder: Encoder {
    let node: EncodedNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object }
        return KeyedEncodingContainer(KeyedNodeContainer(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array }
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleNodeContainer(node: node, codingPath: codingPath) }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    private func child(_ key: Key) -> EncodedNode {
        let child = EncodedNode()
        node.members[key.stringValue] = child
        return child
    }

    mutating func encodeNil(forKey key: Key) { child(key).content = .literal("null") }
    mutating func encode(_ value: Bool, forKey key: Key) { child(key).set(bool: value) }
    mutating func encode(_ value: String, forKey key: Key) { child(key).content = .string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try child(key).set(number: value, path: codingPath + [key]) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try child(key).set(number: value, path: codingPath + [key]) }
    mutating func encode(_ value: Int, forKey key: Key) { child(key).set(integer: value) }
    mutating func encode(_ value: Int8, forKey key: Key) { child(key).set(integer: value) }
    mutating func encode(_ value: Int16, forKey key: Key) { child(key).set(integer: value) }
    mutating func encode(_ value: Int32, forKey key: Key) { child(key).set(integer: value) }
    mutating func encode(_ value: Int64, forKey key: Key) { child(key).set(integer: value) }
    mutating func encode(_ value: UInt, forKey key: Key) { child(key).set(integer: value) }
    mutating func encode(_ value: UInt8, forKey key: Key) { child(key).set(integer: value) }
    mutating func encode(_ value: UInt16, forKey key: Key) { child(key).set(integer: value) }
    mutating func encode(_ value: UInt32, forKey key: Key) { child(key).set(integer: value) }
    mutating func encode(_ value: UInt64, forKey key: Key) { child(key).set(integer: value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try child(key).encode(value, path: codingPath + [key]) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: child(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let key = SuperKey()
        let child = EncodedNode()
        node.members[key.stringValue] = child
        return NodeEncoder(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(node: child(key), codingPath: codingPath + [key]) }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: EncodedNode
    let codingPath: [any CodingKey]
    var count: Int { node.elements.count }

    private func next() -> EncodedNode {
        let child = EncodedNode()
        node.elements.append(child)
        return child
    }

    private var nextPath: [any CodingKey] { codingPath + [IndexKey(intValue: count)] }

    mutating func encodeNil() { next().content = .literal("null") }
    mutating func encode(_ value: Bool) { next().set(bool: value) }
    mutating func encode(_ value: String) { next().content = .string(value) }
    mutating func encode(_ value: Double) throws { let path = nextPath; try next().set(number: value, path: path) }
    mutating func encode(_ value: Float) throws { let path = nextPath; try next().set(number: value, path: path) }
    mutating func encode(_ value: Int) { next().set(integer: value) }
    mutating func encode(_ value: Int8) { next().set(integer: value) }
    mutating func encode(_ value: Int16) { next().set(integer: value) }
    mutating func encode(_ value: Int32) { next().set(integer: value) }
    mutating func encode(_ value: Int64) { next().set(integer: value) }
    mutating func encode(_ value: UInt) { next().set(integer: value) }
    mutating func encode(_ value: UInt8) { next().set(integer: value) }
    mutating func encode(_ value: UInt16) { next().set(integer: value) }
    mutating func encode(_ value: UInt32) { next().set(integer: value) }
    mutating func encode(_ value: UInt64) { next().set(integer: value) }
    mutating func encode<T: Encodable>(_ value: T) throws { let path = nextPath; try next().encode(value, path: path) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = nextPath
        return NodeEncoder(node: next(), codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        return NodeEncoder(node: next(), codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let path = nextPath
        return NodeEncoder(node: next(), codingPath: path)
    }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() { node.content = .literal("null") }
    mutating func encode(_ value: Bool) { node.set(bool: value) }
    mutating func encode(_ value: String) { node.content = .string(value) }
    mutating func encode(_ value: Double) throws { try node.set(number: value, path: codingPath) }
    mutating func encode(_ value: Float) throws { try node.set(number: value, path: codingPath) }
    mutating func encode(_ value: Int) { node.set(integer: value) }
    mutating func encode(_ value: Int8) { node.set(integer: value) }
    mutating func encode(_ value: Int16) { node.set(integer: value) }
    mutating func encode(_ value: Int32) { node.set(integer: value) }
    mutating func encode(_ value: Int64) { node.set(integer: value) }
    mutating func encode(_ value: UInt) { node.set(integer: value) }
    mutating func encode(_ value: UInt8) { node.set(integer: value) }
    mutating func encode(_ value: UInt16) { node.set(integer: value) }
    mutating func encode(_ value: UInt32) { node.set(integer: value) }
    mutating func encode(_ value: UInt64) { node.set(integer: value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try node.encode(value, path: codingPath) }
}

/// The key of an array element in a coding path.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

/// The key `superEncoder()` and `superDecoder()` use.
struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { guard stringValue == "super" else { return nil } }
    init?(intValue: Int) { nil }
}
