"""Turning raw input into article text: encodings, binary refusal, HTML, size limits.

Over 600 lines because it is one pipeline read top to bottom: the order of the steps
below is the decision, and splitting it would scatter that order over modules.

Everything here is a pure function of its input (no clock, no environment), so the same
bytes always give the same text, encoding and warnings. Errors are ``InputError`` with a
message that names the input; odd-but-readable input gives warnings, never an error.

Decoding, in order (first hit wins):

1. a byte-order mark: UTF-8, UTF-32 (LE/BE) or UTF-16 (LE/BE);
2. a known binary signature (PDF, ZIP, PNG, ...) or more than a few NUL/control bytes
   (1%) -> refused; BOM-less UTF-16 is recognised before that by its nearly constant
   high byte; a stray NUL in text becomes U+FFFD with a warning;
3. strict UTF-8; UTF-8 with a few invalid bytes (a cut-off last character, a stray
   legacy byte among valid UTF-8) -> decoded with U+FFFD and a warning;
4. for HTML, the page's own ``<meta charset>``;
5. charset-normalizer's candidates, ranked by chaos, then a word-plausibility check,
   then coherence, then how common the code page is (``LEGACY_PREVALENCE``).

Text that was decoded wrongly before it reached us (mojibake: "â‚¬5 million", UTF-8
read as Windows-1252) is repaired with ftfy's ``fix_encoding``, with a warning.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

import ftfy
from charset_normalizer import from_bytes

from factex.errors import InputError
from factex.models import Source

# An article larger than this (in bytes, UTF-8 for text given as str) is refused rather
# than processed for minutes. A long news article is ~50 kB; a whole book is ~1 MB.
MAX_ARTICLE_BYTES = 5_000_000

# Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# File signatures ("magic numbers") of formats people mistake for articles.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/ODT)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip file"),
    (b"BZh", "a bzip2 file"),
    (b"\xfd7zXZ\x00", "an xz file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE document (DOC/XLS)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
)

# Legacy code pages from most to least common on the web (W3Techs character-encoding
# survey, 2024), with the WHATWG Encoding Standard's aliasing applied: ISO-8859-1 and
# ISO-8859-9 are decoded as their Windows supersets, as browsers do. Used only to break
# ties between candidates that read equally well.
LEGACY_PREVALENCE: tuple[str, ...] = (
    "cp1252",
    "cp1251",
    "shift_jis",
    "euc_jp",
    "euc_kr",
    "gb2312",
    "gb18030",
    "cp1250",
    "iso8859_2",
    "cp1256",
    "iso8859_15",
    "big5",
    "cp1254",
    "cp1253",
    "cp1255",
    "cp1257",
    "koi8_r",
    "iso8859_5",
    "iso8859_7",
    "cp874",
    "cp1258",
    "koi8_u",
)
# Code pages charset-normalizer may skip on short input (it stops early when a
# multi-byte decoder reads without errors); they are always tried as well.
COMMON_LEGACY: tuple[str, ...] = (
    "cp1252",
    "cp1251",
    "cp1250",
    "iso8859_2",
    "cp1253",
    "cp1254",
    "cp1257",
    "koi8_r",
)
# Below this size a multi-byte (CJK) reading is weak evidence: those decoders accept most
# short runs of high bytes, so among equally good readings a single-byte one is preferred.
SHORT_INPUT_BYTES = 100
# Candidates whose chaos (plus implausible-word share) is within this of the best tie.
TIE_TOLERANCE = 0.02

# Block-level HTML elements: each starts and ends a paragraph of the reduced text.
HTML_BLOCKS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl"),
        *("dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary"),
        *("table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"),
    )
)
# Elements whose content is never article text.
HTML_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head")
# Page furniture dropped when the page has no <article>/<main> to narrow to.
HTML_FURNITURE = ("nav", "header", "footer", "aside", "form", "button", "select")

_MARKUP_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section|table)\b",
    re.I | re.S,
)
_MARKUP_BLOCK = re.compile(r"</(?:p|div|li|td|tr|h[1-6]|article|section)\s*>|<br\s*/?>", re.I)
# Text is "clearly markup" when it holds at least this many closing block tags.
MIN_MARKUP_BLOCKS = 3
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.I)
# Shorter input is never taken for BOM-less UTF-16 (too little evidence).
MIN_UTF16_BYTES = 16
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r")
# Share of control bytes above which input is binary rather than text with a few strays.
MAX_CONTROL_SHARE = 0.01
_SURROGATE = re.compile("[\ud800-\udfff]")
# A non-ASCII symbol or digit-like sign between two letters ("Za¿ó³æ").
# or a superscript/fraction glued to a long word ("spotka³"; "m²" and "CO₂" are fine).
_INNER_SYMBOL = re.compile(
    r"[^\W\d_][^\w\s\x00-\x7f’‘'-]+[^\W\d_]|[^\W\d_][²³¹][^\W\d_]"
    r"|[^\W\d_]{4}[²³¹¼½¾]"
)


# The mark of UTF-8 read as Windows-1252 or Latin-1 (the common mojibake): a lead byte
# of a multi-byte sequence (0xC2-0xF4) as a character, then a continuation byte
# (0x80-0xBF) as one. ftfy decides; this only spares it the articles without any.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]"
)


def _binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is, or None when it may be text.

    >>> _binary_kind(b"%PDF-1.7 ...")
    'a PDF document'
    >>> _binary_kind(b"plain text\\n")
    >>> _binary_kind(b"abc\\x00\\x01\\x02def")
    'binary data (control bytes)'
    """
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            return kind
    if not data:
        return None
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > max(2, len(data) * MAX_CONTROL_SHARE):
        return "binary data (control bytes)"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when BOM-less UTF-16 is near certain, else None.

    Within one script the high byte of UTF-16 code units barely varies (0x00 for
    Latin, 0x04 for Cyrillic), so one byte parity is nearly constant while the other
    varies; real 8-bit text never looks like that.

    >>> _utf16_without_bom("Trade rose 5%.".encode("utf-16-le"))
    'utf-16-le'
    >>> _utf16_without_bom("Товарооборот вырос.".encode("utf-16-be"))
    'utf-16-be'
    >>> _utf16_without_bom(b"Trade rose 5%.")
    """
    sample = data[:4096]
    if len(sample) < MIN_UTF16_BYTES or len(data) % 2:
        return None
    for encoding, high, low in (("utf-16-le", 1, 0), ("utf-16-be", 0, 1)):
        highs = Counter(sample[high::2])
        top2 = sum(n for _, n in highs.most_common(2))
        if top2 < 0.9 * (len(sample) // 2) or len(set(sample[low::2])) < 4:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _is_mostly_printable(text[:2048]):
            return encoding
    return None


def _is_mostly_printable(text: str) -> bool:
    bad = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs"))
    bad -= sum(1 for ch in text if ch in "\t\n\r\x0b\x0c")
    return bad <= len(text) * MAX_CONTROL_SHARE


def _utf8_with_errors(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few invalid bytes replaced, when the rest is clearly UTF-8.

    Random legacy bytes almost never form valid multi-byte UTF-8, so input with at
    least as many valid non-ASCII characters as invalid bytes is UTF-8 with damage
    (a character cut at the end, a stray Windows byte). Returns (text, replaced).

    >>> _utf8_with_errors("naïve café".encode() + b"\\x96")
    ('naïve café�', 1)
    >>> _utf8_with_errors("Привет".encode()[:-1])
    ('Приве�', 1)
    >>> _utf8_with_errors("Café".encode("cp1252"))
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if bad <= 0:
        return text, 0
    valid = sum(1 for ch in text if ord(ch) > 127) - bad
    return (text, bad) if valid >= bad else None


def _implausible_share(text: str) -> float:
    """Share of words that no language writes.

    Wrongly decoded legacy text is full of them: "Ïðèâåò" (cp1251 read as cp1252) is
    almost all accented letters, "лХМЯЙ" (cp1251 read as KOI8-R) has capitals inside a
    lower-case word, "Za¿ó³æ" (cp1250 read as cp1252) has symbols between letters, and
    "ﾉﾗﾅﾔ" (KOI8-R read as Shift_JIS) is made of legacy compatibility characters.

    >>> _implausible_share("Привет мир, café’s naïve iPhone")
    0.0
    >>> _implausible_share("Ïðèâåò ìèð")
    1.0
    >>> _implausible_share("лХМЯЙ cafÚÆs Za¿ó³æ ﾉﾗﾅﾔ spotka³")
    1.0
    >>> _implausible_share("5 m² of CO₂ for Brand™")
    0.0
    """
    words = text[:20_000].split()
    if not words:
        return 0.0
    return sum(1 for word in words if _implausible_word(word)) / len(words)


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "UNKNOWN")
    first = name.split(" ", 1)[0]
    if first in ("CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH", "FULLWIDTH", "IDEOGRAPHIC"):
        return "CJK"
    return first


def _implausible_word(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return False
    if any(unicodedata.decomposition(ch).startswith("<") for ch in letters):
        return True  # compatibility forms: half-width kana, superscripts, ligatures
    scripts = {_script(ch) for ch in letters}
    if len(scripts) > 1:
        return True
    if _INNER_SYMBOL.search(word):
        return True
    if scripts == {"LATIN"}:
        accented = sum(1 for ch in letters if ord(ch) > 127)
        if len(letters) >= 2 and accented * 3 > len(letters) * 2:
            return True
        # a capital inside a lower-case word: "iPhone" is fine, "cafÚÆs" is not
        return any(a.islower() and b.isupper() and ord(b) > 127 for a, b in _pairs(word))
    return any(a.islower() and b.isupper() for a, b in _pairs(word))


def _pairs(word: str) -> Iterator[tuple[str, str]]:
    return pairwise(word)


def _detect_legacy(data: bytes, name: str) -> str:
    """The most plausible legacy encoding of ``data`` (not valid UTF-8).

    Candidates that decode to the same text are one reading (cp1250 and cp1252 agree on
    "café"); readings are ranked by chaos plus implausible-word share, then coherence,
    both with a tolerance, then by the prevalence of their most common encoding.

    >>> _detect_legacy("Минск".encode("cp1251"), "x")
    'cp1251'
    >>> _detect_legacy("naïve café".encode("cp1252"), "x")
    'cp1252'
    """
    readings: dict[str, list] = {}  # text -> [chaos, coherence, encodings]
    for result in (*from_bytes(data), *from_bytes(data, cp_isolation=list(COMMON_LEGACY))):
        text = str(result)
        reading = readings.setdefault(text, [result.chaos, result.coherence, []])
        reading[0] = min(reading[0], result.chaos)
        reading[1] = max(reading[1], result.coherence)
        reading[2].append(codecs.lookup(result.encoding).name)
    if not readings:
        raise InputError(f"{name}: not text in any known encoding (binary data?)")
    scored = [
        (chaos + _implausible_share(text), coherence, _most_common_codec(data, text, encodings))
        for text, (chaos, coherence, encodings) in readings.items()
    ]
    best_chaos = min(chaos for chaos, _, _ in scored)
    tied = [s for s in scored if s[0] <= best_chaos + TIE_TOLERANCE]
    best_coherence = max(coherence for _, coherence, _ in tied)
    tied = [s for s in tied if s[1] >= best_coherence - TIE_TOLERANCE]
    if len(data) < SHORT_INPUT_BYTES:
        return min((s[2] for s in tied), key=lambda e: (_is_multi_byte(e), _prevalence_rank(e)))
    return min((s[2] for s in tied), key=_prevalence_rank)


def _most_common_codec(data: bytes, text: str, encodings: list[str]) -> str:
    """The most prevalent code page that decodes ``data`` to ``text`` (charset-normalizer
    skips code pages it deems similar to one already tried)."""
    best = min(encodings, key=_prevalence_rank)
    for encoding in LEGACY_PREVALENCE[: _prevalence_rank(best)]:
        try:
            if data.decode(encoding) == text:
                return codecs.lookup(encoding).name
        except UnicodeDecodeError:
            continue
    return best


@functools.cache
def _is_multi_byte(encoding: str) -> bool:
    """Whether a code page spends more than one byte on some characters.

    >>> _is_multi_byte("cp1251"), _is_multi_byte("shift_jis")
    (False, True)
    """
    high = bytes(range(0x80, 0x100))
    return len(high.decode(encoding, errors="replace")) != len(high)


_PREVALENCE_RANK = {codecs.lookup(e).name: i for i, e in enumerate(LEGACY_PREVALENCE)}


def _prevalence_rank(encoding: str) -> int:
    return _PREVALENCE_RANK.get(encoding, len(_PREVALENCE_RANK))


def _meta_charset(data: bytes) -> str | None:
    """The encoding a page declares in ``<meta charset>``, when Python knows it.

    >>> _meta_charset(b'<html><head><meta charset="windows-1251"></head>')
    'cp1251'
    >>> _meta_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    'cp1252'
    """
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        encoding = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # WHATWG: pages labelled latin-1/ascii are decoded as windows-1252.
    return "cp1252" if encoding in ("latin-1", "iso8859-1", "ascii") else encoding


def decode_text(data: bytes, *, name: str = "input", html: bool = False) -> tuple[str, str, list]:
    """Decode ``data`` to ``(text, encoding, warnings)``; ``InputError`` for binary.

    ``encoding`` is Python's canonical codec name (``utf-8``, ``utf-8-sig`` when a BOM
    was removed, ``utf-16-le``, ``cp1251``, ...).

    >>> decode_text("Цена 5 рублей за килограмм товара в магазине.".encode("cp1251"))[:2]
    ('Цена 5 рублей за килограмм товара в магазине.', 'cp1251')
    >>> decode_text(b"\\xef\\xbb\\xbfplain")
    ('plain', 'utf-8-sig', [])
    >>> decode_text(b"\\xff\\xfeh\\x00i\\x00")
    ('hi', 'utf-16-le', [])
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding, []
            except UnicodeDecodeError:
                text = data[len(bom) :].decode(encoding, errors="replace")
                return text, encoding, [f"invalid {encoding} sequences replaced with U+FFFD"]
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16), utf16, [f"no byte-order mark: decoded as {utf16}"]
    kind = _binary_kind(data)
    if kind:
        raise InputError(f"{name}: looks like {kind}, not a text article; refused")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    damaged = _utf8_with_errors(data)
    if damaged:
        text, bad = damaged
        return text, "utf-8", [f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD"]
    declared = _meta_charset(data) if html else None
    if declared:
        try:
            return data.decode(declared), declared, [f"decoded as {declared} (declared)"]
        except UnicodeDecodeError:
            pass
    encoding = _detect_legacy(data, name)
    text = data.decode(encoding, errors="replace")
    return text, encoding, [f"not UTF-8: decoded as {encoding} (detected)"]


def decode_bytes(data: bytes, *, name: str = "input") -> tuple[str, str]:
    """Decode ``data`` to text, returning ``(text, encoding)``.

    >>> decode_bytes("Цена 5 рублей за килограмм товара в магазине.".encode("cp1251"))
    ('Цена 5 рублей за килограмм товара в магазине.', 'cp1251')
    >>> decode_bytes(b"\\xef\\xbb\\xbfplain")
    ('plain', 'utf-8-sig')
    """
    text, encoding, _ = decode_text(data, name=name)
    return text, encoding


def looks_like_html(head: bytes | str) -> bool:
    """Whether text is clearly markup: it opens with an HTML element, or it holds
    several closing block tags.

    >>> looks_like_html(b"<!DOCTYPE html><html><body>x</body></html>")
    True
    >>> looks_like_html("<p>One.</p><p>Two.</p><p>Three.</p>")
    True
    >>> looks_like_html("Prices rose <5% in 2019 and > 3% in 2020.")
    False
    """
    raw = head[:4096].encode("utf-8", "replace") if isinstance(head, str) else head[:4096]
    if _MARKUP_START.match(raw):
        return True
    sample = raw.decode("utf-8", "replace")
    return len(_MARKUP_BLOCK.findall(sample)) >= MIN_MARKUP_BLOCKS


def html_to_text(html: str) -> str:
    """The readable text of an HTML page, one paragraph per block element.

    Scripts, styles and page furniture are dropped; when the page has an ``<article>``
    (or ``<main>``), only that is kept.

    >>> html_to_text("<html><body><p>One.</p><script>x()</script><p>Two.</p></body></html>")
    'One.\\n\\nTwo.'
    >>> html_to_text("<ul><li><p>Nested</p> item</li></ul>tail &amp; end")
    'Nested\\n\\nitem\\n\\ntail & end'
    >>> html_to_text("<nav>Menu</nav><article><h1>Title</h1><p>Body.</p></article>")
    'Title\\n\\nBody.'
    >>> html_to_text("")
    ''
    """
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for tag in HTML_DROP:
        for node in tree.css(tag):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main")
    if root is None:
        for tag in HTML_FURNITURE:
            for node in tree.css(tag):
                node.decompose()
        root = tree.body or tree.root
    if root is None:
        return ""
    return "\n\n".join(_html_blocks(root))


def _html_blocks(root) -> list[str]:
    """Paragraphs of ``root``'s text, walking the tree without recursion (no depth limit)."""
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join(" ".join(current).split())
        if text:
            blocks.append(text)
        current.clear()

    stack = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if node.tag == "-text":
            current.append(node.text_content or "")
            continue
        if node.tag in HTML_BLOCKS:
            flush()
        if leaving or node.tag in ("-comment", "!doctype"):
            continue
        stack.append((node, True))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))
    flush()
    return blocks


