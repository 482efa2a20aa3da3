"""What the objects tagging adds cost at best, whatever the writer: a bound, not a benchmark.

Usage: /usr/bin/python3 electron/bench/tagging-size-floor.py TAGGED.pdf UNTAGGED.pdf

Reads every object that sits in the two files' object streams (pikepdf), packs them again as a writer
could, and prints the compressed size of the tagged and untagged objects and the difference, for:
the files as written; deflate level 9; one object stream (one deflate window and index); dictionaries on
one line; and xz -9e, a far stronger compressor than any filter a PDF reader accepts (the only general
one is FlateDecode), as a lower bound no ordering or syntax of these objects can beat with deflate.
The page contents' marked-content operators come on top (not counted here).
"""

import lzma
import re
import sys
import zlib

import pikepdf


def objects(path):
    """Object number -> its text, for every object in the file's object streams."""
    out = {}
    pdf = pikepdf.open(path)  # held: its objects are read through it
    for o in pdf.objects:
        if isinstance(o, pikepdf.Stream) and o.get("/Type") == "/ObjStm":
            data = o.read_bytes()
            first = int(o.First)
            head = data[:first].split()
            ids = [int(x) for x in head[0::2]]
            offsets = [int(x) for x in head[1::2]] + [len(data) - first]
            for i, number in enumerate(ids):
                out[number] = data[first + offsets[i] : first + offsets[i + 1]].strip()
    return out


def packed(objs, level=6, per=1000, one_line=False, xz=False):
    """Compressed bytes of `objs` in object streams of `per` objects each."""
    total = 0
    items = sorted(objs.items())
    for start in range(0, len(items), per):
        chunk = items[start : start + per]
        texts = [re.sub(rb"\s*\n\s*", b" ", t) if one_line else t for _, t in chunk]
        index, at = [], 0
        for (number, _), text in zip(chunk, texts):
            index.append(b"%d %d" % (number, at))
            at += len(text) + 1
        data = b" ".join(index) + b"\n" + b"\n".join(texts)
        total += len(lzma.compress(data, preset=9 | lzma.PRESET_EXTREME)) if xz else len(zlib.compress(data, level))
    return total


tagged, untagged = objects(sys.argv[1]), objects(sys.argv[2])
print(f"objects in object streams: tagged {len(tagged)}, untagged {len(untagged)}")
for label, options in [
    ("as written (deflate 6, 1000 a stream)", {}),
    ("deflate 9", {"level": 9}),
    ("deflate 9, one stream", {"level": 9, "per": 10**9}),
    ("deflate 9, one stream, one-line dictionaries", {"level": 9, "per": 10**9, "one_line": True}),
    ("xz -9e, one stream, one-line (no PDF reader reads it)", {"per": 10**9, "one_line": True, "xz": True}),
]:
    t, u = packed(tagged, **options), packed(untagged, **options)
    print(f"{label:55} tagged {t:7} untagged {u:7} tagging adds {t - u:7} bytes")
