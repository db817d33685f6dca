"""Speed and skill recall of ParsedResume -> ResumeAnalysis (the offline analyser).

Speed: every resume in resume-corpus (one file per folder: PDF, else DOCX, else text) and every
PDF in bench-data/offlinecv-fixtures is extracted and parsed once (not timed); then
``ResumeAnalyzer.analyze`` is timed best-of-ROUNDS per resume in three modes: no target,
target role, target role + job description (the four resume-matcher JDs in turn).

Recall: for the 16 fixtures with hand-made truth, the share of truth skills that name a
taxonomy skill, and of those, the share the analyser extracted.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _results import write_section
from vidyamitra.ai.offline.parsing import parse_resume
from vidyamitra.ai.offline.resume import ResumeAnalyzer
from vidyamitra.ai.offline.roles import load_role_library
from vidyamitra.ai.offline.skills import Taxonomy, load_taxonomy
from vidyamitra.ai.parsed import ParsedResume
from vidyamitra.core.errors import AppError
from vidyamitra.documents import extract_document

SHARED = Path("/work/shared")
CORPUS = SHARED / "resume-corpus"
FIXTURES = SHARED / "bench-data/offlinecv-fixtures/pdfs"
JDS = sorted((SHARED / "bench-data/jds/resume-matcher/jds").glob("*.txt"))
ROLES = ("backend-developer", "frontend-developer", "machine-learning-engineer", "product-manager")
ROUNDS = 9
TODAY = date(2026, 12, 1)


def corpus_files() -> list[Path]:
    """One document per corpus folder, preferring PDF, then DOCX, then plain text."""
    out = []
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        for pattern in ("*.pdf", "*.docx", "*.txt"):
            found = sorted(p for p in folder.glob(pattern) if p.name != "SOURCE.txt")
            if found:
                out.append(found[0])
                break
    return out


def load(path: Path) -> ParsedResume | None:
    """Extract and parse one document; None when it cannot be read."""
    try:
        return parse_resume(extract_document(path.read_bytes(), filename=path.name))
    except AppError:
        return None


def timed(analyzer: ResumeAnalyzer, parsed: list[ParsedResume]) -> dict[str, list[float]]:
    """Best-of-ROUNDS milliseconds per resume for each mode."""
    modes: dict[str, list[float]] = {"no target": [], "role": [], "role + JD": []}
    jd_texts = [p.read_text() for p in JDS]
    for i, resume in enumerate(parsed):
        role, jd = ROLES[i % len(ROLES)], jd_texts[i % len(jd_texts)]
        calls = {
            "no target": lambda r=resume: analyzer.analyze(r),
            "role": lambda r=resume, t=role: analyzer.analyze(r, target_role=t),
            "role + JD": lambda r=resume, t=role, j=jd: analyzer.analyze(
                r, target_role=t, job_description=j
            ),
        }
        for mode, call in calls.items():
            best = float("inf")
            for _ in range(ROUNDS):
                start = time.perf_counter()
                call()
                best = min(best, time.perf_counter() - start)
            modes[mode].append(best * 1000)
    return modes


def recall(analyzer: ResumeAnalyzer, taxonomy: Taxonomy) -> tuple[int, int, int, int]:
    """(truth skills, of them in the taxonomy, of those extracted, fixtures read)."""
    total = known = hit = files = 0
    for truth_path in sorted(FIXTURES.rglob("*.truth.json")):
        pdf = truth_path.with_name(truth_path.name.replace(".truth.json", ".pdf"))
        parsed = load(pdf) if pdf.exists() else None
        if parsed is None:
            continue
        files += 1
        found = {s.name for s in analyzer.analyze(parsed).skills}
        for skill in json.loads(truth_path.read_text()).get("skills", []):
            total += 1
            canonical = taxonomy.canonical(skill)
            if canonical is not None:
                known += 1
                hit += canonical in found
    return total, known, hit, files


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0..1) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    """Measure and write the section."""
    proc = Path("/proc/loadavg")
    loadavg = proc.read_text().split()[0] if proc.exists() else "?"
    start = time.perf_counter()
    taxonomy = load_taxonomy()
    roles = load_role_library(taxonomy)
    loaded = time.perf_counter()
    analyzer = ResumeAnalyzer(taxonomy, roles, today=TODAY)
    built = time.perf_counter()
    corpus = [p for p in map(load, corpus_files()) if p is not None]
    fixtures = [p for p in map(load, sorted(FIXTURES.rglob("*.pdf"))) if p is not None]
    analyzer.analyze(corpus[0], target_role=ROLES[0], job_description=JDS[0].read_text())
    rows = []
    for name, docs in (("resume-corpus", corpus), ("offlinecv-fixtures", fixtures)):
        for mode, ms in timed(analyzer, docs).items():
            rows.append(
                f"| {name} | {len(docs)} | {mode} | {statistics.median(ms):.1f} "
                f"| {pct(ms, 0.9):.1f} | {max(ms):.1f} |"
            )
    skills = [len(analyzer.analyze(p).skills) for p in corpus]
    total, known, hit, files = recall(analyzer, taxonomy)
    body = "\n".join(
        [
            f"Load taxonomy ({len(taxonomy.entries)} skills) + role library ({len(roles.roles)} "
            f"roles): {(loaded - start) * 1000:.0f} ms; build ResumeAnalyzer (compile matcher): "
            f"{(built - loaded) * 1000:.0f} ms.",
            "",
            f"ParsedResume -> ResumeAnalysis, best of {ROUNDS} per resume, warm, one process "
            f"(1-minute load average at start: {loadavg}):",
            "",
            "| set | resumes | mode | median ms | p90 ms | max ms |",
            "|---|---|---|---|---|---|",
            *rows,
            "",
            f"Skills extracted per corpus resume: median {statistics.median(skills):.0f}, "
            f"min {min(skills)}, max {max(skills)}.",
            "",
            f"Skill recall on {files} fixtures with hand-made truth: {total} truth skills, "
            f"{known} name a taxonomy skill ({known / total:.0%}); the analyser extracted "
            f"{hit} of those {known} ({hit / known:.0%}).",
        ]
    )
    write_section("resume analysis", body)
    print(body)


if __name__ == "__main__":
    main()
