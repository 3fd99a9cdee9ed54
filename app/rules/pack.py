"""Loading and querying rule packs from ``resources/rules/regime-*.toml``.

A rule pack is immutable data. Code asks it questions (``pack.level("mat").protection_years``,
``pack.may_authorise_copy(level, title)``); no legal number lives in code.
"""
from __future__ import annotations

import datetime as dt
import functools
import tomllib
from dataclasses import dataclass
from typing import Any

from app import paths


@dataclass(frozen=True)
class Level:
    code: str
    name: str
    stamp: str
    letter: str
    rank: int
    protection_years: int
    citation: str


@dataclass(frozen=True)
class RegisterColumn:
    key: str
    label: str
    width: float
    number: int  # printed column number, 1-based


@dataclass(frozen=True)
class RegisterForm:
    key: str
    title: str
    citation: str
    columns: tuple[RegisterColumn, ...]
    template: str = ""
    date_key: str | None = None      # the column whose date decides a row's regime

    def column(self, key: str) -> RegisterColumn:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)


@dataclass(frozen=True)
class RulePack:
    id: str
    name: str
    texts: tuple[str, ...]
    effective_from: dt.date
    effective_to: dt.date | None
    legal_basis: str
    levels: tuple[Level, ...]
    raw: dict[str, Any]

    # -- levels -----------------------------------------------------------------
    def level(self, code: str) -> Level:
        for level in self.levels:
            if level.code == code:
                return level
        raise KeyError(f"Độ mật không hợp lệ: {code}")

    @property
    def level_codes(self) -> tuple[str, ...]:
        return tuple(level.code for level in self.levels)

    # -- classification -------------------------------------------------------
    @property
    def requires_catalogue_basis(self) -> bool:
        return bool(self.raw["classification"]["require_catalogue_basis"])

    def summary_forbidden(self, level_code: str) -> bool:
        return level_code in self.raw["summary"]["forbidden_levels"]

    def summary_needs_consent(self, level_code: str) -> bool:
        """2018 regime: a Tuyệt mật summary only with the classifier's consent."""
        return level_code in self.raw["summary"].get("consent_levels", ())

    # -- periods ----------------------------------------------------------------
    def protection_years(self, level_code: str) -> int:
        return self.level(level_code).protection_years

    @property
    def extension_min_days_before(self) -> int:
        return int(self.raw["extension"]["min_days_before_expiry"])

    @property
    def notice_days(self) -> int:
        return int(self.raw["extension"]["notice_days"])

    @property
    def level_change_notice_days(self) -> int:
        return int(self.raw["level_change"]["notice_days"])

    @property
    def recall_warn_days(self) -> int:
        return int(self.raw["recall"]["warn_days_before"])

    # -- copies ----------------------------------------------------------------
    @property
    def copy_forms(self) -> dict[str, str]:
        return dict(self.raw["copy"]["form_names"])

    def copy_authorised_titles(self, level_code: str, on: dt.date | None = None) -> tuple[str, ...]:
        return tuple(self.copy_authority(on).get(level_code, ()))

    def copy_authority(self, on: dt.date | None = None) -> dict[str, Any]:
        """The copy-authority table in force on ``on`` (the pack's base table when ``on`` is None or
        before any ``copy.authority_periods`` entry, e.g. the 2018 law as amended from 01/7/2025)."""
        table = self.raw["copy"]["authority"]
        if on is not None:
            for period in sorted(self.raw["copy"].get("authority_periods", []),
                                 key=lambda p: p["effective_from"]):
                if period["effective_from"] <= on:
                    table = period
        return table

    def may_authorise_copy(self, level_code: str, title_code: str | None,
                           on: dt.date | None = None) -> bool:
        return bool(title_code) and title_code in self.copy_authority(on).get(level_code, ())

    # -- transfers (cung cấp, chuyển giao) -------------------------------------------
    def transfer_authority(self, party: str, on: dt.date | None = None) -> dict[str, Any]:
        """Who may decide to provide or transfer BMNN to ``party`` ('trong_nuoc' / 'nuoc_ngoai'): a table
        level → title codes, with its citation. The domestic table may be the copy table in force on ``on``."""
        node = self.raw["transfer"]["domestic" if party == "trong_nuoc" else "foreign"]
        if node.get("same_as_copy"):
            copy = self.copy_authority(on)
            return {**{code: copy.get(code, []) for code in self.level_codes}, "citation": node["citation"]}
        return dict(node)

    def transfer_authorised_titles(self, level_code: str, party: str, on: dt.date | None = None) -> tuple[str, ...]:
        return tuple(self.transfer_authority(party, on).get(level_code, ()))

    def may_authorise_transfer(self, level_code: str, party: str, title_code: str | None,
                               on: dt.date | None = None) -> bool:
        return bool(title_code) and title_code in self.transfer_authorised_titles(level_code, party, on)

    @property
    def titles(self) -> dict[str, str]:
        return dict(self.raw["titles"])

    # -- registers and forms ------------------------------------------------------
    def register(self, key: str) -> RegisterForm:
        data = self.raw["registers"][key]
        cols = tuple(
            RegisterColumn(c["key"], c["label"], float(c["width"]), i)
            for i, c in enumerate(data["columns"], start=1)
        )
        return RegisterForm(key, data["title"], data["citation"], cols,
                            template=data.get("template", ""), date_key=data.get("date_key"))

    @property
    def numbering_restarts(self) -> bool:
        """Whether a register in use restarts its numbers when this regime takes effect mid-year."""
        return bool(self.raw.get("registers", {}).get("numbering_restarts", False))

    @property
    def stamps(self) -> dict[str, Any]:
        return dict(self.raw["stamps"])

    # -- reports ---------------------------------------------------------------
    def report_period(self, year: int) -> tuple[dt.date, dt.date]:
        """Annual report period for ``year``: 15/12 of year-1 to 14/12 of year (as the pack says)."""
        sm, sd = _month_day(self.raw["report"]["period_start"])
        em, ed = _month_day(self.raw["report"]["period_end"])
        start_year = year - 1 if (sm, sd) > (em, ed) else year
        return dt.date(start_year, sm, sd), dt.date(year, em, ed)

    def report_due(self, year: int) -> dt.date:
        m, d = _month_day(self.raw["report"]["due"])
        return dt.date(year, m, d)

    def province_due(self, year: int) -> dt.date | None:
        """The province's own (earlier) deadline for the annual report, when the pack gives one."""
        value = self.raw["report"].get("province_due")
        if not value:
            return None
        m, d = _month_day(value)
        return dt.date(year, m, d)

    def report_sections(self) -> tuple[tuple[str, str], ...]:
        """(key, printed title) of each section the annual report must contain."""
        return tuple((s["key"], s["title"]) for s in self.raw["report"].get("sections", ()))

    def plan_due(self, year: int) -> dt.date:
        m, d = _month_day(self.raw["report"]["plan_due"])
        return dt.date(year, m, d)

    def citation(self, section: str) -> str:
        """The printed legal basis of ``section``: the legal text alone (never a verification note)."""
        return str(self.raw[section]["citation"])

    def verification(self, section: str) -> tuple[bool, str]:
        """(verified, source) of ``section`` — for the admin view of the pack, never printed."""
        data = self.raw[section]
        return bool(data.get("verified", False)), str(data.get("source", ""))

    def verification_entries(self) -> list[tuple[str, str, bool, str]]:
        """Every rule with a citation: (where, citation, verified, source), for the admin view."""
        out: list[tuple[str, str, bool, str]] = []

        def walk(where: str, node) -> None:
            if isinstance(node, dict):
                if "citation" in node:
                    out.append((where, str(node["citation"]), bool(node.get("verified", False)),
                                str(node.get("source", ""))))
                for key, value in node.items():
                    walk(f"{where}.{key}" if where else key, value)
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    walk(f"{where}[{i}]", value)

        walk("", self.raw)
        return out

    @property
    def district_level_until(self) -> dt.date | None:
        return self.raw.get("local_government", {}).get("district_level_until")

    def in_force_on(self, day: dt.date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)


