/// The `capitalized(…)` transform without Foundation, as Foundation's `String.capitalized` does it
/// (swift-mustache calls that): each cased letter after a cased letter is lower-cased, each one
/// after anything else title-cased, and case-ignorable marks (apostrophes, combining accents)
/// do not end a word. Foundation counts title-case letters (ǅ) as upper-case, and keeps an older
/// case-ignorable set, without the word-joining stops and colons listed below. Over every Unicode
/// scalar between letters and at either end of a word, the two agree (checked when written).
enum Capitalization {
    /// Case_Ignorable in Unicode, but not in Foundation's set: they end a word there.
    static let wordEnders: Set<UInt32> = [
        0x002E, 0x003A, 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2024, 0x2027,
        0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A,
    ]

    static func capitalized(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var afterCased = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .uppercaseLetter, .titlecaseLetter:
                if afterCased { out += properties.lowercaseMapping } else { out.unicodeScalars.append(scalar) }
                afterCased = true
            case .lowercaseLetter:
                if afterCased { out.unicodeScalars.append(scalar) } else { out += properties.titlecaseMapping }
                afterCased = true
            default:
                out.unicodeScalars.append(scalar)
                if !properties.isCaseIgnorable || wordEnders.contains(scalar.value) { afterCased = false }
            }
        }
        return out
    }
}
