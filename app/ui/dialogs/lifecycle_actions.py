"""The actions on one document, each as an :class:`Action` for :class:`ActionDialog`.

Every action states what will happen before it happens; cancelling an entry, declassifying and
proposing destruction are dangerous and ask again (default "Không"). ``doc`` is the snapshot the detail
dialog loaded (see ``document_detail_dialog.load_detail``).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from app.ui.dialogs.action_dialog import Action, ActionField
from app.ui.dialogs.catalogue_picker import CataloguePicker
from app.ui.dialogs.field_form import DateField
from app.ui.models.formatting import level_name
from app.ui.models.vocabulary import code_choices, code_name
from app.ui.qt import QT_TRANSLATE_NOOP, QComboBox, QCoreApplication, QLineEdit, QPlainTextEdit, QSpinBox

_tr = QCoreApplication.translate  # short name; lupdate is run with -tr-function-alias translate+=_tr

TODAY = dt.date.today


def _text():
    return QLineEdit()


def _long():
    w = QPlainTextEdit()
    w.setFixedHeight(60)
    return w


def _date(value=None):
    return lambda: DateField(value)


def _combo(items: list[tuple[str, Any]]):
    def make():
        box = QComboBox()
        for label, data in items:
            box.addItem(label, data)
        return box
    return make


def _spin(lo: int, hi: int, special: str | None = None):
    def make():
        box = QSpinBox()
        box.setRange(lo, hi)
        if special:
            box.setSpecialValueText(special)
        return box
    return make


def _ref(doc: dict[str, Any]) -> str:
    return _tr("actions", "{kind} {reference} (số {number}/{year})").format(
        kind=doc.get("loai_van_ban") or _tr("actions", "Tài liệu"),
        reference=doc.get("so_ky_hieu") or _tr("actions", "không số"), number=doc["number"], year=doc["year"])


def people_choices(session) -> list[tuple[str, int]]:
    """Active people for the person pickers, in Vietnamese order."""
    from app import textnorm
    from app.services import people

    found = people.list_people(session)
    rows = [(f"{u.full_name}" + (f" — {u.position}" if u.position else ""), u.id) for u in found]
    return sorted(rows, key=lambda r: textnorm.sort_key(r[0]))


# -- copies -------------------------------------------------------------------------------------------
def copy_action(ctx, doc: dict[str, Any], people: list[tuple[str, int]]) -> Action:
    from app.services import copies

    pack = ctx.pack
    forms = list(pack.copy_forms.items())
    who = copies.who_may_authorise(pack, doc["do_mat"])

    def call(s, actor, v):
        return copies.record_copy(
            s, actor, doc["id"], form=v["form"], copied_on=v["copied_on"], quantity=v["quantity"],
            authorised_by_id=v["authorised_by_id"], copied_by=v["copied_by"], recipients=v.get("recipients"),
            place=v.get("place"), spoiled_count=v.get("spoiled_count") or 0, note=v.get("note")).id

    return Action(
        key="copy", title=_tr("actions", "Sao, chụp tài liệu BMNN"),
        consequence=lambda v: _tr("actions", "Ghi vào Sổ quản lý sao, chụp BMNN {n} bản của {document}. Bản sao có "
                                             "cùng độ mật với bản gốc; bản hỏng, thừa phải hủy ngay.").format(
                                      n=v.get("quantity") or "…", document=_ref(doc)),
        fields=[
            ActionField("form", _tr("actions", "Hình thức"), _combo([(code_name(name), code) for code, name in forms])),
            ActionField("copied_on", _tr("actions", "Ngày sao, chụp"), _date(TODAY()),
                        required=_tr("actions", "Ghi ngày sao, chụp.")),
            ActionField("quantity", _tr("actions", "Số lượng bản"), _spin(1, 1000), value=1),
            ActionField("authorised_by_id", _tr("actions", "Người cho phép"),
                        _combo([(_tr("actions", "— chọn người cho phép —"), None), *people]),
                        hint=_tr("actions", "Người có thẩm quyền: {who}").format(who=who),
                        required=_tr("actions", "Chọn người có thẩm quyền cho phép sao, chụp.")),
            ActionField("copied_by", _tr("actions", "Người sao, chụp"), _text, value=ctx.actor.full_name or None,
                        required=_tr("actions", "Ghi người sao, chụp.")),
            ActionField("recipients", _tr("actions", "Nơi nhận bản sao"), _long),
            ActionField("place", _tr("actions", "Nơi sao, chụp (do thủ trưởng quy định)"), _text),
            ActionField("spoiled_count", _tr("actions", "Số bản hỏng (đã hủy ngay)"), _spin(0, 1000), value=0),
            ActionField("note", _tr("actions", "Ghi chú"), _text),
        ],
        call=call, entity="copy", submit_text=_tr("actions", "Ghi vào sổ sao, chụp"),
        extra={"paper": "copy_record"})


# -- transfers and recall --------------------------------------------------------------------------------
def transfer_action(ctx, doc: dict[str, Any]) -> Action:
    from app.services import transfers

    def call(s, actor, v):
        return transfers.transfer(
            s, actor, doc["id"], kind=v["kind"], party=v["party"], recipient=v["recipient"],
            request_ref=v["request_ref"], request_date=v.get("request_date"), transferred_on=v["transferred_on"],
            authorised_by=v.get("authorised_by"), receipt_ref=v.get("receipt_ref"),
            recall_deadline=v.get("recall_deadline"), authoriser_title=v.get("authoriser_title")).id

    def consequence(v):
        kind = v.get("kind", "cung_cap")
        what = code_name(transfers.KINDS.get(kind, "Cung cấp")).lower()
        text = _tr("actions", "Ghi vào Sổ chuyển giao BMNN việc {what} {document}.").format(
            what=what, document=_ref(doc))
        if kind == "chuyen_giao" and not v.get("recall_deadline"):
            text += _tr("actions", " Chuyển giao không có hạn thu hồi: tài liệu chuyển sang tình trạng \"Đã chuyển "
                                   "giao\".")
        return text

    return Action(
        key="transfer", title=_tr("actions", "Cung cấp, chuyển giao BMNN"), consequence=consequence,
        fields=[
            ActionField("kind", _tr("actions", "Hình thức"), _combo(code_choices(transfers.KINDS))),
            ActionField("party", _tr("actions", "Bên nhận"), _combo(code_choices(transfers.PARTIES))),
            ActionField("recipient", _tr("actions", "Cơ quan, tổ chức, cá nhân nhận"), _text,
                        required=_tr("actions", "Ghi cơ quan, tổ chức, cá nhân nhận.")),
            ActionField("request_ref", _tr("actions", "Văn bản đề nghị (số, ngày)"), _text,
                        required=_tr("actions", "Ghi số, ngày văn bản đề nghị cung cấp, chuyển giao.")),
            ActionField("request_date", _tr("actions", "Ngày văn bản đề nghị"), _date()),
            ActionField("authorised_by", _tr("actions", "Người cho phép"), _text),
            ActionField("authoriser_title", _tr("actions", "Chức danh người cho phép"),
                        _combo([(_tr("actions", "Theo danh sách nhân sự"), "")]
                               + [(name, code) for code, name in ctx.pack.titles.items()])),
            ActionField("transferred_on", _tr("actions", "Ngày cung cấp, chuyển giao"), _date(TODAY()),
                        required=_tr("actions", "Ghi ngày cung cấp, chuyển giao.")),
            ActionField("receipt_ref", _tr("actions", "Ký nhận / biên bản giao nhận"), _text),
            ActionField("recall_deadline", _tr("actions", "Hạn thu hồi (nếu có)"), _date()),
        ],
        call=call, entity="transfer", submit_text=_tr("actions", "Ghi vào sổ chuyển giao"))


def recall_action(ctx, doc: dict[str, Any], transfer: dict[str, Any]) -> Action:
    from app.services import transfers

    return Action(
        key="recall", title=_tr("actions", "Thu hồi tài liệu đã cung cấp, chuyển giao"),
        consequence=_tr("actions", "Ghi {recipient} đã trả lại {document}; tài liệu trở lại tình trạng đang quản "
                                   "lý.").format(recipient=transfer["recipient"], document=_ref(doc)),
        fields=[ActionField("returned_on", _tr("actions", "Ngày thu hồi"), _date(TODAY()),
                            required=_tr("actions", "Ghi ngày thu hồi."))],
        call=lambda s, actor, v: transfers.record_return(s, actor, transfer["id"], v["returned_on"]).id,
        entity="transfer", submit_text=_tr("actions", "Ghi thu hồi"))


# -- storage ---------------------------------------------------------------------------------------------
def removal_action(ctx, doc: dict[str, Any], people: list[tuple[str, int]]) -> Action:
    from app.services import lifecycle

    def call(s, actor, v):
        return lifecycle.remove_from_storage(
            s, actor, doc["id"], person_id=v["person_id"], purpose=v["purpose"], approved_by=v["approved_by"],
            out_on=v["out_on"], due_back_on=v.get("due_back_on")).id

    return Action(
        key="removal", title=_tr("actions", "Mang tài liệu ra khỏi nơi lưu giữ"),
        consequence=_tr("actions", "Ghi người mang {document} ra khỏi nơi lưu giữ, lý do, ngày mang ra và hạn đưa "
                                   "về.").format(document=_ref(doc)),
        fields=[
            ActionField("person_id", _tr("actions", "Người mang ra"),
                        _combo([(_tr("actions", "— chọn người —"), None), *people]),
                        required=_tr("actions", "Chọn người mang tài liệu ra.")),
            ActionField("purpose", _tr("actions", "Lý do"), _long,
                        required=_tr("actions", "Ghi lý do mang tài liệu ra khỏi nơi lưu giữ.")),
            ActionField("approved_by", _tr("actions", "Người cho phép"), _text,
                        required=_tr("actions", "Ghi người cho phép mang tài liệu ra.")),
            ActionField("out_on", _tr("actions", "Ngày mang ra"), _date(TODAY()),
                        required=_tr("actions", "Ghi ngày mang ra.")),
            ActionField("due_back_on", _tr("actions", "Hạn đưa về"), _date()),
        ],
        call=call, submit_text="Ghi mang ra")


def custody_action(ctx, doc: dict[str, Any], people: list[tuple[str, int]]) -> Action:
    """Giao xử lý: the document goes to a person, who signs for it (ký nhận) on a date; custody and the
    person's handover list follow (``lifecycle.set_custody``)."""
    from app.services import lifecycle

    names = {pid: label.split(" — ")[0] for label, pid in people}

    def consequence(v):
        return _tr("actions", "Giao {document} cho {person} giữ, xử lý; {person} ký nhận ngày {on}. Từ ngày đó tài "
                              "liệu nằm trong danh sách bàn giao của người này.").format(
            document=_ref(doc), person=names.get(v.get("holder_id")) or "…",
            on=v["received_on"].strftime("%d/%m/%Y") if isinstance(v.get("received_on"), dt.date) else "…")

    def call(s, actor, v):
        return lifecycle.set_custody(s, actor, doc["id"], holder_id=v["holder_id"],
                                     storage_place=v.get("storage_place"), on=v["received_on"]).id

    return Action(
        key="custody", title=_tr("actions", "Giao xử lý, ký nhận"), consequence=consequence,
        fields=[
            ActionField("holder_id", _tr("actions", "Người nhận (giữ, xử lý)"),
                        _combo([(_tr("actions", "— chọn người —"), None), *people]),
                        required=_tr("actions", "Chọn người nhận tài liệu.")),
            ActionField("received_on", _tr("actions", "Ngày ký nhận"), _date(TODAY()),
                        required=_tr("actions", "Ghi ngày người nhận ký nhận.")),
            ActionField("storage_place", _tr("actions", "Nơi lưu giữ"), _text, value=doc.get("storage_place")),
        ],
        call=call, submit_text=_tr("actions", "Ghi giao, ký nhận"))


