/// A logical line: one paragraph candidate, made of one or more source lines
/// (hard-wrapped lines joined, indentation-marked paragraphs split).
struct Unit {
    let lines: [SourceLine]
    /// Blank lines between this unit and the previous one.
    let blanksBefore: Int
    /// The lines joined with single spaces, computed once: every convention looks at it.
    let text: String

    init(lines: [SourceLine], blanksBefore: Int) {
        self.lines = lines
        self.blanksBefore = blanksBefore
        self.text = Unit.unwrappingEmphasis(lines.count == 1 ? lines[0].text : Unit.join(lines))
    }

    /// "*By Jane Doe*", "_Published December 2, 2026_": Markdown italics around a whole line say
    /// nothing about what the line is, so the rules read it without them. Bold ("**…**") is a
    /// heading's mark and stays; a marker that recurs inside is emphasis of a part, not the whole.
    static func unwrappingEmphasis(_ text: String) -> String {
        guard let first = text.utf8.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return text }
        return text.withBorrowedUTF8 { b -> String? in
            let n = b.count
            guard n >= 3, let mark = b.first, mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_"), b[n - 1] == mark,
                  b[1] != mark, b[1] != 0x20, b[n - 2] != mark, b[n - 2] != 0x20,
                  !b[1..<(n - 1)].contains(mark) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: b[1..<(n - 1)]), as: UTF8.self)
        } ?? text
    }

    /// Wrapped lines joined with single spaces, except after a compound word's hyphen at a line's
    /// end ("US-" then "Unternehmen", "well-" then "known"): the word goes on, with its hyphen.
    static func join(_ lines: [SourceLine]) -> String {
        var joined = lines[0].text
        for k in 1..<lines.count {
            let next = lines[k].text
            if !(endsInCompoundHyphen(lines[k - 1].text) && (next.unicodeScalars.first?.properties.isAlphabetic ?? false)) {
                joined += " "
            }
            joined += next
        }
        return joined.collapsingWhitespace()
    }

    /// A letter, then a hyphen that ends the line (not a spaced dash, not "--").
    static func endsInCompoundHyphen(_ text: String) -> Bool {
        let u = text.utf8
        guard u.count >= 2, u.last == UInt8(ascii: "-") else { return false }
        let before = u[u.index(u.endIndex, offsetBy: -2)]
        return (before | 0x20) >= UInt8(ascii: "a") && (before | 0x20) <= UInt8(ascii: "z") || before >= 0x80
    }

    var tagged: Bool { lines[0].tagged }
    var firstLine: Int { lines[0].number }
    var isSingleLine: Bool { lines.count == 1 }
}

/// Groups source lines into units. Blank lines separate chunks; inside a chunk a new unit starts at
/// an indented line (when indentation varies), at a list marker, at a wire header field, and where
/// the previous line stopped short of the wrap width although the next word would have fitted.
enum UnitBuilder {
    /// Lines longer than this are never hard-wrapped: each such line is a paragraph of its own.
    static let longestWrapWidth = 100
    /// Nobody wraps prose this narrow: a chunk of shorter lines is a list of separate lines.
    static let shortestWrapWidth = 40

    static func build(_ lines: ArraySlice<SourceLine>) -> [Unit] {
        let documentWidth = min(lines.lazy.map { $0.length }.max() ?? 0, longestWrapWidth)
        let softBreaks = longLinesStandAlone(lines)
        var units: [Unit] = []
        var chunk: [SourceLine] = []
        var blanks = 0
        var chunkBlanks = 0
        func flush() {
            if !chunk.isEmpty {
                split(chunk, blanksBefore: chunkBlanks, documentWidth: documentWidth, softBreaks: softBreaks, into: &units)
            }
            chunk.removeAll(keepingCapacity: true)
        }
        for line in lines {
            if line.isBlank {
                if !chunk.isEmpty { flush() }
                blanks += 1
            } else {
                if chunk.isEmpty { chunkBlanks = blanks; blanks = 0 }
                chunk.append(line)
            }
        }
        flush()
        return units
    }

