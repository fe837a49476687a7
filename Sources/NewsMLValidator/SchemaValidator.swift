import CLibXML2
import NewsMLCore
#if canImport(Glibc)
import Glibc
#endif

/// Validates NewsML-G2 documents: well-formedness, then the XML Schema (compiled once, shared by
/// every thread), then copydesk's rules. Untrusted input is parsed without network access or
/// external entities; a document with a DOCTYPE is refused, as is one over `maxDocumentBytes`.
public final class NewsMLSchemaValidator: @unchecked Sendable {
    /// Larger documents are refused before parsing (a NewsItem is rarely over a megabyte).
    public static let maxDocumentBytes = 32 << 20

    public struct SchemaError: Error, Equatable, Sendable {
        public var message: String
    }

    private let schema: xmlSchemaPtr
    public let schemaPath: String

    /// Compiles the schema at `path` (and what it imports, from local files only).
    public init(schemaPath path: String) throws(SchemaError) {
        LibXML.setUp()
        let collector = ErrorCollector(file: path)
        let parserContext = path.withCString { xmlSchemaNewParserCtxt($0) }
        guard let parserContext else { throw SchemaError(message: "cannot read the schema \(path)") }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        let box = Unmanaged.passUnretained(collector).toOpaque()
        xmlSchemaSetParserStructuredErrors(parserContext, LibXML.collect, box)
        guard let schema = xmlSchemaParse(parserContext) else {
            let first = collector.diagnostics.first.map { ": \($0.message)" } ?? ""
            throw SchemaError(message: "cannot compile the schema \(path)\(first)")
        }
        self.schema = schema
        self.schemaPath = path
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// A parser and a schema-validation context kept for many documents on one thread: the
    /// parser's dictionary then already holds the element names, so each document costs fewer
    /// allocations. Use a session from one thread at a time.
    public final class Session: @unchecked Sendable {
        let parser: xmlParserCtxtPtr?
        let validation: xmlSchemaValidCtxtPtr?

        init(schema: xmlSchemaPtr) {
            parser = xmlNewParserCtxt()
            validation = xmlSchemaNewValidCtxt(schema)
        }

        deinit {
            if let parser { xmlFreeParserCtxt(parser) }
            if let validation { xmlSchemaFreeValidCtxt(validation) }
        }
    }

    /// A session for one worker thread (see `Session`).
    public func makeSession() -> Session { Session(schema: schema) }

    /// Every finding for one document. Thread-safe: each call has its own contexts.
    public func validate(_ bytes: [UInt8], file: String) -> FileReport {
        validate(bytes, file: file, session: makeSession())
    }

    /// The same, with contexts reused from `session` (one session per thread).
    public func validate(_ bytes: [UInt8], file: String, session: Session) -> FileReport {
        FileReport(file: file, diagnostics: diagnostics(bytes, file: file, session: session))
    }

    func diagnostics(_ bytes: [UInt8], file: String, session: Session) -> [Diagnostic] {
        if bytes.count > Self.maxDocumentBytes {
            return [Diagnostic(file: file, line: nil, severity: .error, code: "SAFE",
                               message: "document is \(bytes.count) bytes, over the \(Self.maxDocumentBytes >> 20) MiB limit")]
        }
        if let line = Prolog.doctypeLine(bytes) {
            return [Diagnostic(file: file, line: line, severity: .error, code: "SAFE",
                               message: "document has a DOCTYPE; DTDs and entity declarations are refused in untrusted input")]
        }
        let collector = ErrorCollector(file: file)
        let box = Unmanaged.passUnretained(collector).toOpaque()
        xmlSetStructuredErrorFunc(box, LibXML.collect)
        defer { xmlSetStructuredErrorFunc(nil, LibXML.silence) }
        guard let context = session.parser else {
            return [Diagnostic(file: file, line: nil, severity: .error, code: "XML", message: "out of memory")]
        }
        // COMPACT keeps short text inside the node: faster to parse, less to free.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), file, nil, options)
            }
        }
        guard let document else {
            collector.retag(code: "XML")
            if collector.diagnostics.isEmpty {
                collector.diagnostics.append(Diagnostic(file: file, line: nil, severity: .error, code: "XML", message: "not well-formed XML"))
            }
            return collector.diagnostics
        }
        defer { xmlFreeDoc(document) }
        collector.retag(code: "XML")
        let parseFindings = collector.diagnostics
        collector.diagnostics = []

        guard let validation = session.validation else { return parseFindings }
        xmlSchemaSetValidStructuredErrors(validation, LibXML.collect, box)
        defer { xmlSchemaSetValidStructuredErrors(validation, nil, nil) }
        _ = xmlSchemaValidateDoc(validation, document)
        collector.retag(code: "XSD")
        var findings = parseFindings + collector.diagnostics
        findings += NewsMLRules.check(document, file: file)
        return findings
    }
}

/// Collects libxml2's structured errors as diagnostics.
final class ErrorCollector {
    let file: String
    var diagnostics: [Diagnostic] = []
    init(file: String) { self.file = file }

    func retag(code: String) {
        for i in diagnostics.indices where diagnostics[i].code.isEmpty { diagnostics[i].code = code }
    }
}

/// Process-wide libxml2 set-up and the C callbacks.
enum LibXML {
    /// Runs once: initialises the parser for threads and installs an entity loader that reads local files only (schema imports), never the network.
    static let setUpOnce: Void = {
        xmlInitParser()
        _ = LibXML.defaultLoader
        xmlSetExternalEntityLoader(LibXML.localFilesOnly)
    }()

    static func setUp() { _ = setUpOnce }

    static let collect: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        let severity: Diagnostic.Severity = error.pointee.level == XML_ERR_WARNING ? .warning : .error
        let line = Int(error.pointee.line)
        collector.diagnostics.append(Diagnostic(
            file: collector.file, line: line > 0 ? line : nil, severity: severity, code: "",
            message: message.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingSpaces()))
    }

    static let silence: xmlStructuredErrorFunc = { _, _ in }

    static let localFilesOnly: xmlExternalEntityLoader = { url, id, context in
        guard let url else { return nil }
        let path = String(cString: url)
        if path.contains("://") && !path.hasPrefix("file://") { return nil }
        return LibXML.defaultLoader?(url, id, context)
    }

    /// libxml2's own loader, kept to read the local files the policy allows.
    static let defaultLoader: xmlExternalEntityLoader? = xmlGetExternalEntityLoader()
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

/// Looks at the document's prolog without parsing it.
enum Prolog {
    /// The line of a `<!DOCTYPE` before the root element, if there is one.
    static func doctypeLine(_ bytes: [UInt8]) -> Int? {
        let pattern = Array("<!DOCTYPE".utf8)
        var line = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { line += 1 }
            if b == UInt8(ascii: "<"), i + 1 < bytes.count {
                let next = bytes[i + 1]
                if next == UInt8(ascii: "!") {
                    if bytes[i...].starts(with: pattern) { return line }
                    // A comment in the prolog: skip to its end so "<!DOCTYPE" inside it is not seen.
                    if bytes[i...].starts(with: Array("<!--".utf8)) {
                        var j = i + 4
                        while j + 2 < bytes.count, !(bytes[j] == 0x2D && bytes[j + 1] == 0x2D && bytes[j + 2] == 0x3E) {
                            if bytes[j] == 0x0A { line += 1 }
                            j += 1
                        }
                        i = j + 3
                        continue
                    }
                } else if next != UInt8(ascii: "?") {
                    return nil  // the root element starts: no DOCTYPE can follow
                }
            }
            i += 1
        }
        return nil
    }
}
