"""Build src/vidyamitra/data/skills/skills.json from the curated list, O*NET and Linguist.

Run: .venv/bin/python tools/build_taxonomy.py [--datasets /work/shared/datasets]

Curated entries win; an O*NET technology that names a curated skill (by name, alias, or its
name without the vendor) becomes an alias of it and lends it its Hot/In Demand flags. Other
O*NET technologies are kept when flagged Hot or In Demand or listed for three or more
occupations, minus generic category names ("Word processing software") and social sites.
Linguist adds programming languages the curated list lacks.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "vidyamitra" / "data" / "skills"
MIN_OCCUPATIONS = 3
VENDORS = (
    "The MathWorks",
    "MathWorks",
    "Microsoft",
    "Oracle",
    "Google",
    "Adobe",
    "Atlassian",
    "Autodesk",
    "IBM",
    "Apple",
    "Amazon",
    "Apache",
    "Dassault Systemes",
    "ESRI",
    "Intuit",
    "Trimble",
    "Bentley",
    "Cisco",
    "Unity Technologies",
    "Unreal Technology",
    "StataCorp",
    "TechSmith",
    "Corel",
    "Hewlett Packard",
    "National Instruments",
    "PTC",
    "Siemens",
    "McNeel",
    "Qlik Tech",
    "Portswigger",
    "Tenable",
    "SAP",
    "Red Hat",
    "Salesforce",
)
# Social sites and consumer apps: O*NET lists them, but on a resume they are contact links.
EXCLUDED = {
    "facebook",
    "google",
    "youtube",
    "linkedin",
    "twitter",
    "tiktok",
    "instagram",
    "blink",
    "groupme",
    "facetime",
    "eko",
    "snapchat",
    "pinterest",
    "smugmug flickr",
    "reddit",
    "social media sites",
    "whatsapp",
    "wechat",
    "3m post-it app",
    "hms",
    "canu",
    "seesaw",
    "tadpoles",
    "flipgrid",
    "padlet",
    "loom",
    "quizlet",
    "nearpod",
    "kahoot!",
    "mentimeter",
}
COMMODITY_CATEGORY = {
    "Object or component oriented development software": "software_engineering",
    "Development environment software": "software_engineering",
    "Web platform development software": "web_framework",
    "Program testing software": "testing",
    "Compiler and decompiler software": "software_engineering",
    "Data base management system software": "database",
    "Data base user interface and query software": "database",
    "Business intelligence and data analysis software": "data",
    "Analytical or scientific software": "data",
    "Computer aided design CAD software": "engineering_design",
    "Computer aided manufacturing CAM software": "engineering_design",
    "Industrial control software": "engineering_design",
    "Graphics or photo imaging software": "design",
    "Video creation and editing software": "design",
    "Desktop publishing software": "design",
    "Web page creation and editing software": "design",
    "Accounting software": "finance",
    "Financial analysis software": "finance",
    "Tax preparation software": "finance",
    "Human resources software": "human_resources",
    "Customer relationship management CRM software": "business",
    "Sales and marketing software": "marketing",
    "Enterprise resource planning ERP software": "business",
    "Project management software": "business",
    "Medical software": "healthcare",
    "Operating system software": "networking",
    "Network monitoring software": "networking",
    "Transaction security and virus protection software": "security",
    "Computer based training software": "education",
    "Cloud-based data access and sharing software": "cloud",
    "Configuration management software": "devops",
}


@dataclass
class Entry:
    """One skill under construction."""

    name: str
    kind: str
    category: str
    aliases: list[str] = field(default_factory=list)
    context_aliases: list[str] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    ambiguous: bool = False
    hot: bool = False
    in_demand: bool = False
    sources: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        """The JSON object written for this entry."""
        return {
            "name": self.name,
            "kind": self.kind,
            "category": self.category,
            "aliases": self.aliases,
            "context_aliases": self.context_aliases,
            "parents": self.parents,
            "ambiguous": self.ambiguous,
            "hot": self.hot,
            "in_demand": self.in_demand,
            "sources": self.sources,
        }


class Builder:
    """Accumulates entries and keeps every name/alias pointing at one entry."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.index: dict[str, str] = {}

    def owner(self, form: str) -> str | None:
        """The canonical name a form already points to."""
        return self.index.get(form.casefold())

    def add(self, entry: Entry) -> None:
        """Register a new entry; its name must be free."""
        if self.owner(entry.name) is not None:
            raise SystemExit(
                f"{entry.name!r} is already a name or alias of {self.owner(entry.name)!r}"
            )
        self.entries[entry.name] = entry
        self.index[entry.name.casefold()] = entry.name
        aliases, entry.aliases = entry.aliases, []
        for alias in aliases:
            self.alias(entry, alias, context=alias in entry.context_aliases)

    def alias(self, entry: Entry, form: str, *, context: bool = False) -> None:
        """Add an alias unless another entry owns it already."""
        key = form.casefold()
        if key in self.index:
            return
        self.index[key] = entry.name
        entry.aliases.append(form)
        if context and form not in entry.context_aliases:
            entry.context_aliases.append(form)


