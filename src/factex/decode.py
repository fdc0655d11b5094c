"""Turning raw bytes into article text: encoding detection, binary refusal, HTML reduction."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from factex.errors import InputError
from factex.models import Source

# An article larger than this is refused rather than processed for minutes.
MAX_ARTICLE_BYTES = 5_000_000

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_MARKUP = re.compile(rb"^\s*(?:<!doctype html|<html\b|<head\b|<body\b)", re.I)


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def decode_bytes(data: bytes, *, name: str = "input") -> tuple[str, str]:
    """Decode ``data`` to text, returning ``(text, encoding)``.

    >>> decode_bytes("Цена 5 рублей за килограмм товара в магазине.".encode("cp1251"))
    ('Цена 5 рублей за килограмм товара в магазине.', 'cp1251')
    >>> decode_bytes(b"\\xef\\xbb\\xbfplain")
    ('plain', 'utf-8-sig')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if _looks_binary(data):
        raise InputError(f"{name}: looks like binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot detect the text encoding")
    return str(best), best.encoding


def html_to_text(html: str) -> str:
    """The readable text of an HTML page, one block per paragraph.

    >>> html_to_text("<html><body><p>One.</p><script>x()</script><p>Two.</p></body></html>")
    'One.\\n\\nTwo.'
    """
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    for tag in ("script", "style", "noscript", "nav", "header", "footer", "aside", "form"):
        for node in tree.css(tag):
            node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    blocks = []
    for node in root.css("h1, h2, h3, h4, p, li, blockquote, pre, td"):
        text = " ".join(node.text(separator=" ").split())
        if text:
            blocks.append(text)
    if not blocks:
        blocks = [" ".join(root.text(separator=" ").split())]
    return "\n\n".join(blocks)


def decode_article(
    data: bytes, *, path: str | None = None, html: bool | None = None
) -> tuple[str, Source, list[str]]:
    """Decode one article's bytes; ``html=None`` sniffs for markup."""
    name = path or "stdin"
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(
            f"{name}: {len(data):,} bytes is over the limit of {MAX_ARTICLE_BYTES:,} per article"
        )
    text, encoding = decode_bytes(data, name=name)
    warnings = []
    if encoding not in ("utf-8", "utf-8-sig", "ascii"):
        warnings.append(f"decoded as {encoding}")
    is_html = html if html is not None else bool(_MARKUP.match(data[:1024]))
    if is_html:
        text = html_to_text(text)
        warnings.append("HTML input: reduced to its text; offsets refer to that text")
    if not text.strip():
        warnings.append("empty article")
    source = Source(path=path, encoding=encoding, format="html" if is_html else "text")
    return text, source, warnings
