"""The same pure functions of ingest/extract on Dask (or locally in one process).

``run_archive`` is ``nkwatch run``: shards → parts → prefilter → extraction on the workers → sorted shards.
"""

from nkwatch.scale.engine import RunReport, run_archive
from nkwatch.scale.prefilter import Prefilter, load_prefilter
from nkwatch.scale.tasks import TaskSettings, process_part

__all__ = ["RunReport", "run_archive", "Prefilter", "load_prefilter", "TaskSettings", "process_part"]
