"""The catalog loader refuses broken catalogs and lists every problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.ai.offline.learning.conftest import CatalogWriter, FakeTaxonomy, resource

from vidyamitra.ai.offline.learning import Catalog, CatalogError, load_catalog
from vidyamitra.ai.offline.learning.catalog_checks import url_problem
from vidyamitra.ai.offline.skills import Taxonomy


def test_valid_catalog_loads_and_indexes_by_skill(
    fake_taxonomy: FakeTaxonomy, write_catalog: CatalogWriter
) -> None:
    folder = write_catalog([resource("a", "SQL"), resource("b", "SQL"), resource("c", "Git")])
    catalog = load_catalog(fake_taxonomy, folder)
    assert len(catalog) == 3
    assert [r.id for r in catalog.for_skill("sql")] == ["a", "b"]
    assert catalog.get("c") is not None
    assert catalog.get("c").source == "curated"
    assert catalog.get("missing") is None


def test_duplicate_id_is_refused(fake_taxonomy: FakeTaxonomy, write_catalog: CatalogWriter) -> None:
    folder = write_catalog([resource("a", "SQL"), resource("a", "Git", url="https://x.org/other")])
    with pytest.raises(CatalogError) as caught:
        load_catalog(fake_taxonomy, folder)
    assert any("duplicate id" in p for p in caught.value.problems)


@pytest.mark.parametrize(
    "url",
    ["http://plain.example.org/x", "https://nodot/x", "https://has space.org/x", "example.org/x"],
)
def test_malformed_url_is_refused(
    fake_taxonomy: FakeTaxonomy, write_catalog: CatalogWriter, url: str
) -> None:
    folder = write_catalog([resource("a", "SQL", url=url)])
    with pytest.raises(CatalogError) as caught:
        load_catalog(fake_taxonomy, folder)
    assert any("malformed URL" in p for p in caught.value.problems)


def test_duplicate_url_is_refused_even_with_trailing_slash(
    fake_taxonomy: FakeTaxonomy, write_catalog: CatalogWriter
) -> None:
    first = resource("a", "SQL", url="https://Docs.example.org/guide")
    second = resource("b", "Git", url="https://docs.example.org/guide/")
    with pytest.raises(CatalogError) as caught:
        load_catalog(fake_taxonomy, write_catalog([first, second]))
    assert any("duplicate URL" in p for p in caught.value.problems)


def test_unknown_and_misspelled_skills_are_refused(
    fake_taxonomy: FakeTaxonomy, write_catalog: CatalogWriter
) -> None:
    folder = write_catalog([resource("a", "Basket Weaving"), resource("b", "js")])
    with pytest.raises(CatalogError) as caught:
        load_catalog(fake_taxonomy, folder)
    assert any("unknown skill 'Basket Weaving'" in p for p in caught.value.problems)
    assert any("must be spelled 'JavaScript'" in p for p in caught.value.problems)


def test_every_problem_is_listed_at_once(
    fake_taxonomy: FakeTaxonomy, write_catalog: CatalogWriter
) -> None:
    entries = [
        resource("a", "SQL", hours=0),
        resource("b", "SQL", type="podcast"),
        resource("c", "SQL", level="expert"),
        resource("d", "Nope"),
    ]
    with pytest.raises(CatalogError) as caught:
        load_catalog(fake_taxonomy, write_catalog(entries))
    problems = " | ".join(caught.value.problems)
    assert len(caught.value.problems) == 4
    assert "hours" in problems
    assert "type" in problems
    assert "level" in problems
    assert isinstance(caught.value, ValueError)


def test_empty_folder_is_refused(fake_taxonomy: FakeTaxonomy, tmp_path: Path) -> None:
    with pytest.raises(CatalogError):
        load_catalog(fake_taxonomy, tmp_path)


def test_url_check_allows_loopback_http_only_when_asked() -> None:
    assert url_problem("http://127.0.0.1:8000/x") is not None
    assert url_problem("http://127.0.0.1:8000/x", allow_http=True) is None
    assert url_problem("https://docs.python.org/3/") is None


def test_shipped_catalog_is_valid_and_https(catalog: Catalog, taxonomy: Taxonomy) -> None:
    assert len(catalog) > 1000
    assert all(r.url.startswith("https://") for r in catalog.resources)
    assert all(taxonomy.canonical(s) == s for r in catalog.resources for s in r.skills)
    assert {r.source for r in catalog.resources} == {"curated", "ossu", "free-programming-books"}
