"""Field-level precision/recall/F1 of the offline resume parser against hand-made truth.

Truth: the 16 ``*.truth.json`` files of bench-data/offlinecv-fixtures and the JSON Resume /
RenderCV YAML / OpenResume sources in resume-corpus. Also checks that every PDF in both
folders parses or is refused with UnreadableDocument (never another exception).

Matching: text is compared after NFKC, lower-casing, dropping punctuation (except + and #)
and collapsing whitespace; degrees also drop "in/of/degree"; phones compare their last ten
digits; dates compare at month precision (a year-only date matches a date in that year).
"""

from __future__ import annotations

import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _results import write_section
from vidyamitra.ai.jsonresume import JsonResume
from vidyamitra.ai.offline.parsing import parse_resume
from vidyamitra.ai.offline.parsing.dates import find_dates, to_iso
from vidyamitra.core.errors import UnreadableDocument
from vidyamitra.documents import extract_document

SHARED = Path("/work/shared")
FIXTURES = SHARED / "bench-data/offlinecv-fixtures/pdfs"
CORPUS = SHARED / "resume-corpus"
FIELDS = (
    "name",
    "email",
    "phone",
    "work.company",
    "work.position",
    "work.startDate",
    "work.endDate",
    "education.institution",
    "education.degree",
    "skills",
)


@dataclass
class TruthWork:
    company: str | None
    position: str | None
    start: str | None
    end: str | None


