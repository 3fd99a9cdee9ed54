"""Every cell of the role table (``app.services.role_table``) for the services that work on a session.

Each action is exercised through the entry point the GUI and CLI call, once per column of the table:
a refused cell must raise ``PermissionDenied`` and leave every table's row count — audit log included —
unchanged; an allowed cell must do the work (its audit event is written). Key and registry actions
(logins, passwords, rekey, backup, restore) are in ``tests/integration/registry/test_roles_registry.py``.
"""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import func, select

from app.export.errors import ExportError
from app.hwcheck.model import Verdict
from app.models import User
from app.models.base import Base
from app.services import (
    catalogue,
    copies,
    demo,
    destruction,
    devices,
    drafts,
    handover,
    importer,
    incidents,
    lifecycle,
    paperwork,
    people,
    register_xlsx,
    settings,
    transfers,
)
from app.services import documents as docs
from app.services.actor import Actor
from app.services.errors import PermissionDenied, SomatError
from app.services.role_table import BM, COLUMNS, HEAD, LD, QT, SYSTEM, TABLE, VT

D = dt.date

# One actor per column. The head of the agency is a leader (lãnh đạo) who heads the agency.
ACTORS = {
    VT: Actor("vt", role=VT, full_name="Văn Thư"),
    BM: Actor("bm", role=BM, full_name="Bảo Mật"),
    LD: Actor("ld", role=LD, full_name="Lãnh Đạo"),
    QT: Actor("qt", role=QT, full_name="Quản Trị"),
    HEAD: Actor("dd", role=LD, full_name="Đứng Đầu", is_head=True),
    SYSTEM: Actor.system(),
}
SETUP = Actor("chuan_bi", role=QT, is_head=True)  # prepares what each scenario needs


def _in(**kw):
    base = dict(do_mat="mat", ngay_den=D(2025, 5, 7), co_quan_ban_hanh="Công an tỉnh Đồng Nai",
                so_ky_hieu="45/CAT-PA03", ngay_van_ban=D(2025, 5, 5), loai_van_ban="Kế hoạch",
                trich_yeu="Kiểm tra công tác bảo vệ BMNN", don_vi_ky_nhan="Phòng Tổng hợp")
    base.update(kw)
    return docs.IncomingInput(**base)


def _user(s, username, **kw):
    u = User(username=username, full_name=kw.pop("full_name", username.title()), role=kw.pop("role", VT), **kw)
    s.add(u)
    s.flush()
    return u


def _doc(s, tmp=None):
    return docs.register_incoming(s, SETUP, _in())


def _xlsx(path):
    wb = openpyxl.Workbook()
    wb.active.append(["Số đến", "Ngày đến", "Cơ quan ban hành", "Số ký hiệu", "Ngày tháng",
                      "Tên loại và trích yếu nội dung", "Độ mật", "Đơn vị và ký nhận", "Ghi chú"])
    wb.active.append([1, "04/03/2025", "Đảng ủy tỉnh", "12/KH-ĐU", "01/03/2025", "Kế hoạch đại hội", "Mật",
                      None, None])
    wb.save(path)
    return path


