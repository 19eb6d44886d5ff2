"""Writers: CSV, JSONL, GeoJSON, FollowTheMoney, contract."""
