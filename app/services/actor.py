"""Who performs an action (written into every audit event)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    username: str
    user_id: int | None = None
    full_name: str = ""
    role: str = "quan_tri"

    @classmethod
    def system(cls) -> Actor:
        """Automatic actions (declassification at the end of a period, migrations)."""
        return cls(username="he_thong", full_name="Hệ thống Sổ Mật", role="quan_tri")
