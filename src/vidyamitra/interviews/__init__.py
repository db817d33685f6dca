"""Mock interviews: questions, per-answer evaluation, reports and history."""
