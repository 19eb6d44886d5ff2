"""FastAPI routes, templates and static files: read-only views plus token-guarded writes."""
