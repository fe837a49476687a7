#!/usr/bin/env python3
"""Load NewsML-G2 files with IPTC's own Python library (PyPI `newsmlg2`) and print each item's
first headline as JSON: {"file": "headline", ...}. A file the library cannot load exits non-zero."""
import json, sys
import NewsMLG2

out = {}
for path in sys.argv[1:]:
    doc = NewsMLG2.NewsMLG2Document(path)
    headlines = doc.item.contentmeta.headline
    out[path] = str(headlines[0]) if len(list(headlines)) else None
print(json.dumps(out, ensure_ascii=False))
