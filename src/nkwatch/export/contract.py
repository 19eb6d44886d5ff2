"""The contract format: one extraction record per stored article (doc_id order), ``cluster`` = canonical event id."""

from __future__ import annotations

from typing import TextIO

from nkwatch.export.formats import register, write_records
from nkwatch.store.views import contract_records


@register("contract")
def write_contract(db, fh: TextIO) -> int:
    return write_records(contract_records(db), fh)
