"""Job-description text to sentences: headings, section kinds, boilerplate dropped."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from vidyamitra.ai.offline.resume.lexicon import Lexicon
from vidyamitra.ai.resume_models import Importance

_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?P<head>[A-Za-z][\w'’ &/()-]{1,60}?)\s*[:：]\s*(?P<rest>.*)$"
)
_BULLET = re.compile(r"^\s*(?:[•·▪●○◦*\-–—>]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(\"'])|;\s+")


@dataclass
class Unit:
    """One sentence and the kind of section it sits in."""

    text: str
    kind: str  # required | preferred | duty | unknown


def json_job_text(text: str) -> str | None:
    """Plain text with headings for a JSON Resume job document; None for anything else."""
    if not text.lstrip().startswith("{"):
        return None
    try:
        doc = json.loads(text)
    except ValueError:
        return None
    if not isinstance(doc, dict) or not ({"title", "qualifications", "skills"} & doc.keys()):
        return None
    lines = [f"Title: {doc['title']}"] if isinstance(doc.get("title"), str) else []
    if isinstance(doc.get("description"), str):
        lines += ["", doc["description"]]
    for key, heading in (
        ("responsibilities", "Responsibilities"),
        ("qualifications", "Requirements"),
    ):
        items = [i for i in doc.get(key) or [] if isinstance(i, str)]
        lines += ["", f"{heading}:", *(f"- {i}" for i in items)] if items else []
    skills = [
        k
        for group in doc.get("skills") or []
        if isinstance(group, dict)
        for k in (group.get("keywords") or [])
        if isinstance(k, str)
    ]
    if skills:
        lines += ["", "Skills:", "- " + ", ".join(skills)]
    return "\n".join(lines)


def sentences(text: str, lexicon: Lexicon) -> tuple[list[Unit], list[str]]:
    """Sentences with the kind of section they sit in; boilerplate dropped."""
    units: list[Unit] = []
    ignored: list[str] = []
    kind = "unknown"
    paragraph: list[str] = []

    def flush() -> None:
        joined = " ".join(paragraph).strip()
        paragraph.clear()
        for sentence in _SENTENCE_END.split(joined):
            sentence = sentence.strip(" ;")
            if sentence and kind != "boilerplate" and not lexicon.boilerplate.search(sentence):
                units.append(Unit(sentence, kind))

    for raw in text.splitlines():
        line = raw.strip()
        heading = _heading(line, lexicon)
        if heading is not None:
            flush()
            kind, rest = heading
            if kind == "boilerplate":
                ignored.append(line.split(":")[0].strip("#* ").strip())
            line = rest
        if not line or _BULLET.match(raw):
            flush()
        paragraph.append(_BULLET.sub("", line))
    flush()
    return units, ignored


def _heading(line: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(kind, text after the heading) when the line opens a known section."""
    match = _HEADING.match(line)
    head, rest = (match.group("head"), match.group("rest")) if match else (line, "")
    key = re.sub(r"[^\w' &/-]", "", head.casefold().replace("’", "'")).replace("&", "and").strip()
    key = " ".join(key.split())
    if len(key.split()) > 7:
        return None
    kind = lexicon.headings.get(key)
    if kind is None and (key.startswith("about ") or key.startswith("life at ")):
        kind = "boilerplate"
    if kind is None or (match is None and len(line) > 60):
        return None
    return kind, rest


def importance(unit: Unit, lexicon: Lexicon) -> Importance:
    """'required' or 'preferred': inline markers first, then the section kind."""
    if lexicon.preferred_marker.search(unit.text):
        return "preferred"
    if lexicon.required_marker.search(unit.text):
        return "required"
    return "preferred" if unit.kind in ("preferred", "duty") else "required"
