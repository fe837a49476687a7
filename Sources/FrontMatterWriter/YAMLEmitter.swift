import CYAML

/// Emits YAML through libyaml with a style that reads back every string exactly, in every
/// parser the static-site generators use (YAML 1.1 and 1.2 alike): strings are double-quoted
/// (so `yes`, `N`, `0123`, `1.10`, `2025-06-02`, `a: b`, `#1`, `@x`, `*x` stay strings), multi-line
/// strings use literal block style when libyaml can (it falls back to double quotes when not),
/// non-ASCII is written as UTF-8, and lines are never folded.
final class YAMLEmitter {
    struct Failure: Error { var message: String }

    private let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    private var bytes: [UInt8] = []

    private init() throws(Failure) {
        emitter.initialize(to: yaml_emitter_t())
        event.initialize(to: yaml_event_t())
        guard yaml_emitter_initialize(emitter) == 1 else { throw Failure(message: "cannot start the YAML emitter") }
        yaml_emitter_set_output(emitter, { data, buffer, size in
            guard let data, let buffer else { return 0 }
            let sink = Unmanaged<YAMLEmitter>.fromOpaque(data).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, Unmanaged.passUnretained(self).toOpaque())
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
        event.deallocate()
    }

    /// The mapping as a YAML document body (no `---` lines; the caller frames it).
    static func emit(_ fields: [(String, YAMLValue)]) throws(Failure) -> [UInt8] {
        let session = try YAMLEmitter()
        try session.send(yaml_stream_start_event_initialize(session.event, YAML_UTF8_ENCODING))
        try session.send(yaml_document_start_event_initialize(session.event, nil, nil, nil, 1))
        try session.map(fields)
        try session.send(yaml_document_end_event_initialize(session.event, 1))
        try session.send(yaml_stream_end_event_initialize(session.event))
        guard yaml_emitter_flush(session.emitter) == 1 else { throw Failure(message: "cannot flush the YAML emitter") }
        return session.bytes
    }

    private func send(_ initialized: Int32) throws(Failure) {
        guard initialized == 1, yaml_emitter_emit(emitter, event) == 1 else {
            throw Failure(message: emitter.pointee.problem.map { String(cString: $0) } ?? "YAML emitter error")
        }
    }

    private func map(_ fields: [(String, YAMLValue)]) throws(Failure) {
        try send(yaml_mapping_start_event_initialize(event, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE))
        for (key, value) in fields {
            try scalar(key, style: YAML_PLAIN_SCALAR_STYLE)
            try self.value(value)
        }
        try send(yaml_mapping_end_event_initialize(event))
    }

    private func value(_ value: YAMLValue) throws(Failure) {
        switch value {
        case .string(let s):
            let multiLine = s.utf8.contains(0x0A)
            try scalar(s, style: multiLine ? YAML_LITERAL_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE, isString: true)
        case .int(let i): try scalar(String(i), style: YAML_PLAIN_SCALAR_STYLE)
        case .double(let d): try scalar(d.isFinite ? String(d) : (d.isNaN ? ".nan" : (d > 0 ? ".inf" : "-.inf")), style: YAML_PLAIN_SCALAR_STYLE)
        case .bool(let b): try scalar(b ? "true" : "false", style: YAML_PLAIN_SCALAR_STYLE)
        case .null: try scalar("null", style: YAML_PLAIN_SCALAR_STYLE)
        case .list(let items):
            // Lists of one-line strings read best in flow style: tags: ["a", "b"].
            let flow = !items.isEmpty && items.allSatisfy { if case .string(let s) = $0 { return !s.utf8.contains(0x0A) } else { return false } }
            try send(yaml_sequence_start_event_initialize(event, nil, nil, 1, flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE))
            for item in items { try self.value(item) }
            try send(yaml_sequence_end_event_initialize(event))
        case .map(let fields):
            try map(fields)
        }
    }

    /// A scalar event. Strings have an implicit tag only in quoted styles (plain_implicit = 0),
    /// so libyaml never falls back to a plain scalar that a reader would type-guess.
    private func scalar(_ text: String, style: yaml_scalar_style_t, isString: Bool = false) throws(Failure) {
        var bytes = Array(text.utf8)
        let count = Int32(bytes.count)
        bytes.append(0)  // libyaml wants a non-null pointer even for ""
        let ok = bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_scalar_event_initialize(event, nil, nil, buffer.baseAddress!, count, isString ? 0 : 1, 1, style)
        }
        try send(ok)
    }
}