def _month_day(text: str) -> tuple[int, int]:
    month, day = text.split("-")
    return int(month), int(day)


def _load(path) -> RulePack:
    with open(path, "rb") as fh:
        raw = tomllib.load(fh)
    reg = raw["regime"]
    levels = tuple(
        Level(lv["code"], lv["name"], lv["stamp"], lv["letter"], int(lv["rank"]),
              int(lv["protection_years"]), lv["citation"])
        for lv in raw["levels"]
    )
    return RulePack(
        id=str(reg["id"]),
        name=reg["name"],
        texts=tuple(reg["texts"]),
        effective_from=reg["effective_from"],
        effective_to=reg.get("effective_to"),
        legal_basis=reg["legal_basis"],
        levels=levels,
        raw=raw,
    )


@functools.cache
def all_packs() -> tuple[RulePack, ...]:
    packs = [_load(p) for p in sorted(paths.rules_dir().glob("regime-*.toml"))]
    return tuple(sorted(packs, key=lambda p: p.effective_from))


def pack(regime_id: str) -> RulePack:
    for p in all_packs():
        if p.id == regime_id:
            return p
    raise KeyError(f"Không có gói quy tắc cho chế độ {regime_id}")


def pack_for_date(day: dt.date) -> RulePack:
    """The regime in force on ``day``; days before the first pack fall under the oldest pack."""
    chosen = all_packs()[0]
    for p in all_packs():
        if p.effective_from <= day:
            chosen = p
    return chosen


def current_pack(today: dt.date | None = None) -> RulePack:
    return pack_for_date(today or dt.date.today())


def pack_for(day: dt.date | None, default: RulePack | None = None) -> RulePack:
    """The pack of an event's date (``default``, else today's pack, when the event has no date):
    every paper is printed under the law in force on its own date."""
    if isinstance(day, dt.datetime):
        day = day.date()
    if day is None:
        return default or current_pack()
    return pack_for_date(day)
