import ArticleModel
@testable import PlainTextReader

/// Reads a text given inline (lines joined with LF).
func read(_ lines: String...) throws -> Article {
    try PlainTextReader().read(text: lines.joined(separator: "\n")).article
}

func readText(_ text: String) throws -> Article {
    try PlainTextReader().read(text: text).article
}
