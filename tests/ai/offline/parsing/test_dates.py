"""Resume date forms become partial ISO dates with the written form kept."""

from __future__ import annotations

import pytest

from vidyamitra.ai.offline.parsing.dates import find_dates


@pytest.mark.parametrize(
    ("text", "start", "end", "start_raw", "end_raw"),
    [
        ("Jan 2019 - Mar 2020", "2019-01", "2020-03", "Jan 2019", "Mar 2020"),
        ("January 2019 – Present", "2019-01", None, "January 2019", "Present"),
        ("Sept. 2023 — current", "2023-09", None, "Sept. 2023", "Present"),
        ("03/2019 - Now", "2019-03", None, "03/2019", "Present"),
        ("2019-03 to 2020-11", "2019-03", "2020-11", "2019-03", "2020-11"),
        ("2019.03 ~ 2021.12", "2019-03", "2021-12", "2019.03", "2021.12"),
        ("2019–21", "2019", "2021", "2019", "21"),
        ("2015 - 2019", "2015", "2019", "2015", "2019"),
        ("Jun '21 – Aug '22", "2021-06", "2022-08", "Jun '21", "Aug '22"),
    ],
)
def test_ranges(
    text: str, start: str | None, end: str | None, start_raw: str, end_raw: str
) -> None:
    found = find_dates(f"Acme Corp | {text} | Pune")
    assert found is not None
    assert found.is_range
    assert (found.start, found.end) == (start, end)
    assert (found.start_raw, found.end_raw) == (start_raw, end_raw)


@pytest.mark.parametrize(
    ("text", "iso", "raw"),
    [
        ("Summer 2019", "2019", "Summer 2019"),
        ("May 2014", "2014-05", "May 2014"),
        ("Graduated 2018", "2018", "2018"),
        ("12/2020", "2020-12", "12/2020"),
    ],
)
def test_single_dates(text: str, iso: str, raw: str) -> None:
    found = find_dates(text)
    assert found is not None
    assert not found.is_range
    assert (found.start, found.start_raw) == (iso, raw)


@pytest.mark.parametrize("text", ["(312) 555-0123", "Python 3 and Go", "v2.0.1", "", "Room 1200"])
def test_non_dates(text: str) -> None:
    assert find_dates(text) is None


def test_placeholder_years_keep_the_raw_text_only() -> None:
    found = find_dates("March 20XX – December 20XX")
    assert found is not None
    assert (found.start, found.end) == (None, None)
    assert (found.start_raw, found.end_raw) == ("March 20XX", "December 20XX")


def test_a_list_of_dates_keeps_its_first_as_the_start() -> None:
    found = find_dates("Summer 2013, 2014")
    assert found is not None
    assert (found.start, found.end, found.start_raw, found.is_range) == (
        "2013", "2014", "Summer 2013", True)  # fmt: skip