# action -> (extra actions the entry point also needs, prepare(s, tmp) -> ctx, call(s, actor, ctx, tmp))
SCENARIOS = {
    "documents.register": ((), lambda s, t: None, lambda s, a, c, t: docs.register_incoming(s, a, _in())),
    "documents.update": ((), _doc, lambda s, a, d, t: docs.update_document(s, a, d.id, ghi_chu="Đã xem")),
    "documents.cancel": ((), _doc, lambda s, a, d, t: docs.cancel_entry(s, a, d.id, "Ghi nhầm")),
    "documents.volume": ((), _doc, lambda s, a, d, t: docs.open_new_volume(s, a, "den", 2025, D(2025, 6, 1))),
    "documents.export": ((), _doc, lambda s, a, d, t: register_xlsx.register_xlsx(s, a, "den", "mat-khau-xuat-2026")),
    "documents.import": (("documents.register",), lambda s, t: _xlsx(t / "den.xlsx"),
                         lambda s, a, path, t: importer.run_import(s, a, "den", path)),
    "copies.record": ((), lambda s, t: (_doc(s), _user(s, "ct_tinh", role=LD, title_code="lanh_dao_tinh")),
                      lambda s, a, c, t: lifecycle.record_copy(
                          s, a, c[0].id, form="sao_y", copied_on=D(2025, 6, 1), quantity=1,
                          authorised_by_id=c[1].id, copied_by="Văn thư")),
    "transfers.record": ((), _doc, lambda s, a, d, t: lifecycle.transfer(
        s, a, d.id, kind="cung_cap", party="trong_nuoc", recipient="Sở Ngoại vụ", request_ref="CV 12",
        transferred_on=D(2025, 7, 1), authorised_by="Trần Văn Giám Đốc", authoriser_title="lanh_dao_so")),
    "lifecycle.record": ((), _doc, lambda s, a, d, t: lifecycle.declassify(
        s, a, d.id, decided_on=D(2025, 7, 1), decided_by="Giám đốc")),
    "lifecycle.custody": ((), lambda s, t: (_doc(s), _user(s, "giu")), lambda s, a, c, t: lifecycle.set_custody(
        s, a, c[0].id, holder_id=c[1].id, storage_place="Tủ sắt 1", on=D(2025, 6, 1))),
    "destruction.record": ((), _doc, lambda s, a, d, t: destruction.propose(
        s, a, [d.id], proposed_on=D(2025, 8, 1), proposed_by="Văn thư", reason="Hết giá trị")),
    "handover.run": ((), lambda s, t: (_user(s, "di"), _user(s, "den")), lambda s, a, c, t: handover.handover_all(
        s, a, c[0].id, c[1].id, D(2025, 9, 1), "khac", "BB 1/2025")),
    "drafts.write": ((), lambda s, t: None, lambda s, a, c, t: drafts.save_draft(
        s, a, None, "Kế hoạch", "<p>Nội dung</p>", "mat", None)),
    "catalogue.edit": ((), lambda s, t: None, lambda s, a, c, t: catalogue.add_item(s, a, catalogue.CatalogueInput(
        decision="Quyết định số 1/QĐ-TTg", dieu="1", level="mat", text="Kế hoạch thử nghiệm"))),
    "incidents.report": ((), lambda s, t: None, lambda s, a, c, t: incidents.report_incident(
        s, a, kind="bi_boc", occurred_on=D(2025, 5, 1), reported_on=D(2025, 5, 1), description="Bì bị bóc")),
    "incidents.manage": ((), lambda s, t: None, lambda s, a, c, t: incidents.record_self_inspection(
        s, a, inspected_on=D(2025, 10, 1), led_by="Giám đốc", scope="Toàn cơ quan")),
    "staff.manage": ((), lambda s, t: _user(s, "pc"), lambda s, a, u, t: people.assign_staff(
        s, a, u.id, kind="chuyen_trach", decision_number="3/QĐ", decision_date=D(2025, 1, 1))),
    "paperwork.narrative": ((), lambda s, t: None, lambda s, a, c, t: paperwork.save_narrative(
        s, a, 2025, situation="Tình hình chung")),
    "devices.machines": ((), lambda s, t: None, lambda s, a, c, t: devices.register_machine(
        s, a, devices.MachineInput(name="Máy soạn thảo 02"))),
    "devices.usb": ((), lambda s, t: None, lambda s, a, c, t: devices.approve_usb(s, a, devices.UsbInput(
        vendor_id="0781", product_id="5581", serial="4C530001230101109173"))),
    "devices.check": ((), lambda s, t: None, lambda s, a, c, t: devices.record_check(
        s, a, None, Verdict(root="/", checked_at=dt.datetime(2026, 3, 2, 8, 0), findings=(), live_probes=True))),
    "people.manage": ((), lambda s, t: None, lambda s, a, c, t: people.add_user(
        s, a, username="moi", full_name="Người Mới")),
    "people.set_head": (("people.manage",), lambda s, t: _user(s, "pho"), lambda s, a, u, t: people.update_user(
        s, a, u.id, is_head=True)),
    "settings.change": ((), lambda s, t: None, lambda s, a, c, t: settings.set_setting(
        s, a, "alerts.report_days_before", 45)),
    "demo.populate": ((), lambda s, t: None, lambda s, a, c, t: demo.populate_demo(s, a, D(2026, 11, 25))),
}
# Stops at its next check here (no agency signing key, no approved USB): allowed = past the role check.
PAST_ROLE_CHECK = {
    "paperwork.export": ((), lambda s, t: None, lambda s, a, c, t: paperwork.export_annual(
        s, a, 2025, str(t), "mat-khau-xuat-2026")),
}
REGISTRY_ACTIONS = {"logins.grant", "logins.revoke", "logins.reset", "password.change_own",
                    "password.change_other", "registry.rekey", "registry.backup", "registry.restore"}


def _allowed(actor: Actor, actions) -> bool:
    cols = {actor.role} | ({HEAD} if actor.is_head else set())
    return all(cols & set(TABLE[a][1]) for a in actions)


