"""The same pure functions of ingest/extract on Dask (or locally in one process)."""
