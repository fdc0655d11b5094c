"""Regenerate ``docs/seeds.png``: render the seed articles and photograph the page.

    .venv/bin/python docs/screenshot.py            # needs Debian's chromium

The page comes from ``factex render seeds/`` (the real extraction, not gold); the PNG
shows its top (the first article, its highlights and its facts table).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from factex.cli import main
from factex.render import HEADLESS_CHROMIUM_FLAGS

ROOT = Path(__file__).resolve().parents[1]
FLAGS = (*HEADLESS_CHROMIUM_FLAGS, "--hide-scrollbars")


def screenshot(page: Path, png: Path, size: str = "1100,2600") -> None:
    """Photograph ``page`` in headless chromium at ``size`` (width,height)."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--window-size={size}",
                f"--screenshot={png}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
        )


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "seeds.html"
        main(
            ["render", str(ROOT / "seeds"), "-o", str(page), "--title", "factex: the seed articles"]
        )
        screenshot(page, ROOT / "docs" / "seeds.png")
    print(ROOT / "docs" / "seeds.png")
