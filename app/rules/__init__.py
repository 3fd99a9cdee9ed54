"""Legal rule packs: the law as data, one pack per regime, each rule with its citation."""
from app.rules.pack import (  # noqa: F401
    Level,
    RegisterColumn,
    RegisterForm,
    RulePack,
    all_packs,
    current_pack,
    pack,
    pack_for,
    pack_for_date,
)
