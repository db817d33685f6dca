"""Write the held-out resume set: seeded synthetic people in many layouts, with exact truth.

Usage: ``python bench/heldout/generate.py [OUT_DIR]`` (default /tmp/vidyamitra-heldout).
Writes one file per resume (PDF, DOCX, TXT, MD) and ``truth.json``. Nothing generated is
committed: the seed and this code define the set.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blocks import fmt_date, make_style
from people import make_person
from render import LAYOUTS

SEED = 20261204
COUNT = 42
DEFAULT_OUT = Path("/tmp/vidyamitra-heldout")


@dataclass
class Expected:
    """What a careful reader would copy out of one generated resume."""

    file: str
    layout: str
    culture: str
    name: str
    email: str
    phone: str
    work: list[dict[str, str]]
    education: list[dict[str, str]]
    skills: list[str]
    style: dict[str, object]


def generate(out: Path = DEFAULT_OUT, count: int = COUNT, seed: int = SEED) -> list[Expected]:
    """Write ``count`` resumes and truth.json into ``out``; return the truth."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    layouts = list(LAYOUTS)
    truth: list[Expected] = []
    for index in range(count):
        person, culture = make_person(rng)
        style = make_style(rng)
        layout = layouts[index % len(layouts)]
        render, ext = LAYOUTS[layout]
        name = f"{index:02d}-{layout}.{ext}"
        (out / name).write_bytes(render(person, style))
        truth.append(
            Expected(
                file=name,
                layout=layout,
                culture=culture,
                name=person.name,
                email=person.email,
                phone=person.phone,
                work=[
                    {
                        "company": j.company,
                        "position": j.title,
                        "startDate": fmt_date(j.start, style),
                        "endDate": "Present" if j.end is None else fmt_date(j.end, style),
                    }
                    for j in person.jobs
                ],
                education=[
                    {"institution": s.institution, "degree": s.degree} for s in person.schools
                ],
                skills=person.skills,
                style={k: v for k, v in asdict(style).items() if k != "names"}
                | {"names": style.names},
            )
        )
    (out / "truth.json").write_text(
        json.dumps([asdict(t) for t in truth], indent=1, ensure_ascii=False), encoding="utf-8"
    )
    return truth


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    written = generate(target)
    print(f"wrote {len(written)} resumes and truth.json to {target}")
