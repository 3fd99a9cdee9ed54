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
from app.ui.qt import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

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
    return f"{doc.get('loai_van_ban') or 'Tài liệu'} {doc.get('so_ky_hieu') or 'không số'} " \
           f"(số {doc['number']}/{doc['year']})"


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
        key="copy", title="Sao, chụp tài liệu BMNN",
        consequence=lambda v: (f"Ghi vào Sổ quản lý sao, chụp BMNN {v.get('quantity') or '…'} bản của {_ref(doc)}. "
                               "Bản sao có cùng độ mật với bản gốc; bản hỏng, thừa phải hủy ngay."),
        fields=[
            ActionField("form", "Hình thức", _combo([(name, code) for code, name in forms])),
            ActionField("copied_on", "Ngày sao, chụp", _date(TODAY()), required="Ghi ngày sao, chụp."),
            ActionField("quantity", "Số lượng bản", _spin(1, 1000), value=1),
            ActionField("authorised_by_id", "Người cho phép", _combo([("— chọn người cho phép —", None), *people]),
                        hint="Người có thẩm quyền: " + who,
                        required="Chọn người có thẩm quyền cho phép sao, chụp."),
            ActionField("copied_by", "Người sao, chụp", _text, value=ctx.actor.full_name or None,
                        required="Ghi người sao, chụp."),
            ActionField("recipients", "Nơi nhận bản sao", _long),
            ActionField("place", "Nơi sao, chụp (do thủ trưởng quy định)", _text),
            ActionField("spoiled_count", "Số bản hỏng (đã hủy ngay)", _spin(0, 1000), value=0),
            ActionField("note", "Ghi chú", _text),
        ],
        call=call, entity="copy", submit_text="Ghi vào sổ sao, chụp")


# -- transfers and recall --------------------------------------------------------------------------------
def transfer_action(ctx, doc: dict[str, Any]) -> Action:
    from app.services import transfers

    def call(s, actor, v):
        return transfers.transfer(
            s, actor, doc["id"], kind=v["kind"], party=v["party"], recipient=v["recipient"],
            request_ref=v["request_ref"], request_date=v.get("request_date"), transferred_on=v["transferred_on"],
            authorised_by=v.get("authorised_by"), receipt_ref=v.get("receipt_ref"),
            recall_deadline=v.get("recall_deadline")).id

    def consequence(v):
        kind = v.get("kind", "cung_cap")
        text = f"Ghi vào Sổ chuyển giao BMNN việc {transfers.KINDS.get(kind, 'cung cấp').lower()} {_ref(doc)}."
        if kind == "chuyen_giao" and not v.get("recall_deadline"):
            text += " Chuyển giao không có hạn thu hồi: tài liệu chuyển sang tình trạng \"Đã chuyển giao\"."
        return text

    return Action(
        key="transfer", title="Cung cấp, chuyển giao BMNN", consequence=consequence,
        fields=[
            ActionField("kind", "Hình thức", _combo([(n, c) for c, n in transfers.KINDS.items()])),
            ActionField("party", "Bên nhận", _combo([(n, c) for c, n in transfers.PARTIES.items()])),
            ActionField("recipient", "Cơ quan, tổ chức, cá nhân nhận", _text,
                        required="Ghi cơ quan, tổ chức, cá nhân nhận."),
            ActionField("request_ref", "Văn bản đề nghị (số, ngày)", _text,
                        required="Ghi số, ngày văn bản đề nghị cung cấp, chuyển giao."),
            ActionField("request_date", "Ngày văn bản đề nghị", _date()),
            ActionField("authorised_by", "Người cho phép", _text),
            ActionField("transferred_on", "Ngày cung cấp, chuyển giao", _date(TODAY()),
                        required="Ghi ngày cung cấp, chuyển giao."),
            ActionField("receipt_ref", "Ký nhận / biên bản giao nhận", _text),
            ActionField("recall_deadline", "Hạn thu hồi (nếu có)", _date()),
        ],
        call=call, entity="transfer", submit_text="Ghi vào sổ chuyển giao")


def recall_action(ctx, doc: dict[str, Any], transfer: dict[str, Any]) -> Action:
    from app.services import transfers

    return Action(
        key="recall", title="Thu hồi tài liệu đã cung cấp, chuyển giao",
        consequence=f"Ghi {transfer['recipient']} đã trả lại {_ref(doc)}; tài liệu trở lại tình trạng đang quản lý.",
        fields=[ActionField("returned_on", "Ngày thu hồi", _date(TODAY()), required="Ghi ngày thu hồi.")],
        call=lambda s, actor, v: transfers.record_return(s, actor, transfer["id"], v["returned_on"]).id,
        entity="transfer", submit_text="Ghi thu hồi")


