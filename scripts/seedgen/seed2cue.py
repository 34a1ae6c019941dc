#!/usr/bin/env python3
"""Read the five seed pages (the 2024-2025 API reference pages nflint started from) into facts.

The pages (shared/seeds) list every field as a bullet with its type, a required flag, a
description and constraints. This script parses them, repairs the nesting the scrape broke
using the JavaScript client's type declarations (the pages still define every constraint),
and writes what each page states at each path to a JSON file that scripts/refgen merges with
Northflank's current reference (schema/README.md, "The merge rule"). It no longer writes CUE:
schema/*.gen.cue come from scripts/refgen.

Usage: python3 scripts/seedgen/seed2cue.py ../shared/seeds ../shared/reference/northflank-js-client-types.d.ts \
           --facts schema/reference/seed-facts.json
"""
import json
import os
import re
import sys

KEYWORDS = ("one of", "min", "max", "min length", "max length", "pattern")

# Which page holds which bodies, and the client type that settles their nesting.
BODIES = [
    # (kind, seed file, section, definition name, d.ts type, wrapped in data)
    ("combined-service", "000_de3a7dbf658d213d.txt", "request", "#CombinedService", "CreateServiceCombinedData", False),
    ("combined-service-response", "000_de3a7dbf658d213d.txt", "response", "#CombinedServiceResponse", "CreateServiceCombinedResult", True),
    ("deployment-service", "001_0b3d970f963bdec9.txt", "request", "#DeploymentService", "CreateServiceDeploymentData", False),
    ("deployment-service-response", "001_0b3d970f963bdec9.txt", "response", "#DeploymentServiceResponse", "CreateServiceDeploymentResult", True),
    ("service", "002_8aa80caf969d1f95.txt", "response", "#Service", "GetServiceResult", True),
    ("manual-job", "003_24c4aeac9fb1aa05.txt", "request", "#ManualJob", "CreateJobManualData", False),
    ("manual-job-response", "003_24c4aeac9fb1aa05.txt", "response", "#ManualJobResponse", "CreateJobManualResult", True),
    ("build-service-patch", "004_67789af787f25195.txt", "request", "#BuildServicePatch", "PatchServiceBuildData", False),
    ("build-service-patch-response", "004_67789af787f25195.txt", "response", "#BuildServicePatchResponse", "PatchServiceBuildResult", True),
]


class Node:
    """One bullet of a page: a field, an array item, or one alternative of a oneOf/anyOf."""

    def __init__(self, indent, label, line):
        self.indent = indent
        self.label = label      # field name, or "{object}", "string", "(multiple options: oneOf)", "OR"
        self.line = line        # 1-based line in the page, for messages about the page
        self.type = None        # "string", "integer", "number", "boolean", "object", "array", "oneOf", "anyOf"
        self.required = False
        self.desc = []
        self.cons = {}          # keyword -> raw value
        self.children = []
        self.or_after = False   # an "OR" line followed this node's body
        self.after_or = False   # this node is the alternative that follows an "OR"

    def is_field(self):
        return not (self.label.startswith("{") or self.label.startswith("(") or self.label in
                    ("string", "integer", "number", "boolean", "OR"))

    def __repr__(self):
        return f"Node({self.label!r}, {self.type}, {len(self.children)})"


def parse_type(text):
    t = text.strip()
    req = t.endswith(" required")
    if req:
        t = t[: -len(" required")].strip()
    m = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean",
         "{object}": "object", "[array]": "array", "(multiple options: oneOf)": "oneOf",
         "(multiple options: anyOf)": "anyOf"}
    return m.get(t), req


def section_lines(path, section):
    """The lines of the request or response body section of a page, with their line numbers."""
    lines = open(path, encoding="utf-8").read().split("\n")
    start = end = None
    for i, l in enumerate(lines):
        s = l.strip()
        if s in ("Example request", "Example response") and end is None:
            end = i
        if start is None and s == ("Request body" if section == "request" else "Response body"):
            start = i + 1
    if section == "request":
        # the request section ends where the response section starts
        for i in range(start, len(lines)):
            if lines[i].strip() == "Response body":
                end = i
                break
    return [(i + 1, lines[i]) for i in range(start, end)]


