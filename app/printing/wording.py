"""How register lines read: "Công văn về công tác …", as a clerk writes the book by hand."""
from __future__ import annotations

from app.textnorm import nfc

# First words that are proper nouns (or start one) and keep their capital after the document type.
PROPER_STARTS = ("Đảng", "Nhà nước", "Quốc hội", "Chính phủ", "Thủ tướng", "Bộ ", "Ban ", "Ủy ban",
                 "Tỉnh ủy", "Thành ủy", "Đảng ủy", "Hội đồng", "Công an", "Quân", "Sở ", "Văn phòng",
                 "Thanh tra", "Tòa án", "Viện", "Mặt trận", "Đại hội", "HĐND", "UBND", "Việt Nam")


# Types of administrative documents (Nghị định 30/2020, Điều 7) and other usual BMNN papers. A cell
# that is exactly one of these carries no summary, so it may stay on a Tuyệt mật line.
_TYPES = frozenset(" ".join(nfc(t).lower().split()) for t in (
    "Nghị quyết", "Quyết định", "Chỉ thị", "Quy chế", "Quy định", "Thông cáo", "Thông báo",
    "Hướng dẫn", "Chương trình", "Kế hoạch", "Phương án", "Đề án", "Dự án", "Báo cáo", "Biên bản",
    "Tờ trình", "Hợp đồng", "Công văn", "Công điện", "Bản ghi nhớ", "Bản thỏa thuận",
    "Giấy ủy quyền", "Giấy mời", "Giấy giới thiệu", "Phiếu gửi", "Phiếu chuyển", "Phiếu báo",
    "Kết luận", "Thư công", "Bản đồ", "Sơ đồ", "Danh sách", "Hồ sơ", "Điện mật", "Tài liệu",
))


def is_document_type(value: str | None) -> bool:
    """Is ``value`` exactly a document type (so it holds no summary)?"""
    return bool(value) and " ".join(nfc(value).lower().split()).rstrip(".") in _TYPES


def _lower_first(summary: str) -> str:
    first = summary.split(" ", 1)[0]
    if (len(first) > 1 and first[1:].islower() and not summary.startswith(PROPER_STARTS)
            and first[0].isupper()):
        return first[0].lower() + summary[1:]
    return summary


def kind_and_summary(kind: str | None, summary: str | None) -> str:
    """"<Tên loại> <trích yếu>" as one phrase: "Công văn" + "Về công tác …" → "Công văn về công tác …".
    Either part may be empty (a Tuyệt mật line keeps only its type)."""
    kind = nfc(kind or "").strip().rstrip(".:;,")
    summary = nfc(summary or "").strip()
    if summary.lower().startswith("v/v "):
        summary = "về việc " + summary[4:].lstrip()
    if not kind:
        return summary
    if not summary:
        return kind
    return f"{kind} {_lower_first(summary)}"
