"""VidyaMitra: career-readiness backend."""
