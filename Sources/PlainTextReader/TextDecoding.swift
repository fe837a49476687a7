#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ByteScan

/// Turns the bytes of a text file into a String: UTF-8 (BOM optional), UTF-16 with a BOM,
/// and, for bytes that are not valid UTF-8, Windows-1252 (a superset of ISO-8859-1's printable range).
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        public var warnings: [ReaderWarning]
    }

    public static func decode(_ bytes: [UInt8]) throws(ReaderError) -> Decoded {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return Decoded(text: try decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF), warnings: [])
        }
        if let nul = firstNUL(bytes) { throw .binary(offset: nul) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = body.withUnsafeBufferPointer({ UTF8Validation.isValid($0) ? String(validatedUTF8: $0) : nil }) {
            return Decoded(text: text, warnings: [])
        }
        let text = decodeWindows1252(body)
        return Decoded(text: text, warnings: [ReaderWarning(message: "not valid UTF-8; decoded as Windows-1252")])
    }

    /// memchr: a text file rarely holds a NUL, so the whole file is scanned.
    static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, let hit = memchr(base, 0, b.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
    }

    static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(ReaderError) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let unit = littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
                                    : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            if unit == 0 { throw .binary(offset: i) }
            units.append(unit)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F, where it has printable characters
    /// (curly quotes, dashes, €) that legacy newsroom systems really produce.
    static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value: UInt32 = (0x80...0x9F).contains(b) ? cp1252High[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
