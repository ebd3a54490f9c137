"""The ``vtex`` and ``nfe`` packages load a module when one of its names is first asked for, so
start-up and the first order shown import only what they use (issue 18)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import vtex_invoice_gui.nfe as nfe
import vtex_invoice_gui.vtex as vtex


def _loaded_after(statement: str, modules: tuple[str, ...]) -> dict[str, bool]:
    code = f"import sys\n{statement}\nprint(*[name in sys.modules for name in {modules!r}])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    return dict(zip(modules, [word == "True" for word in done.stdout.split()], strict=True))


def test_the_account_checks_of_start_up_bring_no_pydantic_and_no_httpx() -> None:
    loaded = _loaded_after("import vtex_invoice_gui.launch", ("pydantic", "httpx", "vtex_invoice_gui.vtex.order"))
    assert loaded == {"pydantic": False, "httpx": False, "vtex_invoice_gui.vtex.order": False}


def test_the_payment_codes_bring_no_xml_reader() -> None:
    loaded = _loaded_after(
        "from vtex_invoice_gui.nfe.payment import method_code", ("vtex_invoice_gui.nfe.reader", "xml.etree.ElementTree")
    )
    assert loaded == {"vtex_invoice_gui.nfe.reader": False, "xml.etree.ElementTree": False}


@pytest.mark.parametrize("package", [vtex, nfe], ids=["vtex", "nfe"])
def test_every_public_name_resolves_and_others_are_refused(package) -> None:
    for name in package.__all__:
        assert getattr(package, name) is not None, name
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        package.Nothing  # noqa: B018


def test_a_name_is_the_same_object_as_in_its_module() -> None:
    from vtex_invoice_gui.nfe import read_nfe
    from vtex_invoice_gui.nfe.reader import read_nfe as reader_read_nfe
    from vtex_invoice_gui.vtex import Order
    from vtex_invoice_gui.vtex.order import Order as order_Order

    assert Order is order_Order and read_nfe is reader_read_nfe
