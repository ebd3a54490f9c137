"""The build fingerprint decides whether a bundle in dist/ can be reused."""

from __future__ import annotations

import shutil

from packaging_helpers import ROOT, load_packaging_module

inputs = load_packaging_module("bundle_inputs")


def make_tree(tmp_path):
    for rel in ("vtex_invoice_gui/__init__.py", "vtex_invoice_gui/ui/window.py", "packaging/entry.py",
                "packaging/vtex-invoice-gui.spec", "packaging/spec_helpers.py", "resources/icons/app.svg"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rel)
    (tmp_path / "vtex_invoice_gui" / "__pycache__").mkdir()
    (tmp_path / "vtex_invoice_gui" / "__pycache__" / "x.py").write_text("ignored")
    return tmp_path


def test_the_inputs_are_sources_resources_and_the_spec(tmp_path):
    root = make_tree(tmp_path)
    names = [p.relative_to(root).as_posix() for p in inputs.input_files(root)]
    assert "vtex_invoice_gui/ui/window.py" in names and "resources/icons/app.svg" in names
    assert "packaging/vtex-invoice-gui.spec" in names
    assert not any("__pycache__" in n for n in names)


def test_a_bundle_is_fresh_until_an_input_changes(tmp_path):
    root = make_tree(tmp_path)
    assert not inputs.is_fresh(root)  # nothing built yet
    exe = root / inputs.EXECUTABLE.relative_to(inputs.ROOT)
    exe.parent.mkdir(parents=True)
    exe.write_text("#!/bin/sh\n")
    assert not inputs.is_fresh(root)  # built, but not stamped
    inputs.write_stamp(root)
    assert inputs.is_fresh(root)
    (root / "vtex_invoice_gui" / "ui" / "window.py").write_text("changed")
    assert not inputs.is_fresh(root)
    inputs.write_stamp(root)
    (root / "resources" / "i18n").mkdir(parents=True)
    (root / "resources" / "i18n" / "vtex_invoice_desk_es.qm").write_bytes(b"qm")
    assert not inputs.is_fresh(root)  # a new translation needs a rebuild
    inputs.write_stamp(root)
    shutil.rmtree(exe.parent)
    assert not inputs.is_fresh(root)


def test_the_real_checkout_has_inputs():
    assert len(inputs.input_files(ROOT)) > 20
