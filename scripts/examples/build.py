#!/usr/bin/env python3
"""Writes public/examples/<discipline>.<lang>.json, the example projects
"Open an example" offers on the home screen, from the sources beside this
file (one per discipline, each text written in English and in French).

Run `python3 scripts/examples/build.py` after editing a source; the files
it writes are committed, and tests/examples.rs checks them. Ids are the same
in both languages, so the two files of a discipline differ only in words.
"""
import importlib.util
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
OUT = HERE.parent.parent / "public" / "examples"
LANGS = ("en", "fr")
# 2026-11-20, the residency's second week: when the examples were written.
T0 = 1795132800000


class t:
    """One text in both languages."""

    def __init__(self, en, fr):
        self.en, self.fr = en, fr


def pick(value, lang):
    if isinstance(value, t):
        return getattr(value, lang)
    if isinstance(value, dict):
        return {k: pick(v, lang) for k, v in value.items()}
    if isinstance(value, list):
        return [pick(v, lang) for v in value]
    return value


def note(id, text, colour=None, minutes=0):
    n = {"id": id, "text": text}
    if colour:
        n["colour"] = colour
    at = T0 + minutes * 60000
    n["created_at"], n["updated_at"] = at, at
    return n


def audience(id, kind, facet, importance, evidence, text):
    return {"id": id, "kind": kind, "text": text, "facet": facet,
            "importance": importance, "evidence": evidence,
            "created_at": T0, "updated_at": T0}


def offer(id, kind, answers, text):
    return {"id": id, "kind": kind, "text": text, "answers": answers,
            "created_at": T0, "updated_at": T0}


def project(src, lang):
    p = pick(src.PROJECT, lang)
    p["id"] = f"example-{src.DISCIPLINE.replace('_', '-')}-{lang}"
    p["discipline"] = src.DISCIPLINE
    p["example"] = True
    p["created_at"] = T0
    p["updated_at"] = T0 + 86400000
    return {"format": "canevas", "version": 3, "kind": "project",
            "saved_at": T0 + 86400000, "projects": [p]}


def main():
    # The sources import this module's helpers by name.
    sys.modules["build"] = sys.modules[__name__]
    OUT.mkdir(parents=True, exist_ok=True)
    for path in sorted(HERE.glob("*.py")):
        if path.name == "build.py":
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        src = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(src)
        for lang in LANGS:
            out = OUT / f"{src.DISCIPLINE}.{lang}.json"
            text = json.dumps(project(src, lang), ensure_ascii=False, indent=2)
            out.write_text(text + "\n", encoding="utf-8")
            print(f"wrote {out.relative_to(HERE.parent.parent)} ({len(text)} bytes)")


if __name__ == "__main__":
    main()