def return_action(ctx, doc: dict[str, Any], removal: dict[str, Any]) -> Action:
    from app.services import lifecycle

    return Action(
        key="return", title=_tr("actions", "Đưa tài liệu trở lại nơi lưu giữ"),
        consequence=_tr("actions", "Ghi {document} đã được đưa trở lại nơi lưu giữ (mang ra ngày {out_on}).").format(
            document=_ref(doc), out_on=removal["out_on"].strftime("%d/%m/%Y")),
        fields=[ActionField("returned_on", _tr("actions", "Ngày đưa về"), _date(TODAY()),
                            required=_tr("actions", "Ghi ngày đưa về."))],
        call=lambda s, actor, v: lifecycle.return_to_storage(s, actor, removal["id"], v["returned_on"]).id,
        submit_text=_tr("actions", "Ghi đưa về"))


# -- period and level --------------------------------------------------------------------------------------
def extension_action(ctx, doc: dict[str, Any]) -> Action:
    from app.services import lifecycle

    pack = ctx.pack
    full = pack.protection_years(doc["do_mat"])
    expires = doc.get("expires_on")
    return Action(
        key="extend", title=_tr("actions", "Gia hạn thời hạn bảo vệ"),
        consequence=lambda v: _tr("actions", "Thời hạn bảo vệ của {document} (hiện hết ngày {expires}) được kéo dài "
                                             "thêm {years} năm. Phải thông báo bằng văn bản cho nơi nhận trong {days} "
                                             "ngày; đóng dấu \"Gia hạn thời hạn bảo vệ\".").format(
            document=_ref(doc), expires=expires.strftime("%d/%m/%Y") if expires else "…",
            years=v.get("years") or "…", days=pack.notice_days),
        fields=[
            ActionField("decided_on", _tr("actions", "Ngày quyết định"), _date(TODAY()),
                        required=_tr("actions", "Ghi ngày quyết định gia hạn."),
                        hint=_tr("actions", "Chậm nhất {days} ngày trước khi hết thời hạn.").format(
                            days=pack.extension_min_days_before)),
            ActionField("decided_by", _tr("actions", "Người quyết định"), _text,
                        required=_tr("actions", "Ghi người quyết định gia hạn.")),
            ActionField("decision_number", _tr("actions", "Số quyết định"), _text),
            ActionField("years", _tr("actions", "Số năm gia hạn"), _spin(1, full), value=full,
                        hint=_tr("actions", "Mỗi lần không quá {years} năm ({citation}).").format(
                            years=full, citation=pack.citation("extension"))),
        ],
        call=lambda s, actor, v: lifecycle.extend(s, actor, doc["id"], decided_on=v["decided_on"],
                                                  decided_by=v["decided_by"], years=v["years"],
                                                  decision_number=v.get("decision_number")).id,
        submit_text=_tr("actions", "Ghi gia hạn"), extra={"paper": "gia_han"})


