"""Vietnamese text: NFC normalisation, diacritic-free search folding, Vietnamese collation.

* ``nfc(text)`` — every string stored or compared goes through NFC first.
* ``fold(text)`` — lower case with tone marks and vowel marks removed and đ → d, for search:
  ``fold("Đảng ủy") == "dang uy"``.
* ``sort_key(text)`` — Vietnamese alphabetical order (a ă â b c d đ e ê … ư v x y), tones as a
  secondary key in the traditional order (ngang, huyền, hỏi, ngã, sắc, nặng).
"""
from __future__ import annotations

import unicodedata

_TONES = {
    "\u0300": 1,  # huyền
    "\u0309": 2,  # hỏi
    "\u0303": 3,  # ngã
    "\u0301": 4,  # sắc
    "\u0323": 5,  # nặng
}
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}


def nfc(text: str | None) -> str | None:
    if text is None:
        return None
    return unicodedata.normalize("NFC", text)


def fold(text: str | None) -> str:
    """Lower-case, diacritic-free, đ→d, whitespace collapsed."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("đ", "d").replace("ð", "d")
    return " ".join(stripped.split())


def _letters(text: str):
    """Yield (base letter with vowel mark, tone) for each character of ``text``."""
    for ch in unicodedata.normalize("NFC", text.casefold()):
        decomposed = unicodedata.normalize("NFD", ch)
        tone = 0
        base = []
        for part in decomposed:
            if part in _TONES:
                tone = _TONES[part]
            else:
                base.append(part)
        yield unicodedata.normalize("NFC", "".join(base)), tone


MAX_KEY_LETTERS = 32  # sorting looks at the first 32 letters; keeps the ordering table small


def _code(base: str) -> int:
    """One code point per letter, in Vietnamese order: space < 0–9 < a ă â … y < anything else."""
    if base in _RANK:
        return 0x40 + _RANK[base]
    if len(base) == 1 and "0" <= base <= "9":
        return ord(base)
    if base.isspace():
        return 0x20
    code = 0x100 + (ord(base[0]) if base else 0)
    if code >= 0xD800:  # skip the surrogate block, which cannot be stored as text
        code += 0x800
    return min(code, 0x10FFFF)


def sort_key(text: str | None) -> tuple:
    """Key for sorting Vietnamese strings in dictionary order (letters, then tones)."""
    if not text:
        return ((), ())
    primary = []
    tones = []
    for base, tone in _letters(text):
        primary.append(_code(base))
        tones.append(tone)
        if len(primary) == MAX_KEY_LETTERS:
            break
    return (tuple(primary), tuple(tones))


def sort_key_str(text: str | None) -> str:
    """A compact string form of :func:`sort_key` (one character per letter, then the tones), for an
    SQL column: binary (UTF-8) comparison of these strings orders exactly like :func:`sort_key`."""
    primary, tones = sort_key(text)
    return "".join(map(chr, primary)) + "\x01" + "".join(chr(0x30 + t) for t in tones)


def register_sort_key(loai_van_ban: str | None, trich_yeu: str | None, co_quan_ban_hanh: str | None) -> str:
    """Vietnamese-order key of a register line: tên loại + trích yếu (or the issuer when there is no
    summary, as for Tuyệt mật). Lives here, not in the services, so migrations can use it."""
    second = trich_yeu or co_quan_ban_hanh
    return sort_key_str(" ".join(p for p in (loai_van_ban, second) if p))
