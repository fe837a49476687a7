import ByteScan

/// Normalises article dates to RFC 3339 with a time zone (NewsML `versionCreated`, front-matter `date`).
public enum Timestamp {
    /// "2026-11-02" → "2026-11-02T00:00:00Z"; "2026-11-02T09:30+01:00" → "2026-11-02T09:30:00+01:00";
    /// "2026-11-02 09:30:00 +0100" (Jekyll) → "2026-11-02T09:30:00+01:00". Nil when not a date.
    /// `zoneAssumed` is true when the input had no zone and UTC was taken.
    public static func dateTime(_ text: String) -> (value: String, zoneAssumed: Bool)? {
        // On the UTF-8 bytes, the result assembled in one byte buffer: this runs for every
        // article (the fallback date), and Character tests and string joins cost ~7,000
        // instructions a call.
        return text.withBorrowedUTF8 { b in
            let n = b.count
            func digits(_ r: Range<Int>) -> Bool {
                guard r.upperBound <= n else { return false }
                for i in r where b[i] &- 0x30 > 9 { return false }
                return true
            }
            func at(_ i: Int, _ c: UInt8) -> Bool { i < n && b[i] == c }
            func number(_ i: Int) -> Int { Int(b[i] &- 0x30) * 10 + Int(b[i + 1] &- 0x30) }
            let dash = UInt8(ascii: "-"), colon = UInt8(ascii: ":")
            guard digits(0..<4), at(4, dash), digits(5..<7), at(7, dash), digits(8..<10) else { return nil }
            guard (1...12).contains(number(5)), (1...31).contains(number(8)) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(32)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[0..<10]))
            func finish(_ zoneAssumed: Bool) -> (value: String, zoneAssumed: Bool) { (String(decoding: out, as: UTF8.self), zoneAssumed) }
            if n == 10 {
                out.append(contentsOf: "T00:00:00Z".utf8)
                return finish(true)
            }
            guard at(10, UInt8(ascii: "T")) || at(10, UInt8(ascii: " ")), digits(11..<13), at(13, colon), digits(14..<16) else { return nil }
            out.append(UInt8(ascii: "T"))
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[11..<16]))
            var i = 16
            if at(i, colon), digits(i + 1..<i + 3) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<i + 3]))
                i += 3
                if at(i, UInt8(ascii: ".")) {
                    var j = i + 1
                    while j < n, b[j] >= 0x30, b[j] <= 0x39 { j += 1 }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
                    i = j
                }
            } else {
                out.append(contentsOf: ":00".utf8)
            }
            while at(i, 0x20) { i += 1 }
            if i == n {
                out.append(UInt8(ascii: "Z"))
                return finish(true)
            }
            if at(i, UInt8(ascii: "Z")) || at(i, UInt8(ascii: "z")), i + 1 == n {
                out.append(UInt8(ascii: "Z"))
                return finish(false)
            }
            guard at(i, UInt8(ascii: "+")) || at(i, dash) else { return nil }
            out.append(b[i])
            if digits(i + 1..<i + 3), at(i + 3, colon), digits(i + 4..<i + 6), i + 6 == n {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i + 1..<i + 6]))
                return finish(false)
            }
            if digits(i + 1..<i + 5), i + 5 == n {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i + 1..<i + 3]))
                out.append(colon)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i + 3..<i + 5]))
                return finish(false)
            }
            return nil
        }
    }

    /// An RFC 3339 UTC timestamp for seconds since 1970 (civil-from-days, no Foundation).
    public static func utc(secondsSince1970 t: Int64) -> String {
        let time = civil(t)
        guard (0...9999).contains(time.year) else { return interpolated(time) }
        // Digits straight into bytes (this runs for every article's fallback date).
        var out = [UInt8](repeating: 0, count: 20)
        func put(_ v: Int64, _ at: Int, _ width: Int) {
            var v = v
            for k in stride(from: at + width - 1, through: at, by: -1) { out[k] = 0x30 + UInt8(v % 10); v /= 10 }
        }
        put(time.year, 0, 4); put(time.month, 5, 2); put(time.day, 8, 2)
        put(time.seconds / 3600, 11, 2); put(time.seconds % 3600 / 60, 14, 2); put(time.seconds % 60, 17, 2)
        out[4] = UInt8(ascii: "-"); out[7] = UInt8(ascii: "-"); out[10] = UInt8(ascii: "T")
        out[13] = UInt8(ascii: ":"); out[16] = UInt8(ascii: ":"); out[19] = UInt8(ascii: "Z")
        return String(decoding: out, as: UTF8.self)
    }

    /// The civil date and the seconds into its day.
    static func civil(_ t: Int64) -> (year: Int64, month: Int64, day: Int64, seconds: Int64) {
        let days = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
        let secs = t - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day, secs)
    }

    /// The timestamp by string interpolation: years beyond four digits, and the tests' oracle
    /// for the byte path.
    static func interpolated(_ time: (year: Int64, month: Int64, day: Int64, seconds: Int64)) -> String {
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let y = String(time.year)
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(two(time.month))-\(two(time.day))T\(two(time.seconds / 3600)):\(two(time.seconds % 3600 / 60)):\(two(time.seconds % 60))Z"
    }
}
