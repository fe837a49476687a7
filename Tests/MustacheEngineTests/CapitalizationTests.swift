import Foundation
import Testing
@testable import MustacheEngine

/// `capitalized(…)` without Foundation, held to Foundation's `String.capitalized` (what
/// swift-mustache calls) for every Unicode scalar between letters and at either end of a word.
struct CapitalizationTests {
    @Test func agreesWithFoundationOnEveryScalar() {
        var differences: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["a\(scalar)a", "\(scalar)b", "A\(scalar)", "\(scalar)"] where Capitalization.capitalized(text) != text.capitalized {
                differences.append("U+\(String(value, radix: 16)) in \(text.debugDescription)")
            }
            if differences.count > 10 { break }
        }
        #expect(differences.isEmpty, "\(differences)")
    }

    @Test func words() {
        #expect(Capitalization.capitalized("hello wORLD o'neil école st.louis ǆemal") == "Hello World O'neil École St.Louis ǅemal")
        #expect(Capitalization.capitalized("") == "")
    }
}
