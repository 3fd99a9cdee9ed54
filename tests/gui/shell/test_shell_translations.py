"""somat_en.ts is complete: every message finished, placeholders unchanged; and the vocabulary the screens take
from the rule packs and the services (column labels, titles, levels, code names) is all in it."""
import re
import xml.etree.ElementTree as ET

import pytest

from app.rules.pack import all_packs
from app.ui.i18n import build

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.fixture(scope="module")
def messages():
    root = ET.parse(build.HERE / "somat_en.ts").getroot()
    return [(ctx.findtext("name"), m.findtext("source"), m.find("translation"))
            for ctx in root.iter("context") for m in ctx.iter("message")]


def test_every_message_is_translated_with_the_same_placeholders(messages):
    assert len(messages) > 1000
    unfinished = [(c, s) for c, s, t in messages if t.get("type") in ("unfinished", "vanished", "obsolete")]
    assert not unfinished, f"{len(unfinished)} unfinished, e.g. {unfinished[:3]}"
    empty = [(c, s) for c, s, t in messages if not (t.text or "").strip()]
    assert not empty
    differ = [(s, t.text) for _c, s, t in messages
              if sorted(PLACEHOLDER.findall(s)) != sorted(PLACEHOLDER.findall(t.text or ""))]
    assert not differ


def _sources(messages, context):
    return {s for c, s, _t in messages if c == context}


def test_rule_pack_vocabulary_is_extracted(messages):
    columns, titles, levels, codes = (_sources(messages, c) for c in
                                      ("register_columns", "register_titles", "levels", "codes"))
    for pack in all_packs():
        for book in ("den", "di", "sao_chup", "chuyen_giao"):
            form = pack.register(book)
            assert form.title in titles
            assert {c.label for c in form.columns} <= columns, book
        assert {lv.name for lv in pack.levels} <= levels
        assert set(pack.copy_forms.values()) <= codes


def test_service_code_names_are_extracted(messages):
    from app.services import destruction, handover, incidents, people, transfers

    codes = _sources(messages, "codes")
    for table in (transfers.KINDS, transfers.PARTIES, people.ASSIGNMENT_KINDS, people.COMMITMENT_KINDS,
                  handover.REASONS, destruction.STAGE_NAMES, incidents.KINDS):
        assert set(table.values()) <= codes, table


def test_audit_action_labels_are_extracted(messages):
    from app.ui.pages.audit_table_model import ACTION_LABELS, ENTITY_LABELS, AuditTableModel

    audit = _sources(messages, "audit")
    assert set(ACTION_LABELS.values()) | set(ENTITY_LABELS.values()) | set(AuditTableModel.COLUMNS) <= audit
