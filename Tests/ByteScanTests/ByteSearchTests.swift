import Testing
import TestSupport
@testable import ByteScan

/// The substring search finds the first occurrence a naive scan finds, on random texts over a
/// small alphabet (so that near-misses and overlapping matches are common).
@Suite struct ByteSearchTests {
    static func naive(_ needle: [UInt8], _ hay: [UInt8]) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        return (0...(hay.count - needle.count)).first { Array(hay[$0..<($0 + needle.count)]) == needle }
    }

    @Test func findsTheFirstOccurrence() {
        var random = RandomArticles.Random(state: 0x5345_4152)
        let alphabet: [UInt8] = Array("ae bé".utf8)
        for _ in 0..<20_000 {
            let hay = (0..<random.below(120)).map { _ in alphabet[random.below(alphabet.count)] }
            let needle = (0..<random.below(6)).map { _ in alphabet[random.below(alphabet.count)] }
            let found = hay.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: h) } }
            #expect(found == Self.naive(needle, hay), "\(needle) in \(hay)")
        }
    }
}
