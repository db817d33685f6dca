"""Offline resume analysis: build a ResumeAnalyzer once (taxonomy + roles), call analyze()."""

from vidyamitra.ai.offline.resume.analyzer import ENGINE, ResumeAnalyzer

__all__ = ["ENGINE", "ResumeAnalyzer"]
