/// Turns article dates into a `datetime` attribute and a readable form, without Foundation's
/// date formatters (their output depends on the machine's locale and ICU data).
enum DateText {
    /// The date when it is RFC 3339 / ISO 8601 ("2026-11-02" or "2026-11-02T09:30:00+01:00"), else nil.
    static func machineReadable(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, isDigits(bytes[0..<4]), bytes[4] == UInt8(ascii: "-"), isDigits(bytes[5..<7]),
              bytes[7] == UInt8(ascii: "-"), isDigits(bytes[8..<10]) else { return nil }
        guard let month = Int(String(decoding: bytes[5..<7], as: UTF8.self)), (1...12).contains(month),
              let day = Int(String(decoding: bytes[8..<10], as: UTF8.self)), (1...31).contains(day) else { return nil }
        if bytes.count == 10 { return text }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes.count >= 16 else { return nil }
        return String(decoding: bytes[0..<10], as: UTF8.self) + "T" + String(decoding: bytes[11...], as: UTF8.self)
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]

    /// "2 November 2026" for English text; the ISO date elsewhere.
    static func humanReadable(_ text: String, language: String?) -> String {
        guard let iso = machineReadable(text) else { return text }
        let bytes = Array(iso.utf8)
        let year = String(decoding: bytes[0..<4], as: UTF8.self)
        let month = Int(String(decoding: bytes[5..<7], as: UTF8.self))!
        let day = Int(String(decoding: bytes[8..<10], as: UTF8.self))!
        guard language == nil || language!.hasPrefix("en") else { return String(decoding: bytes[0..<10], as: UTF8.self) }
        return "\(day) \(englishMonths[month - 1]) \(year)"
    }

    static func isDigits(_ slice: ArraySlice<UInt8>) -> Bool {
        slice.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
