"""Skills ("Label: a, b, c" groups, lists, columns) and spoken languages with fluency."""

from __future__ import annotations

import re
from dataclasses import replace

from vidyamitra.ai.jsonresume import Language, Skill
from vidyamitra.ai.offline.parsing.rows import Row, strip_bullet

_LABEL = re.compile(r"^\s*([^:：]{1,40}?)\s*[:：]\s*(.*)$")
_SEPARATORS = re.compile(r"[,;•·|▪◦●/]")
_FLUENCY = re.compile(
    r"\b(native|mother tongue|bilingual|fluent|fluency|proficient|professional|advanced|"
    r"intermediate|conversational|basic|beginner|elementary|limited working|full professional"
    r"|working|[ABC][12])\b[\w\s]*",
    re.IGNORECASE,
)


def split_keywords(text: str) -> list[str]:
    """Split a list on , ; • | (never inside parentheses), keeping each item as written."""
    items: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in text:
        depth += ch in "([{"
        depth -= ch in ")]}" and depth > 0
        if depth == 0 and ch in ",;•·|▪◦●":
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    cleaned = [re.sub(r"^(?:and|&)\s+", "", i.strip().rstrip(".").strip()) for i in items]
    return [i for i in cleaned if i and any(c.isalnum() for c in i)]


def parse_skills(
    rows: list[Row], bold_informative: bool, heading: str | None = None
) -> list[Skill]:
    """Skill groups: a label with its keywords, or unlabeled keywords in reading order
    (named by the section ``heading`` until a label appears)."""
    groups: list[Skill] = []
    pending: str | None = heading.strip().rstrip(":：").strip() or None if heading else None
    texts = _unwrap(by_columns(rows))
    open_group = wrapped = False
    for row, text in texts:
        label, rest = _label(row, text)
        if label is not None and rest:
            groups.append(Skill(name=label, keywords=split_keywords(rest)))
            pending, open_group, wrapped = None, True, not rest.rstrip().endswith(",")
            continue
        listed = bool(_SEPARATORS.search(text)) or not wrapped
        if open_group and groups and label is None and not row.bold and listed:
            more = split_keywords(text)
            if wrapped and more and groups[-1].keywords:
                groups[-1].keywords[-1] += " " + more.pop(0)
            groups[-1].keywords.extend(more)
            wrapped = not text.rstrip().endswith(",")
            continue
        open_group = False
        if label is not None or (
            bold_informative
            and row.bold
            and len(text.split()) <= 3
            and not _SEPARATORS.search(text)
        ):
            pending = label or text
            continue
        keywords = [k for part in row.parts for k in split_keywords(strip_bullet(part))]
        if not keywords:
            continue
        if groups and groups[-1].name == pending:
            groups[-1].keywords.extend(keywords)
        else:
            groups.append(Skill(name=pending, keywords=keywords))
    return [g for g in groups if g.keywords]


def by_columns(rows: list[Row]) -> list[Row]:
    """Rows of side-by-side "Label: ..." columns, read one column after the other."""
    lead = next(
        (
            r
            for r in rows
            if len(r.parts) >= 2
            and len(r.starts) == len(r.parts)
            and sum(bool(_LABEL.match(p)) for p in r.parts) >= 2
        ),
        None,
    )
    if lead is None:
        return rows
    columns: list[list[Row]] = [[] for _ in lead.starts]
    for row in rows:
        if len(row.starts) != len(row.parts):
            columns[0].append(row)
            continue
        for part, start in zip(row.parts, row.starts, strict=True):
            index = min(range(len(lead.starts)), key=lambda i: abs(lead.starts[i] - start))
            columns[index].append(replace(row, parts=(part,), starts=(start,), x0=start))
    return [row for column in columns for row in column]


def _label(row: Row, text: str) -> tuple[str | None, str]:
    """("Label", rest) for "Label: rest" or a two-part row whose first part ends in ':'."""
    if len(row.parts) == 2 and row.parts[0].rstrip().endswith((":", "：")):
        return row.parts[0].rstrip(" :："), row.parts[1]
    match = _LABEL.match(text)
    if match and len(match.group(1).split()) <= 5 and "http" not in match.group(1).lower():
        return match.group(1).strip(), match.group(2).strip()
    return None, text


def _unwrap(rows: list[Row]) -> list[tuple[Row, str]]:
    """Join a list line wrapped onto a short next line ("..., Distributed" + "Systems")."""
    out: list[tuple[Row, str]] = []
    for row in rows:
        text = strip_bullet(" ".join(row.parts))
        if (
            out
            and len(text.split()) <= 2
            and not _SEPARATORS.search(text)
            and not row.bullet
            and not text.endswith((":", "："))
        ):
            prev_row, prev = out[-1]
            if len(_SEPARATORS.findall(prev)) >= 2 and not prev.rstrip().endswith((",", ";")):
                merged = Row(
                    (prev + " " + text,),
                    prev_row.page,
                    prev_row.column,
                    prev_row.x0,
                    prev_row.y0,
                    prev_row.size,
                    prev_row.bold,
                    prev_row.italic,
                    prev_row.heading,
                    prev_row.bullet,
                )
                out[-1] = (merged, prev + " " + text)
                continue
        out.append((row, text))
    return out


def parse_languages(rows: list[Row]) -> list[Language]:
    """Languages with fluency: "English (Native)", "Hindi - Fluent", "Fluent in Spanish"."""
    result: list[Language] = []
    for row in rows:
        for item in split_keywords(strip_bullet(" ".join(row.parts))):
            result.append(_language(item))
    return [r for r in result if r.language]


def _language(item: str) -> Language:
    item = re.sub(r"[\s○●◯◉★☆■□▪▫•·]+$", "", item)
    paren = re.match(r"^(.*?)\s*\((.+)\)\s*$", item)
    if paren:
        return Language(language=paren.group(1).strip() or None, fluency=paren.group(2).strip())
    split = re.split(r"\s*[:\-–—]\s*", item, maxsplit=1)
    if len(split) == 2 and split[0] and split[1]:
        return Language(language=split[0], fluency=split[1])
    lead = re.match(r"^(\w+(?:\s\w+)?)\s+in\s+(.+)$", item)
    if lead and _FLUENCY.match(lead.group(1)):
        return Language(language=lead.group(2), fluency=lead.group(1))
    return Language(language=item, fluency=None)
