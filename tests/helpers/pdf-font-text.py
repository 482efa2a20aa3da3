"""The text a PDF draws in each font, read by pikepdf (a PDF library outside our code), as JSON on stdout.

Usage: /usr/bin/python3 tests/helpers/pdf-font-text.py FILE.pdf

Prints [{"page": n (from 1), "font": the font's BaseFont without its subset tag ("NotoSansSC-Regular"),
"text": what one text-showing operator draws, decoded through the font's ToUnicode map}], in drawing order.
"""

import importlib.util
import json
import os
import sys

import pikepdf

spec = importlib.util.spec_from_file_location(
    "pdf_structure", os.path.join(os.path.dirname(os.path.abspath(__file__)), "pdf-structure.py")
)
structure = importlib.util.module_from_spec(spec)
spec.loader.exec_module(structure)

runs = []
pdf = pikepdf.open(sys.argv[1])
for index, page in enumerate(pdf.pages):
    fonts = {}
    for name, font in page.get("/Resources", {}).get("/Font", {}).items():
        base = str(font.get("/BaseFont", name)).lstrip("/")
        fonts[name] = (base.split("+", 1)[-1], structure.to_unicode_map(font))
    current = ("", {})
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "Tf":
            current = fonts.get(str(operands[0]), ("", {}))
        elif op in ("Tj", "'", '"', "TJ"):
            parts = operands[0] if op == "TJ" else [operands[-1]]
            data = b"".join(bytes(p) for p in parts if isinstance(p, pikepdf.String))
            runs.append({"page": index + 1, "font": current[0], "text": structure.decode(data, current[1])})
print(json.dumps(runs, ensure_ascii=False))
