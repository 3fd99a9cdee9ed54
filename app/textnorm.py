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


def sort_key(text: str | None) -> tuple:
    """Key for sorting Vietnamese strings in dictionary order."""
    if not text:
        return ((), ())
    primary = []
    tones = []
    for base, tone in _letters(text):
        if base in _RANK:
            primary.append((1, _RANK[base]))
        elif base.isdigit():
            primary.append((0, ord(base)))
        elif base.isspace():
            primary.append((-1, 0))
        else:
            primary.append((2, ord(base[0]) if base else 0))
        tones.append(tone)
    return (tuple(primary), tuple(tones))


def sort_key_str(text: str | None) -> str:
    """A string form of :func:`sort_key`, usable as an indexed SQL column for ORDER BY."""
    primary, tones = sort_key(text)
    out = []
    for cls, rank in primary:
        # class, then the rank in two fixed-width characters (covers every code point)
        out.append(chr(0x30 + cls + 1) + chr(0x4E00 + (rank >> 10)) + chr(0x4E00 + (rank & 0x3FF)))
    return "".join(out) + "\x00" + "".join(chr(0x30 + t) for t in tones)