def parse(path, section):
    nodes = []
    cur = None
    pending = None
    for no, raw in section_lines(path, section):
        s = raw.strip()
        if not s:
            continue
        if s.startswith("• "):
            indent = raw.index("•")
            label = s[2:].strip()
            if label == "OR":
                if cur is not None:
                    cur.or_after = True
                continue
            prev_or = cur is not None and cur.or_after
            if cur is not None:
                cur.or_after = False
            cur = Node(indent, label, no)
            cur.after_or = prev_or
            nodes.append(cur)
            pending = None
            if not cur.is_field():
                t, req = parse_type(label)
                cur.type = t
            continue
        if cur is None:
            continue
        if s == "OR":
            cur.or_after = True
            continue
        if s == "API":
            break  # the page's footer: the example section starts here
        if cur.is_field() and cur.type is None and s == "required":
            # a field the page gives no type still says "required" on a line of its own
            # (the cluster of the manual job response)
            cur.required = True
            continue
        if cur.is_field() and cur.type is None:
            t, req = parse_type(s)
            if t is not None:
                cur.type, cur.required = t, req
                continue
        if pending is not None:
            cur.cons[pending] = s
            pending = None
            continue
        if s in KEYWORDS:
            pending = s
            continue
        cur.desc.append(s)
    return build_tree(nodes)


def build_tree(nodes):
    root = Node(-1, "(root)", 0)
    root.type = "root"
    stack = [root]
    for n in nodes:
        if n.after_or and not n.is_field():
            # The scrape's indentation cannot be trusted here: the alternative after an "OR" is a
            # sibling of the nearest enclosing alternative.
            k = max(i for i in range(1, len(stack)) if stack[i - 1].type in ("oneOf", "anyOf"))
            del stack[k:]
            n.indent = stack[-1].indent + 1
            for m in nodes[nodes.index(n) + 1:]:
                pass
        while stack[-1].indent >= n.indent:
            stack.pop()
        stack[-1].children.append(n)
        stack.append(n)
    # the body itself is the first {object}
    body = root.children[0]
    assert body.label == "{object}", body
    extra = root.children[1:]
    body.children.extend(extra)
    return body


# ---------------------------------------------------------------- d.ts key paths

def dts_paths(path, typename):
    lines = open(path, encoding="utf-8").read().split("\n")
    start = None
    for i, l in enumerate(lines):
        if l.startswith(f"type {typename} ="):
            start = i
            break
    assert start is not None, typename
    paths = set()
    stack = []
    for l in lines[start + 1:]:
        s = l.strip()
        if s.startswith("/**") or s.startswith("*") or not s:
            continue
        if l.startswith("}"):
            break
        m = re.match(r"'([^']+)'\??:\s*(.*)$", s)
        if m:
            key, rest = m.group(1), m.group(2)
            p = tuple(stack + [key])
            paths.add(p)
            if rest.rstrip().endswith("{") or rest.rstrip().endswith("({"):
                stack.append(key)
            continue
        if s.startswith("}"):
            if s.endswith("{"):
                continue  # "} | {": another alternative of the same field
            stack.pop()
    return paths


def object_fields(node):
    """Fields of an object node, looking through alternatives and array items."""
    return [c for c in node.children if c.is_field()]


def repair(node, path, known, ancestors):
    """Move fields the scrape nested too deep to the nearest ancestor the client types place them in.

    ancestors: list of (object node, path) from the body down to node's parent object.
    """
    chain = ancestors + [(node, path)]
    i = 0
    while i < len(node.children):
        c = node.children[i]
        if c.is_field() and known and tuple(path + [c.label]) not in known:
            target = None
            for anc, apath in reversed(chain[:-1]):
                if tuple(apath + [c.label]) in known:
                    target = anc
                    break
            if target is not None:
                node.children.pop(i)
                target.children.append(c)
                continue
        i += 1
    # fields moved up from a child are appended to node.children while we walk it
    j = 0
    while j < len(node.children):
        c = node.children[j]
        j += 1
        if c.is_field():
            repair_value(c, path + [c.label], known, chain)
        else:
            repair_value(c, path, known, chain)


def repair_value(node, path, known, chain):
    if node.type == "object" or (not node.is_field() and node.label == "{object}"):
        repair(node, path, known, chain)
    elif node.type == "array":
        # Never move a field out of an array item: the client types often leave items untyped
        # (any[]), and a name found higher up would be a different field.
        for c in node.children:
            repair_value(c, path, known, [])
    else:
        for c in node.children:
            repair_value(c, path, known, chain)


# ---------------------------------------------------------------- prose and names

AT_LEAST_ONE = re.compile(r"\bAt least one \w+ is required\b", re.I)


def camel(name):
    parts = re.split(r"[^A-Za-z0-9]+", name)
    return "".join(p[:1].upper() + p[1:] for p in parts if p) or "Field"


def branch_name(c, i):
    # name an alternative after the field only it requires, else its position
    req = [f.label for f in object_fields(c) if f.required]
    m = re.search(r"\bas (\w+)\.?$", " ".join(c.desc))
    if m:
        return camel(m.group(1))
    for f in object_fields(c):
        if f.cons.get("one of") and "," not in f.cons["one of"]:
            return camel(f.cons["one of"].strip())
    return camel(req[-1]) if req else f"Option{i + 1}"


