"""Who performs an action (written into every audit event; its role is checked by ``roles.require``).

An ``Actor`` has no default role: whoever builds one (the registry at unlock, from the user's row)
must say which role it acts in. ``is_head`` marks the head of the agency (``User.is_head``)."""
from __future__ import annotations

from dataclasses import KW_ONLY, dataclass

SYSTEM_ROLE = "he_thong"


@dataclass(frozen=True)
class Actor:
    username: str
    user_id: int | None = None
    full_name: str = ""
    _: KW_ONLY
    role: str
    is_head: bool = False

    @classmethod
    def system(cls) -> Actor:
        """Automatic actions (declassification at the end of a period, the backup before an upgrade)."""
        return cls(username="he_thong", full_name="Hệ thống Sổ Mật", role=SYSTEM_ROLE)
