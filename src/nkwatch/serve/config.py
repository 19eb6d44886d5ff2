"""Server settings: where the database is, the write token, the CORS origins, the body cap.

Read from (later wins): built-in defaults, a TOML file (``--config`` or $NKWATCH_CONFIG), the environment
($NKWATCH_TOKEN, $NKWATCH_CORS_ORIGINS comma-separated, $NKWATCH_MAX_BODY bytes), explicit arguments.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from nkwatch.model import InputError

DEFAULT_MAX_BODY = 1_000_000  # an article as text is rarely over 100 kB; HTML pages can be a few hundred


@dataclass(frozen=True)
class ServeConfig:
    db: str = "nkwatch.db"
    token: str | None = None              # no token configured: every write is refused
    cors_origins: tuple[str, ...] = ()    # exact origins allowed to call the API from a browser
    max_body: int = DEFAULT_MAX_BODY
    page_size: int = 50
    refresh_seconds: float = 5.0          # how often the serving index checks the knowledge base; 0 = never
    sql_time_limit_ms: int = 1000         # every query the server runs is interrupted after this (0 = none)
    rate_limit: float = 50.0              # requests a second per client on average (0 = no limit)
    rate_burst: int = 300                 # … and in a burst
    extra: dict = field(default_factory=dict)

    @property
    def writes_enabled(self) -> bool:
        return bool(self.token)


def _origins(value) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else list(value or [])
    out = tuple(o.strip().rstrip("/") for o in items if o and o.strip())
    if "*" in out:
        # A wildcard with credentials lets any site act as the user; we never send it.
        raise InputError("CORS origin '*' is not allowed: list the exact origins", source="cors_origins")
    return out


def load_config(db: str | None = None, *, config_file: str | None = None, env: dict | None = None,
                **overrides) -> ServeConfig:
    """Settings from defaults, then the TOML file, then the environment, then ``overrides``."""
    env = os.environ if env is None else env
    cfg = ServeConfig()
    path = config_file or env.get("NKWATCH_CONFIG")
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise InputError(f"cannot read server configuration: {e}", source=str(path)) from e
        data = data.get("serve", data)
        known = {k: data[k] for k in ("db", "token", "max_body", "page_size", "refresh_seconds",
                                      "sql_time_limit_ms", "rate_limit", "rate_burst") if k in data}
        if "cors_origins" in data:
            known["cors_origins"] = _origins(data["cors_origins"])
        cfg = replace(cfg, **known)
    if env.get("NKWATCH_TOKEN"):
        cfg = replace(cfg, token=env["NKWATCH_TOKEN"])
    if env.get("NKWATCH_CORS_ORIGINS"):
        cfg = replace(cfg, cors_origins=_origins(env["NKWATCH_CORS_ORIGINS"]))
    if env.get("NKWATCH_MAX_BODY"):
        try:
            cfg = replace(cfg, max_body=int(env["NKWATCH_MAX_BODY"]))
        except ValueError as e:
            raise InputError(f"NKWATCH_MAX_BODY is not a number of bytes: {env['NKWATCH_MAX_BODY']!r}") from e
    if db:
        cfg = replace(cfg, db=db)
    if "cors_origins" in overrides and overrides["cors_origins"] is not None:
        overrides["cors_origins"] = _origins(overrides["cors_origins"])
    cfg = replace(cfg, **{k: v for k, v in overrides.items() if v is not None})
    return cfg
