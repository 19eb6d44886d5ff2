"""SQLite: schema and migrations, one writer, read views."""
