"""Datasette as a first-class reader of an nkwatch database: the metadata (table descriptions, facets, canned
queries) for a database file of any name — Datasette names a database after its file (``my-kb.db`` →
``my-kb``), and its metadata applies by that name only.

    nkwatch --db my-kb.db datasette-metadata > my-kb.json && datasette my-kb.db -m my-kb.json

Every canned query reads tables that exist once ``nkwatch ingest`` has run (``articles``, ``kb_*``); the
``serve_*`` tables (the web UI's cache, built by ``nkwatch serve``) are described for when they are there.
``datasette-metadata.json`` at the top of the repository is ``metadata("nkwatch")``, for the default file.
"""

from __future__ import annotations

from pathlib import Path

SITE = {'title': 'nkwatch',
 'description_html': "North Korea's state-run restaurants abroad and the people who leave them, read from news "
                     'articles. <code>articles</code> holds the texts; <code>kb_*</code> the knowledge base '
                     '(statements with their evidence spans, merge judgements); <code>serve_*</code> the canonical '
                     'events, restaurants and claim groups folded from it (a cache that <code>nkwatch serve</code> builds and keeps '
                     'current).',
 'license': 'Article texts belong to their publishers; the schema and code are MIT',
 'source': 'nkwatch'}

TABLES = {'articles': {'description': 'One row per ingested article: the input as received (raw), the text evidence offsets '
                             'point into, what cleaning cut (cuts, JSON offsets), provenance.',
              'sort_desc': 'first_seen',
              'label_column': 'title',
              'columns': {'doc_id': 'Stable identifier of the article',
                          'text': 'The text facts point into (character offsets)',
                          'kept_text': 'The text without the stretches cleaning cut',
                          'cuts': 'JSON list of {start, end, reason} removed by cleaning',
                          'text_group': 'doc_id of the first stored copy of this text: reprints of one wire story '
                                        'share it',
                          'raw': 'The input exactly as received'}},
 'near_duplicates': {'description': 'A reprinted story linked to the copies it matches, with the similarity.'},
 'journal': {'description': 'Every input item of every ingest run, good or bad, with the reason for errors.',
             'sort_desc': 'id'},
 'runs': {'description': 'One row per `nkwatch ingest` run.'},
 'positions': {'description': 'Where each source resumes after an interruption.'},
 'kb_extractions': {'description': 'What extraction said about each article, per extractor version (or why it '
                                   'failed).',
                    'sort_desc': 'seq'},
 'kb_mentions': {'description': 'Subjects of statements: the event, restaurant and claim mentions of each article, '
                                'with their evidence spans (JSON).'},
 'kb_statements': {'description': 'Every extracted value: subject, property, normalised value (JSON), the original '
                                  'words and their span in the article.',
                   'columns': {'span_start': 'Character offset into articles.text',
                               'span_end': 'End offset (exclusive)'}},
 'kb_judgements': {'description': 'Merge decisions as data: same / different / unsure, by machine or person, with '
                                  'score and reason; retracted ones stay.',
                   'sort_desc': 'judgement_id'},
 'serve_events': {'description': 'Canonical events (cache): one row per real-world event with the value most '
                                 'sources support, date and place precision, number of independent sources. '
                                 "summary is JSON; the event page's JSON is in serve_event_dossiers (same rowid).",
                  'fts_table': 'serve_events_fts',
                  'label_column': 'event_id',
                  'facets': ['type', 'status', 'country'],
                  'columns': {'date_lo': 'Earliest day the date can mean (2016-04 → 2016-04-01)',
                              'date_hi': 'Latest day the date can mean',
                              'sources': 'Independent sources (reprints of one story count once)',
                              'place_precision': 'city, region or country'}},
 'serve_restaurants': {'description': 'The restaurant registry (cache), with lifecycle in data (JSON).',
                       'label_column': 'name',
                       'facets': ['country']},
 'serve_claims': {'description': 'Figures grouped by metric, country and period (cache); contested = sources '
                                 'disagree.',
                  'facets': ['contested']},
 'serve_event_mentions': {'description': 'Which mention of which article belongs to which canonical event '
                                         '(cache).'},
 'serve_restaurant_mentions': {'description': 'Which restaurant mention belongs to which restaurant (cache).'},
 'serve_months': {'description': 'Events per month and type (cache).'},
 'serve_places': {'description': 'Events grouped by place for the map (cache).'},
 'kb_reviews': {'description': "People's reviews of events (confirm, reject, or correct a slot to a value, JSON) and "
                               'of single claims (target = claim, event_id = the claim id: reject, or correct its '
                               'metric, scope, period, value or as_of), with reason, source article and author; '
                               'undone ones stay, with retracted set.',
                'sort_desc': 'review_id', 'facets': ['target', 'action', 'made_by']},
 'accounts': {'hidden': True},
 'serve_meta': {'hidden': True},
 'schema_version': {'hidden': True},
 'minhashes': {'hidden': True},
 'articles_fts': {'description': 'Full-text index of title and kept text; search it with the search_articles '
                                 'query.'},
 'serve_months_by': {'description': 'Events per month, type, country and status (cache, for filtered timelines).',
                     'facets': ['type', 'country', 'status']},
 'serve_years_by': {'description': 'Events dated only to a year, per year, type, country and status (cache, for the '
                               'timeline).'},
 'serve_event_changes': {'description': 'When nkwatch last learnt something about each event: its newest source '
                                       'article or judgement (cache, for the watch feeds; rowid = serve_events.rowid).'},
 'serve_event_dossiers': {'description': "Each canonical event's page as JSON (cache; rowid = "
                                         'serve_events.rowid).'},
 'serve_event_registry': {'description': 'What the restaurant registry reads of each event (cache; rowid = '
                                         'serve_events.rowid).'},
 'serve_dirty': {'hidden': True}}

