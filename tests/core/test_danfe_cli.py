"""``python -m vtex_invoice_gui danfe XML... --output FILE.pdf [--label]``, run as the clerk would."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from vtex_invoice_gui.commands import COMMANDS, run_command

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"
SALE = FIXTURES / "sale_authorized_v400.xml"
REFORM = FIXTURES / "reform_ibs_cbs.xml"


def desk(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vtex_invoice_gui", *map(str, args)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages]


def test_two_nfe_become_one_pdf_of_danfes(tmp_path: Path) -> None:
    out = tmp_path / "danfes.pdf"
    done = desk("danfe", SALE, REFORM, "--output", out)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "Wrote 2 DANFE(s)" in done.stdout
    text = pages(out)
    assert len(text) == 2
    assert "Nº 000.004.711" in text[0] and "Nº 000.007.001" in text[1]
    assert "DOCUMENTO AUXILIAR" in text[0]


def test_label_writes_the_simplified_label(tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    done = desk("danfe", "--label", SALE, "-o", out)
    assert done.returncode == 0, done.stderr
    (text,) = pages(out)
    assert "ETIQUETA" in text and "R$ 424,80" in text


def test_a_file_that_is_not_an_nfe_gives_one_line_and_exit_1(tmp_path: Path) -> None:
    not_nfe = tmp_path / "order.json"
    not_nfe.write_text('{"orderId": "1"}', encoding="utf-8")
    out = tmp_path / "out.pdf"
    done = desk("danfe", SALE, not_nfe, "--output", out)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith(f"{not_nfe}: ")
    assert "Traceback" not in done.stderr
    assert not out.exists()  # nothing half-written


def test_a_missing_file_gives_one_line_and_exit_1(tmp_path: Path) -> None:
    missing = tmp_path / "nope.xml"
    done = desk("danfe", missing, "--output", tmp_path / "out.pdf")
    assert done.returncode == 1
    assert done.stderr == f"{missing}: cannot be read (No such file or directory).\n"


def test_without_a_subcommand_the_desk_arguments_are_untouched() -> None:
    assert run_command([]) is None
    assert run_command(["--demo"]) is None
    assert set(COMMANDS) >= {"danfe"}
    done = desk("--version")
    assert done.returncode == 0 and done.stdout.startswith("vtex-invoice-gui ")
