"""Data files shipped with the package (taxonomies, roles, question bank, catalog)."""
