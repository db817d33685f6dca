"""The resource catalog: loads the versioned catalog files and answers per-skill lookups."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from vidyamitra.ai.learning_models import Resource
from vidyamitra.ai.offline.learning.catalog_checks import catalog_problems
from vidyamitra.ai.offline.learning.ports import SkillNames
from vidyamitra.core.errors import AppError

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "data" / "catalog" / "resources"


class CatalogError(AppError, ValueError):
    """The catalog files are invalid; ``problems`` lists every problem found."""

    title = "Invalid resource catalog"
    type_slug = "invalid-catalog"

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} catalog problem(s): " + "; ".join(problems))
        self.problems = problems


class Catalog:
    """Validated resources, indexed by id and by skill."""

    def __init__(self, resources: Iterable[Resource]) -> None:
        self.resources: tuple[Resource, ...] = tuple(resources)
        self._by_id = {r.id: r for r in self.resources}
        self._by_skill: dict[str, list[Resource]] = {}
        for resource in self.resources:
            for skill in resource.skills:
                self._by_skill.setdefault(skill.casefold(), []).append(resource)

    def __len__(self) -> int:
        return len(self.resources)

    def get(self, resource_id: str) -> Resource | None:
        """The resource with this id, None when absent."""
        return self._by_id.get(resource_id)

    def for_skill(self, skill: str) -> list[Resource]:
        """Every resource teaching the skill (canonical name, case-insensitive)."""
        return list(self._by_skill.get(skill.casefold(), ()))

    def skills(self) -> set[str]:
        """Every skill at least one resource teaches."""
        return {skill for r in self.resources for skill in r.skills}


def load_catalog(taxonomy: SkillNames, directory: Path | None = None) -> Catalog:
    """Load and validate every ``*.yaml`` catalog file; raise CatalogError listing all problems."""
    import yaml

    folder = directory or DEFAULT_DIR
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise CatalogError([f"no catalog files in {folder}"])
    problems: list[str] = []
    resources: list[Resource] = []
    for path in files:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}  # noqa: S506
        entries = document.get("resources") if isinstance(document, dict) else None
        if not isinstance(entries, list):
            problems.append(f"{path.name}: expected a mapping with a 'resources' list")
            continue
        source = str(document.get("source", path.stem))
        for index, raw in enumerate(entries):
            resources.extend(_parse(raw, source, f"{path.name}[{index}]", problems))
    problems.extend(catalog_problems(resources, taxonomy))
    if problems:
        raise CatalogError(problems)
    return Catalog(resources)


def _parse(raw: object, source: str, where: str, problems: list[str]) -> list[Resource]:
    """One raw entry as a Resource (empty list and a problem when it does not validate)."""
    if not isinstance(raw, dict):
        problems.append(f"{where}: not a mapping")
        return []
    try:
        return [Resource.model_validate({"source": source, **raw})]
    except ValidationError as exc:
        for error in exc.errors():
            field = ".".join(str(p) for p in error["loc"])
            problems.append(f"{where} ({raw.get('id', '?')}): {field}: {error['msg']}")
        return []
