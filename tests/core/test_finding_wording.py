"""The NF-e findings speak with one voice: a code of ``wording/findings.py``, never English built by hand.

What a clerk should check before an NF-e is sent (the reader's warnings and notes, the NF-e against
its order) is worded once, in ``vtex_invoice_gui/wording/findings.py``: the core gives each
:class:`~vtex_invoice_gui.nfe.mapping.Finding` a :class:`~vtex_invoice_gui.messages.Message` (a code
and its values), the command line prints its English and the UI translates it. These tests fail when
a finding is given a hand-written sentence, when the modules that say findings build English of
their own, or when a finding's template has no pt_BR or es translation.
"""

from __future__ import annotations

import ast
import dataclasses
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from decimal import Decimal
from pathlib import Path

import pytest

import vtex_invoice_gui
from vtex_invoice_gui.fill import placeholders
from vtex_invoice_gui.messages import Message, english
from vtex_invoice_gui.nfe import read_nfe
from vtex_invoice_gui.nfe.mapping import Finding, map_items, prefill_findings
from vtex_invoice_gui.nfe.model import SPECIAL_PURPOSES
from vtex_invoice_gui.sandbox.seed import SEED_IDS, seed_orders
from vtex_invoice_gui.vtex import Order
from vtex_invoice_gui.wording import CONTEXT, PHRASES, TEMPLATES
from vtex_invoice_gui.wording.findings import FINDING_TEMPLATES

PACKAGE = Path(vtex_invoice_gui.__file__).parent
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"
#: The modules that say findings: the reader's warnings and notes, the checks against the order,
#: and the batch preview that passes them on.
SAYERS = ("nfe/model.py", "nfe/reader.py", "nfe/mapping.py", "nfe/matching.py", "batch/preview.py")


# -- static: read from the source, not run --------------------------------------------------------
def _texts(node: ast.AST, skip: AbstractSet[int] = frozenset()) -> Iterator[tuple[int, str]]:
    """Every string literal under ``node`` as ``(line, text)``: an f-string whole (its values as ``{}``),
    nothing whose id is in ``skip``."""
    pieces = {id(v) for sub in ast.walk(node) if isinstance(sub, ast.JoinedStr) for v in sub.values}
    for sub in ast.walk(node):
        if id(sub) in skip or id(sub) in pieces:
            continue
        if isinstance(sub, ast.JoinedStr):
            yield sub.lineno, "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in sub.values)
        elif isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            yield sub.lineno, sub.value


def _codes(node: ast.AST) -> set[int]:
    """The literals that are a Message's code: ``Message("nfe_finding.nfce")``."""
    return {
        id(sub.args[0])
        for sub in ast.walk(node)
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id == "Message" and sub.args
    }


def _tree(name: str) -> ast.Module:
    return ast.parse((PACKAGE / name).read_text(encoding="utf-8"))


def test_no_finding_or_batch_check_is_given_a_sentence_written_in_place() -> None:
    found, calls = [], 0
    for name in SAYERS:
        for call in ast.walk(_tree(name)):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
                continue
            if call.func.id not in ("Finding", "Check"):
                continue
            calls += 1
            given = [k.value for k in call.keywords if k.arg == "message"]
            message = call.args[1] if len(call.args) > 1 else given[0]
            found += [f"{name}:{line}: {text!r}" for line, text in _texts(message, _codes(message))]
    assert calls > 10  # the scan really found the findings and the batch's checks
    assert not found, f"findings given English instead of a Message of wording/findings.py: {found}"


def _programmer_errors(tree: ast.AST) -> set[int]:
    """What ``raise TypeError(...)``/``raise ValueError(...)`` say: a caller's mistake, never shown to the
    clerk (an NF-e the clerk chose is refused with an ``NfeError`` carrying a Message)."""
    return {
        id(sub)
        for node in ast.walk(tree)
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and isinstance(node.exc.func, ast.Name)
        and node.exc.func.id in ("TypeError", "ValueError")
        for sub in ast.walk(node.exc)
    }


def _docstrings(tree: ast.AST) -> set[int]:
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def _words(text: str) -> int:
    return sum(1 for word in text.split() if any(c.isalpha() for c in word))