def conditional(doc):
    m = re.search(r"Required (?:in case where|when) `?(\w+)`? is (.+?)\.?$", doc)
    if not m:
        return None
    vals = re.split(r",\s*|\s+or\s+", m.group(2))
    vals = [v.strip().strip("`\"'") for v in vals if v.strip()]
    return m.group(1), vals


# ---------------------------------------------------------------- seed facts

def key_join(parent, name):
    return f"{parent}.{name}" if parent else name


def scalar_fact(n):
    """What a page states about one value: its type and keyword constraints."""
    fact = {"type": n.type}
    enum = n.cons.get("one of")
    if enum:
        fact["enum"] = [v.strip() for v in enum.split(",")]
    for kw, key in (("min", "min"), ("max", "max"), ("min length", "minLength"),
                    ("max length", "maxLength"), ("pattern", "pattern")):
        if kw in n.cons:
            fact[key] = n.cons[kw]
    return fact


def field_fact(f):
    fact = scalar_fact(f)
    fact["required"] = f.required
    fact["lines"] = [f.line]
    doc = " ".join(f.desc).strip()
    cond = conditional(doc)
    if cond:
        fact["requiredWhen"] = {"trigger": cond[0], "values": cond[1]}
    if re.search(r"\(?Deprecated\b", doc, re.I):
        fact["deprecated"] = True
    if f.type == "array" and AT_LEAST_ONE.search(doc):
        fact["minItems"] = 1
    return fact


def record(out, key, fact):
    """Keep every distinct fact a page states at one path: alternatives may state different ones."""
    variants = out.setdefault(key, [])
    lines = fact.pop("lines", [])
    for v in variants:
        if {k: x for k, x in v.items() if k != "lines"} == fact:
            v.setdefault("lines", []).extend(lines)
            return
    if lines:
        fact["lines"] = lines
    variants.append(fact)


def collect_object(node, key, out):
    for c in object_fields(node):
        k = key_join(key, c.label)
        record(out, k, field_fact(c))
        collect_value(c, k, out)


def collect_value(n, key, out):
    if n.type == "array":
        items = n.children
        if len(items) == 1 and items[0].type not in ("oneOf", "anyOf", "object") and items[0].label != "{object}":
            record(out, key + "[]", scalar_fact(items[0]))
        for item in items:
            collect_value(item, key + "[]", out)
    elif n.type in ("oneOf", "anyOf"):
        branches = [branch_name(c, i) if (c.type == "object" or c.label == "{object}") else c.type
                    for i, c in enumerate(n.children)]
        record(out, key + "|", {"union": n.type, "branches": branches})
        for c in n.children:
            if c.type == "object" or c.label == "{object}":
                collect_object(c, key, out)
            else:
                record(out, key + "|" + c.type, scalar_fact(c))
    elif n.type == "object" or n.label == "{object}":
        collect_object(n, key, out)


def facts(seeds, dts):
    """Every fact the seed pages state, by kind and path: "ports[].internalPort" (items are []),
    alternatives transparent; "deployment|" holds a union's count and branch names."""
    out = {}
    for kind, fname, section, defname, tname, wrapped in BODIES:
        body = parse(os.path.join(seeds, fname), section)
        known = dts_paths(dts, tname)
        if wrapped:
            known = {("data",) + p for p in known} | {("data",)}
        repair(body, [], known, [])
        fields = {}
        collect_object(body, "", fields)
        out[kind] = {"page": fname, "section": section, "fields": fields}
    return out


def write_facts(seeds, dts, path):
    """One line per path, so that a diff of the facts file reads like a diff of the pages."""
    kinds = facts(seeds, dts)
    out = ['{"comment": "Generated by scripts/seedgen/seed2cue.py --facts from the seed pages. DO NOT EDIT.",',
           ' "kinds": {']
    for i, kind in enumerate(sorted(kinds)):
        k = kinds[kind]
        out.append(f'  {json.dumps(kind)}: {{"page": {json.dumps(k["page"])}, "section": {json.dumps(k["section"])}, "fields": {{')
        paths = sorted(k["fields"])
        for j, p in enumerate(paths):
            sep = "," if j < len(paths) - 1 else ""
            out.append(f'   {json.dumps(p)}: {json.dumps(k["fields"][p], sort_keys=True, ensure_ascii=False)}{sep}')
        out.append("  }}" + ("," if i < len(kinds) - 1 else ""))
    out.append(" }}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    if len(sys.argv) != 5 or sys.argv[3] != "--facts":
        sys.exit("usage: seed2cue.py SEEDS CLIENT_TYPES.d.ts --facts OUT.json")
    write_facts(sys.argv[1], sys.argv[2], sys.argv[4])


if __name__ == "__main__":
    main()
