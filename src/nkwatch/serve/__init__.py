"""FastAPI routes, templates and static files: read-only views plus token-guarded writes.

``create_app(config)`` builds the application; ``serve(db, host, port)`` runs it under uvicorn.
"""

from __future__ import annotations

from nkwatch.serve.config import ServeConfig, load_config


def create_app(config: ServeConfig | None = None):
    from nkwatch.serve.app import create_app as _create

    return _create(config)


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, *, config_file: str | None = None,
          cors_origins: str | None = None, log_level: str = "info") -> None:
    """``nkwatch serve``: the web UI and the API for ``db`` under uvicorn until interrupted."""
    import uvicorn

    from nkwatch.model import StoreError
    from nkwatch.store.db import open_reader

    config = load_config(db, config_file=config_file, cors_origins=cors_origins)
    # fail now on a missing or foreign file, with the path in the message; a damaged one (quick_check) is not a
    # start-up failure: the server runs and answers 503 with the reason, /healthz included
    open_reader(config.db, check=False).close()
    app = create_app(config)
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False,
                server_header=False, timeout_graceful_shutdown=5)


__all__ = ["ServeConfig", "load_config", "create_app", "serve"]
