"""Field P/R/F1 of the offline resume parser on a held-out synthetic set it was not tuned on.

``bench/heldout/generate.py`` writes seeded synthetic resumes (invented people from several
naming cultures, 7 layouts: fpdf2 one-column and sidebar PDFs, three DOCX styles, plain text
and Markdown, with varied entry/date/heading/bullet/skills styles) and their exact truth.
Scoring reuses the matching of ``bench/resume_parse.py``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
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


# Seeds looked at while fixing the parser (misses inspected) and seeds only ever scored.
TUNING_SEEDS = (SEED, SEED + 1, SEED + 2, SEED + 3)
FRESH_SEEDS = (SEED + 4, SEED + 5, SEED + 6)


@dataclass
class Scores:
    """Counts per field and per layout over one or more generated sets."""

    fields: dict[str, Count] = field(default_factory=lambda: {k: Count() for k in FIELDS})
    layouts: dict[str, Count] = field(default_factory=lambda: defaultdict(Count))
    misses: list[str] = field(default_factory=list)
    files: int = 0


def evaluate(seed: int, folder: Path, scores: Scores) -> None:
    """Generate the set for ``seed`` into ``folder``, parse every file and add its counts."""
    for item in generate(folder, COUNT, seed):
        truth = as_truth(item, folder)
        data = truth.pdf.read_bytes()
        resume = parse_resume(extract_document(data, filename=truth.pdf.name)).resume
        scores.files += 1
        for key, c in score(truth, resume).items():
            scores.fields[key].add(c)
            scores.layouts[item.layout].add(c)
            if c.fp or c.fn:
                scores.misses.append(f"seed {seed} {item.file}: {key} fp={c.fp} fn={c.fn}")


def summary(title: str, scores: Scores) -> list[str]:
    total = Count()
    for c in scores.fields.values():
        total.add(c)
    p, r, f = total.f1()
    return [
        f"### {title}: {scores.files} resumes, micro F1 {f:.3f} (P {p:.3f}, R {r:.3f})",
        "",
        *table(scores.fields),
        "",
        "| layout | micro F1 |",
        "|---|---|",
        *(f"| {k} | {c.f1()[2]:.3f} |" for k, c in sorted(scores.layouts.items())),
        "",
    ]


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    tuning, fresh = Scores(), Scores()
    for seed in TUNING_SEEDS:
        evaluate(seed, root / f"seed-{seed}", tuning)
    for seed in FRESH_SEEDS:
        evaluate(seed, root / f"seed-{seed}", fresh)
    body = [
        "Synthetic resumes from `bench/heldout/generate.py` (invented people from Indian, East "
        "Asian, African and European naming cultures; 7 layouts: fpdf2 one-column and sidebar "
        "PDFs, DOCX paragraphs/tabs/layout table, plain text, Markdown; varied entry, date, "
        "heading, bullet, skills and contact styles; optional projects/certifications/languages "
        f"sections). Files are written under {root}, not committed.",
        "",
        f"The tuning sets (seeds {', '.join(map(str, TUNING_SEEDS))}) were inspected while "
        f"fixing the parser; the fresh sets (seeds {', '.join(map(str, FRESH_SEEDS))}) were "
        "only scored, so they are the held-out figure.",
        "",
        *summary(f"Fresh sets (held out), seeds {', '.join(map(str, FRESH_SEEDS))}", fresh),
        *summary(f"Tuning sets, seeds {', '.join(map(str, TUNING_SEEDS))}", tuning),
    ]
    print("\n".join(body))
    print("\nMisses:\n" + "\n".join(tuning.misses + fresh.misses), file=sys.stderr)
    write_section("resume-heldout", "\n".join(body))


if __name__ == "__main__":
    main()
