"""Danh mục BMNN: the catalogue items classifications cite; CSV import; diacritic-insensitive search."""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import textnorm
from app.models import CatalogueItem
from app.services import audit
from app.services.actor import Actor
from app.services.classification import clean, get_or_404
from app.services.errors import ValidationError
from app.services.roles import require

LEVELS = {"tuyet mat": "tuyet_mat", "toi mat": "toi_mat", "mat": "mat",
          "tuyet_mat": "tuyet_mat", "toi_mat": "toi_mat", "a": "tuyet_mat", "b": "toi_mat", "c": "mat"}
# folded CSV header -> field
HEADERS = {
    "quyet dinh": "decision", "so quyet dinh": "decision", "van ban": "decision", "decision": "decision",
    "ngay quyet dinh": "decision_date", "ngay ban hanh": "decision_date", "decision_date": "decision_date",
    "co quan ban hanh": "issuer", "nguoi ban hanh": "issuer", "issuer": "issuer",
    "linh vuc": "field", "field": "field",
    "dieu": "dieu", "khoan": "khoan", "diem": "diem",
    "do mat": "level", "muc do mat": "level", "level": "level",
    "noi dung": "text", "noi dung bi mat": "text", "text": "text",
}
FIELDS = ("decision", "decision_date", "issuer", "field", "dieu", "khoan", "diem", "level", "text")


@dataclass
class CatalogueInput:
    decision: str
    dieu: str
    level: str
    text: str
    khoan: str | None = None
    diem: str | None = None
    decision_date: dt.date | None = None
    issuer: str = "Thủ tướng Chính phủ"
    field: str | None = None


@dataclass(frozen=True)
class CatalogueImportResult:
    added: int
    updated: int


def _fold_item(item: CatalogueItem) -> None:
    item.text_fold = textnorm.fold(" ".join(p for p in (item.citation(), item.field, item.text) if p))


def _values(data: CatalogueInput) -> dict[str, Any]:
    values = {k: clean(getattr(data, k)) for k in FIELDS}
    values["issuer"] = values["issuer"] or "Thủ tướng Chính phủ"
    for key, label in (("decision", "quyết định"), ("dieu", "điều"), ("text", "nội dung")):
        if not values[key]:
            raise ValidationError(f"Ghi {label} của mục danh mục.", field=key)
    level = LEVELS.get(textnorm.fold(values["level"] or ""))
    if level is None:
        raise ValidationError("Độ mật của mục danh mục phải là Tuyệt mật, Tối mật hoặc Mật.", field="level")
    values["level"] = level
    return values


def _find(session: Session, v: dict[str, Any]) -> CatalogueItem | None:
    return session.scalar(select(CatalogueItem).where(
        CatalogueItem.decision == v["decision"], CatalogueItem.dieu == v["dieu"],
        CatalogueItem.khoan.is_(None) if v["khoan"] is None else CatalogueItem.khoan == v["khoan"],
        CatalogueItem.diem.is_(None) if v["diem"] is None else CatalogueItem.diem == v["diem"]))


def add_item(session: Session, actor: Actor, data: CatalogueInput) -> CatalogueItem:
    require(actor, "catalogue.edit")
    values = _values(data)
    if _find(session, values) is not None:
        raise ValidationError("Mục danh mục này (quyết định, điều, khoản, điểm) đã có.", field="dieu")
    item = CatalogueItem(**values)
    _fold_item(item)
    session.add(item)
    session.flush()
    audit.record(session, "catalogue.add", actor=actor.username, entity="catalogue_item", entity_id=item.id,
                 citation=item.citation(), level=item.level)
    return item


def update_item(session: Session, actor: Actor, item_id: int, data: CatalogueInput) -> CatalogueItem:
    require(actor, "catalogue.edit")
    item = get_or_404(session, CatalogueItem, item_id, "mục danh mục")
    values = _values(data)
    other = _find(session, values)
    if other is not None and other.id != item.id:
        raise ValidationError("Mục danh mục này (quyết định, điều, khoản, điểm) đã có.", field="dieu")
    changes = [{"field": k, "old": getattr(item, k), "new": v} for k, v in values.items() if getattr(item, k) != v]
    for k, v in values.items():
        setattr(item, k, v)
    _fold_item(item)
    session.flush()
    if changes:
        audit.record(session, "catalogue.update", actor=actor.username, entity="catalogue_item",
                     entity_id=item.id, changes=changes)
    return item


