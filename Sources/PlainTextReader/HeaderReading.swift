import ArticleModel

/// The header zone: slug and flags, headline, deck, byline and photo captions.
extension ReadingSession {
    /// Reads the header and returns the index of the first body unit.
    mutating func readHeader() -> Int {
        var i = 0
        // Before the headline: keyword slugs, flags and editor's notes.
        while i < units.count {
            let unit = units[i]
            let text = unit.text
            if isSlug(text) && i + 1 < units.count {
                meta.slugline = text  // the slug after the start-of-text code is the story's own
                mark(unit, .ignored, "keyword slug (meta.slugline): one hyphenated token or a slug with a word count")
            } else if EditorsNoteConvention.isNote(text) || isPictureList(unit) || BylineConvention.isPhotoCredit(text) {
                meta.editorsNotes.append(text)
                mark(unit, .editorsNote, "editor's note or photo credit before the headline")
            } else if meta.byline == nil, unit.isSingleLine, i + 1 < units.count, let byline = BylineConvention.introducedByline(text) {
                // Features put the credits first: "Written by Anna Berg" above the headline.
                acceptByline(byline, unit: unit, reason: "byline above the headline")
            } else if (EditorsNoteConvention.isFlag(text) || EditorsNoteConvention.isParenthesized(text))
                        && i + 1 < units.count && (inHeaderBlock(i) || unit.tagged || units[i + 1].blanksBefore == 0) {
                meta.editorsNotes.append(text)
                mark(unit, .editorsNote, "flag or parenthesised note in the wire header")
            } else if isKicker(at: i) {
                meta.editorsNotes.append(text)
                mark(unit, .editorsNote, "section label in capitals above the headline")
            } else {
                break
            }
            i += 1
        }
        guard i < units.count else { return i }

        // The headline: the first line, unless the text starts straight with the story.
        let first = units[i]
        if isHeadline(first, above: units[safe: i + 1]) {
            // "# Headline": Markdown's heading marker is not part of the title.
            meta.headline = first.isSingleLine ? StructureConvention.markdownHeading(first.text)?.text ?? first.text : first.text
            mark(first, .headline, "first line of the article")
            i += 1
        } else {
            return i
        }

        var sawByline = false
        var sawFigure = false
        while i < units.count {
            let unit = units[i]
            let text = unit.text
            let next: Unit? = i + 1 < units.count ? units[i + 1] : nil

            // The article's own date line (the first one; a front-matter date, applied after the
            // reading, still wins).
            if meta.date == nil, unit.isSingleLine, let date = PublicationDateConvention.parse(text) {
                meta.date = date
                mark(unit, .date, "the article's date under the headline: \(date)")
                i += 1
                continue
            }
            if EditorsNoteConvention.isNote(text) || isPictureList(unit)
                || ((inHeaderBlock(i) || unit.tagged) && (EditorsNoteConvention.isParenthesized(text) || EditorsNoteConvention.isFlag(text))) {
                meta.editorsNotes.append(text)
                mark(unit, .editorsNote, "editor's note in the header")
                i += 1
                continue
            }
            // "Photos by John Roe" beside the byline: the photographer's credit, kept as a note (as above the headline).
            if unit.isSingleLine, BylineConvention.isPhotoCredit(text) {
                meta.editorsNotes.append(text)
                mark(unit, .editorsNote, "photographer's credit in the header")
                i += 1
                continue
            }
            if let byline = BylineConvention.introducedByline(text), meta.byline == nil {
                acceptByline(byline, unit: unit, reason: "starts with a byline word (By, Von, Par…)")
                sawByline = true
                i += 1
                if let affiliation = units[safe: i], BylineConvention.isAffiliationLine(affiliation.text)
                    || isBareAffiliation(at: i) || (affiliation.tagged && affiliation.text.hasAtMost(40) && !affiliation.text.endsLikeSentence && BylineConvention.introducedByline(affiliation.text) == nil && !EditorsNoteConvention.isNote(affiliation.text)) {
                    meta.byline! += ", " + affiliation.text
                    mark(affiliation, .byline, "second byline line: title or affiliation")
                    i += 1
                }
                continue
            }
            if let consumed = readFigure(at: i) {
                sawFigure = true
                i += consumed
                continue
            }
            if unit.tagged {
                // Wire header fields after the headline: one is the deck; several are a list of headlines.
                var run = [unit]
                var k = i + 1
                while k < units.count, units[k].tagged, !EditorsNoteConvention.isNote(units[k].text),
                      BylineConvention.introducedByline(units[k].text) == nil, !isPictureList(units[k]) {
                    run.append(units[k]); k += 1
                }
                if run.count == 1, meta.deck == nil {
                    meta.deck = text
                    mark(unit, .deck, "wire header field after the headline")
                } else {
                    blocks.append(.list(ListBlock(ordered: false, items: run.map(\.text))))
                    for item in run { mark(item, .listItem, "one of several header-field headlines") }
                }
                i = k
                continue
            }
            if meta.byline == nil, !sawFigure, BylineConvention.looksLikeBareByline(text), unit.isSingleLine,
               let next, !BylineConvention.looksLikeNameList(next.text) {
                acceptByline(text, unit: unit, reason: "a short line of capitalised names (or an agency's name) under the headline")
                sawByline = true
                i += 1
                continue
            }
            // "BERNARD CONDON" over "AP Business Writer", "Mia Rabson and Jordan Press" over "The
            // Canadian Press": names without "By", then their title or outlet on the next line.
            if meta.byline == nil, !sawFigure, isNamesOverAffiliation(unit), next != nil {
                acceptByline(unit.lines[0].text, unit: unit, reason: "a line of names under the headline, their title or outlet under it")
                meta.byline! += ", " + unit.lines[1].text
                sawByline = true
                i += 1
                continue
            }
            if meta.deck == nil, isDeck(at: i, rightAfterHeadline: !sawByline && !sawFigure) {
                meta.deck = text
                mark(unit, .deck, "subheadline: followed by the byline, a caption or the dateline paragraph")
                i += 1
                continue
            }
            break
        }
        return i
    }

