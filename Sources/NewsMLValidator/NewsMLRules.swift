import CLibXML2
import NewsMLCore
#if canImport(Glibc)
import Glibc
#endif

/// copydesk's rules for what the NewsML-G2 schema cannot express (codes in `RuleCode`).
enum NewsMLRules {
    /// Attributes whose values are QCodes (or lists of them) on NewsML-G2 elements.
    static let qcodeAttributes: Set<String> = ["qcode", "role", "type", "rel", "jobtitle", "rendition", "how", "why",
                                               "pubconstraint", "confirmationstatus", "scope", "aspect", "format"]
    /// Elements the NewsML-G2 Core conformance level does not have.
    static let powerOnlyElements: Set<String> = [
        "partMeta", "assert", "inlineRef", "derivedFrom", "derivedFromValue", "hopHistory", "pubHistory",
        "rightsExpressionXML", "rightsExpressionData", "dataMining", "userInteraction", "rating", "timeDelim",
        "hash", "expires", "origRep", "incomingFeedId", "metadataCreator", "digitalSourceType",
        "contentMetaExtProperty", "itemMetaExtProperty", "rightsInfoExtProperty", "headerExtProperty", "bag", "mainConcept",
    ]

    /// First bytes of those names, to skip most elements and attributes without making a String.
    static let powerOnlyInitials: Set<UInt8> = Set(powerOnlyElements.map { $0.utf8.first! })
    static let qcodeAttributeInitials: Set<UInt8> = Set(qcodeAttributes.map { $0.utf8.first! })
    /// The same names as C strings, compared with strcmp: no Swift String per attribute.
    nonisolated(unsafe) static let qcodeAttributeNames: [UnsafePointer<CChar>] = qcodeAttributes.map { name in
        UnsafePointer(strdup(name)!)
    }

    static func check(_ document: xmlDocPtr, file: String) -> [Diagnostic] {
        guard let root = xmlDocGetRootElement(document) else { return [] }
        var walker = Walker(file: file)
        walker.collectCatalogs(root)
        walker.visit(root)
        return walker.findings
    }

    struct Walker {
        let file: String
        var findings: [Diagnostic] = []
        var declared: Set<String> = []
        var hasIPTCCatalog = false
        var hasOtherRemoteCatalog = false

        init(file: String) { self.file = file }

        /// Catalogs sit at the top of an item (or a message header): only those levels are searched.
        mutating func collectCatalogs(_ node: xmlNodePtr) {
            var containers: [xmlNodePtr] = [node]
            forEachChild(node) { child in
                if named(child, "header") || named(child, "itemSet") {
                    containers.append(child)
                    forEachChild(child) { if named($0, "newsItem") || named($0, "packageItem") { containers.append($0) } }
                }
            }
            for container in containers {
                forEachChild(container) { element in
                    if named(element, "catalogRef"), let href = attribute(element, "href") {
                        if NewsML.isIPTCCatalog(href) { hasIPTCCatalog = true } else { hasOtherRemoteCatalog = true }
                    } else if named(element, "catalog") {
                        forEachChild(element) { scheme in
                            if named(scheme, "scheme"), let alias = attribute(scheme, "alias") { declared.insert(alias) }
                        }
                    }
                }
            }
        }

        func isDeclared(_ alias: Substring) -> Bool {
            let alias = String(alias)
            return declared.contains(alias) || (hasIPTCCatalog && NewsML.iptcCatalogAliases.contains(alias))
        }

        mutating func visit(_ node: xmlNodePtr) {
            var powerElements: [(String, Int)] = []
            var conformanceNodes: [xmlNodePtr] = []
            visitElement(node, &powerElements, &conformanceNodes)
            if let first = powerElements.first,
               conformanceNodes.contains(where: { attribute($0, "conformance") != "power" }) {
                findings.append(diagnostic(first.1, .warning, RuleCode.conformance,
                    "element '\(first.0)' exists only in NewsML-G2 power conformance, but the item does not declare conformance=\"power\""))
            }
        }

