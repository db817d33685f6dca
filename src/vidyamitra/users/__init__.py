"""Users: accounts created from verified tokens, their data export and erasure."""