    /// A section label above the headline ("WORLD", "US NEWS"): one or two words in capitals, then a
    /// longer headline in ordinary case (three words or more under one word, which is seldom a
    /// headline of its own; four under two, which may be a short headline over its deck).
    func isKicker(at i: Int) -> Bool {
        let text = units[i].text
        let words = text.wordCount
        guard units[i].isSingleLine, text.hasAtMost(16), text.isAllCaps, !text.endsLikeSentence,
              (1...2).contains(words), let next = units[safe: i + 1] else { return false }
        let headline = next.text
        return !headline.isAllCaps && headline.wordCount >= (words == 1 ? 3 : 4) && headline.hasAtMost(200) && !headline.endsLikeSentence
            && BylineConvention.introducedByline(headline) == nil && DatelineConvention.parse(headline) == nil
    }

    /// A one-line outlet or title in the byline's paragraph, with a blank line after it.
    func isBareAffiliation(at i: Int) -> Bool {
        let unit = units[i]
        guard unit.blanksBefore == 0, unit.isSingleLine, (units[safe: i + 1]?.blanksBefore ?? 1) > 0 else { return false }
        return BylineConvention.isBareAffiliation(unit.text) && DatelineConvention.parse(unit.text) == nil
            && !EditorsNoteConvention.isParenthesized(unit.text) && !EditorsNoteConvention.isNote(unit.text)
    }

    mutating func acceptByline(_ byline: String, unit: Unit, reason: String) {
        meta.byline = byline
        meta.authors = BylineConvention.authors(from: byline)
        mark(unit, .byline, reason)
    }