def level_change_action(ctx, doc: dict[str, Any]) -> Action:
    from app.services import lifecycle

    pack = ctx.pack
    levels = [(level_name(pack, lv.code), lv.code) for lv in sorted(pack.levels, key=lambda lv: -lv.rank)
              if lv.code != doc["do_mat"]]
    current = level_name(pack, doc["do_mat"])

    def consequence(v):
        new = v.get("new_level") or levels[0][1]
        return _tr("actions", "Độ mật của {document} đổi từ {old} sang {new}; thời hạn bảo vệ tính lại theo độ mới. "
                              "Phải thông báo cho nơi nhận trong {days} ngày và mỗi nơi đang giữ bản phải đóng dấu "
                              "điều chỉnh.").format(document=_ref(doc), old=current, new=level_name(pack, new),
                                    days=pack.level_change_notice_days)

    return Action(
        key="level", title=_tr("actions", "Điều chỉnh độ mật"), consequence=consequence, danger=True,
        fields=[
            ActionField("new_level", _tr("actions", "Độ mật mới"), _combo(levels)),
            ActionField("decided_on", _tr("actions", "Ngày quyết định"), _date(TODAY()),
                        required=_tr("actions", "Ghi ngày quyết định.")),
            ActionField("decided_by", _tr("actions", "Người quyết định"), _text,
                        required=_tr("actions", "Ghi người quyết định điều chỉnh độ mật.")),
            ActionField("catalogue_item_id", _tr("actions", "Căn cứ danh mục BMNN"),
                        lambda: CataloguePicker(ctx.tasks)),
        ],
        call=lambda s, actor, v: lifecycle.change_level(
            s, actor, doc["id"], new_level=v["new_level"], decided_on=v["decided_on"], decided_by=v["decided_by"],
            catalogue_item_id=v.get("catalogue_item_id")).id,
        submit_text=_tr("actions", "Điều chỉnh độ mật"), extra={"paper": "dieu_chinh"})