QUERIES = {'search_articles': {'title': 'Search articles (full text)',
                     'sql': "select a.doc_id, a.published, a.outlet, a.title, snippet(articles_fts, 2, '[', ']', "
                            "'…', 12) as snippet from articles_fts join articles a on a.doc_id = "
                            'articles_fts.doc_id where articles_fts match :words order by bm25(articles_fts) limit '
                            '100'},
 'statements_of_article': {'title': 'Statements read from one article, with their words',
                           'sql': 'select s.property, s.value, s.original, s.span_start, s.span_end, m.kind, '
                                  'm.label from kb_statements s join kb_mentions m on m.mention_id = s.subject and '
                                  'm.extractor_version = s.extractor_version where s.doc_id = :doc_id order by '
                                  'm.kind, m.ordinal, s.property'},
 'event_reports_by_country': {'title': 'Event reports by country and type',
                              'description': "Each article's current reading, one row per country (of the "
                                             'workplace) and type: how many reports and in how many articles. '
                                             'Reports of one real-world event are counted once per article; '
                                             '`nkwatch events` and the web UI merge them into events.',
                              'sql': 'with current as (select x.doc_id, x.extractor_version from kb_extractions x '
                                     "where x.status = 'ok' and x.seq = (select max(y.seq) from kb_extractions y "
                                     "where y.doc_id = x.doc_id and y.status = 'ok')) select json_extract(s.value, "
                                     "'$') as country, m.label as type, count(*) as reports, count(distinct "
                                     'm.doc_id) as articles from kb_mentions m join current c on c.doc_id = '
                                     'm.doc_id and c.extractor_version = m.extractor_version left join '
                                     'kb_statements s on s.subject = m.mention_id and s.extractor_version = '
                                     "m.extractor_version and s.property = 'workplace.country' where m.kind = "
                                     "'event' group by 1, 2 order by reports desc"},
 'figures_sources_disagree_on': {'title': 'Figures the sources disagree on',
                                 'description': 'Figures read from the articles (current readings), grouped by their '
                                                'frame: metric, country (empty: the world), period and the year the '
                                                'figure holds at (the year its sentence gives, else its article\'s); a '
                                                'group shows when its sources give more than one value. The web UI\'s '
                                                'Contested figures page also reads hedges and ranges, so some of these '
                                                'values agree there.',
                                 'sql': 'with current as (select x.doc_id, x.extractor_version from kb_extractions '
                                        "x where x.status = 'ok' and x.seq = (select max(y.seq) from "
                                        "kb_extractions y where y.doc_id = x.doc_id and y.status = 'ok')), figures "
                                        "as (select m.doc_id, m.mention_id, max(case when s.property = 'metric' "
                                        "then json_extract(s.value, '$') end) as metric, max(case when s.property "
                                        "= 'value' then json_extract(s.value, '$') end) as value, max(case when "
                                        "s.property = 'country' then json_extract(s.value, '$') end) as country, "
                                        "max(case when s.property = 'period' then json_extract(s.value, '$') end) "
                                        "as period, max(case when s.property = 'as_of' then json_extract(s.value, '$') end) "
                                        "as as_of, max(case when s.property = 'attributed_to' then "
                                        "json_extract(s.value, '$') end) as attributed_to from kb_mentions m join "
                                        'current c on c.doc_id = m.doc_id and c.extractor_version = '
                                        'm.extractor_version join kb_statements s on s.subject = m.mention_id and '
                                        "s.extractor_version = m.extractor_version where m.kind = 'claim' group by "
                                        'm.mention_id), framed as (select f.*, substr(coalesce(f.as_of, a.published), 1, 4) as '
                                        'year from figures f left join articles a on a.doc_id = f.doc_id) select '
                                        'metric, country, period, year, count(distinct value) as distinct_values, '
                                        "count(*) as figures, group_concat(value || coalesce(' (' || attributed_to "
                                        "|| ', ' || doc_id || ')', ' (' || doc_id || ')'), '; ') as "
                                        'values_and_sources from framed group by metric, country, period, year '
                                        'having count(distinct value) > 1 order by metric, country, period, year'}}



def database_name(db: str | Path) -> str:
    """The name Datasette gives a database file: its file name without the extension."""
    return Path(db).stem


def metadata(db: str | Path) -> dict:
    """Datasette metadata for the database file ``db`` (or a database name)."""
    return {**SITE, "databases": {database_name(db): {"tables": TABLES, "queries": QUERIES}}}
