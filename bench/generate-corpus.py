#!/usr/bin/env python3
"""Write a synthetic corpus of fictional articles in the reference house style (headline, deck,
byline, photo caption + caption-with-credit, dateline, ~5 KB of paragraphs, section breaks),
deterministically: the same arguments always give the same bytes.

    bench/generate-corpus.py OUTDIR COUNT [--seed N]
Articles go into OUTDIR/NNN/ folders of 100 each.
"""
import argparse, os, random

WORDS = ("council minister city harbour bridge rail budget election court market energy water school "
         "hospital river storm festival museum league season police report union workers farmers prices "
         "talks plan vote inquiry airport port company shares bank rate inflation housing transport "
         "officials residents leaders experts analysts critics supporters volunteers engineers doctors").split()
VERBS = "said announced warned agreed rejected approved delayed opened closed expanded reviewed promised".split()
PLACES = ["PORTHAVEN", "RIVERTON", "ELMSTEAD", "NORTHMOUTH", "EASTBURY", "MILLBROOK", "KALEO", "GRANTSVILLE"]
NAMES = ["Marta Quill", "Dana Okafor", "Leo Brandt", "Arlo Pendry", "Helena Sorensen", "Amira Holt", "Jonah Pike", "Fern Castell"]

def sentence(rng, words=18):
    n = rng.randint(words - 8, words + 8)
    body = " ".join(rng.choice(WORDS) for _ in range(n))
    body = body[0].upper() + body[1:]
    if rng.random() < 0.3:
        return f"“{body},” {rng.choice(NAMES).split()[0]} {rng.choice(VERBS)}."
    return body + f" {rng.choice(VERBS)} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}."

def article(rng, index):
    headline = " ".join(rng.choice(WORDS) for _ in range(7)).capitalize()
    deck = " ".join(rng.choice(WORDS) for _ in range(9)).capitalize()
    author = rng.choice(NAMES)
    caption = sentence(rng, 14)
    credit = f"{rng.choice(NAMES).upper()}/COPYDESK EXAMPLE NEWS"
    place = rng.choice(PLACES)
    paragraphs = []
    size = 0
    while size < 4300:
        p = " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
        paragraphs.append(p)
        size += len(p) + 2
    paragraphs[0] = f"{place} — {paragraphs[0]}"
    out = [headline, "", deck, "", f"By {author}", "", caption, f"{caption} {credit}", ""]
    for i, p in enumerate(paragraphs):
        out.append(p)
        out.append("")
        if i in (3, 8):
            out.append("")  # two blank lines: a section break
    return "\n".join(out).rstrip() + "\n"

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("count", type=int)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    for i in range(args.count):
        folder = os.path.join(args.outdir, f"{i // 100:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"article-{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(article(rng, i))

if __name__ == "__main__":
    main()