def check_size(size: int, *, name: str, max_bytes: int | None) -> None:
    """Raise ``InputError`` when an article of ``size`` bytes is over ``max_bytes``.

    >>> check_size(10, name="a.txt", max_bytes=100)
    >>> check_size(1000, name="a.txt", max_bytes=100)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    factex.errors.InputError: a.txt: 1,000 bytes is over the limit of 100 bytes per article...
    """
    if max_bytes is not None and size > max_bytes:
        raise InputError(
            f"{name}: {size:,} bytes is over the limit of {max_bytes:,} bytes per article"
            " (see --max-bytes / max_bytes)"
        )


def text_size(text: str) -> int:
    """The UTF-8 size of ``text`` in bytes, without encoding it when it is ASCII.

    >>> text_size("abc"), text_size("é€"), text_size("\\ud800")
    (3, 5, 3)
    """
    if text.isascii():
        return len(text)
    return len(text.encode("utf-8", errors="surrogatepass"))


def clean_text(text: str) -> tuple[str, list[str]]:
    """``text`` with lone surrogates (which no encoding can write) replaced by U+FFFD.

    The length is kept, so spans still index the caller's text.

    >>> clean_text("ok")
    ('ok', [])
    >>> clean_text("a\\ud800b")
    ('a�b', ['1 lone surrogate(s) replaced with U+FFFD'])
    """
    if text.isascii():
        return text, []
    cleaned, n = _SURROGATE.subn("\ufffd", text)
    return cleaned, [f"{n} lone surrogate(s) replaced with U+FFFD"] if n else []


