"""Field P/R/F1 of the offline resume parser on a held-out synthetic set it was not tuned on.

``bench/heldout/generate.py`` writes seeded synthetic resumes (invented people from several
naming cultures, 7 layouts: fpdf2 one-column and sidebar PDFs, three DOCX styles, plain text
and Markdown, with varied entry/date/heading/bullet/skills styles) and their exact truth.
Scoring reuses the matching of ``bench/resume_parse.py``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent / "heldout"))

from generate import COUNT, DEFAULT_OUT, SEED, Expected, generate

from _results import write_section
from resume_parse import FIELDS, Count, Truth, TruthWork, score, table
from vidyamitra.ai.offline.parsing import parse_resume
from vidyamitra.documents import extract_document


def as_truth(item: Expected, folder: Path) -> Truth:
    """The generator's truth in resume_parse's Truth shape."""
    truth = Truth("heldout", folder / item.file, item.name, item.email, item.phone)
    truth.work = [
        TruthWork(w["company"], w["position"], w["startDate"], w["endDate"]) for w in item.work
    ]
    truth.education = [(e["institution"], e["degree"]) for e in item.education]
    truth.skills = list(item.skills)
    return truth


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    expected = generate(folder)
    overall = {k: Count() for k in FIELDS}
    per_layout: dict[str, Count] = defaultdict(Count)
    misses: list[str] = []
    for item in expected:
        truth = as_truth(item, folder)
        data = truth.pdf.read_bytes()
        resume = parse_resume(extract_document(data, filename=truth.pdf.name)).resume
        for key, c in score(truth, resume).items():
            overall[key].add(c)
            per_layout[item.layout].add(c)
            if c.fp or c.fn:
                misses.append(f"{item.file}: {key} fp={c.fp} fn={c.fn}")
    total = Count()
    for c in overall.values():
        total.add(c)
    p, r, f = total.f1()
    body = [
        f"{len(expected)} synthetic resumes from `bench/heldout/generate.py` (seed {SEED}, "
        f"{COUNT} files, written to {folder}); the parser was not developed on them.",
        "",
        f"**Overall (micro) F1 {f:.3f}** (precision {p:.3f}, recall {r:.3f}).",
        "",
        *table(overall),
        "",
        "| layout | micro F1 |",
        "|---|---|",
        *(f"| {k} | {c.f1()[2]:.3f} |" for k, c in sorted(per_layout.items())),
    ]
    print("\n".join(body))
    print("\nMisses:\n" + "\n".join(misses), file=sys.stderr)
    write_section("resume-heldout", "\n".join(body))


if __name__ == "__main__":
    main()
