"""Map free-text domain or role names to a bank domain id."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from vidyamitra.core.errors import UnprocessableContent

# Common short forms and technology names -> domain id (used only when that domain exists).
ALIASES: Mapping[str, str] = {
    "sde": "backend",
    "swe": "backend",
    "server side": "backend",
    "java": "backend",
    "python": "backend",
    "node": "backend",
    "nodejs": "backend",
    "django": "backend",
    "spring": "backend",
    "golang": "backend",
    "dotnet": "backend",
    "net": "backend",
    "react": "frontend",
    "angular": "frontend",
    "vue": "frontend",
    "web": "frontend",
    "ui developer": "frontend",
    "mern": "fullstack",
    "mean": "fullstack",
    "full stack": "fullstack",
    "ds": "data_science",
    "data analyst": "data_science",
    "data analytics": "data_science",
    "analytics": "data_science",
    "etl": "data_engineering",
    "big data": "data_engineering",
    "ml": "machine_learning",
    "ai": "machine_learning",
    "deep learning": "machine_learning",
    "mlops": "machine_learning",
    "devops": "devops_cloud",
    "sre": "devops_cloud",
    "site reliability": "devops_cloud",
    "sysadmin": "devops_cloud",
    "system administrator": "devops_cloud",
    "cloud": "devops_cloud",
    "aws": "devops_cloud",
    "infosec": "security",
    "penetration tester": "security",
    "pentester": "security",
    "ethical hacker": "security",
    "cyber security": "security",
    "cybersecurity": "security",
    "android": "mobile",
    "ios": "mobile",
    "flutter": "mobile",
    "react native": "mobile",
    "qa": "qa_testing",
    "quality assurance": "qa_testing",
    "sdet": "qa_testing",
    "tester": "qa_testing",
    "test engineer": "qa_testing",
    "test lead": "qa_testing",
    "test analyst": "qa_testing",
    "testing": "qa_testing",
    "automation": "qa_testing",
    "pm": "product",
    "apm": "product",
    "scrum master": "product",
    "product manager": "product",
    "product management": "product",
    "ba": "business_analyst",
    "business analysis": "business_analyst",
    "ux": "ui_ux",
    "ui": "ui_ux",
    "web designer": "ui_ux",
    "hr": "behavioural_hr",
    "behavioral": "behavioural_hr",
    "behavioural": "behavioural_hr",
    "general": "behavioural_hr",
    "fresher": "aptitude",
    "graduate": "aptitude",
    "reasoning": "aptitude",
}
# Seniority and job-title words that say nothing about the domain.
FILLER = frozenset(
    (
        "senior",
        "junior",
        "jr",
        "sr",
        "lead",
        "principal",
        "staff",
        "associate",
        "intern",
        "trainee",
        "entry",
        "level",
        "mid",
        "engineer",
        "engineering",
        "developer",
        "development",
        "dev",
        "specialist",
        "professional",
        "role",
        "job",
        "consultant",
        "executive",
        "analyst",
        "manager",
        "i",
        "ii",
        "iii",
    )
)
FUZZY_CUTOFF = 88.0


def normalise(text: str) -> str:
    """Lower-case, turn separators into spaces and collapse whitespace."""
    return " ".join(re.sub(r"[^a-z0-9+#]+", " ", text.lower()).split())


def core(text: str) -> str:
    """The normalised text without seniority or job-title filler words."""
    words = [w for w in normalise(text).split() if w not in FILLER]
    return " ".join(words)


class DomainResolver:
    """Resolves names against domain ids, titles, role ids and the alias table."""

    def __init__(self, domains: Mapping[str, tuple[str, tuple[str, ...]]]) -> None:
        self._known = tuple(domains)
        self._names: dict[str, str] = {}
        for alias, target in ALIASES.items():
            if target in domains:
                self._names[alias] = target
        for domain_id, (title, roles) in domains.items():
            for name in (domain_id, title, *roles):
                for form in (normalise(name), core(name)):
                    if form:
                        self._names.setdefault(form, domain_id)
            self._names[normalise(domain_id)] = domain_id

    def resolve(self, domain: str | None, role: str | None) -> str:
        """The domain id for ``domain`` (tried first) or ``role``; raise when nothing fits."""
        for text in (domain, role):
            if text and text.strip() and (found := self._match(text)) is not None:
                return found
        given = ", ".join(repr(t) for t in (domain, role) if t)
        raise UnprocessableContent(
            f"No interview domain matches {given or 'an empty domain and role'}; "
            f"known domains: {', '.join(self._known)}",
            known_domains=list(self._known),
        )

    def _match(self, text: str) -> str | None:
        """Exact forms first, then word n-grams, then fuzzy matching."""
        for form in (normalise(text), core(text)):
            if form in self._names:
                return self._names[form]
        for gram in _ngrams(normalise(text)):
            if gram in self._names and gram not in FILLER:
                return self._names[gram]
        return self._fuzzy(core(text) or normalise(text))

    def _fuzzy(self, text: str) -> str | None:
        """Closest name by edit similarity, for typos like 'bakend' or 'data sceince'."""
        from rapidfuzz import fuzz, process

        if len(text) < 4:
            return None
        names = [n for n in self._names if len(n) >= 4]
        best = process.extractOne(text, names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self._names[best[0]] if best else None


def _ngrams(text: str) -> Iterator[str]:
    """Word n-grams of ``text``, longest first, rightmost first within a length."""
    words = text.split()
    for size in range(len(words), 0, -1):
        # Right to left: the head noun comes last ("software testing" is about testing).
        for start in range(len(words) - size, -1, -1):
            yield " ".join(words[start : start + size])
