"""SQLite: schema and migrations, one writer, read views.

Read functions take a database path or an open reader connection (``open_reader``):

    get_article(db, doc_id) -> StoredArticle | None
    list_articles(db, q=None, limit=50, offset=0) -> [summary dict]     (q: FTS5 search over title + kept text)
    iter_articles(db) -> Iterator[StoredArticle]
    stats(db) -> dict
    journal_entries(db, status=None, run_id=None, limit=100) -> [dict]

Every write goes through the database's one ``Writer`` (see writer.py for why).
"""

from nkwatch.store.articles import StoredArticle, count_articles, get_article, iter_articles, list_articles
from nkwatch.store.db import open_reader, sqlite_version, wal_reset_bug_affected
from nkwatch.store.journal import journal_entries, list_runs
from nkwatch.store.stats import stats
from nkwatch.store.writer import Writer

__all__ = [
    "StoredArticle", "get_article", "list_articles", "iter_articles", "count_articles", "stats",
    "journal_entries", "list_runs", "open_reader", "Writer", "sqlite_version", "wal_reset_bug_affected",
]
