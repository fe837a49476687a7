import ArticleModel

/// The closing zone: boilerplate after the story, kept in `meta.boilerplate`.
extension ReadingSession {
    /// The index of the first closing unit: a notebook or contact block, then any run of end codes,
    /// reporting credits, copyright lines, author bios and break markers just before it.
    func findClosing(from bodyStart: Int) -> Int {
        var start = units.count
        if bodyStart + 1 < units.count {
            for k in (bodyStart + 1)..<units.count where BoilerplateConvention.opensClosingSection(units[k].text) != nil {
                start = k
                break
            }
        }
        while start > bodyStart + 1 {
            let text = units[start - 1].text
            let isClosing = BoilerplateConvention.kind(of: text) != nil || isAuthorBio(text)
                || (StructureConvention.isBreakMarker(text) && start < units.count)
            if isClosing {
                start -= 1
            } else if let credit = creditAbove(start, from: bodyStart) {
                start = credit
            } else {
                break
            }
        }
        return start
    }

    /// A reporting credit ends the story: a line or two after it, each short and on a line of its
    /// own ("Our Standards: …", a link), close it too. The credit's index, when the units from
    /// `start - 2` have one with only such lines after it.
    func creditAbove(_ start: Int, from bodyStart: Int) -> Int? {
        for k in stride(from: start - 1, through: max(bodyStart + 1, start - 2), by: -1) {
            // The lines after it are short, and a credit is a line or two: the cheap tests first, as
            // this runs at the end of every article.
            guard units[(k + 1)..<start].allSatisfy({ $0.isSingleLine && $0.text.hasAtMost(120) }) else { return nil }
            if units[k].text.utf8.count <= 300, BoilerplateConvention.isReportingCredit(units[k].text) { return k }
        }
        return nil
    }

    mutating func readClosing(_ start: Int) {
        var inSection = false
        for unit in units[start...] {
            if BoilerplateConvention.opensClosingSection(unit.text) != nil { inSection = true }
            if inSection {
                // One entry per line; deeper-indented lines continue the line above.
                var entry: [SourceLine] = []
                for line in unit.lines {
                    if let first = entry.first, line.indent > first.indent {
                        entry.append(line)
                    } else {
                        if !entry.isEmpty { meta.boilerplate.append(entry.map(\.text).joined(separator: " ")) }
                        entry = [line]
                    }
                }
                if !entry.isEmpty { meta.boilerplate.append(entry.map(\.text).joined(separator: " ")) }
            } else {
                meta.boilerplate.append(unit.text)
            }
            if tracing {
                let reason = inSection ? "inside a closing notebook or contact block" : closingReason(unit.text)
                mark(unit, .boilerplate, reason)
            }
        }
    }

    func closingReason(_ text: String) -> String {
        if let kind = BoilerplateConvention.kind(of: text) { return "closing \(kind.rawValue)" }
        if StructureConvention.isBreakMarker(text) { return "marker introducing the closing boilerplate" }
        return "author biography at the end"
    }

    /// "Jane Doe is a professor of …", "Jane Doe covers city hall …": a short closing paragraph
    /// that opens with an author's name and a verb about them.
    func isAuthorBio(_ text: String) -> Bool {
        guard !meta.authors.isEmpty, text.hasAtMost(400) else { return false }
        return meta.authors.contains { name in
            guard name.wordCount >= 2, text.hasPrefix(name + " ") else { return false }
            let verb = text.dropFirst(name.count + 1).prefix(while: { $0 != " " })
            if Self.bioVerbs.contains(String(verb)) { return true }
            // A present-tense verb in English: "covers", "writes", "reports", "teaches".
            return verb.count >= 4 && verb.hasSuffix("s") && verb.allSatisfy { $0.isASCII && $0.isLowercase }
        }
    }

    static let bioVerbs: Set<String> = ["is", "was", "has", "ist", "war", "hat", "est", "es", "è", "er", "är", "on"]
}
