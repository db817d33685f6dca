"""Learning plans: ordered resources for skill gaps, a weekly schedule and progress."""
