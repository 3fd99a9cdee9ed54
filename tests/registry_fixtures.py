"""Fixtures over real registries made by ``create_registry`` (loaded by tests/conftest.py).

The suite uses fast key-derivation parameters, set in-process by tests/conftest.py (``real_kdf``
fixture for the real ones); one test (``-m slow``) uses real parameters.
A session-scoped template registry is copied per test, so each test gets its own file + sidecar.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REGISTRY_PASSWORD = "Mật khẩu thử 2026"
REGISTRY_ADMIN = "quantri"
REGISTRY_ADMIN_NAME = "Nguyễn Văn Quản"
REGISTRY_AGENCY = "Văn phòng UBND tỉnh Thử Nghiệm"


def copy_registry(src: Path, dest: Path) -> Path:
    """Copy a closed registry file and its key sidecar."""
    shutil.copyfile(src, dest)
    shutil.copyfile(src.with_name(src.name + ".keys"), dest.with_name(dest.name + ".keys"))
    return dest


@pytest.fixture(scope="session")
def _registry_template(tmp_path_factory):
    from app.services.registry import create_registry

    from app.services import keystore

    folder = tmp_path_factory.mktemp("registry-template")
    # Always the fast test KDF, whichever test asks first: a template made while a ``real_kdf`` test
    # runs would give every later copy real Argon2id slots (0.5 s and ~400 MiB per unlock).
    previous = keystore._test_kdf  # noqa: SLF001 - the test hook's own state
    keystore.set_test_kdf(keystore.TEST_KDF)
    try:
        registry, code = create_registry(
            folder / "template.somat", agency_name=REGISTRY_AGENCY, superior_body="UBND tỉnh Thử Nghiệm",
            admin_username=REGISTRY_ADMIN, admin_full_name=REGISTRY_ADMIN_NAME, password=REGISTRY_PASSWORD,
            place="Thử Nghiệm")
        registry.close()
    finally:
        keystore.set_test_kdf(previous)
    return folder / "template.somat", code


@pytest.fixture
def registry_path(_registry_template, tmp_path) -> Path:
    """A closed registry (file + sidecar) of your own; password ``REGISTRY_PASSWORD``."""
    return copy_registry(_registry_template[0], tmp_path / "so-mat.somat")


@pytest.fixture
def recovery_code(_registry_template) -> str:
    return _registry_template[1]


@pytest.fixture
def open_registry_factory(registry_path):
    """``factory(path=registry_path, username=REGISTRY_ADMIN, password=REGISTRY_PASSWORD)``;
    every registry it opened is closed at the end of the test."""
    from app.services.registry import open_registry

    opened = []

    def factory(path=None, username=REGISTRY_ADMIN, password=REGISTRY_PASSWORD, **kwargs):
        reg = open_registry(path or registry_path, username, password, **kwargs)
        opened.append(reg)
        return reg

    yield factory
    for reg in opened:
        reg.close()


@pytest.fixture
def registry(open_registry_factory):
    """An open registry (admin = head of agency) over a fresh copy of the template."""
    return open_registry_factory()
