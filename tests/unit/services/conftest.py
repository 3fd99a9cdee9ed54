import datetime as dt

import pytest

from app.models import CatalogueItem, User
from app.services.actor import Actor

D = dt.date


@pytest.fixture
def session(sessionmaker_):
    with sessionmaker_() as s:
        yield s
        s.rollback()


@pytest.fixture
def actor():
    return Actor(username="vanthu", user_id=None, full_name="Nguyễn Thị Văn Thư", role="van_thu")


@pytest.fixture
def admin():
    """An administrator: people, devices, settings, the catalogue and the demo data are not a clerk's work."""
    return Actor(username="quantri", user_id=None, full_name="Lê Văn Quản Trị", role="quan_tri")


@pytest.fixture
def item(session):
    it = CatalogueItem(decision="Quyết định số 1722/QĐ-TTg", decision_date=D(2020, 11, 3), dieu="1",
                       khoan="2", diem="a", level="toi_mat", text="Kế hoạch bảo đảm an ninh")
    session.add(it)
    session.flush()
    return it


@pytest.fixture
def make_user(session):
    counter = iter(range(1, 1000))

    def make(full_name="Trần Văn A", role="van_thu", title_code=None, is_head=False, **kw):
        u = User(username=f"u{next(counter)}", full_name=full_name, role=role, title_code=title_code,
                 is_head=is_head, **kw)
        session.add(u)
        session.flush()
        return u

    return make
