
/// What a template can read: the data a page template is rendered with. A closed set of values,
/// so that a render needs no reflection and no dynamic casts.
public indirect enum TemplateValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// One entry of an object, as the `enumerated`/`sorted` transforms of an object give it.
    case pair(key: String, value: TemplateValue)

    /// The value named `name` directly inside this one (an object's key, a pair's key or value).
    func child(named name: Substring) -> TemplateValue? {
        switch self {
        case .object(let fields): return fields[String(name)]
        case .pair(let key, let value):
            if name == "key" { return .string(key) }
            if name == "value" { return value }
            return nil
        default: return nil
        }
    }

    /// The value after a transform such as `uppercased(name)`; nil when it does not apply.
    /// The transforms and their results are swift-mustache's (its README lists them).
    func transformed(by name: String) -> TemplateValue? {
        switch self {
        case .string(let s):
            switch name {
            case "empty": return .bool(s.isEmpty)
            case "capitalized": return .string(Capitalization.capitalized(s))
            case "lowercased": return .string(s.lowercased())
            case "uppercased": return .string(s.uppercased())
            case "reversed": return .string(String(s.reversed()))
            default: return nil
            }
        case .list(let items):
            switch name {
            case "first": return items.first
            case "last": return items.last
            case "reversed": return .list(items.reversed())
            case "count": return .int(items.count)
            case "empty": return .bool(items.isEmpty)
            case "sorted": return TemplateValue.sorted(items).map(TemplateValue.list)
            default: return nil
            }
        case .object(let fields):
            switch name {
            case "count": return .int(fields.count)
            case "empty": return .bool(fields.isEmpty)
            // swift-mustache enumerates in the dictionary's own order, which changes from run to
            // run; by key, the output is the same every time.
            case "enumerated", "sorted":
                return .list(fields.keys.sorted().map { .pair(key: $0, value: fields[$0]!) })
            default: return nil
            }
        case .int(let i):
            switch name {
            case "equalzero": return .bool(i == 0)
            case "plusone": return .int(i &+ 1)
            case "minusone": return .int(i &- 1)
            case "even": return .bool(i & 1 == 0)
            case "odd": return .bool(i & 1 == 1)
            default: return nil
            }
        case .bool, .pair:
            return nil
        }
    }

    /// A list of strings or of integers in ascending order; nil for other lists (not comparable).
    private static func sorted(_ items: [TemplateValue]) -> [TemplateValue]? {
        var strings: [String] = []
        var ints: [Int] = []
        for item in items {
            switch item {
            case .string(let s) where ints.isEmpty: strings.append(s)
            case .int(let i) where strings.isEmpty: ints.append(i)
            default: return nil
            }
        }
        return strings.isEmpty ? ints.sorted().map(TemplateValue.int) : strings.sorted().map(TemplateValue.string)
    }

    /// The text a `{{variable}}` shows: strings as they are, the rest as Swift prints the value
    /// (`true`, `3`, `["a", "b"]`), objects with their keys sorted.
    var text: String { description(nested: false) }

    private func description(nested: Bool) -> String {
        switch self {
        case .string(let s): return nested ? String(reflecting: s) : s
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .list(let items): return "[" + items.map { $0.description(nested: true) }.joined(separator: ", ") + "]"
        case .object(let fields):
            if fields.isEmpty { return "[:]" }
            return "[" + fields.keys.sorted().map { String(reflecting: $0) + ": " + fields[$0]!.description(nested: true) }
                .joined(separator: ", ") + "]"
        case .pair(let key, let value):
            return "(key: " + String(reflecting: key) + ", value: " + value.description(nested: true) + ")"
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