def declassify_action(ctx, doc: dict[str, Any]) -> Action:
    from app.services import lifecycle

    def consequence(v):
        if v.get("partial_scope"):
            return _tr("actions", "Giải mật một phần {document}: phần \"{scope}\" không còn là BMNN; tài liệu vẫn "
                       "được quản lý như BMNN. Việc này không hoàn tác được.").format(
                           document=_ref(doc), scope=v["partial_scope"])
        return _tr("actions", "Giải mật toàn bộ {document}: tài liệu không còn là bí mật nhà nước, chuyển sang tình "
                              "trạng \"Đã giải mật\" và được đóng dấu \"Giải mật\". Việc này không hoàn tác "
                              "được.").format(document=_ref(doc))

    return Action(
        key="declassify", title=_tr("actions", "Giải mật"), consequence=consequence, danger=True,
        fields=[
            ActionField("decided_on", _tr("actions", "Ngày quyết định"), _date(TODAY()),
                        required=_tr("actions", "Ghi ngày quyết định giải mật.")),
            ActionField("decided_by", _tr("actions", "Người quyết định"), _text,
                        required=_tr("actions", "Ghi người quyết định giải mật.")),
            ActionField("decision_number", _tr("actions", "Số quyết định"), _text),
            ActionField("partial_scope", _tr("actions", "Phạm vi giải mật một phần (để trống nếu giải mật toàn bộ)"),
                        _long),
        ],
        call=lambda s, actor, v: lifecycle.declassify(
            s, actor, doc["id"], decided_on=v["decided_on"], decided_by=v["decided_by"],
            decision_number=v.get("decision_number"), partial_scope=v.get("partial_scope")).id,
        submit_text=_tr("actions", "Giải mật"), extra={"paper": "giai_mat"})


