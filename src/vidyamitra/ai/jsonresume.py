"""JSON Resume 1.0 document (https://jsonresume.org/schema), the parser's output format.

Field names follow the schema exactly (camelCase). Dates are partial ISO 8601 strings
(``2019``, ``2019-03``, ``2019-03-01``); the ``*Raw`` members keep the text as written.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Location(_Doc):
    address: str | None = None
    postalCode: str | None = None  # noqa: N815 - JSON Resume name
    city: str | None = None
    countryCode: str | None = None  # noqa: N815
    region: str | None = None


class Profile(_Doc):
    network: str | None = None
    username: str | None = None
    url: str | None = None


class Basics(_Doc):
    name: str | None = None
    label: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    summary: str | None = None
    location: Location | None = None
    profiles: list[Profile] = Field(default_factory=list)


class Work(_Doc):
    name: str | None = None
    position: str | None = None
    url: str | None = None
    location: str | None = None
    startDate: str | None = None  # noqa: N815
    endDate: str | None = None  # noqa: N815
    startDateRaw: str | None = None  # noqa: N815
    endDateRaw: str | None = None  # noqa: N815
    summary: str | None = None
    highlights: list[str] = Field(default_factory=list)


class Education(_Doc):
    institution: str | None = None
    url: str | None = None
    area: str | None = None
    studyType: str | None = None  # noqa: N815
    startDate: str | None = None  # noqa: N815
    endDate: str | None = None  # noqa: N815
    startDateRaw: str | None = None  # noqa: N815
    endDateRaw: str | None = None  # noqa: N815
    score: str | None = None
    courses: list[str] = Field(default_factory=list)


class Skill(_Doc):
    name: str | None = None
    level: str | None = None
    keywords: list[str] = Field(default_factory=list)


class Project(_Doc):
    name: str | None = None
    description: str | None = None
    highlights: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    startDate: str | None = None  # noqa: N815
    endDate: str | None = None  # noqa: N815
    url: str | None = None
    roles: list[str] = Field(default_factory=list)


class Certificate(_Doc):
    name: str | None = None
    date: str | None = None
    issuer: str | None = None
    url: str | None = None


class Language(_Doc):
    language: str | None = None
    fluency: str | None = None


class Award(_Doc):
    title: str | None = None
    date: str | None = None
    awarder: str | None = None
    summary: str | None = None


class JsonResume(_Doc):
    """The whole document; empty lists where the resume has no such section."""

    basics: Basics = Field(default_factory=Basics)
    work: list[Work] = Field(default_factory=list)
    volunteer: list[Work] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    certificates: list[Certificate] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    languages: list[Language] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
