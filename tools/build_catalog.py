"""Build the generated learning-resource catalog files from the shared datasets.

Run from the repository root: ``.venv/bin/python tools/build_catalog.py``.

Reads ``/work/shared/datasets/free-programming-books`` (CC BY 4.0) and
``/work/shared/datasets/ossu`` (MIT) and writes
``src/vidyamitra/data/catalog/resources/{free-programming-books,ossu}.yaml``.
Skill names go through the skills taxonomy (``load_taxonomy().canonical``); entries whose
headings map to no known skill are left out. URLs already in ``curated.yaml`` are skipped.

Estimation rules (documented in ATTRIBUTION.md as well):

* OSSU: hours = weeks x midpoint of the "hours/week" range (6 h/week when missing);
  level from the curriculum section (Intro CS beginner, Core CS intermediate, Advanced CS
  advanced; a few courses overridden in ``OSSU_LEVEL_OVERRIDES``).
* free-programming-books: a book 25 h (a "handbook"/"complete"/"definitive" book 40 h, an
  advanced-titled book 35 h, a "little"/"quick"/"crash"/"cheat sheet"/"in Y minutes" title
  6 h and typed as an article, a tutorial/guide 4 h as an article); a course 12 h (a
  specialization/certification/bootcamp/full course 20 h, a single YouTube video 3 h and a
  YouTube playlist 10 h, both typed as video); an interactive tutorial 12 h (koans, katas,
  exercises 8 h). Level: "beginner/intro/basics/fundamentals/getting started/learn/101/..."
  titles are beginner, "advanced/internals/expert/mastering/..." advanced, otherwise
  intermediate.
* Kept: https links only, not archived copies; at most ``PER_SKILL`` entries per skill and
  list (well-known publishers first, then list order).
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATASETS = Path("/work/shared/datasets")
OUT = ROOT / "src" / "vidyamitra" / "data" / "catalog" / "resources"


PER_SKILL = 6
Canon = Callable[[str], "str | None"]
Entry = dict[str, object]

# free-programming-books heading (lower-case, as written) -> skill names or aliases.
FPB_HEADINGS: dict[str, tuple[str, ...]] = {
    "algorithms & data structures": ("Algorithms", "Data Structures"),
    "android": ("Android",),
    "angular": ("Angular",),
    "angularjs": ("AngularJS",),
    "ansible": ("Ansible",),
    "arduino": ("Arduino",),
    "artificial intelligence": ("Artificial Intelligence",),
    "asp.net core": ("ASP.NET Core",),
    "asp.net": ("ASP.NET",),
    "assembly language": ("Assembly",),
    "assembly": ("Assembly",),
    "aws": ("AWS",),
    "azure": ("Azure",),
    "bash": ("Bash",),
    "bash / shell": ("Bash",),
    "blockchain": ("Blockchain",),
    "bootstrap": ("Bootstrap",),
    "c": ("C",),
    "c#": ("C#",),
    "c++": ("C++",),
    "cloud computing": ("Cloud Computing",),
    "cmake": ("CMake",),
    "compiler design": ("Compilers",),
    "compilers": ("Compilers",),
    "computer organization and architecture": ("Computer Architecture",),
    "computer vision": ("Computer Vision",),
    "containers": ("Docker",),
    "cryptography": ("Cryptography",),
    "cuda": ("CUDA",),
    "cypress": ("Cypress",),
    "d3.js": ("D3.js",),
    "dart": ("Dart",),
    "data science": ("Data Analysis",),
    "database": ("Database Design",),
    "databases": ("Database Design",),
    "dbms": ("Database Design",),
    "deep learning": ("Deep Learning",),
    "devops": ("DevOps",),
    "digital electronics": ("Digital Electronics",),
    "django": ("Django",),
    "docker": ("Docker",),
    "elastic": ("Elasticsearch",),
    "electron": ("Electron",),
    "elixir": ("Elixir",),
    "embedded systems": ("Embedded Systems",),
    "erlang": ("Erlang",),
    "express.js": ("Express.js",),
    "fastapi": ("FastAPI",),
    "flask": ("Flask",),
    "flutter": ("Flutter",),
    "game development": ("Game Development",),
    "gcp": ("Google Cloud",),
    "generative ai": ("Generative AI",),
    "git": ("Git",),
    "go": ("Go",),
    "gradle": ("Gradle",),
    "graphql": ("GraphQL",),
    "hadoop": ("Hadoop",),
    "haskell": ("Haskell",),
    "html and css": ("HTML", "CSS"),
    "information retrieval": ("Information Retrieval",),
    "ios": ("iOS",),
    "java": ("Java",),
    "javascript": ("JavaScript",),
    "jenkins": ("Jenkins",),
    "jquery": ("jQuery",),
    "julia": ("Julia",),
    "jupyter": ("Jupyter",),
    "kotlin": ("Kotlin",),
    "kubernetes": ("Kubernetes",),
    "laravel": ("Laravel",),
    "latex": ("LaTeX",),
    "linux": ("Linux",),
    "lua": ("Lua",),
    "machine learning": ("Machine Learning",),
    "markdown": ("Markdown",),
    "matlab": ("MATLAB",),
    "maven": ("Maven",),
    "mongodb": ("MongoDB",),
    "mysql": ("MySQL",),
    "neo4j": ("Neo4j",),
    "networking": ("Computer Networking",),
    "next.js": ("Next.js",),
    "node": ("Node.js",),
    "node.js": ("Node.js",),
    "nodejs": ("Node.js",),
    "nosql": ("NoSQL",),
    "numpy": ("NumPy",),
    "object oriented programming": ("Object-Oriented Programming",),
    "objective-c": ("Objective-C",),
    "operating systems": ("Operating Systems",),
    "pandas": ("Pandas",),
    "parallel programming": ("Concurrency",),
    "perl": ("Perl",),
    "php": ("PHP",),
    "plc - programmable logic controllers": ("PLC Programming",),
    "postgresql": ("PostgreSQL",),
    "powershell": ("PowerShell",),
    "prompt engineering": ("Prompt Engineering",),
    "python": ("Python",),
    "r": ("R",),
    "raspberry pi": ("Raspberry Pi",),
    "react": ("React",),
    "react native": ("React Native",),
    "redis": ("Redis",),
    "redux": ("Redux",),
    "regular expressions": ("Regular Expressions",),
    "robotics": ("Robotics",),
    "ruby": ("Ruby",),
    "ruby on rails": ("Ruby on Rails",),
    "rust": ("Rust",),
    "scala": ("Scala",),
    "security": ("Cybersecurity",),
    "security & privacy": ("Cybersecurity",),
    "selenium": ("Selenium",),
    "software architecture": ("Software Architecture",),
    "software engineering": ("Software Development Life Cycle",),
    "solidity": ("Solidity",),
    "spark": ("Apache Spark",),
    "splunk": ("Splunk",),
    "spring": ("Spring",),
    "spring boot": ("Spring Boot",),
    "sql": ("SQL",),
    "sql (implementation agnostic)": ("SQL",),
    "sql server": ("SQL Server",),
    "svelte": ("Svelte",),
    "swift": ("Swift",),
    "system design": ("System Design",),
    "terraform": ("Terraform",),
    "three.js": ("Three.js",),
    "typescript": ("TypeScript",),
    "ui/ux": ("UX Design",),
    "unix": ("Unix",),
    "verilog": ("Verilog",),
    "verilog / vhdl / systemverilog": ("Verilog",),
    "version control systems": ("Git",),
    "vhdl": ("VHDL",),
    "vue.js": ("Vue.js",),
    "web development": ("Web Development",),
    "web performance": ("Performance Optimization",),
    "web services": ("REST APIs",),
    "webpack": ("Webpack",),
    "wordpress": ("WordPress",),
    "yaml": ("YAML",),
    "calculus": ("Calculus",),
    "algebra": ("Linear Algebra",),
    "mathematics for computer science": ("Discrete Mathematics",),
    "simulink": ("Simulink",),
}
FPB_FILES = {
    "books/free-programming-books-langs.md": "book",
    "books/free-programming-books-subjects.md": "book",
    "courses/free-courses-en.md": "course",
    "more/free-programming-interactive-tutorials-en.md": "interactive",
}
# Publishers that run their own well-kept material get picked first when a skill is capped.
KNOWN_HOSTS = (
    ".edu",
    "mit.edu",
    "freecodecamp.org",
    "khanacademy.org",
    "microsoft.com",
    "google.com",
    "mozilla.org",
    "python.org",
    "kaggle.com",
    "coursera.org",
    "edx.org",
    "oreilly.com",
    "github.io",
    "readthedocs.io",
    "w3schools.com",
    "theodinproject.com",
    "developers.",
)
BEGINNER = re.compile(
    r"beginner|introduc|\bintro\b|basics|fundamental|getting started|first steps|\blearn\b|"
    r"101|for everybody|for kids|absolute|from scratch|primer|essentials|gentle|novice|start",
    re.IGNORECASE,
)
ADVANCED = re.compile(
    r"advanced|internals|expert|mastering|deep dive|under the hood|high.performance|in depth",
    re.IGNORECASE,
)
SHORT = re.compile(r"little|quick|crash course|cheat ?sheet|in y minutes|in \d+ minutes", re.I)
TUTORIAL = re.compile(r"tutorial|\bguide\b|how to|cookbook recipes|walkthrough", re.IGNORECASE)
BIG = re.compile(r"handbook|complete|definitive|comprehensive|bible|reference", re.IGNORECASE)
LARGE_COURSE = re.compile(r"speciali[sz]ation|certification|bootcamp|full course|nanodegree", re.I)
PRACTICE = re.compile(r"koans|katas?\b|exercises|exercism|challenges", re.IGNORECASE)
HEADING = re.compile(r"^(#{2,5})\s+(.*)$")
BULLET = re.compile(r"^\s*\* \[(?P<title>.+?)\]\((?P<url>\S+?)\)(?P<rest>.*)$")

# OSSU course title -> skills (names or aliases). Courses absent here are left out.
OSSU_SKILLS: dict[str, tuple[str, ...]] = {
    "Introduction to Computer Science and Programming using Python": ("Python",),
    "Systematic Program Design": ("Functional Programming",),
    "Class-based Program Design": ("Object-Oriented Programming", "Java"),
    "Programming Languages": ("Functional Programming",),
    "Object-Oriented Design": ("Object-Oriented Programming", "Design Patterns"),
    "Software Architecture": ("Software Architecture",),
    "Calculus 1A: Differentiation": ("Calculus",),
    "Calculus 1B: Integration": ("Calculus",),
    "Mathematics for Computer Science": ("Discrete Mathematics",),
    "The Missing Semester of Your CS Education": ("Git", "Linux", "Bash", "Vim"),
    "Build a Modern Computer from First Principles: From Nand to Tetris": (
        "Computer Architecture",
    ),
    "Operating Systems: Three Easy Pieces": ("Operating Systems",),
    "Computer Networking: a Top-Down Approach": ("Computer Networking",),
    "Algorithms: Design and Analysis, Part 1": ("Algorithms", "Data Structures"),
    "Algorithms: Design and Analysis, Part 2": ("Algorithms",),
    "Cybersecurity Fundamentals": ("Cybersecurity",),
    "Principles of Secure Coding": ("OWASP",),
    "Identifying Security Vulnerabilities": ("Application Security",),
    "Databases: Modeling and Theory": ("Data Modeling",),
    "Databases: Relational Databases and SQL": ("SQL",),
    "Databases: Semistructured Data": ("JSON", "XML"),
    "Machine Learning": ("Machine Learning",),
    "Computer Graphics": ("Computer Graphics",),
    "Software Engineering: Introduction": ("Software Development Life Cycle",),
    "Data Privacy Fundamentals": ("Security Compliance",),
    "Compilers": ("Compilers",),
    "Introduction to Haskell": ("Haskell",),
    "Software Debugging": ("Debugging",),
    "Software Testing": ("Software Testing",),
    "Computation Structures 1: Digital Circuits": ("Digital Electronics",),
    "Computation Structures 2: Computer Architecture": ("Computer Architecture",),
    "Web Security Fundamentals": ("OWASP",),
    "Security Governance & Compliance": ("Security Compliance",),
    "Digital Forensics Concepts": ("Digital Forensics",),
    "Secure Software Development: Requirements, Design, and Reuse": ("OWASP",),
    "Essence of Linear Algebra": ("Linear Algebra",),
    "Linear Algebra": ("Linear Algebra",),
    "Introduction to Numerical Methods": ("Numerical Methods",),
    "Introduction to Formal Logic": ("Logic",),
    "Probability": ("Probability",),
}
# OSSU rows that link to a course page inside the OSSU repo: the course's own site,
# taken from that course page.
OSSU_COURSEPAGES = {
    "coursepages/intro-cs/README.md": "https://ocw.mit.edu/courses/6-100l-introduction-to-cs-and-programming-using-python-fall-2022/",
    "coursepages/spd/README.md": "https://learning.edx.org/course/course-v1:UBCx+SPD1x+2T2015",
    "coursepages/class-based/README.md": "https://course.ccs.neu.edu/cs2510sp22/index.html",
    "coursepages/ostep/README.md": "https://pages.cs.wisc.edu/~remzi/OSTEP/",
}
OSSU_LEVELS = {"Intro CS": "beginner", "Core CS": "intermediate", "Advanced CS": "advanced"}
# Courses whose section level does not fit them (a visual intro listed under Advanced math).
OSSU_LEVEL_OVERRIDES = {
    "The Missing Semester of Your CS Education": "beginner",
    "Essence of Linear Algebra": "beginner",
}
OSSU_ROW = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)")


def fpb_entries(folder: Path, canonical: Canon, taken: set[str]) -> list[Entry]:
    """Entries from the free-programming-books lists, capped per skill and list."""
    entries: dict[str, Entry] = {}
    for relative, kind in FPB_FILES.items():
        per_skill: dict[str, list[Entry]] = {}
        for heading, title, url, rest in _bullets(folder / relative):
            skills = _skills(FPB_HEADINGS.get(heading, ()), canonical)
            if not skills or not _usable(url, rest) or _key(url) in taken:
                continue
            entry = _fpb_entry(title, url, rest, kind, skills)
            per_skill.setdefault(skills[0], []).append(entry)
        for skill, found in per_skill.items():
            found.sort(key=lambda e: not any(h in str(e["url"]) for h in KNOWN_HOSTS))
            for entry in found[:PER_SKILL]:
                _merge(entries, entry, skill)
    return sorted(entries.values(), key=lambda e: str(e["id"]))


def _bullets(path: Path) -> Iterator[tuple[str, str, str, str]]:
    """(innermost heading, title, url, rest of line) for every bullet of a list file."""
    heading = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := HEADING.match(line):
            heading = re.sub(r"<a id=[^>]*></a>|\\", "", match.group(2)).strip().lower()
        elif match := BULLET.match(line):
            yield heading, match["title"].replace("\\|", "|"), match["url"], match["rest"]


def _usable(url: str, rest: str) -> bool:
    """Only live https links: no archived copies, no plain http."""
    return url.startswith("https://") and "archive.org" not in url and "archived" not in rest


def _fpb_entry(title: str, url: str, rest: str, kind: str, skills: list[str]) -> Entry:
    """One catalog entry with type, hours and level estimated from the title and link."""
    rtype, hours = _estimate(title, url, kind)
    return {
        "id": f"fpb-{_slug(skills[0])}-{hashlib.sha256(url.encode()).hexdigest()[:8]}",
        "title": title.strip(),
        "url": url,
        "type": rtype,
        "free": True,
        "level": _level(title),
        "hours": hours,
        "skills": skills,
        "provider": _provider(rest, url),
    }


def _estimate(title: str, url: str, kind: str) -> tuple[str, float]:
    """(type, hours) by the documented rule."""
    if "youtube.com/watch" in url or "youtu.be/" in url:
        return "video", 3.0
    if "youtube.com/playlist" in url:
        return "video", 10.0
    if kind == "course":
        return "course", 20.0 if LARGE_COURSE.search(title) else 12.0
    if kind == "interactive":
        return "interactive", 8.0 if PRACTICE.search(title) else 12.0
    if SHORT.search(title):
        return "article", 6.0
    if TUTORIAL.search(title):
        return "article", 4.0
    if BIG.search(title):
        return "book", 40.0
    return "book", 35.0 if ADVANCED.search(title) else 25.0


def _level(title: str) -> str:
    """Level guessed from the title words."""
    if ADVANCED.search(title):
        return "advanced"
    return "beginner" if BEGINNER.search(title) else "intermediate"


def _provider(rest: str, url: str) -> str:
    """Author or publisher from the text after the link, else the host name."""
    text = rest.split(" (", 1)[0].split("*(", 1)[0].strip(" -–*")
    if text:
        return text[:120]
    paren = re.search(r"\(([^)]+)\)", rest)
    if paren and not re.fullmatch(r"[A-Z, ]+|PDF.*|HTML.*|CC .*", paren.group(1)):
        return paren.group(1)
    return urlsplit(url).hostname or "unknown"


def _merge(entries: dict[str, Entry], entry: Entry, skill: str) -> None:
    """Add an entry, or add the skill to the entry already holding that URL."""
    key = _key(str(entry["url"]))
    if key not in entries:
        entries[key] = entry
        return
    skills = entries[key]["skills"]
    assert isinstance(skills, list)
    if skill not in skills:
        skills.append(skill)


def ossu_entries(folder: Path, canonical: Canon, taken: set[str]) -> list[Entry]:
    """Entries from the OSSU curriculum tables, with hours from duration x effort."""
    entries: list[Entry] = []
    section = "Intro CS"
    for line in (folder / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        match = OSSU_ROW.match(line)
        if not match or match["title"] not in OSSU_SKILLS:
            continue
        skills = _skills(OSSU_SKILLS[match["title"]], canonical)
        url = OSSU_COURSEPAGES.get(match["url"], match["url"])
        if skills and url.startswith("https://") and _key(url) not in taken:
            cells = [c.strip() for c in line.split("|")]
            entries.append(_ossu_entry(match["title"], url, cells, section, skills))
            taken.add(_key(url))
    return entries


def _ossu_entry(title: str, url: str, cells: list[str], section: str, skills: list[str]) -> Entry:
    """One OSSU course as a catalog entry."""
    level = OSSU_LEVEL_OVERRIDES.get(title) or OSSU_LEVELS.get(section, "intermediate")
    return {
        "id": f"ossu-{_slug(title)[:48]}",
        "title": title,
        "url": url,
        "type": "video" if "youtube.com" in url else "course",
        "free": True,
        "level": level,
        "hours": _ossu_hours(cells[1], cells[2]),
        "skills": skills,
        "provider": urlsplit(url).hostname or "OSSU",
    }


def _ossu_hours(duration: str, effort: str) -> float:
    """Weeks times the midpoint of the weekly effort (6 h/week when not given)."""
    weeks = [float(n) for n in re.findall(r"\d+", duration)]
    per_week = [float(n) for n in re.findall(r"\d+", effort)]
    if not weeks:
        return 4.0
    mid_weeks = sum(weeks) / len(weeks)
    mid_effort = sum(per_week) / len(per_week) if per_week else 6.0
    return round(mid_weeks * mid_effort, 1)


def _skills(names: Iterable[str], canonical: Canon) -> list[str]:
    """Canonical names of the known skills, in order, without repeats."""
    found: list[str] = []
    for name in names:
        canon = canonical(name)
        if canon and canon not in found:
            found.append(canon)
    return found


def _slug(text: str) -> str:
    """Lower-case id fragment."""
    text = text.lower().replace("c++", "cpp").replace("c#", "csharp").replace(".", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _key(url: str) -> str:
    """URL key used to avoid duplicates."""
    return url.rstrip("/").lower()


def write_yaml(path: Path, source: str, description: str, entries: list[Entry]) -> None:
    """Write one catalog file with a header naming its source."""
    import yaml

    header = f"# Generated by tools/build_catalog.py from {description}; do not edit by hand.\n"
    body = yaml.safe_dump(
        {"source": source, "resources": entries}, sort_keys=False, allow_unicode=True, width=100
    )
    path.write_text(header + body, encoding="utf-8")


def main() -> int:
    """Build both generated files; print counts."""
    import yaml

    from vidyamitra.ai.offline.skills import load_taxonomy

    taxonomy = load_taxonomy()
    curated = yaml.safe_load((OUT / "curated.yaml").read_text(encoding="utf-8"))
    taken = {_key(str(entry["url"])) for entry in curated["resources"]}
    ossu = ossu_entries(DATASETS / "ossu", taxonomy.canonical, taken)
    fpb = fpb_entries(DATASETS / "free-programming-books", taxonomy.canonical, taken)
    write_yaml(OUT / "ossu.yaml", "ossu", "OSSU computer-science curriculum (MIT)", ossu)
    write_yaml(
        OUT / "free-programming-books.yaml",
        "free-programming-books",
        "EbookFoundation/free-programming-books (CC BY 4.0)",
        fpb,
    )
    print(f"ossu: {len(ossu)} resources; free-programming-books: {len(fpb)} resources")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
