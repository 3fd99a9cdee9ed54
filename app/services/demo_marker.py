"""Which registry is a demonstration one, readable before it is unlocked.

``somat gui --demo`` creates the demo registry and then ``mark(path)`` writes ``<registry>.demo.json``
next to it. The GUI reads it (``read``) to show the demo login in the unlock window and a "SỔ MẪU"
watermark. The login is public (README, terminal) and is shown only while the registry holds nothing but
the sample data: the first change saved from the GUI calls ``spoil(path)``, and from then on only the
watermark remains. The marker holds no password; it only says "demo" and "still pristine".
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

DEMO_USERNAME = "quantri"
DEMO_PASSWORD = "demo-so-mat-2025"  # public: printed by `somat gui --demo` and in the README


@dataclass(frozen=True)
class DemoMarker:
    pristine: bool  # nothing but the sample data so far
    username: str
    created: str

    @property
    def password(self) -> str | None:
        return DEMO_PASSWORD if self.pristine else None


def marker_path(registry_path: str | Path) -> Path:
    path = Path(registry_path)
    return path.with_name(path.name + ".demo.json")


def mark(registry_path: str | Path, username: str = DEMO_USERNAME) -> Path:
    target = marker_path(registry_path)
    target.write_text(json.dumps({"demo": True, "pristine": True, "username": username,
                                  "created": dt.date.today().isoformat()}, ensure_ascii=False), encoding="utf-8")
    return target


def read(registry_path: str | Path | None) -> DemoMarker | None:
    if registry_path is None:
        return None
    try:
        data = json.loads(marker_path(registry_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("demo") is not True:
        return None
    return DemoMarker(pristine=data.get("pristine") is True, username=str(data.get("username") or DEMO_USERNAME),
                      created=str(data.get("created") or ""))


def spoil(registry_path: str | Path) -> None:
    """Data was added: the demo login is no longer shown (the registry stays marked as a demo)."""
    marker = read(registry_path)
    if marker is None or not marker.pristine:
        return
    marker_path(registry_path).write_text(json.dumps({"demo": True, "pristine": False, "username": marker.username,
                                                      "created": marker.created}, ensure_ascii=False), encoding="utf-8")
