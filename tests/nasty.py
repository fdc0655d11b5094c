"""Nasty input files, made by the tests themselves (never downloaded, never committed).

Each ``Nasty`` is one file of the kind real feeds contain, with the behaviour factex
must show on it: the error it must report, or the encoding, format, text and warning it
must produce. ``write_nasties(folder)`` writes them all, for the CLI tests.
"""

from __future__ import annotations

import codecs
import random
from dataclasses import dataclass
from pathlib import Path

ENGLISH = "Belarus and Azerbaijan signed contracts worth $55 million in January-July 2019."
CYRILLIC = "Товарооборот между странами в январе-июле 2019 года вырос на 11 процентов."
POLISH = "Prezydent spotkał się z ministrem w Łodzi, gdzie podpisano umowę o współpracy."
WESTERN = "The café’s “menu” costs €5 — naïve, but Größe matters."


@dataclass(frozen=True)
class Nasty:
    """One nasty file and what factex must make of it."""

    name: str
    data: bytes
    error: str | None = None  # a substring of the expected error; None: must succeed
    encoding: str | None = None  # the expected source.encoding
    text: str | None = None  # the exact expected text
    contains: str | None = None  # a substring the text must hold
    absent: str | None = None  # a substring the text must not hold
    warning: str | None = None  # a substring of one expected warning
    format: str = "text"

    @property
    def id(self) -> str:
        return Path(self.name).stem


def _random_bytes(n: int, seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


PAGE = """<!DOCTYPE html>
<html><head><title>Trade news</title><style>p {{ color: red }}</style>
<script>var price = "$1 billion";</script></head>
<body><nav>Home | World | Business</nav>
<article><h1>Trade grows</h1><p>{body}</p><p>Officials met in Minsk.</p></article>
<footer>© 2019 Some News Agency</footer></body></html>
"""


def nasties() -> list[Nasty]:
    """Every nasty fixture, deterministic (seeded) and small."""
    return [
        Nasty("plain.txt", ENGLISH.encode(), encoding="utf-8", text=ENGLISH),
        Nasty(
            "bom_utf8.txt", codecs.BOM_UTF8 + ENGLISH.encode(), encoding="utf-8-sig", text=ENGLISH
        ),
        Nasty(
            "bom_utf16le.txt",
            codecs.BOM_UTF16_LE + CYRILLIC.encode("utf-16-le"),
            encoding="utf-16-le",
            text=CYRILLIC,
        ),
        Nasty(
            "bom_utf16be.txt",
            codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"),
            encoding="utf-16-be",
            text=ENGLISH,
        ),
        Nasty(
            "bom_utf32le.txt",
            codecs.BOM_UTF32_LE + WESTERN.encode("utf-32-le"),
            encoding="utf-32-le",
            text=WESTERN,
        ),
        Nasty(
            "nobom_utf16le.txt",
            ENGLISH.encode("utf-16-le"),
            encoding="utf-16-le",
            text=ENGLISH,
            warning="no byte-order mark",
        ),
        Nasty(
            "nobom_utf16be_cyrillic.txt",
            CYRILLIC.encode("utf-16-be"),
            encoding="utf-16-be",
            text=CYRILLIC,
        ),
        Nasty("cp1251.txt", CYRILLIC.encode("cp1251"), encoding="cp1251", text=CYRILLIC),
        # short Cyrillic: charset-normalizer alone says mac_cyrillic or shift_jis here
        Nasty("cp1251_short.txt", "Минск".encode("cp1251"), encoding="cp1251", text="Минск"),
        Nasty(
            "cp1251_short2.txt",
            "Президент Беларуси посетил завод.".encode("cp1251"),
            encoding="cp1251",
            text="Президент Беларуси посетил завод.",
        ),
        Nasty("koi8r.txt", "Привет мир".encode("koi8_r"), encoding="koi8-r", text="Привет мир"),
        Nasty("cp1252.txt", WESTERN.encode("cp1252"), encoding="cp1252", text=WESTERN),
        Nasty(
            "latin1.txt",
            "Le café coûte 5 francs à Genève.".encode("latin-1"),
            encoding="cp1252",  # WHATWG: ISO-8859-1 is read as its Windows superset
            text="Le café coûte 5 francs à Genève.",
            warning="not UTF-8",
        ),
        Nasty("cp1250.txt", POLISH.encode("cp1250"), encoding="cp1250", text=POLISH),
        Nasty("iso8859_2.txt", POLISH.encode("iso8859_2"), text=POLISH),
        Nasty("cp1253.txt", "Ελληνικά κείμενα".encode("cp1253"), text="Ελληνικά κείμενα"),
        Nasty(
            "utf8_cut.txt",
            CYRILLIC.encode()[:-2],  # "в." cut to its first byte
            encoding="utf-8",
            contains="Товарооборот",
            warning="invalid UTF-8",
        ),
        Nasty(
            "utf8_stray_cp1252.txt",
            ENGLISH.encode() + " Größe ".encode() + b"\x96 end",  # a Windows en dash
            encoding="utf-8",
            contains="Größe",
            warning="invalid UTF-8",
        ),
        Nasty(
            "page.html",
            PAGE.format(body=ENGLISH).encode(),
            format="html",
            encoding="utf-8",
            contains="Trade grows\n\n" + ENGLISH,
            absent="$1 billion",
            warning="HTML input",
        ),
        Nasty(
            "page_sniffed.txt",
            PAGE.format(body=ENGLISH).encode(),
            format="html",
            contains=ENGLISH,
            absent="Home | World",
        ),
        Nasty(
            "page_cp1251.html",
            b'<html><head><meta charset="windows-1251"></head><body><p>'
            + CYRILLIC.encode("cp1251")
            + b"</p></body></html>",
            format="html",
            encoding="cp1251",
            text=CYRILLIC,
        ),
        Nasty("deep.html", b"<div>" * 20_000 + b"deep text" + b"</div>" * 20_000, format="html"),
        Nasty("empty.txt", b"", encoding="utf-8", text="", warning="empty article"),
        Nasty("blank.txt", b" \n\t\r\n ", warning="empty article"),
        Nasty(
            "empty_page.html",
            b"<html><body><script>x()</script></body></html>",
            format="html",
            text="",
            warning="empty article",
        ),
        Nasty("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", error="PDF"),
        Nasty("image.txt", b"\x89PNG\r\n\x1a\n" + _random_bytes(200, 1), error="PNG"),
        Nasty("archive.txt", b"PK\x03\x04" + _random_bytes(200, 2), error="ZIP"),
        Nasty("junk.txt", _random_bytes(4096, 3), error="binary"),
        Nasty("nul.txt", b"Trade rose\x00\x00\x00\x01\x02 in 2019", error="binary"),
    ]


def write_nasties(folder: Path) -> list[Nasty]:
    """Write every nasty fixture into ``folder``; returns them in file-name order."""
    folder.mkdir(parents=True, exist_ok=True)
    items = sorted(nasties(), key=lambda n: n.name)
    for item in items:
        (folder / item.name).write_bytes(item.data)
    return items
