#!/usr/bin/env python3
"""Render CommonMark with the reference implementation and print its top-level blocks as JSON.

    markdown-blocks.py FILE.md [CMARK]     -> [{"type": "heading", "level": 1, "text": "..."}, ...]

Used by the test suite to check that copydesk's Markdown renders as the same text as its tree.
CMARK defaults to Debian's /usr/bin/cmark (the C reference implementation; PyPI's `commonmark`
installs a script of the same name, so the full path matters).
"""
import json, subprocess, sys
import xml.etree.ElementTree as ET

NS = "{http://commonmark.org/xml/1.0}"

def text_of(node):
    parts = []
    for child in node.iter():
        tag = child.tag.replace(NS, "")
        if tag in ("text", "code", "html_inline"):
            parts.append(child.text or "")
        elif tag in ("softbreak", "linebreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())

def blocks(md_path, cmark):
    xml = subprocess.run([cmark, "-t", "xml", md_path], check=True, capture_output=True).stdout
    root = ET.fromstring(xml)
    out = []
    for node in root:
        tag = node.tag.replace(NS, "")
        if tag == "heading":
            out.append({"type": "heading", "level": int(node.get("level")), "text": text_of(node)})
        elif tag == "paragraph":
            out.append({"type": "paragraph", "text": text_of(node)})
        elif tag == "list":
            items = [text_of(item) for item in node if item.tag.replace(NS, "") == "item"]
            out.append({"type": "list", "ordered": node.get("type") == "ordered", "items": items})
        elif tag == "block_quote":
            out.append({"type": "quote", "text": text_of(node)})
        elif tag == "thematic_break":
            out.append({"type": "break"})
        else:
            out.append({"type": tag, "text": text_of(node)})
    return out

if __name__ == "__main__":
    cmark = sys.argv[2] if len(sys.argv) > 2 else "/usr/bin/cmark"
    print(json.dumps(blocks(sys.argv[1], cmark), ensure_ascii=False))
