"""Sign-in: Clerk session tokens (RS256) and local development keys, one verifier for both."""
