"""reportlab documents (return, brief, summary) built from service data."""
