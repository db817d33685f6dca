"""Seeded synthetic people for the held-out parser benchmark: invented names, jobs, schools.

Everything here is invented (no real person, no corpus text). A ``Person`` holds the facts and
a ``Style`` the presentation choices; the renderers turn both into a file and the truth is
read straight off the facts, so it is exact.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

NAMES = {
    "indian": (
        ["Aarav", "Priya", "Rohit", "Ananya", "Karthik", "Neha", "Siddharth", "Meera", "Vikram",
         "Lakshmi", "Arjun", "Divya", "Harpreet", "Sneha", "Mohammed Irfan", "Pooja"],
        ["Sharma", "Venkataraman", "Deshpande", "Iyer", "Subramanian", "Kulkarni", "Banerjee",
         "Nair", "Reddy", "Gupta", "Chatterjee", "Menon", "Singh", "Patil", "Khan", "Joshi"],
    ),
    "east_asian": (
        ["Wei", "Mei Lin", "Hiroshi", "Yuki", "Ji-woo", "Minh", "Seo-yeon", "Haruto", "Xiaoling",
         "Kenji", "Thi Hoa", "Jun-ho"],
        ["Zhang", "Chen", "Tanaka", "Sato", "Park", "Nguyen", "Kim", "Watanabe", "Liu", "Wang",
         "Tran", "Lee"],
    ),
    "african": (
        ["Chidi", "Amara", "Kwame", "Thandiwe", "Abebe", "Fatou", "Oluwaseun", "Wanjiru",
         "Kofi", "Nomvula", "Tendai", "Ngozi"],
        ["Okafor", "Nwosu", "Mensah", "Ndlovu", "Bekele", "Diallo", "Adeyemi", "Kamau",
         "Boateng", "Dlamini", "Moyo", "Eze"],
    ),
    "european": (
        ["Lukas", "Sofia", "Jan", "Élodie", "Lars", "Niamh", "Pablo", "Katarzyna", "Matteo",
         "Ingrid", "Tomás", "Aoife"],
        ["Müller", "Rossi", "Kowalski", "Moreau", "Johansson", "O'Brien", "García", "Nowak",
         "Bianchi", "Lindqvist", "Novák", "Van der Berg"],
    ),
}  # fmt: skip
CITIES = {
    "indian": ["Bengaluru, Karnataka", "Pune, India", "Hyderabad", "Chennai, Tamil Nadu",
               "New Delhi", "Kochi, Kerala"],
    "east_asian": ["Singapore", "Tokyo, Japan", "Seoul, South Korea", "Hanoi, Vietnam",
                   "Shanghai, China"],
    "african": ["Lagos, Nigeria", "Nairobi, Kenya", "Accra, Ghana", "Cape Town, South Africa",
                "Addis Ababa, Ethiopia"],
    "european": ["Berlin, Germany", "Dublin, Ireland", "Warsaw, Poland", "Madrid, Spain",
                 "Stockholm, Sweden", "London, UK"],
}  # fmt: skip
PHONES = {  # X: a random digit
    "indian": ["+91 9XXXX XXXXX", "+91-9XXXXXXXXX", "09XXXX XXXXX", "9XXXXXXXXX",
               "+91 8XXXXXXXXX"],
    "east_asian": ["+65 9XXX XXXX", "+81 90-XXXX-XXXX", "+82 10-XXXX-XXXX", "+84 9X XXX XXXX"],
    "african": ["+234 803 XXX XXXX", "+254 7XX XXX XXX", "+233 24 XXX XXXX", "+27 82 XXX XXXX"],
    "european": ["+44 7700 XXXXXX", "07700 XXXXXX", "+49 151 XXXXXXXX", "+48 601 XXX XXX",
                 "+1 (415) XXX-XXXX", "(646) XXX-XXXX", "+1 312.XXX.XXXX", "+353 87 XXX XXXX"],
}  # fmt: skip
MAIL_HOSTS = ["gmail.com", "outlook.com", "yahoo.co.in", "protonmail.com", "hotmail.co.uk",
              "mail.com", "fastmail.fm", "icloud.com"]  # fmt: skip

COMPANY_HEADS = ["Brightwave", "Kestrel", "Nimbus", "Orchid", "Tessera", "Bluepeak", "Sahyadri",
                 "Quillmark", "Lumen", "Harbourline", "Zephyr", "Marigold", "Copperleaf",
                 "Northwind", "Saffron", "Ironbark", "Kaveri", "Meridian", "Polaris",
                 "Baobab"]  # fmt: skip
COMPANY_TAILS = ["Analytics", "Systems", "Technologies", "Labs", "Software Pvt. Ltd.",
                 "Solutions Inc.", "Health", "Fintech", "Consulting LLP", "Robotics GmbH",
                 "Digital", "Networks Ltd", "Logistics", "Bank", "Retail", "Energy",
                 "Motors Limited", "Media", "Capital", "Foods"]  # fmt: skip
TITLES = [
    "Software Engineer", "Senior Software Engineer", "Data Analyst", "Product Manager",
    "Machine Learning Engineer", "QA Engineer", "DevOps Engineer", "Business Analyst",
    "Frontend Developer", "Backend Developer", "Research Intern", "Associate Consultant",
    "Marketing Executive", "Mechanical Design Engineer", "Teaching Assistant", "Data Scientist",
    "Full Stack Developer", "Site Reliability Engineer", "Technical Lead", "Project Coordinator",
    "Financial Analyst", "UX Designer", "Graduate Engineer Trainee", "Summer Intern",
]  # fmt: skip
SKILLS = {
    "Languages": ["Python", "Java", "C++", "JavaScript", "TypeScript", "Go", "Kotlin", "SQL",
                  "R", "Scala", "C#", "Rust"],
    "Frameworks": ["Django", "Flask", "FastAPI", "React", "Angular", "Spring Boot", "Node.js",
                   "TensorFlow", "PyTorch", "Pandas", "scikit-learn", "Vue.js"],
    "Tools": ["Docker", "Kubernetes", "Git", "Jenkins", "AWS", "Azure", "GCP", "Terraform",
              "Linux", "Tableau", "Power BI", "Jira", "Excel", "Figma"],
    "Databases": ["PostgreSQL", "MySQL", "MongoDB", "Redis", "Elasticsearch", "Snowflake"],
}  # fmt: skip
SCHOOLS = [
    "Indian Institute of Technology Bombay", "National Institute of Technology Tiruchirappalli",
    "Anna University", "Vellore Institute of Technology", "University of Lagos",
    "Tsinghua University", "Seoul National University", "Technical University of Munich",
    "University of Manchester", "University of Nairobi", "Kyoto University",
    "Universidad Politécnica de Madrid", "Jadavpur University", "University of Ghana",
    "Trinity College Dublin", "Warsaw University of Technology", "Birla Institute of Technology",
    "College of Engineering Pune", "Ashesi University", "KTH Royal Institute of Technology",
]  # fmt: skip
HIGH_SCHOOLS = ["Delhi Public School, R.K. Puram", "Kendriya Vidyalaya No. 2",
                "St. Xavier's High School", "Bishop Cotton Boys' School"]  # fmt: skip
POLYTECHNICS = ["Government Polytechnic Pune", "Dr. B. R. Ambedkar Polytechnic",
                "Nettur Technical Training Foundation"]  # fmt: skip
DEGREES = [
    "B.Tech in Computer Science and Engineering", "B.E. in Mechanical Engineering",
    "B.E. Electronics and Communication", "M.Sc. in Data Science", "M.Sc. Physics",
    "MBA in Finance", "MBA", "Bachelor of Science in Computer Science",
    "Master of Science in Electrical Engineering", "B.Com", "M.Tech in Software Engineering",
    "BSc Economics", "Bachelor of Engineering in Civil Engineering", "MCA",
    "Master of Business Administration",
]  # fmt: skip
VERBS = ["Built", "Designed", "Led", "Automated", "Migrated", "Reduced", "Improved", "Launched",
         "Owned", "Mentored", "Optimised", "Delivered"]  # fmt: skip
THINGS = ["a billing service", "the reporting pipeline", "an onboarding flow", "CI/CD pipelines",
          "a recommendation model", "the customer dashboard", "inventory forecasting",
          "a mobile checkout", "data quality checks", "the search API"]  # fmt: skip


@dataclass
class Job:
    company: str
    title: str
    start: tuple[int, int]
    end: tuple[int, int] | None  # None: present
    location: str
    bullets: list[str]


@dataclass
class School:
    institution: str
    degree: str
    start: int
    end: int
    score: str | None


@dataclass
class Person:
    name: str
    email: str
    phone: str
    city: str
    linkedin: str
    summary: str
    jobs: list[Job] = field(default_factory=list)
    schools: list[School] = field(default_factory=list)
    skill_groups: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def skills(self) -> list[str]:
        return [s for _, group in self.skill_groups for s in group]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _email(rng: random.Random, first: str, last: str) -> str:
    import unicodedata

    def ascii_(s: str) -> str:
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
        return "".join(c for c in s.lower() if c.isalnum())

    f, lst = ascii_(first.split()[0]), ascii_(last)
    local = rng.choice([f"{f}.{lst}", f"{f}{lst}{rng.randint(1, 99)}", f"{f[0]}{lst}",
                        f"{f}_{lst}", f"{lst}.{f}", f"{f}.{lst}.dev"])  # fmt: skip
    return f"{local}@{rng.choice(MAIL_HOSTS)}"


def _month(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


def _jobs(rng: random.Random, count: int, finish: int) -> list[Job]:
    """``count`` jobs, newest first, going back in time with small gaps."""
    jobs: list[Job] = []
    cursor = finish * 12 + rng.randint(0, 11)
    end: tuple[int, int] | None = None
    all_skills = [s for group in SKILLS.values() for s in group]
    places = [c for cs in CITIES.values() for c in cs]
    for _ in range(count):
        start = cursor - rng.randint(8, 40)
        bullets = [
            f"{rng.choice(VERBS)} {rng.choice(THINGS)} with {rng.choice(all_skills)}, "
            f"cutting turnaround by {rng.randint(10, 60)}% for {rng.randint(3, 40)} teams."
            for _ in range(rng.randint(1, 4))
        ]
        company = f"{rng.choice(COMPANY_HEADS)} {rng.choice(COMPANY_TAILS)}"
        jobs.append(
            Job(company, rng.choice(TITLES), _month(start), end, rng.choice(places), bullets)
        )
        cursor = start - rng.randint(0, 4)
        end = _month(cursor)
    if rng.random() < 0.3:  # the latest job has ended too
        jobs[0].end = _month(finish * 12 + 11)
    return jobs


def _schools(rng: random.Random, count: int, first_job: int) -> list[School]:
    schools: list[School] = []
    year = first_job
    kinds = rng.sample(["degree", "degree", "masters", "diploma", "xii"], k=count)
    kinds.sort(key=["masters", "degree", "diploma", "xii"].index)
    for kind in kinds:
        if kind == "xii":
            institution, degree, length = (
                rng.choice(HIGH_SCHOOLS),
                rng.choice(["Class XII (CBSE)", "Class XII", "Higher Secondary Certificate"]),
                2,
            )
        elif kind == "diploma":
            institution, degree, length = (
                rng.choice(POLYTECHNICS),
                rng.choice(
                    ["Diploma in Mechanical Engineering", "Diploma in Computer Engineering"]
                ),
                3,
            )
        else:
            pool = [d for d in DEGREES if d.startswith(("M", "MBA")) == (kind == "masters")]
            institution, degree, length = rng.choice(SCHOOLS), rng.choice(pool), rng.choice([2, 4])
        score = rng.choice([
            None,
            f"CGPA: {rng.randint(70, 97) / 10}/10",
            f"GPA {rng.randint(30, 40) / 10}/4.0",
            f"{rng.randint(60, 96)}%",
        ])  # fmt: skip
        schools.append(School(institution, degree, year - length, year, score))
        year -= length + rng.randint(0, 1)
    return schools


def make_person(rng: random.Random) -> tuple[Person, str]:
    """A synthetic person and the naming culture they were drawn from."""
    culture = rng.choice(list(NAMES))
    firsts, lasts = NAMES[culture]
    first, last = rng.choice(firsts), rng.choice(lasts)
    phone = "".join(_digits(rng, 1) if c == "X" else c for c in rng.choice(PHONES[culture]))
    city = rng.choice(CITIES[culture])
    jobs = _jobs(rng, rng.randint(1, 5), 2025)
    first_job = jobs[-1].start[0]
    schools = _schools(rng, rng.randint(1, 3), first_job)
    groups = rng.sample(list(SKILLS), k=rng.randint(2, 4))
    skill_groups = [(g, rng.sample(SKILLS[g], k=rng.randint(2, 5))) for g in groups]
    handle = _email(rng, first, last).split("@")[0].replace(".", "-").replace("_", "-")
    summary = (
        f"{rng.choice(['Curious', 'Pragmatic', 'Detail-oriented', 'Results-driven'])} "
        f"{jobs[0].title.lower()} with {2025 - first_job} years of experience across "
        f"{rng.choice(['fintech', 'healthcare', 'retail', 'logistics', 'education'])} products."
    )
    person = Person(f"{first} {last}", _email(rng, first, last), phone, city,
                    f"linkedin.com/in/{handle}", summary, jobs, schools, skill_groups)  # fmt: skip
    return person, culture
