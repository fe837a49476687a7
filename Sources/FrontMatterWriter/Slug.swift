import ByteScan

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
        makeASCII(text, maxLength: maxLength) ?? makeUnicode(text, maxLength: maxLength)
    }

    /// The rule on Unicode scalars, for any text.
    static func makeUnicode(_ text: String, maxLength: Int) -> String {
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

    /// The same slug for ASCII text, made on bytes (no lower-cased copy, no string per letter);
    /// nil for text with other characters.
    static func makeASCII(_ text: String, maxLength: Int) -> String? {
        return text.withBorrowedUTF8 { bytes -> String? in
            var out = [UInt8]()
            out.reserveCapacity(min(bytes.count, maxLength + 16))
            var pendingHyphen = false
            for b in bytes {
                if b >= 0x80 { return nil }
                let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                    pendingHyphen = false
                    out.append(lower)
                } else if b != UInt8(ascii: "'") {
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
}