def set_active(session: Session, actor: Actor, item_id: int, active: bool) -> CatalogueItem:
    """Items are never deleted (documents cite them); a replaced item is made inactive."""
    require(actor, "catalogue.edit")
    item = get_or_404(session, CatalogueItem, item_id, "mục danh mục")
    item.active = active
    session.flush()
    audit.record(session, "catalogue.active", actor=actor.username, entity="catalogue_item", entity_id=item.id,
                 active=active)
    return item


def search_catalogue(session: Session, text: str | None = None, *, level: str | None = None,
                     active_only: bool = True, limit: int = 200) -> list[CatalogueItem]:
    """Items whose citation or content contains every word of ``text`` (ignoring diacritics)."""
    q = select(CatalogueItem)
    for word in textnorm.fold(text).split():
        q = q.where(CatalogueItem.text_fold.contains(word, autoescape=True))
    if level:
        q = q.where(CatalogueItem.level == level)
    if active_only:
        q = q.where(CatalogueItem.active.is_(True))
    items = list(session.scalars(q.limit(limit)))
    items.sort(key=lambda i: (textnorm.sort_key(i.decision), _num(i.dieu), _num(i.khoan), i.diem or ""))
    return items


def _num(text: str | None) -> tuple[int, str]:
    digits = "".join(ch for ch in text or "" if ch.isdigit())
    return (int(digits) if digits else 0, text or "")


def _parse_date(text: str | None, line: int) -> dt.date | None:
    if not text:
        return None
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValidationError(f"Dòng {line}: ngày “{text}” không đúng dạng ngày/tháng/năm.", field="decision_date")


def read_csv(path: str | Path) -> list[CatalogueInput]:
    raw = Path(path).read_bytes().decode("utf-8-sig")
    try:
        dialect = csv.Sniffer().sniff(raw[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(raw), dialect))
    if not rows:
        raise ValidationError("Tệp danh mục trống.")
    mapping = {}
    for idx, head in enumerate(rows[0]):
        key = HEADERS.get(textnorm.fold(head).replace("_", " ").strip()) or HEADERS.get(textnorm.fold(head))
        if key and key not in mapping:
            mapping[key] = idx
    missing = [k for k in ("decision", "dieu", "level", "text") if k not in mapping]
    if missing:
        raise ValidationError("Tệp danh mục thiếu cột: " + ", ".join(missing)
                              + " (cần: Quyết định, Điều, Khoản, Điểm, Độ mật, Nội dung).")
    out = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        cell = {k: (row[i].strip() if i < len(row) else "") for k, i in mapping.items()}
        out.append(CatalogueInput(decision=cell["decision"], dieu=cell["dieu"], level=cell["level"],
                                  text=cell["text"], khoan=cell.get("khoan") or None, diem=cell.get("diem") or None,
                                  decision_date=_parse_date(cell.get("decision_date"), line),
                                  issuer=cell.get("issuer") or "Thủ tướng Chính phủ", field=cell.get("field") or None))
    return out


def import_csv(session: Session, actor: Actor, path: str | Path) -> CatalogueImportResult:
    """Import (or update) catalogue items from a CSV file; all or nothing (a savepoint)."""
    require(actor, "catalogue.edit")
    inputs = read_csv(path)
    added = updated = 0
    with session.begin_nested():
        for line, data in enumerate(inputs, start=2):
            try:
                values = _values(data)
            except ValidationError as exc:
                raise ValidationError(f"Dòng {line}: {exc.message}", field=exc.field) from exc
            item = _find(session, values)
            if item is None:
                item = CatalogueItem(**values)
                session.add(item)
                added += 1
            else:
                for k, v in values.items():
                    setattr(item, k, v)
                updated += 1
            _fold_item(item)
            session.flush()
        audit.record(session, "catalogue.import", actor=actor.username, entity="catalogue_item",
                     file=Path(path).name, added=added, updated=updated)
    return CatalogueImportResult(added, updated)
