// Reader throughput for `make bench`: megabytes of plain text per second that PlainTextReader
// turns into article trees on one core, inputs already in memory.
//
//     copydesk-reader-bench LISTFILE [ROUNDS]
import BenchSupport
import PlainTextReader

let arguments = BenchArguments(usage: "copydesk-reader-bench LISTFILE [ROUNDS]")
let files = arguments.files, rounds = arguments.rounds
let total = files.reduce(0) { $0 + $1.count }
let reader = PlainTextReader()
var best = Double.infinity
var blocks = 0
for _ in 0..<rounds {
    let start = now()
    for bytes in files {
        if let result = try? reader.read(bytes) { blocks &+= result.article.blocks.count }
    }
    best = min(best, now() - start)
}
let mb = Double(total) / 1_000_000
print("reader: \(files.count) articles, \(String(format2(mb))) MB in \(String(format3(best))) s on one core: \(Int((mb / best).rounded())) MB/s (\(blocks / rounds) blocks)")

func format2(_ x: Double) -> String { String(Double(Int(x * 100)) / 100) }
func format3(_ x: Double) -> String { String(Double(Int(x * 1000)) / 1000) }