def parse_curated(path: Path, builder: Builder) -> str:
    """Add the curated groups; return the taxonomy version."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    for group in doc["groups"]:
        for line in group["skills"]:
            parts = [p.strip() for p in line.split("|")] + ["", ""]
            name, ambiguous = parts[0].lstrip("!"), parts[0].startswith("!")
            raw_aliases = [a.strip() for a in parts[1].split(",") if a.strip()]
            entry = Entry(
                name=name,
                kind=group["kind"],
                category=group["category"],
                aliases=[a.lstrip("~") for a in raw_aliases],
                context_aliases=[a[1:] for a in raw_aliases if a.startswith("~")],
                parents=[p.strip() for p in parts[2].split(",") if p.strip()],
                ambiguous=ambiguous,
                sources=["curated"],
            )
            builder.add(entry)
    for parent, children in doc.get("implies", {}).items():
        for child in children:
            entry = builder.entries[builder.owner(child) or child]
            if parent not in entry.parents:
                entry.parents.append(parent)
    return str(doc["version"])


def strip_vendor(name: str) -> str:
    """'Microsoft Excel' -> 'Excel'; names without a known vendor come back unchanged."""
    for vendor in VENDORS:
        if name.startswith(vendor + " ") and len(name) > len(vendor) + 1:
            return name[len(vendor) + 1 :]
    return name


def strip_software(name: str) -> str:
    """Drop a trailing 'software' that O*NET appends to product names."""
    return re.sub(r"\s+software$", "", name)


def is_generic(name: str) -> bool:
    """True for category names such as 'Word processing software' or 'Payroll software'."""
    words = [w for w in name.split() if not (w.isupper() and len(w) > 1)]
    if len(words) < 2:
        return False
    return all(w == w.lower() for w in words[1:]) and not any(c.isdigit() for c in name)


def distinctive(form: str) -> bool:
    """A vendor-less name safe as an alias: it has an inner capital, a digit or a symbol."""
    return len(form) >= 3 and (
        any(c.isupper() for c in form[1:]) or not form.replace(" ", "").isalpha()
    )


@dataclass
class OnetTech:
    """One O*NET technology example aggregated over occupations."""

    name: str
    occupations: int = 0
    hot: bool = False
    in_demand: bool = False
    commodities: Counter[str] = field(default_factory=Counter)


def read_onet(path: Path) -> list[OnetTech]:
    """Aggregate 'Technology Skills.txt' per example."""
    techs: dict[str, OnetTech] = defaultdict(lambda: OnetTech(""))
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        next(reader)
        for row in reader:
            if len(row) < 6:
                continue
            tech = techs[row[1].strip()]
            tech.name = row[1].strip()
            tech.occupations += 1
            tech.hot |= row[4] == "Y"
            tech.in_demand |= row[5] == "Y"
            tech.commodities[row[3]] += 1
    return list(techs.values())


def merge_onet(techs: list[OnetTech], builder: Builder) -> None:
    """Fold O*NET technologies into curated entries or add the useful rest."""
    for tech in sorted(techs, key=lambda t: (-t.hot, -t.in_demand, -t.occupations, t.name)):
        if tech.name.casefold() in EXCLUDED:
            continue
        short = strip_software(tech.name)
        bare = strip_vendor(short)
        owner = next(
            (o for f in (tech.name, short, bare) if (o := builder.owner(f)) is not None), None
        )
        if owner is not None:
            entry = builder.entries[owner]
            builder.alias(entry, tech.name)
            entry.hot |= tech.hot
            entry.in_demand |= tech.in_demand
            if "onet" not in entry.sources:
                entry.sources.append("onet")
            continue
        keep = tech.hot or tech.in_demand or tech.occupations >= MIN_OCCUPATIONS
        if not keep or is_generic(tech.name) or short.casefold() in EXCLUDED:
            continue
        commodity = tech.commodities.most_common(1)[0][0]
        entry = Entry(
            name=short,
            kind="hard",
            category=COMMODITY_CATEGORY.get(commodity, "software_tool"),
            aliases=[tech.name] if tech.name != short else [],
            ambiguous=len(short) <= 3,
            hot=tech.hot,
            in_demand=tech.in_demand,
            sources=["onet"],
        )
        if builder.owner(short) is not None:
            continue
        builder.add(entry)
        if bare != short and distinctive(bare):
            builder.alias(entry, bare)


def merge_linguist(path: Path, builder: Builder) -> None:
    """Add Linguist languages the curated list lacks, when their name cannot be a word."""
    languages = yaml.safe_load(path.read_text(encoding="utf-8"))
    for name, spec in sorted(languages.items()):
        if spec.get("type") != "programming":
            continue
        owner = builder.owner(name)
        if owner is not None:
            entry = builder.entries[owner]
            if "linguist" not in entry.sources:
                entry.sources.append("linguist")
            continue
        if distinctive(name):
            builder.add(
                Entry(
                    name=name,
                    kind="programming_language",
                    category="programming_language",
                    # all-capitals words such as BASIC or LOGO read as English in lower case
                    ambiguous=name.isalpha() and name.isupper() and len(name) > 3,
                    sources=["linguist"],
                )
            )


def main() -> None:
    """Build and write skills.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--datasets", type=Path, default=Path("/work/shared/datasets"))
    parser.add_argument("--out", type=Path, default=DATA / "skills.json")
    args = parser.parse_args()
    builder = Builder()
    version = parse_curated(DATA / "curated.yaml", builder)
    merge_onet(read_onet(args.datasets / "onet" / "Technology Skills.txt"), builder)
    merge_linguist(args.datasets / "linguist" / "languages.yml", builder)
    entries = sorted(builder.entries.values(), key=lambda e: (e.category, e.name.casefold()))
    lines = ",\n".join(json.dumps(e.as_json(), ensure_ascii=False) for e in entries)
    header = json.dumps({"version": version, "count": len(entries)})[:-1]
    args.out.write_text(f'{header}, "skills": [\n{lines}\n]}}\n', encoding="utf-8")
    print(f"wrote {len(entries)} skills (version {version})")


if __name__ == "__main__":
    main()