    /// True when the text puts blank lines between its long (unwrapped) lines: then a single line
    /// break between two long lines is a soft break inside one paragraph, not a new paragraph.
    static func longLinesStandAlone(_ lines: ArraySlice<SourceLine>) -> Bool {
        var long = 0
        var followedByBlank = 0
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            if line.length > longestWrapWidth, line.indent == 0 {
                long += 1
                let next = lines.index(after: index)
                if next == lines.endIndex || lines[next].isBlank { followedByBlank += 1 }
            }
            index = lines.index(after: index)
        }
        return long >= 4 && followedByBlank * 10 >= long * 8
    }

    static func split(_ chunk: [SourceLine], blanksBefore: Int, documentWidth: Int, softBreaks: Bool, into units: inout [Unit]) {
        if chunk.count == 1 {
            units.append(Unit(lines: chunk, blanksBefore: blanksBefore))
            return
        }
        // Indentation of the untagged lines and the widest line, in one pass without arrays.
        var minIndent = Int.max, maxIndent = Int.min, chunkWidth = 0
        for line in chunk {
            chunkWidth = max(chunkWidth, line.length)
            if line.tagged { continue }
            minIndent = min(minIndent, line.indent)
            maxIndent = max(maxIndent, line.indent)
        }
        if minIndent == Int.max { minIndent = 0; maxIndent = 0 }
        let mixedIndent = maxIndent != minIndent
        let width = chunk.count <= 2 ? max(chunkWidth, documentWidth) : chunkWidth
        var current: [SourceLine] = []
        var currentIsListItem = false
        var first = true
        for (index, line) in chunk.enumerated() {
            var startsNew = current.isEmpty
            if let prev = current.last, !startsNew {
                // A dash at the start of a wrapped line can continue a sentence ("… betreibt / - und das …").
                let isItem = StructureConvention.listItem(line.text).map { item in
                    prev.text.endsLikeSentence || prev.text.closes(with: ":") || StructureConvention.listItem(prev.text) != nil
                        || item.text.startsUppercase || item.ordered
                } ?? false
                if line.tagged || prev.tagged || prev.endsHeaderBlock || isItem
                    || StructureConvention.isBreakMarker(line.text) || StructureConvention.isBreakMarker(prev.text)
                    || StructureConvention.markdownHeading(prev.text) != nil
                    || (BylineConvention.introducedByline(line.text) != nil && !continuesSentence(prev, with: line, width: width))
                    || (current.count == 1 && BylineConvention.introducedByline(prev.text) != nil)
                    || CaptionConvention.pair(prev.text, line.text) != nil
                    || CaptionConvention.creditLine(line.text) != nil || CaptionConvention.labelledCaption(line.text) != nil
                    || (prev.text.endsLikeSentence && !prev.text.isAllCaps && CaptionConvention.isBareCredit(line.text))
                    || BoilerplateConvention.kind(of: line.text) != nil {
                    startsNew = true
                } else if units.isEmpty && first && current.count == 1
                            && (opensDocument(prev, before: line, width: max(width, documentWidth)) || headlineStandsAlone(prev, before: line)) {
                    startsNew = true
                } else if line.inHeaderBlock && prev.inHeaderBlock {
                    // Wire headline-block lines are fields of their own, except inside an open parenthesis.
                    let text = current.map(\.text).joined()
                    startsNew = text.filter({ $0 == "(" }).count <= text.filter({ $0 == ")" }).count
                } else if prev.text.opens(with: ">") && line.text.opens(with: ">") {
                    startsNew = false  // a block quote continues while its lines keep the marker
                } else if currentIsListItem {
                    // A list item continues on lines indented deeper than its marker, and, where an
                    // indent opens each paragraph, on flush lines under a line that ran to the width.
                    let hangingParagraph = mixedIndent && current[0].indent > minIndent && line.indent == minIndent
                        && !prev.text.endsLikeSentence && runsToWidth(prev, before: line, width: width)
                    startsNew = !hangingParagraph && line.indent <= current[0].indent
                        && (mixedIndent || chunkWidth > longestWrapWidth || !runsToWidth(prev, before: line, width: width))
                } else if mixedIndent {
                    startsNew = line.indent > minIndent
                } else if minIndent > 0 {
                    // Every line indented alike (ANPA, tab-indented copy): each line opens a paragraph,
                    // unless the text is hard-wrapped and the previous line ran to the wrap width.
                    startsNew = chunkWidth > longestWrapWidth || width < shortestWrapWidth
                        || !runsToWidth(prev, before: line, width: width)
                } else if width < shortestWrapWidth {
                    startsNew = true
                } else {
                    // Flush-left lines: a line ends its paragraph only where it finishes a sentence and,
                    // in hard-wrapped text, stops short of the wrap width.
                    let longLines = prev.length > longestWrapWidth && line.length > longestWrapWidth
                    startsNew = endsParagraph(prev) && !(softBreaks && longLines)
                        && (chunkWidth > longestWrapWidth || !runsToWidth(prev, before: line, width: width))
                    // A header line written straight above the story is no part of it.
                    if !startsNew, current.count == 1 {
                        // `prev` is the chunk's line before this one; the line before it, if any, is above it.
                        startsNew = closesHeaderLine(prev, after: index >= 2 ? chunk[index - 2] : nil, before: line)
                    }
                }
            }
            if startsNew, !current.isEmpty {
                units.append(Unit(lines: current, blanksBefore: first ? blanksBefore : 0))
                first = false
                current.removeAll()
            }
            if current.isEmpty { currentIsListItem = StructureConvention.listItem(line.text) != nil }
            current.append(line)
        }
        if !current.isEmpty { units.append(Unit(lines: current, blanksBefore: first ? blanksBefore : 0)) }
    }

    /// True when the first word of `next` would not have fitted on `prev`: the wrapper broke there.
    /// The document's first line is a headline of its own when it stops well short of the wrap width
    /// and the next line starts a new capitalised line: a deck written straight under the headline.
    static func opensDocument(_ prev: SourceLine, before next: SourceLine, width: Int) -> Bool {
        !prev.text.endsLikeSentence && !prev.text.closes(with: ",") && prev.text.hasAtMost(120)
            && next.text.startsUppercase && !runsToWidth(prev, before: next, width: width)
    }

    /// The document's first line is a headline of its own, whatever the widths, when the line under
    /// it opens the story with a dateline or an editor's note in parentheses ("(Adds comments)"), or
    /// when it is longer than any hard-wrapped line and a capitalised line follows.
    static func headlineStandsAlone(_ prev: SourceLine, before next: SourceLine) -> Bool {
        guard !prev.text.closes(with: ","), !prev.text.closes(with: "-") else { return false }
        if next.text.opens(with: "(") { return true }
        if prev.length > longestWrapWidth, next.text.startsUppercase { return true }
        return DatelineConvention.parse(next.text) != nil
    }

    /// A line of its own that no sentence runs on from: the caption line that repeats the one above
    /// it with the credit, a line of names in capitals (a byline) above a sentence (not above its
    /// title, "AP Sports Writer"), an article's date line or the line above one, or any line under
    /// which a paragraph opens with a dateline.
    static func closesHeaderLine(_ line: SourceLine, after above: SourceLine?, before next: SourceLine) -> Bool {
        if let above, CaptionConvention.pair(above.text, line.text) != nil { return true }
        if line.text.isAllCaps, next.length > longestWrapWidth || next.text.endsLikeSentence,
           BylineConvention.looksLikeNameList(line.text) { return true }
        // An article's date line stands on its own ("AFP" / "Published on December 2, 2026").
        if PublicationDateConvention.parse(line.text) != nil || PublicationDateConvention.parse(next.text) != nil { return true }
        return DatelineConvention.parse(next.text) != nil
    }

    /// A line that opens with a lower-case word ("by", "von") under a hard-wrapped line that ran to
    /// the width without finishing its sentence goes on with that sentence: it is no byline.
    static func continuesSentence(_ prev: SourceLine, with line: SourceLine, width: Int) -> Bool {
        guard let first = line.text.firstByte, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
        return prev.length <= longestWrapWidth && !prev.text.endsLikeSentence && runsToWidth(prev, before: line, width: width)
    }

    static func runsToWidth(_ prev: SourceLine, before next: SourceLine, width: Int) -> Bool {
        let firstWord = next.text.unicodeScalars.prefix(while: { $0 != " " }).count
        return prev.length + 1 + firstWord > width
    }

    /// Sources also break lines mid-sentence at arbitrary places; only a finished sentence,
    /// quotation or colon ends a paragraph.
    static func endsParagraph(_ line: SourceLine) -> Bool {
        line.text.endsLikeSentence || line.text.closes(with: ":")
    }
}
