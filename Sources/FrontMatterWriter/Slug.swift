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
        var out = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            var piece: String? = nil
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                piece = String(scalar)
            } else if let f = folded[scalar] {
                piece = f
            } else if scalar == "'" || scalar == "’" {
                continue  // "Assad's" → "assads"
            }
            if let piece {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out += piece
            } else {
                pendingHyphen = true
            }
        }
        if out.count > maxLength {
            let cut = out.prefix(maxLength)
            out = cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? String(cut)
        }
        return out.isEmpty ? "article" : out
    }
}
