/// Fills in a parsed template. The context stack, sequence position, indentation and escaping
/// behave as swift-mustache's: names are looked up from the innermost section outwards, `.` is
/// the current value, `.name` looks only in the current value, and `first()`, `last()`,
/// `index()`, `even()` and `odd()` tell where a list's section is.
struct TemplateRenderer {
    struct Position { var first: Bool; var last: Bool; var index: Int }

    var stack: [TemplateValue]
    var position: Position? = nil
    var indentation: [UInt8] = []
    var escapesHTML = true

    /// Appends the rendering of `tokens`. With an indentation (a block's), every line that a
    /// token starts gets it, as swift-mustache indents.
    mutating func render(_ tokens: [TemplateToken], into out: inout [UInt8]) {
        let start = out.count
        for token in tokens {
            let tokenStart = out.count
            render(token, into: &out)
            // swift-mustache looks at its string's last Character: a CR LF is one, and not "\n".
            if !indentation.isEmpty, out.count > tokenStart, tokenStart > start, out[tokenStart - 1] == 0x0A,
               tokenStart - 1 == start || out[tokenStart - 2] != 0x0D {
                out.insert(contentsOf: indentation, at: tokenStart)
            }
        }
    }

    private mutating func render(_ token: TemplateToken, into out: inout [UInt8]) {
        switch token {
        case .text(let bytes):
            out += bytes
        case .variable(let name, let transforms, let escaped):
            guard let value = lookUp(name, transforms: transforms) else { return }
            if escaped && escapesHTML { appendEscaped(value.text, to: &out) } else { out += value.text.utf8 }
        case .section(let name, let transforms, let body, let inverted):
            let value = lookUp(name, transforms: transforms)
            if inverted { renderInverted(value, body, into: &out) } else { renderSection(value, body, into: &out) }
        case .block(let body, let indentation):
            var inner = self
            inner.position = nil
            inner.indentation += indentation
            inner.render(body, into: &out)
        case .blockDefinition:
            break
        case .contentType(let escapesHTML):
            self.escapesHTML = escapesHTML
        }
    }

    private func renderSection(_ value: TemplateValue?, _ body: [TemplateToken], into out: inout [UInt8]) {
        switch value {
        case .none, .bool(false):
            return
        case .bool(true):
            var same = self
            same.render(body, into: &out)
        case .list(let items):
            // Each item starts from this context: a pragma inside the section lasts one item.
            for (index, item) in items.enumerated() {
                var inner = self
                inner.stack.append(item)
                inner.position = Position(first: index == 0, last: index == items.count - 1, index: index)
                inner.render(body, into: &out)
            }
        case .some(let value):
            var inner = self
            inner.stack.append(value)
            inner.position = nil
            inner.render(body, into: &out)
        }
    }

    private func renderInverted(_ value: TemplateValue?, _ body: [TemplateToken], into out: inout [UInt8]) {
        var inner = self
        switch value {
        case .none, .bool(false):
            break
        case .list(let items) where items.isEmpty:
            inner.stack.append(.list(items))
            inner.position = nil
        default:
            return
        }
        inner.render(body, into: &out)
    }

    /// The value a tag names, after its transforms (innermost first); nil when there is none.
    private func lookUp(_ name: String, transforms: [String]) -> TemplateValue? {
        var value: TemplateValue?
        if name == "." {
            value = stack.last
        } else if name.isEmpty && !transforms.isEmpty {
            // `first()` and the like: the position in the list being rendered.
            guard let position, let innermost = transforms.last else { return nil }
            switch innermost {
            case "first": value = .bool(position.first)
            case "last": value = .bool(position.last)
            case "index": value = .int(position.index)
            case "even": value = .bool(position.index & 1 == 0)
            case "odd": value = .bool(position.index & 1 == 1)
            default: return nil
            }
            return apply(transforms.dropLast(), to: value)
        } else {
            let parts = name.split(separator: ".")
            if name.first == "." {
                value = stack.last.flatMap { follow(parts[...], from: $0) }
            } else if let head = parts.first {
                // The first part is looked up from the innermost value outwards; the rest inside it.
                value = nil
                for candidate in stack.reversed() {
                    if let found = candidate.child(named: head) {
                        value = follow(parts.dropFirst(), from: found)
                        break
                    }
                }
            } else {
                value = stack.last
            }
        }
        return apply(transforms[...], to: value)
    }

    private func follow(_ parts: ArraySlice<Substring>, from value: TemplateValue) -> TemplateValue? {
        var current = value
        for part in parts {
            guard let next = current.child(named: part) else { return nil }
            current = next
        }
        return current
    }

    private func apply(_ transforms: ArraySlice<String>, to value: TemplateValue?) -> TemplateValue? {
        guard var current = value else { return nil }
        for transform in transforms.reversed() {
            guard let next = current.transformed(by: transform) else { return nil }
            current = next
        }
        return current
    }

    /// swift-mustache's escaping: `&`, `<`, `>`, `"` and `'`.
    private func appendEscaped(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(byte)
            }
        }
    }
}