# -- storage ---------------------------------------------------------------------------------------------
def removal_action(ctx, doc: dict[str, Any], people: list[tuple[str, int]]) -> Action:
    from app.services import lifecycle

    def call(s, actor, v):
        return lifecycle.remove_from_storage(
            s, actor, doc["id"], person_id=v["person_id"], purpose=v["purpose"], approved_by=v["approved_by"],
            out_on=v["out_on"], due_back_on=v.get("due_back_on")).id

    return Action(
        key="removal", title="Mang tài liệu ra khỏi nơi lưu giữ",
        consequence=f"Ghi người mang {_ref(doc)} ra khỏi nơi lưu giữ, lý do, ngày mang ra và hạn đưa về.",
        fields=[
            ActionField("person_id", "Người mang ra", _combo([("— chọn người —", None), *people]),
                        required="Chọn người mang tài liệu ra."),
            ActionField("purpose", "Lý do", _long, required="Ghi lý do mang tài liệu ra khỏi nơi lưu giữ."),
            ActionField("approved_by", "Người cho phép", _text, required="Ghi người cho phép mang tài liệu ra."),
            ActionField("out_on", "Ngày mang ra", _date(TODAY()), required="Ghi ngày mang ra."),
            ActionField("due_back_on", "Hạn đưa về", _date()),
        ],
        call=call, submit_text="Ghi mang ra")


def return_action(ctx, doc: dict[str, Any], removal: dict[str, Any]) -> Action:
    from app.services import lifecycle

    return Action(
        key="return", title="Đưa tài liệu trở lại nơi lưu giữ",
        consequence=f"Ghi {_ref(doc)} đã được đưa trở lại nơi lưu giữ (mang ra ngày "
                    f"{removal['out_on'].strftime('%d/%m/%Y')}).",
        fields=[ActionField("returned_on", "Ngày đưa về", _date(TODAY()), required="Ghi ngày đưa về.")],
        call=lambda s, actor, v: lifecycle.return_to_storage(s, actor, removal["id"], v["returned_on"]).id,
        submit_text="Ghi đưa về")


# -- period and level --------------------------------------------------------------------------------------
def extension_action(ctx, doc: dict[str, Any]) -> Action:
    from app.services import lifecycle

    pack = ctx.pack
    full = pack.protection_years(doc["do_mat"])
    expires = doc.get("expires_on")
    return Action(
        key="extend", title="Gia hạn thời hạn bảo vệ",
        consequence=lambda v: (f"Thời hạn bảo vệ của {_ref(doc)} (hiện hết ngày "
                               f"{expires.strftime('%d/%m/%Y') if expires else '…'}) được kéo dài thêm "
                               f"{v.get('years') or '…'} năm. Phải thông báo bằng văn bản cho nơi nhận trong "
                               f"{pack.notice_days} ngày; đóng dấu \"Gia hạn thời hạn bảo vệ\"."),
        fields=[
            ActionField("decided_on", "Ngày quyết định", _date(TODAY()), required="Ghi ngày quyết định gia hạn.",
                        hint=f"Chậm nhất {pack.extension_min_days_before} ngày trước khi hết thời hạn."),
            ActionField("decided_by", "Người quyết định", _text, required="Ghi người quyết định gia hạn."),
            ActionField("decision_number", "Số quyết định", _text),
            ActionField("years", "Số năm gia hạn", _spin(1, full), value=full,
                        hint=f"Mỗi lần không quá {full} năm ({pack.citation('extension')})."),
        ],
        call=lambda s, actor, v: lifecycle.extend(s, actor, doc["id"], decided_on=v["decided_on"],
                                                  decided_by=v["decided_by"], years=v["years"],
                                                  decision_number=v.get("decision_number")).id,
        submit_text="Ghi gia hạn")


