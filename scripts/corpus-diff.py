#!/usr/bin/env python3
"""Show where copydesk's reading of a corpus article differs from its gold file (a debugging aid).

    scripts/corpus-diff.py ../shared/corpus/wire/NAME.txt [BINARY]
"""
import json, subprocess, sys

path = sys.argv[1]
binary = sys.argv[2] if len(sys.argv) > 2 else ".build/debug/copydesk"
gold = json.load(open(path[:-4] + ".gold.json"))
doc = json.loads(subprocess.run([binary, "convert", "--to", "json", path], capture_output=True, check=True).stdout)
m = doc["meta"]
ours = {"headline": m["headline"], "deck": m["deck"], "authors": m["authors"],
        "dateline": m["dateline"] and {k: m["dateline"][k] for k in ("place", "date", "source")},
        "figures": [], "paragraphs": [], "headings": [], "lists": [], "breaks": 0, "boilerplate": m.get("boilerplate", [])}
for b in doc["blocks"]:
    t = b["type"]
    if t in ("paragraph", "quote"): ours["paragraphs"].append(b["text"])
    elif t == "heading": ours["headings"].append(b["text"])
    elif t == "figure": ours["figures"].append({"caption": b["caption"], "credit": b["credit"]})
    elif t == "list": ours["lists"].append(b["items"])
    elif t == "break": ours["breaks"] += 1
norm = lambda s: " ".join(s.split()) if isinstance(s, str) else s
for key in ours:
    g, o = gold.get(key), ours[key]
    if key in ("paragraphs", "headings", "boilerplate"):
        g = [norm(x) for x in g]; o = [norm(x) for x in o]
        missing = [x for x in g if x not in o]; extra = [x for x in o if x not in g]
        if missing or extra:
            print(f"== {key}")
            for x in missing: print("  - gold:", x[:150])
            for x in extra: print("  + ours:", x[:150])
    elif json.dumps(g, sort_keys=True) != json.dumps(o, sort_keys=True):
        print(f"== {key}\n  - gold: {json.dumps(g, ensure_ascii=False)[:300]}\n  + ours: {json.dumps(o, ensure_ascii=False)[:300]}")