    /// Reads a figure starting at unit `i`; returns how many units it used.
    mutating func readFigure(at i: Int) -> Int? {
        let unit = units[i]
        let text = unit.text
        // A Markdown image, "![Caption](picture.jpg)": its text is the caption (the tree keeps no
        // picture address); a credit may follow on the next line.
        if text.utf8.first == UInt8(ascii: "!"), unit.isSingleLine, let caption = CaptionConvention.markdownImage(text) {
            var credit: String? = nil
            var used = 1
            if let next = units[safe: i + 1], next.isSingleLine, next.blanksBefore == 0,
               CaptionConvention.isCreditLineOfItsOwn(next.text) {
                credit = next.text
                mark(next, .credit, "credit under a Markdown image")
                used = 2
            }
            blocks.append(.figure(Figure(caption: caption, credit: credit)))
            mark(unit, .caption, "Markdown image: its text is the caption")
            return used
        }
        if let next = units[safe: i + 1], unit.isSingleLine, next.blanksBefore == 0, let figure = CaptionConvention.pair(text, next.text) {
            blocks.append(.figure(figure))
            mark(unit, .caption, "photo caption: the next line repeats it with the credit")
            mark(next, .credit, "caption repeated with the credit appended")
            return 2
        }
        // A caption with its credit on the next line, in capitals or labelled ("Photo: Jane Doe/Reuters";
        // UnitBuilder starts a unit at such a credit).
        if let next = units[safe: i + 1], unit.isSingleLine, next.isSingleLine, next.blanksBefore == 0,
           text.endsLikeSentence, text.hasAtMost(400),
           CaptionConvention.isCreditLineOfItsOwn(next.text),
           CaptionConvention.labelledCaption(text) == nil || CaptionConvention.isBareCredit(next.text) {
            blocks.append(.figure(Figure(caption: text, credit: next.text)))
            mark(unit, .caption, "photo caption: the next line is its credit")
            mark(next, .credit, "credit naming a photographer or agency, in capitals or after a label")
            return 2
        }
        // A credit line over its caption ("Photo: Jane Doe/Reuters", then the caption), in one unit
        // or in two with no blank line between. The unit's text starts with its first line, so the
        // colon test on it comes first (this runs on every unit).
        if CaptionConvention.hasColonNearStart(text), let credit = CaptionConvention.creditLine(unit.lines[0].text),
           let (caption, used) = captionUnderCredit(at: i) {
            blocks.append(.figure(Figure(caption: caption.text, credit: credit)))
            mark(unit.lines[0], .credit, "credit line over its caption")
            mark(caption, .caption, "photo caption under its credit line")
            return used
        }
        if let caption = CaptionConvention.labelledCaption(text) {
            var credit: String? = nil
            var used = 1
            if let next = units[safe: i + 1], let line = CaptionConvention.creditLine(next.text) {
                credit = line
                mark(next, .credit, "credit line after a labelled caption")
                used = 2
            }
            blocks.append(.figure(Figure(caption: caption, credit: credit)))
            mark(unit, .caption, "labelled caption line")
            return used
        }
        if let figure = CaptionConvention.trailingCredit(text) {
            blocks.append(.figure(figure))
            mark(unit, .caption, "ends with a photo credit: (AP Photo/…), AGENCY/Name or Photograph: …")
            return 1
        }
        return nil
    }

    /// The caption line under a credit line that opens unit `i`: the unit's second line, or the next
    /// unit's only line with no blank line between; it must read as a sentence. Also returns how
    /// many units the figure takes.
    func captionUnderCredit(at i: Int) -> (SourceLine, Int)? {
        let unit = units[i]
        let line: SourceLine
        let used: Int
        if unit.lines.count == 2 {
            (line, used) = (unit.lines[1], 1)
        } else if unit.isSingleLine, let next = units[safe: i + 1], next.isSingleLine, next.blanksBefore == 0 {
            (line, used) = (next.lines[0], 2)
        } else {
            return nil
        }
        guard line.text.endsLikeSentence, line.text.hasAtMost(400), CaptionConvention.creditLine(line.text) == nil else { return nil }
        return (line, used)
    }

