"""Read and validate the question-bank YAML files into a ``QuestionBank``."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import yaml
from pydantic import ValidationError

from vidyamitra.ai.interview_models import Question
from vidyamitra.ai.offline.questionbank.bank import DomainInfo, QuestionBank
from vidyamitra.ai.offline.questionbank.schema import FileHeader, QuestionEntry

DATA_PACKAGE = "vidyamitra.data"
DATA_FOLDER = "questions"
# libyaml's loader is ~10x faster; the pure-Python one is the fallback where it is missing.
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class QuestionBankError(ValueError):
    """The bank files are invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("invalid question bank:\n- " + "\n- ".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class _ParsedFile:
    """One file's domain info and its valid questions."""

    info: DomainInfo
    entries: tuple[QuestionEntry, ...]


def load_question_bank(directory: Path | None = None) -> QuestionBank:
    """Load every ``*.yaml`` in ``directory`` (default: the packaged bank) or raise."""
    folder: Traversable = directory or resources.files(DATA_PACKAGE).joinpath(DATA_FOLDER)
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=_name)
    problems: list[str] = [] if files else [f"no *.yaml question files in {folder}"]
    parsed = [p for f in files if (p := _parse_file(f, problems)) is not None]
    _check_duplicates(parsed, problems)
    if problems:
        raise QuestionBankError(problems)
    return _build(parsed)


def _name(item: Traversable) -> str:
    """Sort key of a bank file."""
    return item.name


def _parse_file(item: Traversable, problems: list[str]) -> _ParsedFile | None:
    """Validate one file, appending problems; None when the header itself is unusable."""
    stem = item.name.removesuffix(".yaml")
    try:
        raw = yaml.load(item.read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # noqa: S506 - a SafeLoader subclass
        header = FileHeader.model_validate(raw)
    except (yaml.YAMLError, ValidationError) as exc:
        problems.append(f"{item.name}: {_describe(exc)}")
        return None
    if header.domain != stem:
        problems.append(f"{item.name}: domain {header.domain!r} must equal the file stem {stem!r}")
    entries = [
        e
        for i, q in enumerate(header.questions, 1)
        if (e := _entry(item.name, i, q, header.domain, problems))
    ]
    info = DomainInfo(header.domain, header.title, tuple(header.roles), len(entries))
    return _ParsedFile(info, tuple(entries))


def _entry(
    file: str, index: int, raw: object, domain: str, problems: list[str]
) -> QuestionEntry | None:
    """Validate one question; problems are prefixed with file, position and id."""
    label = f"{file}: question {index}"
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        label += f" ({raw['id']})"
    try:
        entry = QuestionEntry.model_validate(raw)
    except ValidationError as exc:
        problems.append(f"{label}: {_describe(exc)}")
        return None
    problems.extend(f"{label}: {p}" for p in entry.problems(domain))
    return entry


def _describe(exc: yaml.YAMLError | ValidationError) -> str:
    """One line per pydantic error, or the YAML parser message."""
    if isinstance(exc, yaml.YAMLError):
        return f"YAML error: {exc}"
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'file'}: {err['msg']}" for err in exc.errors()
    )


def _check_duplicates(parsed: list[_ParsedFile], problems: list[str]) -> None:
    """Question ids must be unique across all files."""
    seen: dict[str, str] = {}
    for file in parsed:
        for entry in file.entries:
            if entry.id in seen:
                problems.append(
                    f"duplicate question id {entry.id!r} in {seen[entry.id]} and {file.info.id}"
                )
            seen.setdefault(entry.id, file.info.id)


def _build(parsed: list[_ParsedFile]) -> QuestionBank:
    """Turn validated entries into the immutable bank."""
    questions = tuple(
        Question(
            id=e.id,
            text=e.text,
            type=e.type,
            level=e.level,
            domain=f.info.id,
            skills=list(e.skills),
            key_points=list(e.key_points),
            model_answer=e.model_answer,
            source="bank",
        )
        for f in parsed
        for e in f.entries
    )
    topics = {e.id: tuple(e.topics) for f in parsed for e in f.entries}
    return QuestionBank(questions, tuple(f.info for f in parsed), topics)
