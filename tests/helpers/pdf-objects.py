"""How a PDF's objects are stored and tied together, read by pikepdf (a PDF library outside our code).

Usage: /usr/bin/python3 tests/helpers/pdf-objects.py FILE.pdf

Prints JSON: the header version, whether the cross-reference is a stream, how many object streams and
objects in them, and the link annotations' ties to the structure tree: annotations whose StructParent
is not in the parent tree or whose element does not hold them, OBJRs whose page is not the annotation's,
parent-tree keys that no annotation or page uses; and what would say a thing twice: an OBJR's /Pg that
is its element's, a Link element's /Alt that is its annotation's /Contents.
"""

import json
import re
import sys

import pikepdf

path = sys.argv[1]
raw = open(path, "rb").read()
pdf = pikepdf.open(path)

object_streams = [o for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Type") == "/ObjStm"]
in_streams = sum(int(s.N) for s in object_streams)
startxref = int(re.findall(rb"startxref\s+(\d+)", raw)[-1])
xref_stream = re.match(rb"\d+ 0 obj\s*<<.*?/Type /XRef", raw[startxref : startxref + 400], re.S) is not None

# The parent tree, flattened: key -> value (an element, or a page's array of elements by MCID).
parent = {}
root = pdf.Root.get("/StructTreeRoot")


def collect(node):
    for kid in node.get("/Kids", []):
        collect(kid)
    nums = node.get("/Nums", [])
    for i in range(0, len(nums), 2):
        parent[int(nums[i])] = nums[i + 1]


if root is not None:
    collect(root.ParentTree)

used = set()
orphans = 0
wrong_page = 0
objr_page_repeated = 0
alt_repeats_contents = 0
not_held = 0
annotations = 0
for page in pdf.pages:
    if "/StructParents" in page:
        used.add(int(page.StructParents))
    for annot in page.get("/Annots", []):
        if annot.get("/Subtype") != "/Link" or "/StructParent" not in annot:
            continue
        annotations += 1
        key = int(annot.StructParent)
        used.add(key)
        elem = parent.get(key)
        if elem is None:
            orphans += 1
            continue
        kids = elem.get("/K", [])
        kids = kids if isinstance(kids, pikepdf.Array) else [kids]
        objrs = [k for k in kids if isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR" and k.Obj.objgen == annot.objgen]
        if not objrs:
            not_held += 1
        else:
            # An OBJR without /Pg is on its element's page (ISO 32000-1, table 325).
            objr_page = objrs[0].Pg if "/Pg" in objrs[0] else elem.get("/Pg")
            if objr_page is None or objr_page.objgen != page.objgen:
                wrong_page += 1
            if "/Pg" in objrs[0] and "/Pg" in elem and objrs[0].Pg.objgen == elem.Pg.objgen:
                objr_page_repeated += 1
        if "/Alt" in elem and str(elem.Alt) == str(annot.get("/Contents", "")):
            alt_repeats_contents += 1

print(
    json.dumps(
        {
            "version": raw[5:8].decode(),
            "xrefStream": xref_stream,
            "objectStreams": len(object_streams),
            "objectsInStreams": in_streams,
            "objects": len(pdf.objects),
            "linkAnnotations": annotations,
            "annotationsNotInParentTree": orphans,
            "annotationsNotHeldByTheirElement": not_held,
            "objrOnAnotherPage": wrong_page,
            "objrPageRepeatingItsElements": objr_page_repeated,
            "linkAltRepeatingContents": alt_repeats_contents,
            "unusedParentTreeKeys": len(set(parent) - used),
            "parentTreeNextKey": int(root.ParentTreeNextKey) if root is not None else None,
        }
    )
)