        /// Depth-first over NewsML-G2 elements (recursion: items are a few levels deep).
        mutating func visitElement(_ current: xmlNodePtr, _ powerElements: inout [(String, Int)], _ conformanceNodes: inout [xmlNodePtr]) {
            guard current.pointee.type == XML_ELEMENT_NODE else { return }
            guard isNAR(current) else { return }  // foreign content (XHTML, NITF, ODRL) is not ours to check
            if current.pointee.properties != nil { checkQCodes(current) }
            if named(current, "inlineXML") {
                checkInlineXML(current)
                return
            }
            if current.pointee.parent == nil || current.pointee.parent.pointee.type == XML_DOCUMENT_NODE
                || named(current.pointee.parent, "itemSet") {
                conformanceNodes.append(current)
            }
            if named(current, "versionCreated") || named(current, "firstCreated") || named(current, "sent") {
                checkTimeZone(current, name(current))
            }
            if powerElements.isEmpty, let first = current.pointee.name, powerOnlyInitials.contains(first.pointee) {
                let elementName = name(current)
                if powerOnlyElements.contains(elementName) { powerElements.append((elementName, line(current))) }
            }
            var child = current.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE { visitElement(c, &powerElements, &conformanceNodes) }
                child = c.pointee.next
            }
        }

        mutating func checkQCodes(_ element: xmlNodePtr) {
            var attr = element.pointee.properties
            while let a = attr {
                defer { attr = a.pointee.next }
                guard a.pointee.ns == nil, let attrNamePointer = a.pointee.name,
                      qcodeAttributeInitials.contains(attrNamePointer.pointee) else { continue }
                let attrName = UnsafeRawPointer(attrNamePointer).assumingMemoryBound(to: CChar.self)
                guard qcodeAttributeNames.contains(where: { strcmp(attrName, $0) == 0 }) else { continue }
                // The value is the attribute's text child: read it in place, no copy from libxml2.
                guard let valueNode = a.pointee.children, let raw = valueNode.pointee.content else { continue }
                let value = String(cString: raw)
                for part in value.split(separator: " ") {
                    guard let colon = part.firstIndex(of: ":") else { continue }
                    let alias = part[..<colon]
                    if alias.isEmpty || isDeclared(alias) { continue }
                    let qcode = String(part)
                    if hasOtherRemoteCatalog {
                        findings.append(diagnostic(line(element), .warning, RuleCode.undeclaredAlias,
                            "QCode '\(qcode)': alias '\(alias)' is not declared inline or by the IPTC catalog; it may be in a remote catalog that was not read"))
                    } else {
                        findings.append(diagnostic(line(element), .warning, RuleCode.undeclaredAlias,
                            "QCode '\(qcode)': alias '\(alias)' is not declared by an inline catalog or a known IPTC catalog"))
                    }
                }
            }
        }

        mutating func checkTimeZone(_ element: xmlNodePtr, _ elementName: String) {
            let text = content(element).trimmingSpaces()
            let hasZone = text.hasSuffix("Z") || text.hasSuffix("z") || {
                let scalars = Array(text.unicodeScalars)
                guard scalars.count >= 6 else { return false }
                let sign = scalars[scalars.count - 6]
                return (sign == "+" || sign == "-") && scalars[scalars.count - 3] == ":"
            }()
            if !hasZone {
                findings.append(diagnostic(line(element), .warning, RuleCode.timeZone,
                    "\(elementName) '\(text)' has no time zone; the time is ambiguous"))
            }
        }

