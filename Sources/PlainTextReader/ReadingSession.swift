import ArticleModel

/// The state of one read: units in, metadata, blocks and line roles out.
struct ReadingSession {
    let source: SourceLines
    var units: [Unit] = []
    var frontMatter: [String: MetaValue]? = nil
    var meta = Meta()
    var blocks: [Block] = []
    var roles: [Int: LineRole] = [:]
    /// The first source line of the first body paragraphs, where a dateline may stand.
    var leadParagraphLines: [Int] = []
    /// Datelines already parsed from those paragraphs (by position), so none is parsed twice.
    var leadDatelines: [Int: Dateline] = [:]

    /// Index of the last unit of a wire headline block (ended by ` =`), if the text has one.
    var headerBlockEnd: Int? = nil

    let tracing: Bool

    init(source: SourceLines, tracing: Bool) {
        self.source = source
        self.tracing = tracing
    }

    mutating func readAll() {
        headerBlockEnd = units.firstIndex { unit in unit.lines.contains { $0.endsHeaderBlock } }
        meta.transmissionHeader = source.envelopeHeaderText.map(\.text)
        // IPTC 7901 puts the keyword slug on the last routing line before the start-of-text code.
        if let last = source.envelopeHeaderText.last?.text, isSlug(last),
           last.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 3 { meta.slugline = last }
        let bodyStart = readHeader()
        let closingStart = findClosing(from: bodyStart)
        readBody(bodyStart..<closingStart)
        readClosing(closingStart)
        for (line, text) in source.trailer {
            meta.boilerplate.append(text)
            if tracing { roles[line] = LineRole(line: line, text: text, role: .boilerplate, reason: "after the end-of-text code: end code or time stamp") }
        }
        findDateline()
        meta.copyright = meta.boilerplate.first(where: BoilerplateConvention.isCopyright)
        meta.language = LanguageDetector.detect([meta.headline ?? ""] + blocks.prefix(12).compactMap { block in
            if case .paragraph(let t) = block { return t } else { return nil }
        })
        if let frontMatter { FrontMatter.apply(frontMatter, to: &meta) }
    }

    // MARK: roles

    mutating func mark(_ line: SourceLine, _ role: LineRole.Role, _ reason: @autoclosure () -> String) {
        guard tracing else { return }
        roles[line.number] = LineRole(line: line.number, text: line.text, role: role, reason: reason())
    }

    mutating func mark(_ unit: Unit, _ role: LineRole.Role, _ reason: @autoclosure () -> String) {
        guard tracing else { return }
        let text = reason()
        for line in unit.lines { mark(line, role, text) }
    }

    func finishedRoles() -> [LineRole] {
        guard tracing else { return [] }
        var all = roles
        for number in source.envelopeHeader where all[number] == nil {
            let text = source.envelopeHeaderText.first { $0.line == number }?.text ?? ""
            all[number] = LineRole(line: number, text: text, role: .ignored, reason: "transmission header before the start-of-text code (meta.transmissionHeader)")
        }
        for number in source.emptyTrailer {
            all[number] = LineRole(line: number, text: "", role: .ignored, reason: "control codes after the end-of-text code")
        }
        for line in source.lines where all[line.number] == nil {
            all[line.number] = LineRole(line: line.number, text: line.text, role: line.isBlank ? .blank : .ignored,
                                        reason: line.isBlank ? "blank line" : "not part of the article")
        }
        return all.keys.sorted().map { all[$0]! }
    }

    func inHeaderBlock(_ index: Int) -> Bool {
        guard let end = headerBlockEnd else { return false }
        return index <= end
    }
}
