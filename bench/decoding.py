"""How often legacy-encoded text is decoded back to exactly the original, by length.

    .venv/bin/python bench/decoding.py

Compares factex's ``decode_text`` with charset-normalizer's ``from_bytes(...).best()``
alone, on short news-style sentences in six languages, each encoded in the legacy code
page its language used on the web, cut to 5, 12, 30, 80 and 200 characters. A case is
right when the decoded text equals the original (the code page name may differ when two
code pages agree on these bytes).
"""

from __future__ import annotations

import sys
import time

from charset_normalizer import from_bytes

from factex.decode import decode_text
from factex.errors import InputError

SAMPLES: dict[str, tuple[str, str]] = {
    "russian": (
        "cp1251",
        "Министр экономики заявил, что товарооборот между странами в прошлом году "
        "вырос на одиннадцать процентов и превысил триста миллионов долларов. Стороны "
        "подписали соглашение о строительстве нового завода и обсудили поставки техники.",
    ),
    "ukrainian": (
        "cp1251",
        "Уряд схвалив програму підтримки експорту, яка передбачає пільгові кредити для "
        "виробників сільськогосподарської техніки та розширення співпраці з партнерами "
        "в Європі й Азії протягом наступних п'яти років.",
    ),
    "polish": (
        "cp1250",
        "Prezydent spotkał się z ministrem gospodarki, aby omówić współpracę handlową. "
        "Wartość obrotów wzrosła w ubiegłym roku o dwanaście procent, a obie strony "
        "podpisały umowę o budowie nowej fabryki ciągników w pobliżu Łodzi.",
    ),
    "german": (
        "cp1252",
        "Der Außenhandel wuchs im ersten Halbjahr um fünf Prozent. Die Regierung "
        "kündigte an, die Zusammenarbeit mit Unternehmen aus Österreich und der Schweiz "
        "zu verstärken; größere Aufträge für Maschinen würden bis März erwartet.",
    ),
    "french": (
        "cp1252",
        "Le ministre a déclaré que les échanges commerciaux ont augmenté de 12 % l'an "
        "dernier. Les deux pays ont signé un accord de coopération économique à Genève, "
        "où une délégation française présentera ses projets d'investissement.",
    ),
    "greek": (
        "cp1253",
        "Ο υπουργός Οικονομικών δήλωσε ότι οι εξαγωγές αυξήθηκαν κατά δέκα τοις εκατό "
        "πέρυσι. Οι δύο χώρες υπέγραψαν συμφωνία συνεργασίας για την κατασκευή νέου "
        "εργοστασίου και τη διεύρυνση του εμπορίου.",
    ),
    "turkish": (
        "cp1254",
        "Bakan, iki ülke arasındaki ticaret hacminin geçen yıl yüzde on iki arttığını "
        "söyledi. Taraflar, yeni bir traktör fabrikasının inşası için işbirliği "
        "anlaşması imzaladı ve ihracatın artırılmasını görüştü.",
    ),
}
LENGTHS = (5, 12, 30, 80, 200)


def _factex(data: bytes) -> str | None:
    try:
        return decode_text(data)[0]
    except InputError:
        return None


def _charset_normalizer(data: bytes) -> str | None:
    best = from_bytes(data).best()
    return None if best is None else str(best)


def cases() -> list[tuple[str, int, str, bytes]]:
    """(language, length, original, bytes) for every sample, cut at word starts too."""
    out = []
    for language, (encoding, text) in SAMPLES.items():
        words = text.split()
        for length in LENGTHS:
            for start in range(0, len(words), max(1, len(words) // 6)):
                piece = " ".join(words[start:])[:length].strip()
                if len(piece) >= min(length, 5) and not piece.isascii():
                    out.append((language, length, piece, piece.encode(encoding)))
    return out


def main() -> int:
    all_cases = cases()
    print(f"{len(all_cases)} cases; right = decoded text equals the original\n")
    print(f"{'length':>6} {'cases':>5} {'factex':>8} {'charset-normalizer':>19}")
    for length in LENGTHS:
        subset = [c for c in all_cases if c[1] == length]
        ours = sum(_factex(data) == text for _, _, text, data in subset)
        theirs = sum(_charset_normalizer(data) == text for _, _, text, data in subset)
        n = len(subset)
        print(f"{length:>6} {n:>5} {ours / n:>8.1%} {theirs / n:>19.1%}")
    start = time.perf_counter()
    for _, _, _, data in all_cases:
        _factex(data)
    per_case = (time.perf_counter() - start) / len(all_cases) * 1000
    print(f"\nfactex: {per_case:.1f} ms per legacy-encoded input (UTF-8 input skips detection)")
    wrong = [(lang, text) for lang, _, text, data in all_cases if _factex(data) != text]
    for lang, text in wrong[:10]:
        print(f"  wrong: {lang}: {text!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
