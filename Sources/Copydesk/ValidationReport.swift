import JSONCoding
import NewsMLValidator

/// Renders validation results as text (compiler-style lines and a summary), JSON, or JUnit XML.
public enum ValidationReport {
    public enum Format: String, CaseIterable, Sendable { case text, json, junit }

    public static func render(_ reports: [FileReport], format: Format, strict: Bool, seconds: Double) -> String {
        switch format {
        case .text: return text(reports, strict: strict, seconds: seconds)
        case .json: return json(reports, strict: strict)
        case .junit: return junit(reports, strict: strict, seconds: seconds)
        }
    }

    public static func summary(_ reports: [FileReport], strict: Bool) -> (valid: Int, invalid: Int, warnings: Int) {
        let invalid = reports.filter { !$0.isValid(strict: strict) }.count
        return (reports.count - invalid, invalid, reports.reduce(0) { $0 + $1.warnings })
    }

    static func text(_ reports: [FileReport], strict: Bool, seconds: Double) -> String {
        var out = ""
        out.reserveCapacity(reports.reduce(0) { $0 + $1.diagnostics.count } * 120 + 128)
        for report in reports {
            for d in report.diagnostics {
                // Plain appends: string interpolation per line costs more than the validation itself here.
                out += d.file
                out += ":"
                out += d.line.map(String.init) ?? "0"
                out += d.severity == .error ? ": error: " : ": warning: "
                out += d.message
                out += " ["
                out += d.code
                out += "]\n"
            }
        }
        let s = summary(reports, strict: strict)
        let rate = seconds > 0 ? Int(Double(reports.count) / seconds) : 0
        out += "\(reports.count) file\(reports.count == 1 ? "" : "s"): \(s.valid) valid, \(s.invalid) invalid, \(s.warnings) warning\(s.warnings == 1 ? "" : "s")"
        out += strict ? " (strict: warnings fail)" : ""
        out += " in \(formatSeconds(seconds)) s (\(rate) files/s)\n"
        return out
    }

    struct JSONFile: Encodable {
        var file: String
        var valid: Bool
        var diagnostics: [Diagnostic]
    }

    struct JSONReport: Encodable {
        var files: [JSONFile]
        var valid: Int
        var invalid: Int
        var strict: Bool
    }

    static func json(_ reports: [FileReport], strict: Bool) -> String {
        let s = summary(reports, strict: strict)
        let report = JSONReport(files: reports.map { JSONFile(file: $0.file, valid: $0.isValid(strict: strict), diagnostics: $0.diagnostics) },
                                valid: s.valid, invalid: s.invalid, strict: strict)
        return ((try? JSONEncoding.encode(report, pretty: true)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }

    static func junit(_ reports: [FileReport], strict: Bool, seconds: Double) -> String {
        let s = summary(reports, strict: strict)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"copydesk validate\" tests=\"\(reports.count)\" failures=\"\(s.invalid)\" time=\"\(formatSeconds(seconds))\">\n"
        out += "  <testsuite name=\"NewsML-G2\" tests=\"\(reports.count)\" failures=\"\(s.invalid)\" errors=\"0\">\n"
        for report in reports {
            out += "    <testcase classname=\"newsml\" name=\"\(escape(report.file))\""
            if report.isValid(strict: strict) && report.diagnostics.isEmpty {
                out += "/>\n"
                continue
            }
            out += ">\n"
            let lines = report.diagnostics.map(\.text).joined(separator: "\n")
            if report.isValid(strict: strict) {
                out += "      <system-out>\(escape(lines))</system-out>\n"
            } else {
                let first = report.diagnostics.first { $0.severity == .error || strict }?.message ?? "invalid"
                out += "      <failure message=\"\(escape(first))\" type=\"invalid\">\(escape(lines))</failure>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // XML 1.0 cannot carry most control characters, even escaped.
                if s.value < 0x20 && s != "\n" && s != "\t" { out += "?" } else { out.unicodeScalars.append(s) }
            }
        }
        return out
    }

    static func formatSeconds(_ seconds: Double) -> String {
        let ms = Int((seconds * 1000).rounded())
        let frac = ms % 1000
        return "\(ms / 1000).\(frac < 10 ? "00" : frac < 100 ? "0" : "")\(frac)"
    }
}