# -- destruction and cancellation ---------------------------------------------------------------------------
def destruction_proposal_action(ctx, doc: dict[str, Any]) -> Action:
    from app.services import destruction

    return Action(
        key="destroy", title=_tr("actions", "Đề xuất tiêu hủy"),
        consequence=_tr("actions", "Đưa {document} vào danh sách đề xuất tiêu hủy. Tài liệu chỉ bị tiêu hủy sau khi "
                                   "hội đồng họp, có quyết định và biên bản tiêu hủy; dòng sổ không bao giờ bị "
                                   "xóa.").format(document=_ref(doc)),
        danger=True,
        fields=[
            ActionField("proposed_on", _tr("actions", "Ngày đề xuất"), _date(TODAY()),
                        required=_tr("actions", "Ghi ngày đề xuất.")),
            ActionField("proposed_by", _tr("actions", "Người đề xuất"), _text, value=ctx.actor.full_name or None,
                        required=_tr("actions", "Ghi người đề xuất.")),
            ActionField("reason", _tr("actions", "Lý do tiêu hủy"), _long,
                        required=_tr("actions", "Ghi lý do đề xuất tiêu hủy.")),
        ],
        call=lambda s, actor, v: destruction.propose(s, actor, [doc["id"]], proposed_on=v["proposed_on"],
                                                     proposed_by=v["proposed_by"], reason=v["reason"]).id,
        entity="destruction", submit_text=_tr("actions", "Đề xuất tiêu hủy"))


def cancel_action(ctx, doc: dict[str, Any]) -> Action:
    from app.services import documents

    return Action(
        key="cancel", title=_tr("actions", "Hủy số"),
        consequence=_tr("actions", "Dòng số {number}/{year} ({document}) được đánh dấu \"Đã hủy số\" và không sửa được "
                                   "nữa; dòng vẫn nằm trong sổ, số không được cấp lại. Việc này không hoàn tác "
                                   "được.").format(number=doc["number"], year=doc["year"], document=_ref(doc)),
        danger=True,
        fields=[ActionField("reason", _tr("actions", "Lý do hủy số"), _long,
                            required=_tr("actions", "Ghi lý do hủy số."))],
        call=lambda s, actor, v: documents.cancel_entry(s, actor, doc["id"], v["reason"]).id,
        submit_text=_tr("actions", "Hủy số"))



# -- the paper an action makes ---------------------------------------------------------------------------
PAPER_TITLES = {
    "copy_record": QT_TRANSLATE_NOOP("actions", "Văn bản ghi nhận việc sao, chụp"),
    "gia_han": QT_TRANSLATE_NOOP("actions", "Thông báo gia hạn thời hạn bảo vệ"),
    "dieu_chinh": QT_TRANSLATE_NOOP("actions", "Thông báo điều chỉnh độ mật"),
    "giai_mat": QT_TRANSLATE_NOOP("actions", "Thông báo giải mật"),
}


def paper_for(action: Action, row_id: int):
    """(title, build(session) -> PDF) of the paper the action just made, or None (a plain "sao" has none).

    The paper comes from ``app.services.papers`` (the notices of the 15 days, the copy record)."""
    kind = action.extra.get("paper")
    if kind is None or row_id is None:
        return None
    from app.services import papers

    title = _tr("actions", PAPER_TITLES[kind])
    if kind == "copy_record":
        def build(s):
            return papers.copy_record_pdf(s, row_id) if papers.copy_has_record(s, row_id) else None
        return title, build
    return title, lambda s: papers.change_notice_pdf(s, kind, row_id)
