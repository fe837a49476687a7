import ArticleModel
import CYAML

/// Parses one YAML document with libyaml into `MetaValue`s (YAML 1.2 core types for plain scalars).
public enum YAMLLoader {
    public struct Failure: Error, Equatable, Sendable {
        /// 1-based line within the YAML text.
        public var line: Int
        public var problem: String
    }

    public static func load(_ text: String) throws(Failure) -> MetaValue {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw Failure(line: 1, problem: "cannot start the YAML parser") }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        var document = yaml_document_t()
        let loaded: Int32 = bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return yaml_parser_load(&parser, &document)
        }
        guard loaded == 1 else {
            let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
            throw Failure(line: Int(parser.problem_mark.line) + 1, problem: problem)
        }
        defer { yaml_document_delete(&document) }
        guard let root = yaml_document_get_root_node(&document) else { return .null }
        return convert(root, in: &document, depth: 0)
    }

    static func convert(_ node: UnsafeMutablePointer<yaml_node_t>, in document: inout yaml_document_t, depth: Int) -> MetaValue {
        guard depth < 64 else { return .null }
        switch node.pointee.type {
        case YAML_SCALAR_NODE:
            let scalar = node.pointee.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            return scalar.style == YAML_PLAIN_SCALAR_STYLE ? resolvePlain(text) : .string(text)
        case YAML_SEQUENCE_NODE:
            var items: [MetaValue] = []
            var item = node.pointee.data.sequence.items.start
            while let current = item, current != node.pointee.data.sequence.items.top {
                if let child = yaml_document_get_node(&document, current.pointee) {
                    items.append(convert(child, in: &document, depth: depth + 1))
                }
                item = current + 1
            }
            return .array(items)
        case YAML_MAPPING_NODE:
            var map: [String: MetaValue] = [:]
            var pair = node.pointee.data.mapping.pairs.start
            while let current = pair, current != node.pointee.data.mapping.pairs.top {
                if let keyNode = yaml_document_get_node(&document, current.pointee.key),
                   let valueNode = yaml_document_get_node(&document, current.pointee.value),
                   let key = convert(keyNode, in: &document, depth: depth + 1).scalarText {
                    map[key] = convert(valueNode, in: &document, depth: depth + 1)
                }
                pair = current + 1
            }
            return .object(map)
        default:
            return .null
        }
    }

    /// YAML 1.2 core schema for unquoted scalars: null, booleans and decimal integers; all else text.
    static func resolvePlain(_ text: String) -> MetaValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        let digits = text.utf8.drop(while: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") })
        if !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
           !(digits.count > 1 && digits.first == 0x30), let value = Int(text) {
            return .int(value)
        }
        return .string(text)
    }
}
