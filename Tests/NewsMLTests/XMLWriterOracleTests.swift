import Testing
import ArticleModel
import CLibXML2
import TestSupport
@testable import NewsMLWriter

/// libxml2's xmlTextWriter behind the writer's calls: what copydesk's NewsML was written with
/// before `XMLWriter`, kept here as the oracle for its bytes.
struct LibXMLTextWriter: XMLSink {
    final class Handle {
        let buffer = xmlBufferCreate()
        let writer: xmlTextWriterPtr
        init() { writer = xmlNewTextWriterMemory(buffer, 0) }
        deinit {
            xmlFreeTextWriter(writer)
            xmlBufferFree(buffer)
        }
    }
    let handle = Handle()
    var droppedCharacters = 0
    var writer: xmlTextWriterPtr { handle.writer }

    init() {
        xmlTextWriterSetIndent(writer, 1)
        _ = xmlTextWriterSetIndentString(writer, "  ")
    }

    mutating func startDocument() { xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil) }
    mutating func endDocument() { xmlTextWriterEndDocument(writer) }
    mutating func start(_ name: StaticString) { xmlTextWriterStartElement(writer, name.utf8Start) }
    mutating func end() { xmlTextWriterEndElement(writer) }
    mutating func attribute(_ name: StaticString, _ value: String) {
        let (value, dropped) = XMLText.filtered(value)
        droppedCharacters += dropped
        _ = xmlTextWriterWriteAttribute(writer, name.utf8Start, value)
    }
    mutating func text(_ value: String) {
        let (value, dropped) = XMLText.filtered(value)
        droppedCharacters += dropped
        _ = xmlTextWriterWriteString(writer, value)
    }
    mutating func setIndent(_ on: Bool) { xmlTextWriterSetIndent(writer, on ? 1 : 0) }
    mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>, droppedCharacters dropped: Int) {
        droppedCharacters += dropped
        _ = xmlTextWriterWriteRawLen(writer, bytes.baseAddress, Int32(bytes.count))
    }
    mutating func bytes() -> [UInt8] {
        xmlTextWriterFlush(writer)
        guard let content = xmlBufferContent(handle.buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(handle.buffer))))
    }
}

@Suite struct XMLWriterOracleTests {
    static func options(_ r: inout RandomArticles.Random) -> NewsMLWriter.Options {
        var o = NewsMLWriter.Options()
        o.fallbackID = r.chance(50) ? "sha256-abc" : RandomArticles.text(&r)
        o.fallbackDate = r.chance(50) ? "2026-01-02T03:04:05Z" : RandomArticles.optionalText(&r)
        if r.chance(20) { o.providerDomain = RandomArticles.text(&r) }
        if r.chance(20) { o.providerName = RandomArticles.text(&r) }
        return o
    }

    /// Hostile text everywhere (controls, CR, quotes, markup, non-ASCII in attributes, characters
    /// XML cannot carry): the same bytes, warnings and dropped-character counts as xmlTextWriter.
    @Test func writesWhatXMLTextWriterWrites() {
        var r = RandomArticles.Random(state: 35)
        for round in 0..<2000 {
            var article = RandomArticles.article(&r)
            if r.chance(30) { article.meta.extra["version"] = .int(r.below(4)) }
            if r.chance(30) { article.meta.extra["urgency"] = .int(r.below(11)) }
            if r.chance(30) { article.meta.extra["usage_terms"] = .string(RandomArticles.text(&r)) }
            let options = Self.options(&r)
            let direct = NewsMLWriter.item(article, options: options)
            let oracle = NewsMLWriter.item(article, options: options, into: LibXMLTextWriter())
            #expect(direct.bytes == oracle.bytes, "round \(round):\n\(String(decoding: direct.bytes, as: UTF8.self))\n--- xmlTextWriter:\n\(String(decoding: oracle.bytes, as: UTF8.self))")
            #expect(direct.warnings == oracle.warnings)
            if direct.bytes != oracle.bytes { return }
        }
    }

    @Test func aMessageToo() {
        var r = RandomArticles.Random(state: 36)
        for _ in 0..<50 {
            let items = (0..<r.below(4)).map { _ in (RandomArticles.article(&r), Self.options(&r)) }
            let direct = NewsMLWriter.message(items, sent: "2026-01-01T00:00:00Z")
            let oracle = NewsMLWriter.message(items, sent: "2026-01-01T00:00:00Z", into: LibXMLTextWriter())
            #expect(direct.bytes == oracle.bytes, "\(String(decoding: direct.bytes, as: UTF8.self))\n--- xmlTextWriter:\n\(String(decoding: oracle.bytes, as: UTF8.self))")
        }
    }

    @Test func anEmptyArticleToo() {
        let direct = NewsMLWriter.item(Article(), options: NewsMLWriter.Options())
        #expect(direct.bytes == NewsMLWriter.item(Article(), options: NewsMLWriter.Options(), into: LibXMLTextWriter()).bytes)
    }
}