def test_the_modules_that_say_findings_write_no_english_of_their_own() -> None:
    """Three words or more in a literal is English for the clerk, unless it is a word of the phrase
    table (an NF-e field name, a purpose) that a template puts inside its sentence."""
    found = []
    for name in SAYERS:
        tree = _tree(name)
        for line, text in _texts(tree, _docstrings(tree) | _programmer_errors(tree)):
            if _words(text) >= 3 and text not in PHRASES:
                found.append(f"{name}:{line}: {text!r}")
    assert not found, f"English written outside vtex_invoice_gui/wording/: {found}"


def test_the_purposes_named_in_a_finding_are_in_the_phrase_table() -> None:
    assert set(SPECIAL_PURPOSES.values()) - set(PHRASES) == set()


# -- the Finding type ---------------------------------------------------------------------------------
def test_a_finding_refuses_a_plain_sentence() -> None:
    with pytest.raises(TypeError):
        sentence = "The NF-e total (R$ 1.00) is not the R$ 2.00 still to invoice on the order."
        Finding("total_differs", sentence)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Finding("demo", Message(text="foreign English without a code"))
    said = Finding("nfce", Message("nfe_finding.nfce"))
    assert said.params == {} and said.as_pair() == ("nfce", TEMPLATES["nfe_finding.nfce"])


# -- what the core says, run over real NF-e files and orders --------------------------------------------
def _findings() -> Iterator[Finding]:
    seeds = seed_orders()
    orders = [Order.model_validate(seeds[SEED_IDS[name]]) for name in ("ready", "many_items", "invoiced_in_transit")]
    for path in sorted(FIXTURES.glob("*.xml")):
        try:
            doc = read_nfe(path.read_bytes())
        except ValueError:
            continue  # the files the reader refuses (they have their own codes)
        for order in orders:
            yield from prefill_findings(doc, order, map_items(doc, order))


def test_every_finding_the_core_makes_is_a_table_code_with_its_english_from_the_table() -> None:
    findings = list(_findings())
    assert len({f.code for f in findings}) >= 8  # the files and orders really raise findings of many kinds
    for finding in findings:
        message = finding.message
        assert isinstance(message, Message) and message.code.startswith("nfe_finding."), finding
        assert message == english(message.code, message.params)  # the English is the table's, filled
        assert placeholders(TEMPLATES[message.code]) <= set(message.params), finding  # no {name} left empty
    quantities = [f.params["quantity"] for f in findings if f.code == "quantity_not_whole"]
    assert quantities and all(isinstance(q, Decimal) for q in quantities)  # exact, for the UI's 0,5


def _translations(language: str) -> dict[str, str]:
    """``{source: translation}`` of the ``CoreText`` context in ``language``'s catalog; unfinished ones empty."""
    root = ET.parse(PACKAGE.parent / "resources" / "i18n" / f"vtex_invoice_desk_{language}.ts")
    return {
        message.findtext("source") or "": _finished(message.find("translation"))
        for context in root.iter("context")
        if context.findtext("name") == CONTEXT
        for message in context.iter("message")
    }


def _finished(translation: ET.Element | None) -> str:
    return "" if translation is None or translation.get("type") else translation.text or ""


@pytest.mark.parametrize("language", ["pt_BR", "es"])
def test_every_finding_template_is_translated_with_its_placeholders(language: str) -> None:
    translations = _translations(language)
    assert len(FINDING_TEMPLATES) >= 20
    for code, source in FINDING_TEMPLATES.items():
        translated = translations.get(source)
        assert translated, f"{language}: {code} has no finished translation"
        assert placeholders(translated) == placeholders(source), f"{language}: {code}"
    for purpose in SPECIAL_PURPOSES.values():
        assert translations.get(PHRASES[purpose]), f"{language}: {purpose!r}"


def test_a_status_refused_without_a_reason_reads_without_empty_brackets() -> None:
    doc = read_nfe((FIXTURES / "status_denied_110.xml").read_bytes())
    assert dict(doc.warnings())["not_authorized"] == (
        "SEFAZ status of this NF-e is 110 (Uso Denegado), not 100 (authorized): it must not be used as the invoice "
        "of an order."
    )
    silent = dataclasses.replace(doc, status_message=None)
    said = dict(silent.warnings())["not_authorized"]
    assert said == (
        "SEFAZ status of this NF-e is 110, not 100 (authorized): it must not be used as the invoice of an order."
    )
    assert dict(said.params) == {"status": 110, "reason": ""}  # the same values, whichever sentence says them