def level_change_action(ctx, doc: dict[str, Any]) -> Action:
    from app.services import lifecycle

    pack = ctx.pack
    levels = [(lv.name, lv.code) for lv in sorted(pack.levels, key=lambda lv: -lv.rank) if lv.code != doc["do_mat"]]
    current = pack.level(doc["do_mat"]).name

    def consequence(v):
        new = v.get("new_level") or levels[0][1]
        return (f"Độ mật của {_ref(doc)} đổi từ {current} sang {pack.level(new).name}; thời hạn bảo vệ tính lại "
                f"theo độ mới. Phải thông báo cho nơi nhận trong {pack.level_change_notice_days} ngày và mỗi nơi "
                "đang giữ bản phải đóng dấu điều chỉnh.")

    return Action(
        key="level", title="Điều chỉnh độ mật", consequence=consequence, danger=True,
        fields=[
            ActionField("new_level", "Độ mật mới", _combo(levels)),
            ActionField("decided_on", "Ngày quyết định", _date(TODAY()), required="Ghi ngày quyết định."),
            ActionField("decided_by", "Người quyết định", _text, required="Ghi người quyết định điều chỉnh độ mật."),
            ActionField("catalogue_item_id", "Căn cứ danh mục BMNN", lambda: CataloguePicker(ctx.tasks)),
        ],
        call=lambda s, actor, v: lifecycle.change_level(
            s, actor, doc["id"], new_level=v["new_level"], decided_on=v["decided_on"], decided_by=v["decided_by"],
            catalogue_item_id=v.get("catalogue_item_id")).id,
        submit_text="Điều chỉnh độ mật")


def declassify_action(ctx, doc: dict[str, Any]) -> Action:
    from app.services import lifecycle

    def consequence(v):
        if v.get("partial_scope"):
            return (f"Giải mật một phần {_ref(doc)}: phần \"{v['partial_scope']}\" không còn là BMNN; tài liệu vẫn "
                    "được quản lý như BMNN. Việc này không hoàn tác được.")
        return (f"Giải mật toàn bộ {_ref(doc)}: tài liệu không còn là bí mật nhà nước, chuyển sang tình trạng "
                "\"Đã giải mật\" và được đóng dấu \"Giải mật\". Việc này không hoàn tác được.")

    return Action(
        key="declassify", title="Giải mật", consequence=consequence, danger=True,
        fields=[
            ActionField("decided_on", "Ngày quyết định", _date(TODAY()), required="Ghi ngày quyết định giải mật."),
            ActionField("decided_by", "Người quyết định", _text, required="Ghi người quyết định giải mật."),
            ActionField("decision_number", "Số quyết định", _text),
            ActionField("partial_scope", "Phạm vi giải mật một phần (để trống nếu giải mật toàn bộ)", _long),
        ],
        call=lambda s, actor, v: lifecycle.declassify(
            s, actor, doc["id"], decided_on=v["decided_on"], decided_by=v["decided_by"],
            decision_number=v.get("decision_number"), partial_scope=v.get("partial_scope")).id,
        submit_text="Giải mật")


# -- destruction and cancellation ---------------------------------------------------------------------------
def destruction_proposal_action(ctx, doc: dict[str, Any]) -> Action:
    from app.services import destruction

    return Action(
        key="destroy", title="Đề xuất tiêu hủy",
        consequence=(f"Đưa {_ref(doc)} vào danh sách đề xuất tiêu hủy. Tài liệu chỉ bị tiêu hủy sau khi hội đồng "
                     "họp, có quyết định và biên bản tiêu hủy; dòng sổ không bao giờ bị xóa."),
        danger=True,
        fields=[
            ActionField("proposed_on", "Ngày đề xuất", _date(TODAY()), required="Ghi ngày đề xuất."),
            ActionField("proposed_by", "Người đề xuất", _text, value=ctx.actor.full_name or None,
                        required="Ghi người đề xuất."),
            ActionField("reason", "Lý do tiêu hủy", _long, required="Ghi lý do đề xuất tiêu hủy."),
        ],
        call=lambda s, actor, v: destruction.propose(s, actor, [doc["id"]], proposed_on=v["proposed_on"],
                                                     proposed_by=v["proposed_by"], reason=v["reason"]).id,
        entity="destruction", submit_text="Đề xuất tiêu hủy")


def cancel_action(ctx, doc: dict[str, Any]) -> Action:
    from app.services import documents

    return Action(
        key="cancel", title="Hủy số",
        consequence=(f"Dòng số {doc['number']}/{doc['year']} ({_ref(doc)}) được đánh dấu \"Đã hủy số\" và không "
                     "sửa được nữa; dòng vẫn nằm trong sổ, số không được cấp lại. Việc này không hoàn tác được."),
        danger=True,
        fields=[ActionField("reason", "Lý do hủy số", _long, required="Ghi lý do hủy số.")],
        call=lambda s, actor, v: documents.cancel_entry(s, actor, doc["id"], v["reason"]).id,
        submit_text="Hủy số")

