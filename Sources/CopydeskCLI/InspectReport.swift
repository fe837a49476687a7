import JSONCoding
import ArticleModel
import PlainTextReader

/// What `inspect` prints: line roles plus the fields front matter set and the reader's warnings.
struct InspectReport: Encodable {
    var file: String
    var lines: [LineRole]
    var fromFrontMatter: [String]
    var warnings: [String]

    init(file: String, result: PlainTextReader.Result) {
        self.file = file
        self.lines = result.roles
        self.fromFrontMatter = result.article.meta.fromFrontMatter
        self.warnings = result.warnings.map(\.message)
    }

    func json() throws -> String {
        String(decoding: try JSONEncoding.encode(self, pretty: true), as: UTF8.self) + "\n"
    }

    static let width = 64

    func text(colour: Bool, full: Bool) -> String {
        var out = ""
        for warning in warnings { out += "warning: \(warning)\n" }
        if !fromFrontMatter.isEmpty { out += "from front matter: \(fromFrontMatter.joined(separator: ", "))\n" }
        for line in lines {
            let number = String(line.line)
            var text = line.text
            if !full, text.unicodeScalars.count > Self.width {
                text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(Self.width - 1))) + "…"
            }
            let role = line.role.rawValue.padding(13)
            let padded = full ? text : text.padding(Self.width)
            let row = "\(String(repeating: " ", count: max(0, 5 - number.count)))\(number)  \(paint(role, line.role, colour))  \(padded)  \(dim("· " + line.reason, colour))"
            out += row.trailingSpacesTrimmed() + "\n"
        }
        return out
    }

    func paint(_ text: String, _ role: LineRole.Role, _ colour: Bool) -> String {
        guard colour else { return text }
        let code: String
        switch role {
        case .headline: code = "1;35"
        case .deck: code = "35"
        case .byline, .date: code = "36"
        case .caption, .credit: code = "33"
        case .dateline: code = "1;32"
        case .paragraph: code = "0"
        case .heading: code = "1"
        case .listItem: code = "34"
        case .quote: code = "32"
        case .sectionBreak: code = "1;34"
        case .boilerplate: code = "31"
        case .editorsNote: code = "2;33"
        case .frontMatter: code = "2;36"
        case .ignored, .blank: code = "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    func dim(_ text: String, _ colour: Bool) -> String { colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}

extension String {
    func padding(_ width: Int) -> String {
        let count = unicodeScalars.count
        return count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func trailingSpacesTrimmed() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
