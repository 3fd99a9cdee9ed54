"""A real encrypted registry (template schema) behind a tiny registry object, and a page context
whose task runner runs every job inline."""
import datetime as dt

import pytest

from app.rules import current_pack
from app.services.actor import Actor

D = dt.date


class FakeRegistry:
    """What pages use of ``app.services.registry.Registry``: begin(), session(), actor, pack."""

    def __init__(self, sessionmaker, actor, pack):
        self._sm, self.actor, self.pack = sessionmaker, actor, pack

    def begin(self):
        return self._sm.begin()

    def session(self):
        return self._sm()


@pytest.fixture
def actor():
    return Actor(username="vanthu", user_id=None, full_name="Nguyễn Thị Văn Thư", role="van_thu")


@pytest.fixture
def registry(sessionmaker_, actor):
    return FakeRegistry(sessionmaker_, actor, current_pack())


@pytest.fixture
def ctx(qapp, registry):
    from app.ui.context import UiContext
    from app.ui.tasks import TaskRunner

    tasks = TaskRunner(registry.begin)
    tasks.synchronous = True
    return UiContext(registry=registry, tasks=tasks)


@pytest.fixture
def catalogue_item(registry):
    from app.models import CatalogueItem

    with registry.begin() as s:
        it = CatalogueItem(decision="Quyết định số 1722/QĐ-TTg", decision_date=D(2020, 11, 3), dieu="1",
                           khoan="2", diem="a", level="toi_mat", text="Kế hoạch bảo đảm an ninh quốc phòng",
                           text_fold="ke hoach bao dam an ninh quoc phong")
        s.add(it)
        s.flush()
        return it.id


@pytest.fixture
def make_user(registry):
    from app.models import User

    counter = iter(range(1, 1000))

    def make(full_name="Trần Văn A", role="van_thu", title_code=None, **kw):
        with registry.begin() as s:
            u = User(username=f"u{next(counter)}", full_name=full_name, role=role, title_code=title_code, **kw)
            s.add(u)
            s.flush()
            return u.id

    return make


@pytest.fixture
def answer(monkeypatch):
    """Answer every confirmation / message box: ``answer.yes = False`` to refuse."""
    from app.ui.dialogs import change_review_dialog
    from app.ui.widgets import messages

    class Answer:
        yes = True
        shown: list = []

    def fake_exec(box):
        Answer.shown.append((box.windowTitle(), box.text(), box.informativeText()))
        for b in box.buttons():
            role = box.buttonRole(b)
            if Answer.yes and role in (box.ButtonRole.DestructiveRole, box.ButtonRole.AcceptRole,
                                       box.ButtonRole.YesRole):
                b.click()
                return 0
        for b in box.buttons():
            if box.buttonRole(b) in (box.ButtonRole.RejectRole, box.ButtonRole.NoRole):
                b.click()
                return 0
        return 0

    def fake_review(dialog):
        Answer.shown.append(("review", dialog.rows, ""))
        from app.ui.qt import QDialog

        return QDialog.Accepted if Answer.yes else QDialog.Rejected

    monkeypatch.setattr(messages, "_exec", fake_exec)
    monkeypatch.setattr(change_review_dialog, "_exec", fake_review)
    Answer.shown = []
    return Answer


from tests.gui.cupsd import _private_cups, cups  # noqa: E402,F401 - fixtures