    /// `next`: the unit under it. A line in capitals over copy that is not is a headline, whatever
    /// its opening looks like ("SHOP HOLIDAY DEALS NOW: BJ'S …" is no colon dateline).
    func isHeadline(_ unit: Unit, above next: Unit?) -> Bool {
        let text = unit.text
        guard text.hasAtMost(300) else { return false }
        // A long sentence ending in a full stop is the story starting straight away: headlines are
        // not written as fifteen-word sentences with a full stop.
        if text.closes(with: "."), text.wordCount >= 15, !text.closes(with: "p.m."), !text.closes(with: "a.m.") { return false }
        if BylineConvention.introducedByline(text) != nil { return false }
        if let dateline = DatelineConvention.parse(text), !text.hasAtMost(dateline.text.scalarCount + 60),
           !(text.isAllCaps && next.map({ !$0.text.isAllCaps }) ?? false) { return false }
        if StructureConvention.listItem(text) != nil && !unit.tagged { return false }
        return true
    }

    /// A deck is a short standfirst under the headline: it is followed by the byline, a caption or
    /// the dateline paragraph, or repeats the first paragraph, or (right under the headline) is a
    /// short line without closing punctuation.
    func isDeck(at i: Int, rightAfterHeadline: Bool) -> Bool {
        let unit = units[i]
        let text = unit.text
        guard text.hasAtMost(400), !EditorsNoteConvention.isParenthesized(text), !text.closes(with: ":"),
              StructureConvention.listItem(text) == nil, DatelineConvention.parse(text) == nil,
              !StructureConvention.isBreakMarker(text), let next = units[safe: i + 1] else { return false }
        let nextText = next.text
        if BylineConvention.introducedByline(nextText) != nil || (BylineConvention.looksLikeBareByline(nextText) && next.isSingleLine)
            || isNamesOverAffiliation(next) { return true }
        if let after = units[safe: i + 2], CaptionConvention.pair(nextText, after.text) != nil { return true }
        if CaptionConvention.trailingCredit(nextText) != nil || CaptionConvention.labelledCaption(nextText) != nil { return true }
        if DatelineConvention.parse(nextText) != nil { return true }
        if nextText.hasPrefix(text) { return true }
        if rightAfterHeadline, !text.endsLikeSentence, text.hasAtMost(250), !text.startsWithQuote,
           !StructureConvention.looksLikeSubhead(text) || text.wordCount > 8 {
            return true
        }
        return false
    }

    /// A byline without "By" in two lines: names, then their title or outlet.
    func isNamesOverAffiliation(_ unit: Unit) -> Bool {
        unit.lines.count == 2 && BylineConvention.looksLikeNameList(unit.lines[0].text) && BylineConvention.isAffiliationLine(unit.lines[1].text)
    }

    /// A keyword slug: one token with hyphens or slashes ("Germany-politics/"), or a slug with a
    /// trailing word count ("BC-BKN--Heat-Hawks, 1st Ld-Writethru,416").
    func isSlug(_ text: String) -> Bool {
        if !text.hasByte(0x20), text.hasByte(UInt8(ascii: "-")) || text.hasByte(UInt8(ascii: "/")), !text.hasAtMost(3 - 1) { return true }
        guard let comma = text.lastIndex(ofByte: UInt8(ascii: ",")) else { return false }
        let tail = text[text.index(after: comma)...]
        let tokens = text[..<comma].split(separator: " ")
        return !tail.isEmpty && tail.allSatisfy(\.isNumber) && tokens.count <= 8 && tokens.contains { $0.contains("-") }
    }

    /// A wire header field listing picture ids ("AP Photo XNP101, XNP102"): a note, not a caption.
    func isPictureList(_ unit: Unit) -> Bool {
        guard unit.tagged else { return false }
        let lower = unit.text.lowercasedPrefix(16)
        return (lower.opens(with: "ap photo") || lower.opens(with: "photo") || lower.opens(with: "with photo")) && !unit.text.endsLikeSentence
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
