"""Plain resume text through the real parser and the analyser."""

from __future__ import annotations

from vidyamitra.ai.offline.parsing import parse_resume_text
from vidyamitra.ai.offline.resume import ResumeAnalyzer

RESUME = """Priya Sharma
Data Analyst | priya.sharma@example.com | +91 99887 76655 | linkedin.com/in/priya-sharma

SUMMARY
Data analyst who turns sales data into decisions with SQL, Python and Power BI.

EXPERIENCE
Data Analyst, Globex Retail, Bengaluru
June 2023 - Present
- Built 12 Power BI dashboards tracking weekly sales for 40 stores
- Automated monthly reporting in Python and SQL, saving 20 hours a month
- Helped with data cleaning

Analyst Intern, Initech, Pune
January 2022 - June 2022
- Analysed customer churn in Excel and R and presented findings to 3 managers

EDUCATION
B.Sc. Statistics, University of Pune, 2019 - 2022

SKILLS
SQL, Python, Power BI, Excel, R, Tableau
"""


def test_parsed_text_resume_is_analysed(analyzer: ResumeAnalyzer) -> None:
    parsed = parse_resume_text(RESUME)
    analysis = analyzer.analyze(parsed, target_role="data analyst")
    names = {s.name for s in analysis.skills}
    assert {"SQL", "Python", "Power BI", "Excel", "R", "Tableau"} <= names
    assert analysis.experience.dated_positions == 2
    assert analysis.experience.gaps  # July 2022 .. May 2023 is more than six months
    match = analysis.role_match
    assert match is not None
    assert match.role_id == "data-analyst"
    assert {"SQL", "Excel", "Power BI"} <= {m.skill for m in match.matched_required}
    assert 0 < analysis.score.total <= 100
    assert any(
        s.kind == "action_verb" and "Helped" in (s.target or "") for s in analysis.suggestions
    )
