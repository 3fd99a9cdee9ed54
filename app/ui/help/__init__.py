"""F1 help: one Markdown topic per screen under ``resources/help`` (Vietnamese), legal citations filled in from
the rule pack in force (``{{cite:…}}``, ``{{register:…}}``, ``{{form:…}}``, ``{{basis}}``, ``{{regime}}``) so
the help never states a legal number by hand. ``resources/help/README.md`` describes the placeholders."""
from __future__ import annotations

import re
from pathlib import Path

from app.paths import RESOURCES

HELP_DIR = RESOURCES / "help"
GUIDE = "huong-dan-nhanh"
PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)(?::([a-z_]+))?\s*\}\}")


def topic_keys() -> list[str]:
    """The guide first, then every screen's topic in the order of the navigation (others after)."""
    from app.ui.main_window import PAGE_KEYS

    files = {p.stem for p in HELP_DIR.glob("*.md")} - {"README", GUIDE}
    return [GUIDE, *[k for k in PAGE_KEYS if k in files], *sorted(files - set(PAGE_KEYS))]


def topic_path(key: str) -> Path:
    path = HELP_DIR / f"{key}.md"
    if not path.is_file():
        raise KeyError(key)
    return path


def resolve(text: str, pack) -> str:
    """Fill every placeholder from ``pack``; an unknown one raises KeyError (a test checks every file)."""
    def one(m: re.Match) -> str:
        kind, arg = m.group(1), m.group(2)
        if kind == "basis" and arg is None:
            return str(pack.raw["regime"]["legal_basis"])
        if kind == "regime" and arg is None:
            return pack.name
        if kind == "cite" and arg:
            return pack.citation(arg)
        if kind == "register" and arg:
            return pack.register(arg).citation
        if kind == "form" and arg:
            return pack.register(arg).template
        raise KeyError(m.group(0))

    return PLACEHOLDER.sub(one, text)


def load_topic(key: str, pack) -> tuple[str, str]:
    """(title, Markdown) of topic ``key`` with its citations filled in."""
    text = resolve(topic_path(key).read_text(encoding="utf-8"), pack)
    first = text.partition("\n")[0]
    title = first.lstrip("#").strip()
    return title, text
