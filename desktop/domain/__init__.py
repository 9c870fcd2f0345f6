"""Plain Python rules: vocabularies, frameworks, scoring, money and periods. No Qt, no SQL."""
