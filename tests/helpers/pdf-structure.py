"""A PDF's structure tree, read by pikepdf (a PDF library outside our code), as JSON on stdout.

Usage: /usr/bin/python3 tests/helpers/pdf-structure.py FILE.pdf

Prints {catalog facts, "tree": the structure elements in order, each with its type, attributes and
its text (its marked content and its children's, in order, decoded through each font's ToUnicode map),
"untagged": painting operators found outside both tagged content and artifacts}.
"""

import json
import re
import sys

import pikepdf

PAINTING = {"Tj", "TJ", "'", '"', "Do", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "BI", "INLINE IMAGE"}


def to_unicode_map(font):
    """Character code -> text, from the font's ToUnicode CMap (bfchar and bfrange); codes are 2 bytes in
    a Type0 font (as pdfkit writes them), 1 byte in a simple font (as LibreOffice writes them)."""
    mapping = {"width": 2 if str(font.get("/Subtype", "")) == "/Type0" else 1}
    if "/ToUnicode" not in font:
        return mapping
    cmap = font.ToUnicode.read_bytes().decode("latin1")

    def hex_text(h):
        raw = bytes.fromhex(h)
        return raw.decode("utf-16-be", errors="replace")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>", block):
            mapping[int(src, 16)] = hex_text(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, rest in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)", block):
            lo, hi = int(lo, 16), int(hi, 16)
            if rest.startswith("["):
                for i, dst in enumerate(re.findall(r"<([0-9a-fA-F\s]*)>", rest)):
                    mapping[lo + i] = hex_text(re.sub(r"\s", "", dst))
            else:
                start = bytes.fromhex(rest[1:-1])
                base = int.from_bytes(start, "big")
                for i in range(hi - lo + 1):
                    mapping[lo + i] = (base + i).to_bytes(len(start), "big").decode("utf-16-be", errors="replace")
    return mapping


def decode(data, cmap):
    width = cmap.get("width", 2)
    codes = range(0, len(data) - width + 1, width)
    return "".join(cmap.get(int.from_bytes(data[i : i + width], "big"), "") for i in codes)


def page_content(page, page_index, untagged):
    """MCID -> text on a page; painting outside tagged content or artifacts goes to `untagged`."""
    fonts = {}
    resources = page.get("/Resources", {})
    for name, font in resources.get("/Font", {}).items():
        fonts[name] = to_unicode_map(font)
    texts = {}
    stack = []  # each: MCID, or "Artifact", or None (another marked content)
    cmap = {}
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "BDC":
            tag = str(operands[0])
            props = operands[1]
            mcid = None
            if isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                mcid = int(props.MCID)
            stack.append("Artifact" if tag == "/Artifact" else mcid)
        elif op == "BMC":
            stack.append("Artifact" if str(operands[0]) == "/Artifact" else None)
        elif op == "EMC":
            if stack:
                stack.pop()
        elif op == "Tf":
            cmap = fonts.get(str(operands[0]), {})
        if op in PAINTING:
            marks = [m for m in stack if m is not None]
            if not marks:
                untagged.append({"page": page_index + 1, "operator": op})
                continue
            if marks[-1] == "Artifact" or "Artifact" in marks:
                continue
            mcid = marks[-1]
            if op in ("Tj", "'", '"'):
                texts[mcid] = texts.get(mcid, "") + decode(bytes(operands[-1]), cmap)
            elif op == "TJ":
                for item in operands[0]:
                    if isinstance(item, pikepdf.String):
                        texts[mcid] = texts.get(mcid, "") + decode(bytes(item), cmap)
    return texts


def main(path):
    pdf = pikepdf.open(path)
    root = pdf.Root
    untagged = []
    page_index = {}
    contents = {}
    for i, page in enumerate(pdf.pages):
        page_index[page.obj.objgen] = i
        contents[i] = page_content(page, i, untagged)

    def element(node, page=None):
        if "/Pg" in node:
            page = page_index.get(node.Pg.objgen, page)
        out = {"type": str(node.get("/S", ""))[1:]}
        for key in ("/Alt", "/Lang", "/ID", "/ActualText"):
            if key in node:
                out[key[1:].lower()] = str(node[key])
        attributes = node.get("/A")
        for attribute in attributes if isinstance(attributes, pikepdf.Array) else [attributes]:
            if isinstance(attribute, pikepdf.Dictionary) and "/Scope" in attribute:
                out["scope"] = str(attribute.Scope)[1:]
            if isinstance(attribute, pikepdf.Dictionary) and "/BaselineShift" in attribute:
                out["baselineShift"] = float(attribute.BaselineShift)
        text = ""
        children = []
        kids = node.get("/K")
        if kids is None:
            kids = []
        elif not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for kid in kids:
            if isinstance(kid, int):
                text += contents.get(page, {}).get(int(kid), "")
                children.append({"mcid": int(kid)})
            elif isinstance(kid, pikepdf.Dictionary):
                kind = str(kid.get("/Type", ""))
                if kind == "/MCR":
                    p = page_index.get(kid.Pg.objgen, page) if "/Pg" in kid else page
                    text += contents.get(p, {}).get(int(kid.MCID), "")
                    children.append({"mcid": int(kid.MCID)})
                elif kind == "/OBJR":
                    obj = kid.Obj
                    children.append(
                        {
                            "annotation": str(obj.get("/Subtype", ""))[1:],
                            "contents": str(obj.get("/Contents", "")),
                            "structParent": int(obj.StructParent) if "/StructParent" in obj else None,
                        }
                    )
                else:
                    child = element(kid, page)
                    children.append(child)
                    text += child.get("text", "")
        if text:
            out["text"] = text
        if any("type" in c for c in children) or any("annotation" in c for c in children):
            out["children"] = [c for c in children if "type" in c or "annotation" in c]
        return out

    tree = []
    if "/StructTreeRoot" in root:
        kids = root.StructTreeRoot.get("/K")
        if kids is not None:
            if not isinstance(kids, pikepdf.Array):
                kids = [kids]
            tree = [element(k) for k in kids]
    xmp = pdf.open_metadata()
    annotations = [
        {"page": i + 1, "subtype": str(a.get("/Subtype", ""))[1:], "structParent": "/StructParent" in a,
         "contents": str(a.get("/Contents", ""))}
        for i, page in enumerate(pdf.pages)
        for a in page.get("/Annots", [])
    ]
    print(
        json.dumps(
            {
                "lang": str(root.get("/Lang", "")),
                "marked": bool(root.get("/MarkInfo", {}).get("/Marked", False)),
                "displayDocTitle": bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)),
                "xmpTitle": xmp.get("dc:title"),
                "pdfuaPart": xmp.get("{http://www.aiim.org/pdfua/ns/id/}part"),
                "pdfaPart": xmp.get("{http://www.aiim.org/pdfa/ns/id/}part"),
                "pdfaConformance": xmp.get("{http://www.aiim.org/pdfa/ns/id/}conformance"),
                "outputIntents": [
                    {
                        "subtype": str(i.get("/S", "")),
                        "components": int(i.DestOutputProfile.get("/N", 0)) if "/DestOutputProfile" in i else 0,
                        "condition": str(i.get("/OutputConditionIdentifier", "")),
                    }
                    for i in root.get("/OutputIntents", [])
                ],
                "trailerId": "/ID" in pdf.trailer,
                "encrypted": pdf.is_encrypted,
                "version": pdf.pdf_version,
                "tabsStructure": all(str(p.obj.get("/Tabs", "")) == "/S" for p in pdf.pages),
                "annotations": annotations,
                "tree": tree,
                "untagged": untagged,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