def _counts(s) -> dict[str, int]:
    return {t.name: s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def test_scenarios_cover_the_whole_table():
    assert set(SCENARIOS) | set(PAST_ROLE_CHECK) | REGISTRY_ACTIONS == set(TABLE)


CELLS = [(action, col) for action in SCENARIOS for col in COLUMNS]


@pytest.mark.parametrize(("action", "column"), CELLS, ids=[f"{a}-{c}" for a, c in CELLS])
def test_cell(sessionmaker_, tmp_path, action, column):
    extra, prepare, call = SCENARIOS[action]
    actor = ACTORS[column]
    with sessionmaker_() as s:
        ctx = prepare(s, tmp_path)
        s.commit()
        before = _counts(s)
        if _allowed(actor, (action, *extra)):
            call(s, actor, ctx, tmp_path)
            s.flush()
            assert _counts(s)["audit_event"] > before["audit_event"]
        else:
            with pytest.raises(PermissionDenied) as refused:
                call(s, actor, ctx, tmp_path)
            assert refused.value.code in ("roles.denied",)
            assert not s.new and not s.dirty and not s.deleted  # nothing pending either
            s.commit()
            assert _counts(s) == before


@pytest.mark.parametrize("column", COLUMNS)
def test_export_cell(sessionmaker_, tmp_path, column):
    extra, prepare, call = PAST_ROLE_CHECK["paperwork.export"]
    actor = ACTORS[column]
    with sessionmaker_() as s:
        before = _counts(s)
        if _allowed(actor, ("paperwork.export",)):
            # past the role check, the export stops at its own next check (no agency key, no USB drive here)
            with pytest.raises((ExportError, SomatError)) as stopped:
                call(s, actor, None, tmp_path)
            assert not isinstance(stopped.value, PermissionDenied)
        else:
            with pytest.raises(PermissionDenied):
                call(s, actor, None, tmp_path)
            s.commit()
            assert _counts(s) == before


# Every public entry point that writes, and the action it checks: each must refuse a column without
# that action before it reads its arguments (so nothing can be written).
ENTRY_POINTS = {
    docs: {"open_new_volume": "documents.volume", "close_year": "documents.volume",
           "register_incoming": "documents.register", "register_outgoing": "documents.register",
           "update_document": "documents.update", "cancel_entry": "documents.cancel"},
    drafts: {"save_draft": "drafts.write", "finish_draft": "documents.register"},
    importer: {"run_import": "documents.import"},
    register_xlsx: {"register_xlsx": "documents.export", "save_register_xlsx": "documents.export"},
    copies: {"record_copy": "copies.record"},
    transfers: {"transfer": "transfers.record", "record_receipt": "transfers.record",
                "record_return": "transfers.record"},
    lifecycle: {"extend": "lifecycle.record", "change_level": "lifecycle.record",
                "declassify": "lifecycle.record", "mark_notified": "lifecycle.record",
                "set_custody": "lifecycle.custody", "remove_from_storage": "lifecycle.custody",
                "return_to_storage": "lifecycle.custody"},
    destruction: {n: "destruction.record" for n in ("propose", "set_council", "record_minutes", "decide",
                                                     "record_destruction", "emergency_destruction",
                                                     "cancel_proposal")},
    handover: {"handover_all": "handover.run"},
    catalogue: {"add_item": "catalogue.edit", "update_item": "catalogue.edit", "set_active": "catalogue.edit",
                "import_csv": "catalogue.edit"},
    incidents: {"report_incident": "incidents.report", "update_incident": "incidents.manage",
                "record_self_inspection": "incidents.manage"},
    paperwork: {"save_narrative": "paperwork.narrative", "export_annual": "paperwork.export"},
    devices: {"register_machine": "devices.machines", "update_machine": "devices.machines",
              "retire_machine": "devices.machines", "approve_usb": "devices.usb", "revoke_usb": "devices.usb",
              "record_check": "devices.check"},
    settings: {"set_setting": "settings.change"},
    demo: {"populate_demo": "demo.populate"},
    people: {"add_user": "people.manage", "update_user": "people.manage", "assign_staff": "staff.manage",
             "end_assignment": "staff.manage", "record_commitment": "staff.manage",
             "confirm_commitment": "staff.manage"},
}
ENTRIES = [(m, name, action) for m, funcs in ENTRY_POINTS.items() for name, action in funcs.items()]


def _refused_actor(action: str) -> Actor:
    return next(a for a in ACTORS.values() if not _allowed(a, (action,)))


def _args_of(func, session, actor):
    import inspect

    args, kwargs = [], {}
    for p in inspect.signature(func).parameters.values():
        if p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL):
            continue
        value = session if p.name == "session" else actor if p.name == "actor" else None
        if p.default is not inspect.Parameter.empty and value is None:
            continue
        (kwargs.__setitem__(p.name, value) if p.kind is p.KEYWORD_ONLY else args.append(value))
    return args, kwargs


@pytest.mark.parametrize(("module", "name", "action"), ENTRIES, ids=[f"{m.__name__.split('.')[-1]}.{n}"
                                                                     for m, n, _ in ENTRIES])
def test_every_entry_point_refuses_before_reading_its_arguments(sessionmaker_, module, name, action):
    func = getattr(module, name)
    actor = _refused_actor(action)
    with sessionmaker_() as s:
        before = _counts(s)
        args, kwargs = _args_of(func, s, actor)  # every other argument is None: only the role check can answer
        with pytest.raises(PermissionDenied) as refused:
            func(*args, **kwargs)
        assert refused.value.params["action"] == action
        s.commit()
        assert _counts(s) == before


def test_entry_points_are_the_services_writing_functions():
    """A new writing function in these modules must be added here (and checked in the service)."""
    import inspect

    for module, funcs in ENTRY_POINTS.items():
        public = {n for n, f in inspect.getmembers(module, inspect.isfunction)
                  if f.__module__ == module.__name__ and not n.startswith("_")
                  and "actor" in inspect.signature(f).parameters}
        assert public == set(funcs), module.__name__
