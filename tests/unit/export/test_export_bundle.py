import datetime as dt
import json

import pytest

from app.export.bundle import (consolidate, fingerprint, generate_signing_key, make_payload,
                               open_bundle, public_key_bytes, sign_bundle, verify_bundle)
from app.export.errors import BundleError
from app.printing.data import AuditSeal, ConsolidatedReport, Heading, Statistics
from app.printing.reports import consolidated_report
from app.rules import pack as get_pack

PERIOD = (dt.date(2025, 12, 15), dt.date(2026, 12, 14))


def stats(n=1):
    return Statistics({"mat": 10 * n, "toi_mat": n}, {"mat": 5 * n}, copies=n, incidents=0)


def bundle(agency="Sở Khoa học và Công nghệ", key=None, year=2026, n=1, bundle_id=None):
    key = key or generate_signing_key()
    return sign_bundle(make_payload(agency, year, PERIOD, stats(n), bundle_id=bundle_id), key)


def test_round_trip_and_fingerprint():
    key = generate_signing_key()
    data = bundle(key=key)
    payload = verify_bundle(data)
    assert payload["agency"] == "Sở Khoa học và Công nghệ"
    assert payload["period_start"] == "2025-12-15" and payload["year"] == 2026
    opened = open_bundle(data)
    assert opened.stats == stats()
    assert opened.fingerprint == fingerprint(public_key_bytes(key))
    assert len(opened.fingerprint.replace(" ", "")) == 40
    assert "Sở Khoa học" in data.decode("utf-8")       # readable JSON, real Vietnamese


def test_tampered_bundle_is_refused():
    document = json.loads(bundle())
    document["payload"]["statistics"]["incidents"] = 0
    document["payload"]["statistics"]["copies"] = 999
    with pytest.raises(BundleError, match="Chữ ký số không hợp lệ"):
        verify_bundle(json.dumps(document).encode())


@pytest.mark.parametrize("data", [b"not json", b"{}", json.dumps({"format": "somat-bundle",
                                                                   "version": 1}).encode()])
def test_garbage_is_refused(data):
    with pytest.raises(BundleError):
        verify_bundle(data)


def test_untrusted_key_is_refused():
    trusted = generate_signing_key()
    fp = fingerprint(public_key_bytes(trusted))
    assert verify_bundle(bundle(key=trusted), [fp.lower().replace(" ", "")])
    with pytest.raises(BundleError, match="không có trong danh sách khóa tin cậy"):
        verify_bundle(bundle(), [fp])


def test_consolidation_refuses_duplicates_bad_signatures_and_other_years():
    k1, k2 = generate_signing_key(), generate_signing_key()
    good1 = bundle("Sở Khoa học và Công nghệ", k1, n=1, bundle_id="id-1")
    good2 = bundle("UBND xã Long Thành", k2, n=2)
    same_agency = bundle("SỞ KHOA HỌC VÀ CÔNG NGHỆ", k1, n=5)
    same_id = bundle("UBND xã Phước An", k2, bundle_id="id-1")
    tampered = json.loads(bundle("UBND xã Tân Hiệp", k2))
    tampered["payload"]["agency"] = "UBND xã Khác"
    old = bundle("UBND xã Bình An", k2, year=2025)
    result = consolidate([("a.json", good1), ("b.json", good2), ("c.json", same_agency),
                          ("d.json", same_id), ("e.json", json.dumps(tampered).encode()),
                          ("f.json", old), ("a-copy.json", good1)], year=2026)
    assert [b.agency for b in result.accepted] == ["Sở Khoa học và Công nghệ", "UBND xã Long Thành"]
    reasons = dict(result.refused)
    assert "Trùng" in reasons["c.json"] and "a.json" in reasons["c.json"]
    assert "Trùng gói báo cáo" in reasons["d.json"]
    assert "Chữ ký số không hợp lệ" in reasons["e.json"]
    assert "năm 2025" in reasons["f.json"]
    assert "Trùng" in reasons["a-copy.json"]
    assert result.total.in_by_level == {"mat": 30, "toi_mat": 3} and result.total.copies == 3

    pack = get_pack("2025")
    report = ConsolidatedReport(Heading("", "Công an tỉnh Đồng Nai", None, "Đồng Nai", None), 2026,
                                result.entries, result.refused)
    from pypdf import PdfReader
    import io
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(
        consolidated_report(pack, report, AuditSeal(1, "0" * 64)))).pages)
    flat = "".join(text.split())
    for needle in ("UBND xã Long Thành", result.accepted[0].fingerprint, "e.json",
                   "Chữ ký số không hợp lệ"):
        assert "".join(needle.split()) in flat