@dataclass
class Truth:
    """What a person reading the resume would write down."""

    source: str
    pdf: Path
    name: str | None
    email: str | None
    phone: str | None
    work: list[TruthWork] = field(default_factory=list)
    education: list[tuple[str | None, str | None]] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Count) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def f1(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def norm(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).lower().replace("&", " and ")
    text = re.sub(r"[^\w\s+#]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def norm_degree(text: str | None) -> str:
    return " ".join(w for w in norm(text).split() if w not in {"in", "of", "degree"})


def norm_phone(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")[-10:]


def norm_date(text: str | None) -> str:
    if not text:
        return ""
    if re.search(r"present|current|now", text, re.IGNORECASE):
        return "present"
    return to_iso(text) or norm(text)


def date_match(pred: str, truth: str) -> bool:
    return (
        pred == truth
        or (len(truth) == 4 and pred[:4] == truth)
        or (len(pred) == 4 and truth[:4] == pred)
    )


def split_truth_dates(text: str | None) -> tuple[str | None, str | None]:
    found = find_dates(text or "")
    if found is None:
        return None, None
    if not found.is_range:
        return found.start_raw, found.start_raw
    return found.start_raw, found.end_raw


def load_fixture_truth() -> list[Truth]:
    out: list[Truth] = []
    for path in sorted(FIXTURES.glob("*/*.truth.json")):
        data = json.loads(path.read_text())
        contact = data["contact"]
        truth = Truth(
            "offlinecv",
            path.with_name(path.name.replace(".truth.json", ".pdf")),
            contact.get("full_name"),
            contact.get("email"),
            contact.get("phone"),
        )
        for item in data.get("experience", []):
            start, end = split_truth_dates(item.get("dates"))
            truth.work.append(TruthWork(item.get("company"), item.get("title"), start, end))
        truth.education = [
            (e.get("institution"), e.get("degree")) for e in data.get("education", [])
        ]
        truth.skills = list(data.get("skills", []))
        out.append(truth)
    return out


def load_corpus_truth() -> list[Truth]:
    out: list[Truth] = []
    data = json.loads((CORPUS / "jsonresume-stackoverflow-corser/resume.json").read_text())
    basics = data["basics"]
    truth = Truth(
        "resume-corpus",
        CORPUS / "jsonresume-stackoverflow-corser/resume.pdf",
        basics.get("name"),
        basics.get("email"),
        basics.get("phone"),
    )
    truth.work = [
        TruthWork(
            w.get("company") or w.get("name"),
            w.get("position"),
            w.get("startDate"),
            w.get("endDate") or "Present",
        )
        for w in data.get("work", [])
    ]
    truth.education = [
        (e.get("institution"), f"{e.get('studyType', '')} {e.get('area', '')}")
        for e in data.get("education", [])
    ]
    truth.skills = [k for s in data.get("skills", []) for k in s.get("keywords", [])]
    out.append(truth)
    data = json.loads(
        (CORPUS / "openresume-sample/ground-truth-from-constants.ts.json").read_text()
    )
    profile = data["profile"]
    truth = Truth(
        "resume-corpus",
        CORPUS / "openresume-sample/openresume-resume.pdf",
        profile.get("name"),
        profile.get("email"),
        profile.get("phone"),
    )
    for w in data["workExperiences"]:
        start, end = split_truth_dates(w.get("date"))
        truth.work.append(TruthWork(w.get("company"), w.get("jobTitle"), start, end))
    truth.education = [(e.get("school"), e.get("degree")) for e in data["educations"]]
    skills = data.get("skills", {})
    truth.skills = [s["skill"] for s in skills.get("featuredSkills", []) if s.get("skill")]
    for line in skills.get("descriptions", []):
        truth.skills.extend(k.strip() for k in line.split(":", 1)[-1].split(","))
    out.append(truth)
    for folder in ("rendercv-classic", "rendercv-moderncv"):
        yml = next((CORPUS / folder).glob("*.yaml"))
        cv = yaml.safe_load(yml.read_text())["cv"]
        truth = Truth(
            "resume-corpus",
            next((CORPUS / folder).glob("*.pdf")),
            cv.get("name"),
            cv.get("email"),
            cv.get("phone"),
        )
        sections = cv.get("sections", {})
        truth.work = [
            TruthWork(
                w.get("company"),
                w.get("position"),
                str(w.get("start_date")),
                str(w.get("end_date")),
            )
            for w in sections.get("experience", [])
        ]
        truth.education = [
            (e.get("institution"), f"{e.get('degree', '')} {e.get('area', '')}")
            for e in sections.get("education", [])
        ]
        truth.skills = [
            k.strip()
            for s in sections.get("skills", [])
            for k in str(s.get("details", "")).split(",")
        ]
        out.append(truth)
    return out


def scalar(pred: str | None, truth: str | None, same: bool) -> Count:
    if not truth:
        return Count(fp=1 if pred else 0)
    if same:
        return Count(tp=1)
    return Count(fp=1 if pred else 0, fn=1)


def score(truth: Truth, resume: JsonResume) -> dict[str, Count]:
    b = resume.basics
    counts: dict[str, Count] = {
        "name": scalar(b.name, truth.name, norm(b.name) == norm(truth.name)),
        "email": scalar(b.email, truth.email, norm(b.email) == norm(truth.email)),
        "phone": scalar(
            b.phone,
            truth.phone,
            bool(truth.phone) and norm_phone(b.phone) == norm_phone(truth.phone),
        ),
    }
    for key in FIELDS[3:]:
        counts[key] = Count()
    used: set[int] = set()
    for tw in truth.work:
        best = max(
            (i for i in range(len(resume.work)) if i not in used),
            default=None,
            key=lambda i: (norm(resume.work[i].name) == norm(tw.company))
            + (norm(resume.work[i].position) == norm(tw.position))
            - 0.01 * i,
        )
        pw = resume.work[best] if best is not None else None
        if best is not None:
            used.add(best)
        pairs = {
            "work.company": (pw.name if pw else None, tw.company, norm),
            "work.position": (pw.position if pw else None, tw.position, norm),
            "work.startDate": (pw.startDateRaw if pw else None, tw.start, norm_date),
            "work.endDate": ((pw.endDateRaw if pw else None), tw.end, norm_date),
        }
        for key, (pv, tv, fn) in pairs.items():
            ok = (
                bool(tv)
                and bool(pv)
                and (date_match(fn(pv), fn(tv)) if "Date" in key else fn(pv) == fn(tv))
            )
            counts[key].add(scalar(pv, tv, ok))
    for i, pw in enumerate(resume.work):
        if i not in used:
            for key, value in (
                ("work.company", pw.name),
                ("work.position", pw.position),
                ("work.startDate", pw.startDateRaw),
                ("work.endDate", pw.endDateRaw),
            ):
                counts[key].add(Count(fp=1 if value else 0))
    used = set()
    for institution, degree in truth.education:
        best = max(
            (i for i in range(len(resume.education)) if i not in used),
            default=None,
            key=lambda i: (norm(resume.education[i].institution) == norm(institution)) - 0.01 * i,
        )
        pe = resume.education[best] if best is not None else None
        if best is not None:
            used.add(best)
        pdeg = f"{pe.studyType or ''} {pe.area or ''}".strip() if pe else None
        counts["education.institution"].add(
            scalar(
                pe.institution if pe else None,
                institution,
                bool(pe) and norm(pe.institution if pe else "") == norm(institution),
            )
        )
        counts["education.degree"].add(
            scalar(pdeg or None, degree, norm_degree(pdeg) == norm_degree(degree))
        )
    for i, pe in enumerate(resume.education):
        if i not in used:
            counts["education.institution"].add(Count(fp=1 if pe.institution else 0))
            counts["education.degree"].add(Count(fp=1 if pe.studyType else 0))
    predicted = {norm(k) for s in resume.skills for k in s.keywords}
    wanted = {norm(k) for k in truth.skills if norm(k)}
    counts["skills"] = Count(
        len(predicted & wanted), len(predicted - wanted), len(wanted - predicted)
    )
    return counts


def robustness() -> tuple[int, int, list[str]]:
    """(parsed, refused as unreadable, crashes) over every PDF in both folders."""
    parsed = refused = 0
    crashes: list[str] = []
    for pdf in sorted([*FIXTURES.rglob("*.pdf"), *CORPUS.rglob("*.pdf")]):
        try:
            parse_resume(extract_document(pdf.read_bytes(), filename=pdf.name))
            parsed += 1
        except UnreadableDocument:
            refused += 1
        except Exception as exc:  # a crash is what this check counts
            crashes.append(f"{pdf.name}: {type(exc).__name__}: {exc}")
    return parsed, refused, crashes


def table(rows: dict[str, Count]) -> list[str]:
    lines = ["| field | precision | recall | F1 | tp/fp/fn |", "|---|---|---|---|---|"]
    for key, c in rows.items():
        p, r, f = c.f1()
        lines.append(f"| {key} | {p:.3f} | {r:.3f} | {f:.3f} | {c.tp}/{c.fp}/{c.fn} |")
    return lines


def main() -> None:
    truths = load_fixture_truth() + load_corpus_truth()
    per_source: dict[str, dict[str, Count]] = defaultdict(lambda: {k: Count() for k in FIELDS})
    overall = {k: Count() for k in FIELDS}
    misses: list[str] = []
    for truth in truths:
        resume = parse_resume(extract_document(truth.pdf.read_bytes())).resume
        for key, c in score(truth, resume).items():
            per_source[truth.source][key].add(c)
            overall[key].add(c)
            if c.fp or c.fn:
                misses.append(f"{truth.pdf.name}: {key} fp={c.fp} fn={c.fn}")
    total = Count()
    for c in overall.values():
        total.add(c)
    started = time.perf_counter()
    parsed, refused, crashes = robustness()
    seconds = time.perf_counter() - started
    p, r, f = total.f1()
    macro = sum(c.f1()[2] for c in overall.values()) / len(overall)
    worst = sorted(overall.items(), key=lambda kv: kv[1].f1()[2])[:4]
    body = [
        f"Truth files: {len(truths)} ({sum(t.source == 'offlinecv' for t in truths)} "
        f"offlinecv truth.json, {sum(t.source == 'resume-corpus' for t in truths)} "
        "resume-corpus JSON/YAML).",
        "",
        f"**Overall (micro) F1 {f:.3f}** (precision {p:.3f}, recall {r:.3f}); "
        f"macro F1 over fields {macro:.3f}.",
        "",
        "### Per field, all sources",
        "",
        *table(overall),
        "",
    ]
    for source, counts in sorted(per_source.items()):
        total_s = Count()
        for c in counts.values():
            total_s.add(c)
        body += [f"### {source} (micro F1 {total_s.f1()[2]:.3f})", "", *table(counts), ""]
    body += [
        "Worst fields: " + ", ".join(f"{k} ({c.f1()[2]:.3f})" for k, c in worst),
        "",
        f"Robustness: {parsed + refused + len(crashes)} PDFs, {parsed} parsed, {refused} "
        f"refused as UnreadableDocument, {len(crashes)} crashed ({seconds:.1f} s).",
        "",
    ]
    body += [f"- crash: {c}" for c in crashes]
    print("\n".join(body))
    print("\nMisses:\n" + "\n".join(misses), file=sys.stderr)
    write_section("resume-parse", "\n".join(body))


if __name__ == "__main__":
    main()
