#!/usr/bin/env python3
"""Read the YAML front matter of Markdown pages with PyYAML (the YAML 1.1 reference parser that
Hugo's and Jekyll's parsers follow closely) and print it as JSON: {"file": {...}, ...}.
Dates or other non-string scalars that PyYAML would create from strings show up as their type name,
so a test can see that every string came back as a string."""
import datetime, json, sys
import yaml

def plain(value):
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return {"__type__": type(value).__name__}
    return value

out = {}
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    if not text.startswith("---\n"):
        raise SystemExit(f"{path}: does not start with '---' at byte 0")
    end = text.index("\n---\n", 3)
    out[path] = plain(yaml.safe_load(text[4:end + 1]))
print(json.dumps(out, ensure_ascii=False))
