// Per-step cost of a conversion for `make bench` and profiling: microseconds per article for the
// digest, the reader and each writer, on one core, inputs already in memory (best of ROUNDS).
//
//     copydesk-stage-bench LISTFILE [ROUNDS [STEP]]   (STEP: one step alone, for a profiler)
import BenchSupport
import ArticleModel
import Copydesk

let arguments = BenchArguments(usage: "copydesk-stage-bench LISTFILE [ROUNDS [STEP]]")
let files = arguments.files, rounds = arguments.rounds
let only = arguments.rest.first
let pipeline = Pipeline(reader: PlainTextFormat(), writer: HTMLFormat())

/// Best time of `rounds` runs of `body` over every article, in microseconds per article.
func measure(_ body: () -> Int) -> (Double, Int) {
    var best = Double.infinity
    var check = 0
    for _ in 0..<rounds {
        let start = now()
        check = body()
        best = min(best, now() - start)
    }
    return (best / Double(files.count) * 1e6, check)
}

var lines: [(String, Double)] = []
func wanted(_ step: String) -> Bool { only == nil || only == step }
if wanted("sha-256") {
    lines.append(("sha-256", measure { files.reduce(0) { $0 &+ SHA256.hex($1).utf8.count } }.0))
}
if wanted("read") {
    lines.append(("read", measure { files.reduce(0) { $0 &+ ((try? pipeline.read($1, path: "x").article.blocks.count) ?? 0) } }.0))
}
let articles = files.compactMap { try? pipeline.read($0, path: "x").article }
let options = zip(files, articles).map { pipeline.writerOptions(source: $0.0, modified: 0) }
let writers: [any ArticleWriter] = [HTMLFormat(), MarkdownFormat(), NewsMLFormat(), FrontMatterFormat(), JSONFormat()]
for writer in writers where wanted(writer.name) {
    let (cost, _) = measure {
        var total = 0
        for (article, options) in zip(articles, options) {
            total &+= (try? writer.write(article, options: options).bytes.count) ?? 0
        }
        return total
    }
    lines.append(("write \(writer.name)", cost))
}
// Every step for one article before the next, as a bulk run does (the steps above each ran over
// all articles in turn): the difference is what interleaving costs in caches.
let shared = [any ArticleWriter](writers.dropLast())
if wanted("all") {
  let (together, _) = measure {
    var total = 0
    for bytes in files {
        let digest = SHA256.hex(bytes)
        guard let article = try? pipeline.read(bytes, path: "x").article else { continue }
        let options = pipeline.writerOptions(source: bytes, digest: digest, modified: 0)
        let renderings = SharedRenderings()
        for writer in shared {
            total &+= (try? writer.write(article, options: options, shared: renderings).bytes.count) ?? 0
        }
    }
    return total
}
  lines.append(("all steps per article, 4 formats", together))
}
for (name, cost) in lines {
    print("\(name): \(Double(Int(cost * 10)) / 10) µs/article")
}
