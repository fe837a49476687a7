import Testing
@testable import PlainTextReader

@Suite struct DecodingTests {
    @Test func stripsTheUTF8ByteOrderMark() throws {
        let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Hi".utf8))
        #expect(decoded.text == "Hi")
        #expect(decoded.warnings.isEmpty)
    }

    @Test func decodesUTF16WithEitherByteOrderMark() throws {
        let le: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00]
        let be: [UInt8] = [0xFE, 0xFF, 0x00, 0x48, 0x00, 0xE9]
        #expect(try TextDecoding.decode(le).text == "Hé")
        #expect(try TextDecoding.decode(be).text == "Hé")
    }

    @Test func fallsBackToWindows1252WithAWarning() throws {
        // 0x93/0x94 are curly quotes in Windows-1252, 0xE9 is é.
        let decoded = try TextDecoding.decode([0x93, 0x43, 0x61, 0x66, 0xE9, 0x94])
        #expect(decoded.text == "“Café”")
        #expect(decoded.warnings.count == 1)
    }

    @Test func refusesNULBytes() {
        #expect(throws: ReaderError.binary(offset: 1)) { try TextDecoding.decode([0x41, 0x00, 0x42]) }
    }

    @Test func refusesEmptyAndBlankInput() {
        #expect(throws: ReaderError.empty) { try PlainTextReader().read([]) }
        #expect(throws: ReaderError.empty) { try PlainTextReader().read(Array(" \n\t\r\n  \n".utf8)) }
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func readsEveryLineEnding(_ ending: String) throws {
        let text = ["Headline here", "", "By Jane Doe", "", "LONDON — First paragraph.", "", "Second paragraph."].joined(separator: ending)
        let article = try readText(text)
        #expect(article.meta.headline == "Headline here")
        #expect(article.meta.authors == ["Jane Doe"])
        #expect(article.paragraphs == ["LONDON — First paragraph.", "Second paragraph."])
    }
}
