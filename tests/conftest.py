pytest_plugins = ["tests.registry_fixtures", "tests.hwcheck_fixtures"]

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.services import keystore  # noqa: E402

# Fast key derivation for the whole suite, set in-process: the application has no environment
# variable or file that selects it. ``real_kdf`` (below) restores the real parameters and floor.
keystore.set_test_kdf(keystore.TEST_KDF)


@pytest.fixture
def real_kdf():
    """The application's own KDF behaviour (calibrated parameters, floor enforced) for one test."""
    keystore.set_test_kdf(None)
    yield
    keystore.set_test_kdf(keystore.TEST_KDF)


@pytest.fixture(autouse=True)
def _somat_home(tmp_path_factory, monkeypatch):
    """Every test gets its own data/config/state folders, and none of the caller's ``SOMAT_*``
    variables (a developer's SOMAT_USER / SOMAT_PASSWORD must not change what a test sees; the
    suite's own switches ``SOMAT_TEST_*`` stay)."""
    for name in [k for k in os.environ if k.startswith("SOMAT_") and not k.startswith("SOMAT_TEST_")]:
        monkeypatch.delenv(name)
    home = tmp_path_factory.mktemp("somat-home")
    monkeypatch.setenv("SOMAT_HOME", str(home))
    return home


# --- a real small filesystem (export targets, PDF outputs) ------------------------------------
import contextlib  # noqa: E402
import subprocess  # noqa: E402
import uuid  # noqa: E402


@contextlib.contextmanager
def tmpfs(path, size="256k"):
    """A real small filesystem mounted at ``path`` (needs root); skips the test otherwise."""
    os.makedirs(path, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("cần quyền root để gắn tmpfs")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", f"somat-{uuid.uuid4().hex[:6]}",
                             str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"không gắn được tmpfs: {result.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.fixture
def small_fs(tmp_path):
    with tmpfs(tmp_path / "usb") as path:
        yield path


# --- encrypted registry fixtures -------------------------------------------------------------
import shutil  # noqa: E402

TEMPLATE_KEY = bytes(range(32))


@pytest.fixture(scope="session")
def _schema_template(tmp_path_factory):
    """A real SQLCipher file with the full schema, made once and copied per test."""
    from app.models.db import make_engine, make_sessionmaker
    from app.models.schema import create_schema, sync_rule_tables

    path = tmp_path_factory.mktemp("template") / "template.somat"
    engine = make_engine(path, TEMPLATE_KEY)
    create_schema(engine)
    with make_sessionmaker(engine).begin() as session:
        sync_rule_tables(session)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def db_path(_schema_template, tmp_path):
    path = tmp_path / "registry.somat"
    shutil.copyfile(_schema_template, path)
    return path


@pytest.fixture
def sessionmaker_(db_path):
    """A sessionmaker over a fresh encrypted registry (raw template key, no key slots)."""
    from app.models.db import make_engine, make_sessionmaker

    engine = make_engine(db_path, TEMPLATE_KEY)
    yield make_sessionmaker(engine)
    engine.dispose()