def repair_text(text: str) -> tuple[str, list[str]]:
    """``text`` with NUL characters replaced by U+FFFD (same length) and mojibake repaired
    with ftfy (offsets then refer to the repaired text), and a warning for each.

    >>> repair_text("Sales of â‚¬5 million")[0]
    'Sales of €5 million'
    >>> repair_text("a\\x00b")
    ('a�b', ['1 NUL character(s) replaced with U+FFFD'])
    >>> repair_text("Plain café text.")
    ('Plain café text.', [])
    """
    warnings = []
    if "\x00" in text:
        warnings.append(f"{text.count(chr(0))} NUL character(s) replaced with U+FFFD")
        text = text.replace("\x00", "\ufffd")
    if not text.isascii() and _MOJIBAKE_HINT.search(text):
        fixed = ftfy.fix_encoding(text)
        if fixed != text:
            text = fixed
            warnings.append(
                "mojibake repaired with ftfy (text that was decoded with the wrong encoding);"
                " offsets refer to the repaired text"
            )
    return text, warnings


def prepare_text(
    text: str,
    *,
    name: str = "input",
    html: bool | None = False,
    max_bytes: int | None = MAX_ARTICLE_BYTES,
    source: Source | None = None,
    repair: bool = False,
) -> tuple[str, Source, list[str]]:
    """Check and clean an article given as ``str``: size limit, lone surrogates, HTML
    (``html=None`` sniffs for markup), emptiness; with ``repair``, NUL characters and
    mojibake (``repair_text``: input read from bytes, where the text is ours to fix;
    a caller's ``str`` keeps its offsets). Returns ``(text, source, warnings)``.

    >>> prepare_text("<p>A.</p><p>B.</p><p>C.</p>", html=None)[0]
    'A.\\n\\nB.\\n\\nC.'
    >>> prepare_text("   ")[2]
    ['empty article']
    """
    check_size(text_size(text), name=name, max_bytes=max_bytes)
    text, warnings = clean_text(text)
    source = source or Source()
    is_html = html if html is not None else looks_like_html(text)
    if is_html:
        text = html_to_text(text)
        source = source.model_copy(update={"format": "html"})
        warnings.append("HTML input: reduced to its text; offsets refer to that text")
    if repair:
        text, repaired = repair_text(text)
        warnings.extend(repaired)
    if not text.strip():
        warnings.append("empty article")
    return text, source, warnings


def decode_article(
    data: bytes,
    *,
    path: str | None = None,
    html: bool | None = None,
    max_bytes: int | None = MAX_ARTICLE_BYTES,
) -> tuple[str, Source, list[str]]:
    """Decode one article's bytes to ``(text, source, warnings)``.

    ``html=None`` sniffs for markup; ``max_bytes=None`` lifts the size limit. Raises
    ``InputError`` (naming ``path``) for input over the limit or binary input.

    >>> text, source, warnings = decode_article(b"<html><body><p>Hi.</p></body></html>")
    >>> text, source.format, source.encoding
    ('Hi.', 'html', 'utf-8')
    """
    name = path or "stdin"
    check_size(len(data), name=name, max_bytes=max_bytes)
    text, encoding, warnings = decode_text(
        data, name=name, html=html if html is not None else looks_like_html(data)
    )
    is_html = html if html is not None else looks_like_html(text)
    text, source, more = prepare_text(
        text,
        name=name,
        html=is_html,
        max_bytes=None,
        source=Source(path=path, encoding=encoding),
        repair=True,
    )
    return text, source, warnings + more
