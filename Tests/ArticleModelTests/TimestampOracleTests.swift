import Testing
import TestSupport
@testable import ArticleModel

/// The byte-level date normaliser gives what the first version gave (kept below as the oracle)
/// on random date-like texts: every separator, zone form and length, and near misses.
@Suite struct TimestampOracleTests {
    static let pieces = ["2026", "1999", "-", "11", "02", "13", "00", "31", "32", "T", " ", ":", "30", "09", ".", "5", "123",
                         "Z", "z", "+", "01", "0100", "+01:00", "-05:00", "x", "é", "2026-11-02", "T09:30", ":00", "  "]

    @Test func matchesTheFirstVersion() {
        var random = RandomArticles.Random(state: 0x5449_4D45)
        var texts = ["2026-11-02", "2026-11-02T09:30+01:00", "2026-11-02T09:30:00.5Z", "2026-11-02 09:30:00 +0100", "last Tuesday",
                     "2026-13-02", "2026-11-32", "2026-11-02T09:30:00", "2026-11-02T09:30 ", "2026-11-02t09:30", ""]
        for _ in 0..<20_000 {
            texts.append((0..<random.below(9)).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined())
            texts.append("2026-11-02" + (0..<random.below(6)).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined())
        }
        for text in texts {
            let expected = ReferenceTimestamp.dateTime(text)
            let found = Timestamp.dateTime(text)
            #expect(found?.value == expected?.value && found?.zoneAssumed == expected?.zoneAssumed, "\(text)")
        }
    }
}

/// UTC timestamps from seconds: the byte path against the string interpolation it replaced.
@Suite struct UTCTimestampTests {
    @Test func matchesTheFirstVersion() {
        var random = RandomArticles.Random(state: 0x5554_43)
        var seconds: [Int64] = [0, -1, 1, 86_399, 86_400, 951_782_400, 1_767_225_600, 253_402_300_799, 253_402_300_800, -62_135_596_800, -62_135_596_801]
        for _ in 0..<20_000 { seconds.append(Int64(bitPattern: random.next()) % 400_000_000_000) }
        for t in seconds {
            #expect(Timestamp.utc(secondsSince1970: t) == Timestamp.interpolated(Timestamp.civil(t)), "\(t)")
        }
    }
}

/// The first version, on an array of bytes with Character tests and string joins.
enum ReferenceTimestamp {
    static func dateTime(_ text: String) -> (value: String, zoneAssumed: Bool)? {
        let b = Array(text.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= b.count && b[r].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        func at(_ i: Int, _ c: Character) -> Bool { i < b.count && b[i] == c.asciiValue! }
        guard digits(0..<4), at(4, "-"), digits(5..<7), at(7, "-"), digits(8..<10) else { return nil }
        let date = String(decoding: b[0..<10], as: UTF8.self)
        guard let month = Int(date.dropFirst(5).prefix(2)), (1...12).contains(month),
              let day = Int(date.suffix(2)), (1...31).contains(day) else { return nil }
        if b.count == 10 { return (date + "T00:00:00Z", true) }
        guard at(10, "T") || at(10, " "), digits(11..<13), at(13, ":"), digits(14..<16) else { return nil }
        var i = 16
        var time = String(decoding: b[11..<16], as: UTF8.self)
        if at(i, ":"), digits(i + 1..<i + 3) {
            time += String(decoding: b[i..<i + 3], as: UTF8.self)
            i += 3
            if at(i, ".") {
                var j = i + 1
                while j < b.count, b[j] >= 0x30, b[j] <= 0x39 { j += 1 }
                time += String(decoding: b[i..<j], as: UTF8.self)
                i = j
            }
        } else {
            time += ":00"
        }
        while at(i, " ") { i += 1 }
        if i == b.count { return (date + "T" + time + "Z", true) }
        if at(i, "Z") || at(i, "z"), i + 1 == b.count { return (date + "T" + time + "Z", false) }
        guard at(i, "+") || at(i, "-") else { return nil }
        let sign = String(UnicodeScalar(b[i]))
        if digits(i + 1..<i + 3), at(i + 3, ":"), digits(i + 4..<i + 6), i + 6 == b.count {
            return (date + "T" + time + sign + String(decoding: b[i + 1..<i + 6], as: UTF8.self), false)
        }
        if digits(i + 1..<i + 5), i + 5 == b.count {
            let zone = String(decoding: b[i + 1..<i + 3], as: UTF8.self) + ":" + String(decoding: b[i + 3..<i + 5], as: UTF8.self)
            return (date + "T" + time + sign + zone, false)
        }
        return nil
    }
}
