"""Certificates of users' signing keys, checked back to the root key (``app.services.signing``)."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from app.services import signing


@pytest.fixture
def keys():
    root = signing.Signer.from_seed(signing.ROOT, signing.new_seed())
    admin = signing.Signer.from_seed("quantri", signing.new_seed())
    clerk = signing.Signer.from_seed("vanthu", signing.new_seed())
    return root, admin, clerk


def test_chain_from_root_through_an_admin(sessionmaker_, keys):
    root, admin, clerk = keys
    with sessionmaker_.begin() as s:
        signing.issue(s, root, username="quantri", role="quan_tri", is_head=False, public=admin.public)
        signing.issue(s, admin, username="vanthu", role="van_thu", is_head=False, public=clerk.public)
        signing.issue(s, admin, username="vanthu", role="can_bo_bao_mat", is_head=False, public=clerk.public)
        trust = signing.load_trust(s, root.public)
    assert not trust.invalid()
    assert trust.current("vanthu").role == "can_bo_bao_mat"  # the newest certificate wins
    assert trust.public_of("vanthu", clerk.key_id) == clerk.public
    assert trust.public_of("quantri", clerk.key_id) is None  # the key is not the admin's


def test_a_clerk_cannot_certify_and_edited_certificates_fail(sessionmaker_, keys):
    root, admin, clerk = keys
    other = signing.Signer.from_seed("khach", signing.new_seed())
    with sessionmaker_.begin() as s:
        signing.issue(s, root, username="vanthu", role="van_thu", is_head=False, public=clerk.public)
        signing.issue(s, clerk, username="khach", role="quan_tri", is_head=True, public=other.public)
        signing.issue(s, clerk, username="vanthu", role="quan_tri", is_head=True, public=clerk.public)
        s.execute(text("DROP TRIGGER user_certificate_no_update"))
        s.execute(text("UPDATE user_certificate SET body = replace(body, '\"van_thu\"', '\"quan_tri\"') "
                       "WHERE id = 1"))
        trust = signing.load_trust(s, root.public)
    problems = {c.id: c.problem for c in trust.invalid()}
    assert problems[1] == "chữ ký của người cấp không đúng"
    assert problems[2] == problems[3] == "người cấp không có chứng thư quản trị hợp lệ"
    assert trust.current("vanthu") is None and trust.current("khach") is None


def test_another_root_trusts_nothing(sessionmaker_, keys):
    root, admin, _clerk = keys
    with sessionmaker_.begin() as s:
        signing.issue(s, root, username="quantri", role="quan_tri", is_head=True, public=admin.public)
        other_root = signing.Signer.from_seed(signing.ROOT, signing.new_seed())
        assert signing.load_trust(s, other_root.public).current("quantri") is None


def test_fingerprint_typed_back_from_paper(keys):
    root = keys[0]
    printed = signing.display_fingerprint(root.key_id)
    assert len(printed.split()) == 16
    assert signing.normalise_fingerprint(printed.lower().replace(" ", "-")) == root.key_id
    with pytest.raises(ValueError):
        signing.normalise_fingerprint(printed[:-1])


def test_demoted_admin_and_non_head_cannot_certify_heads_or_themselves(sessionmaker_, keys):
    root, admin, clerk = keys
    head = signing.Signer.from_seed("thutruong", signing.new_seed())
    with sessionmaker_.begin() as s:
        signing.issue(s, root, username="thutruong", role="lanh_dao", is_head=True, public=head.public)  # 1
        signing.issue(s, root, username="quantri", role="quan_tri", is_head=False, public=admin.public)  # 2
        signing.issue(s, admin, username="vanthu", role="van_thu", is_head=True, public=clerk.public)  # 3 head flag
        signing.issue(s, admin, username="quantri", role="quan_tri", is_head=True, public=admin.public)  # 4 self
        signing.issue(s, head, username="quantri", role="van_thu", is_head=False, public=admin.public)  # 5 demoted
        signing.issue(s, admin, username="vanthu", role="quan_tri", is_head=False, public=clerk.public)  # 6
        signing.issue(s, head, username="vanthu", role="van_thu", is_head=False, public=clerk.public)  # 7
        trust = signing.load_trust(s, root.public)
    invalid = {c.id for c in trust.invalid()}
    assert invalid == {3, 4, 6}
    assert trust.current("quantri").role == "van_thu" and trust.current("vanthu").role == "van_thu"