        mutating func checkInlineXML(_ element: xmlNodePtr) {
            var roots: [xmlNodePtr] = []
            var child = element.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE { roots.append(c) }
                child = c.pointee.next
            }
            guard let root = roots.first else { return }
            let namespace = root.pointee.ns.map { String(cString: $0.pointee.href) }
            if namespace == nil || namespace == NewsML.namespace {
                findings.append(diagnostic(line(root), .warning, RuleCode.inlineXMLRoot,
                    "inlineXML content '\(name(root))' has no namespace of its own; declare one (e.g. xmlns=\"\(NewsML.xhtmlNamespace)\")"))
                return
            }
            guard namespace == NewsML.xhtmlNamespace else { return }
            // XHTML: <html> holds <head> and <body>; no need to walk the whole tree to find it.
            var bodyNode: xmlNodePtr? = nil
            forEachChild(root) { if named($0, "body") { bodyNode = $0 } }
            guard let body = bodyNode else { return }
            var stats = TextStatistics()
            forEachText(body) { stats.add(bytes: $0) }
            if let words = attribute(element, "wordcount").flatMap(Int.init), words != stats.words {
                findings.append(diagnostic(line(element), .warning, RuleCode.textCounts,
                    "wordcount=\"\(words)\" but the XHTML body has \(stats.words) words"))
            }
            if let chars = attribute(element, "charcount").flatMap(Int.init), chars != stats.characters {
                findings.append(diagnostic(line(element), .warning, RuleCode.textCounts,
                    "charcount=\"\(chars)\" but the XHTML body has \(stats.characters) characters"))
            }
        }

        func diagnostic(_ line: Int, _ severity: Diagnostic.Severity, _ code: String, _ message: String) -> Diagnostic {
            Diagnostic(file: file, line: line > 0 ? line : nil, severity: severity, code: code, message: message)
        }
    }

    static func isNAR(_ node: xmlNodePtr) -> Bool {
        guard let ns = node.pointee.ns, let href = ns.pointee.href else { return false }
        return strcmp(UnsafeRawPointer(href).assumingMemoryBound(to: CChar.self), narNamespace) == 0
    }

    nonisolated(unsafe) static let narNamespace: UnsafePointer<CChar> = UnsafePointer(strdup(NewsML.namespace)!)
}

// Small DOM helpers over libxml2's tree.

/// Compares an element's name with a literal without making a Swift String.
func named(_ node: xmlNodePtr, _ literal: StaticString) -> Bool {
    guard let n = node.pointee.name else { return false }
    return strcmp(UnsafeRawPointer(n).assumingMemoryBound(to: CChar.self),
                  UnsafeRawPointer(literal.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
}

/// Calls `body` for each child element of `node`.
func forEachChild(_ node: xmlNodePtr, _ body: (xmlNodePtr) -> Void) {
    var child = node.pointee.children
    while let c = child {
        if c.pointee.type == XML_ELEMENT_NODE { body(c) }
        child = c.pointee.next
    }
}
func name(_ node: xmlNodePtr) -> String { node.pointee.name.map { String(cString: $0) } ?? "" }

func line(_ node: xmlNodePtr) -> Int { Int(xmlGetLineNo(node)) }

func attribute(_ node: xmlNodePtr, _ attributeName: String) -> String? {
    let value = attributeName.withCString { xmlGetNoNsProp(node, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    guard let value else { return nil }
    defer { copydesk_xmlFree(value) }
    return String(cString: value)
}

func content(_ node: xmlNodePtr) -> String {
    guard let value = xmlNodeGetContent(node) else { return "" }
    defer { copydesk_xmlFree(value) }
    return String(cString: value)
}

/// Calls `body` with the bytes of every text and CDATA node below `node`, in document order,
/// straight from libxml2's memory (no String per node).
func forEachText(_ node: xmlNodePtr, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var child = node.pointee.children
    while let c = child {
        switch c.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let text = c.pointee.content { body(UnsafeBufferPointer(start: text, count: strlen(UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self)))) }
        case XML_ELEMENT_NODE:
            forEachText(c, body)
        default: break
        }
        child = c.pointee.next
    }
}
