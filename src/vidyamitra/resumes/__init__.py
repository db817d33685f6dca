"""Resumes: uploads, parsing and analysis, scoped to their owner."""
