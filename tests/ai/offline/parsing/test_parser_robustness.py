"""The parser never crashes, whatever text it is given."""

from __future__ import annotations

import random

import pytest

from vidyamitra.ai.offline.parsing import parse_resume_text

ODD = [
    "",
    "\n\n\n",
    "@@@@ | | | • • •",
    "EXPERIENCE\nEDUCATION\nSKILLS",
    "Skills:\n:\n::\nLabel: ,,,;;;",
    "2019 - 2020\n2021 - 2022\n" * 50,
    "(((((( [[[[ ]]]] ))))",
    "a" * 50_000,
    "Ünïcødé ✓ ★ 中文 العربية\u200b\u202e\ufeff",
    "•\n•\n- \n* ",
    "Jo Park\nEXPERIENCE\n— at — | · @ ,\n2019 –\n– Present",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_inputs(text: str) -> None:
    parsed = parse_resume_text(text)
    assert parsed.resume is not None


def test_random_text_does_not_crash() -> None:
    rng = random.Random(1234)
    alphabet = "abcXYZ 0123456789|•·-–—,:;()@./\t\n#*_" + "Engineer University 2019 Present "
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
        parse_resume_text(text)


def test_shuffled_resume_lines_do_not_crash() -> None:
    lines = [
        "Jo Park",
        "jo@example.com",
        "EXPERIENCE",
        "Engineer at Acme",
        "Jan 2020 - Present",
        "• did things",
        "EDUCATION",
        "BSc Physics, Delhi University",
        "SKILLS",
        "Go, Rust",
    ]
    rng = random.Random(99)
    for _ in range(100):
        rng.shuffle(lines)
        parse_resume_text("\n".join(lines))
