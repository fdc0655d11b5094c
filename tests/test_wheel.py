"""The wheel a user installs: built from the repo, installed into a fresh virtual
environment, it runs the CLI, the library and spaCy's factory entry points, and carries
no test data."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        pytest.fail(f"pip wheel failed:\n{proc.stderr[-2000:]}")
    (path,) = out.glob("factex-*.whl")
    return path


def test_wheel_ships_the_package_and_its_data_not_tests(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "factex/__init__.py" in names and "factex/py.typed" in names
    assert any(n.startswith("factex/data/") and n.endswith(".tsv") for n in names)
    assert not [n for n in names if n.startswith("tests/") or "/tests/" in n]
    assert not [n for n in names if n.endswith("/corpus.py")]  # example tables are tests
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[spacy_factories]" in text and "factex = factex.cli:run" in text


def test_wheel_installs_and_runs_in_a_fresh_venv(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    # the dependencies come from this environment (no registry needed); factex itself
    # only from the wheel: paths a .pth adds are not scanned for the editable finder
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(purelib, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    factex_bin = env_dir / "bin" / "factex"
    seed = sorted(SEEDS.glob("*.txt"))[0]
    proc = subprocess.run(
        [str(factex_bin), "extract", str(seed), "--format", "jsonl"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert '"schema":"factex/1"' in proc.stdout.replace(" ", "")
    code = (
        "import factex, spacy, pathlib;"
        f"assert str(pathlib.Path(factex.__file__)).startswith(r'{env_dir}'), factex.__file__;"
        "f = factex.extract('Exports rose to $5 million in 2023.', published='2024-01-02');"
        "assert f.money[0].value == 5e6, f;"
        "nlp = spacy.blank('en'); nlp.add_pipe('factex_money');"
        "print('ok')"
    )
    proc = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr
