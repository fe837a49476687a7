/// Stable ASCII slugs for file names and URLs: "Café owners fight plan!" → "cafe-owners-fight-plan".
/// Latin letters lose their accents (ß → ss, æ → ae, ø → o), other characters become hyphens,
/// at most 80 characters cut at a hyphen; "article" when nothing is left.
public enum Slug {
    static let folded: [Unicode.Scalar: String] = {
        var map: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ]
        for (letters, base) in groups {
            for s in letters.unicodeScalars { map[s] = base }
        }
        map["ß"] = "ss"; map["æ"] = "ae"; map["œ"] = "oe"; map["þ"] = "th"; map["ð"] = "d"
        return map
    }()

    public static func make(_ text: String, maxLength: Int = 80) -> String {
        // The slug is ASCII: built as bytes (a String appended a character at a time cost a
        // few per cent of a front-matter run).
        var out: [UInt8] = []
        out.reserveCapacity(Swift.min(text.utf8.count, maxLength + 16))
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            let v = scalar.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(UInt8(truncatingIfNeeded: v))
            } else if let f = v >= 0x80 ? folded[scalar] : nil {
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(contentsOf: f.utf8)
            } else if scalar == "'" || scalar == "’" {
                continue  // "Assad's" → "assads"
            } else {
                pendingHyphen = true
            }
        }
        if out.count > maxLength {
            let cut = out[..<maxLength]
            out = Array(cut.lastIndex(of: UInt8(ascii: "-")).map { cut[..<$0] } ?? cut)
        }
        return out.isEmpty ? "article" : String(decoding: out, as: UTF8.self)
    }
}
