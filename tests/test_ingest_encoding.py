"""Pages in EUC-KR, Shift_JIS, GB18030 and UTF-8 decode right whatever charset they declare; the decision is kept."""

from __future__ import annotations

import pytest

from nkwatch.ingest.encoding import charset_from_content_type, decode_bytes, declared_in_document
from nkwatch.ingest.sources import document_item
from nkwatch.model import BinaryInput, EmptyInput

TEXTS = {
    "euc-kr": "북한 식당 종업원들이 집단으로 탈북해 한국에 입국했다고 통일부가 밝혔다. 이들은 중국의 식당에서 일했다. " * 3,
    "shift_jis": "北朝鮮のレストランで働いていた従業員が集団で脱北し、韓国に入国したと統一省が発表した。" * 3,
    "gb18030": "朝鲜餐厅的员工集体脱北并抵达韩国，韩国统一部表示。他们曾在中国浙江省的一家餐厅工作。" * 3,
    "utf-8": "Le restaurant nord-coréen a fermé ses portes à Phnom Penh, selon des employés. " * 3,
}
DECLARED = [None, "utf-8", "euc-kr", "shift_jis", "gb18030", "windows-1252", "no-such-charset"]


@pytest.mark.parametrize("actual", sorted(TEXTS))
@pytest.mark.parametrize("declared", DECLARED)
def test_decoded_right_whatever_is_declared(actual, declared):
    data = TEXTS[actual].encode(actual)
    decoded = decode_bytes(data, declared)
    assert decoded.text == TEXTS[actual]
    assert decoded.encoding == actual
    if declared and declared != actual:
        assert declared in decoded.decision  # the decision says what was declared and why it was not used


def test_meta_charset_is_read_and_checked():
    page = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
    page += TEXTS["gb18030"].encode("gb18030") + b"</body></html>"
    assert declared_in_document(page) == "gb2312"
    decoded = decode_bytes(page)
    assert decoded.encoding == "gb18030" and decoded.decision == "gb18030 (declared in the document)"


def test_article_records_the_decision():
    data = f"<html><body><article><p>{TEXTS['shift_jis']}</p></article></body></html>".encode("shift_jis")
    item = document_item("page.html", data, "html", declared_charset="utf-8")
    assert item.ok and "統一省が発表した" in item.article.text
    assert item.article.encoding.startswith("shift_jis (declared utf-8 failed to decode")


def test_header_charset_and_bad_bytes():
    assert charset_from_content_type("text/html; charset=EUC-KR") == "EUC-KR"
    assert charset_from_content_type("text/html") is None
    with pytest.raises(EmptyInput):
        decode_bytes(b"  \n")
    with pytest.raises(BinaryInput):
        decode_bytes(b"\x00\x01\x02\x03" * 50, source="x.bin")
