import ArticleModel

/// The body zone: paragraphs, subheads, lists, quotes, figures and section breaks.
extension ReadingSession {
    mutating func readBody(_ range: Range<Int>) {
        var pendingBreak = false
        var hasContent = !blocks.isEmpty && blocks.contains { if case .figure = $0 { return false } else { return true } }
        var sawDateline = false
        var i = range.lowerBound
        func emit(_ block: Block, into session: inout ReadingSession) {
            if pendingBreak && hasContent { session.blocks.append(.sectionBreak) }
            pendingBreak = false
            hasContent = true
            session.blocks.append(block)
        }
        while i < range.upperBound {
            let unit = units[i]
            let text = unit.text
            if unit.isSingleLine, StructureConvention.isPageFurniture(text) {
                mark(unit, .ignored, "web page furniture copied with the story (advertisement slot)")
                i += 1
                continue
            }
            if StructureConvention.isBreakMarker(text) {
                if hasContent { pendingBreak = true }
                mark(unit, .sectionBreak, "explicit section-break marker")
                i += 1
                continue
            }
            if unit.blanksBefore >= 2 && hasContent {
                pendingBreak = true
                for number in tracing ? (unit.firstLine - unit.blanksBefore)..<unit.firstLine : 0..<0 {
                    roles[number] = LineRole(line: number, text: "", role: .sectionBreak, reason: "\(unit.blanksBefore) blank lines in a row between body text")
                }
            }
            if let heading = StructureConvention.markdownHeading(text), unit.isSingleLine {
                emit(.heading(heading.text), into: &self)
                mark(unit, .heading, "Markdown-style heading")
                i += 1
                continue
            }
            if let heading = StructureConvention.boldHeading(text), unit.isSingleLine, i + 1 < range.upperBound {
                emit(.heading(heading), into: &self)
                mark(unit, .heading, "a line in Markdown bold before body text")
                i += 1
                continue
            }
            if unit.lines.allSatisfy({ $0.text.opens(with: ">") }) {
                let quote = unit.lines.map { StructureConvention.quoteLine($0.text) ?? $0.text }.joined(separator: " ").collapsingWhitespace()
                emit(.quote(quote), into: &self)
                mark(unit, .quote, "lines marked with '>'")
                i += 1
                continue
            }
            if let item = StructureConvention.listItem(text) {
                if item.ordered, text.isAllCaps, StructureConvention.looksLikeSubhead(text), i + 1 < range.upperBound {
                    emit(.heading(text), into: &self)
                    mark(unit, .heading, "numbered subhead in capitals")
                    i += 1
                    continue
                }
                var items = [item.text]
                var k = i + 1
                // Bullets and numbers may also stand a blank line apart ("• a", "", "• b"); dashes
                // may not, as a dash-led paragraph is as often a quotation.
                let loose = StructureConvention.mayStandApart(text)
                while k < range.upperBound, units[k].blanksBefore == 0 || (loose && units[k].blanksBefore == 1),
                      let more = StructureConvention.listItem(units[k].text), more.ordered == item.ordered,
                      units[k].blanksBefore == 0 || StructureConvention.sameMarker(units[k].text, text) {
                    items.append(more.text)
                    k += 1
                }
                if items.count >= 2, !StructureConvention.isDialogue(units[i..<k].map(\.text)) {
                    emit(.list(ListBlock(ordered: item.ordered, items: items)), into: &self)
                    for unit in units[i..<k] { mark(unit, .listItem, "consecutive lines with list markers") }
                    i = k
                    continue
                }
            }
            let before = blocks.count
            if let used = readFigure(at: i) {
                let figures = Array(blocks[before...])
                blocks.removeSubrange(before...)
                for figure in figures { emit(figure, into: &self) }
                i += used
                continue
            }
            if meta.byline == nil, !sawDateline, let byline = BylineConvention.introducedByline(text) {
                acceptByline(byline, unit: unit, reason: "byline at the top of the body")
                i += 1
                continue
            }
            if isSubhead(at: i, in: range) {
                emit(.heading(text), into: &self)
                mark(unit, .heading, "short line without closing punctuation, followed by body text")
                i += 1
                continue
            }
            if !sawDateline, let dateline = DatelineConvention.parse(text) {
                sawDateline = true
                if leadParagraphLines.count < 2 { leadDatelines[leadParagraphLines.count] = dateline }
            }
            emit(.paragraph(text), into: &self)
            mark(unit, .paragraph, unit.lines.count > 1 ? "body text (\(unit.lines.count) lines joined)" : "body text")
            if leadParagraphLines.count < 2 { leadParagraphLines.append(unit.firstLine) }
            i += 1
        }
    }

    func isSubhead(at i: Int, in range: Range<Int>) -> Bool {
        let unit = units[i]
        let text = unit.text
        guard unit.isSingleLine, i + 1 < range.upperBound, StructureConvention.looksLikeSubhead(text) else { return false }
        let next = units[i + 1]
        if StructureConvention.isBreakMarker(next.text) { return false }
        // A subhead introduces body text: a short line followed by another subhead-like line is not one.
        if next.isSingleLine, StructureConvention.looksLikeSubhead(next.text), next.text.hasAtMost(60), !next.text.startsWithQuote,
           StructureConvention.listItem(next.text) == nil,
           !text.isAllCaps, units[safe: i + 2] != nil { return false }
        if text.isAllCaps { return true }
        guard unit.blanksBefore >= 1 || next.blanksBefore >= 1 else { return false }
        if next.blanksBefore == 0, StructureConvention.listItem(next.text) != nil { return true }  // a title over its list
        // A subhead introduces longer text; a short line followed by another short line is more likely a list or verse.
        return !next.text.hasAtMost(text.scalarCount) || !next.isSingleLine
    }

    /// The dateline opens the first paragraph, or the second when the first is a parenthesised note.
    mutating func findDateline() {
        var seen = 0
        for block in blocks {
            guard case .paragraph(let text) = block else { continue }
            if let dateline = leadDatelines[seen] ?? DatelineConvention.parse(text) {
                meta.dateline = dateline
                if seen < leadParagraphLines.count {
                    let line = leadParagraphLines[seen]
                    roles[line]?.role = .dateline
                    roles[line]?.reason = "paragraph opens with a dateline: \(dateline.text)"
                }
                return
            }
            seen += 1
            if seen >= 2 || !EditorsNoteConvention.isParenthesized(text) { return }
        }
    }
}
