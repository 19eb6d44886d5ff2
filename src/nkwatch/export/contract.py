"""The contract format: one extraction record per stored article (doc_id order), ``cluster`` = canonical event id."""

from __future__ import annotations

import json
from typing import TextIO

from nkwatch.export.formats import register
from nkwatch.store.views import contract_records


@register("contract")
def write_contract(db, fh: TextIO) -> int:
    n = 0
    for record in contract_records(db):
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n
