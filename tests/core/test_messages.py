"""Clerk-facing sentences from the core carry a stable code and their values, for the UI to translate.

The English text stays exactly what it was (other tests pin it); these tests pin the codes and
params the UI's ``core_text`` table relies on.
"""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from vtex_invoice_gui.journal import open_journal
from vtex_invoice_gui.journal import Journal, JournalError, Operation, Verdict, reconcile_all, reconcile_entry
from vtex_invoice_gui.journal.errors import DuplicateSendError
from vtex_invoice_gui.journal.notes import NOTE_CONFIRMED, NOTE_RESENT, NOTES, note_message
from vtex_invoice_gui.messages import Message, message_of, parse_message
from vtex_invoice_gui.money import MoneyError, parse_money
from vtex_invoice_gui.nfe import NfeError, check_access_key, cross_check, read_nfe
from vtex_invoice_gui.secrets import Credentials, MemorySecretStore, SecretVault
from vtex_invoice_gui.settings import SettingsFile
from vtex_invoice_gui.vtex import Account, AccountError, InvoiceNotification, TrackingStatus, field_problems
from vtex_invoice_gui.vtex.account import validate_loopback_url
from vtex_invoice_gui.wording import TEMPLATES

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"
SALE = (FIXTURES / "sale_authorized_v400.xml").read_bytes()
ISSUED = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def raised(call, error=Exception) -> Message:
    """The Message an exception was raised with (fails if it has none)."""
    with pytest.raises(error) as caught:
        call()
    found = message_of(caught.value)
    assert isinstance(found, Message), f"{type(caught.value).__name__} without a code: {caught.value}"
    return found


# -- the Message type ---------------------------------------------------------------------------
def test_a_message_is_its_english_text_with_a_code_and_the_values_it_was_filled_from() -> None:
    template = Message("nfe.too_large")
    filled = template.format(size_mb=1.25, limit_mb=15.0)

    english = "The file is 1.2 MB; an NF-e XML is at most 15 MB, so this is probably not an NF-e. It was not read."
    assert filled == english and isinstance(filled, str)
    assert (filled.code, dict(filled.params)) == ("nfe.too_large", {"size_mb": 1.25, "limit_mb": 15.0})
    assert template.code == "nfe.too_large" and dict(template.params) == {}
    assert template == TEMPLATES["nfe.too_large"]  # the English comes from the one table
    assert f"{filled}!" == f"{english}!" and type(filled + "x") is str  # plain text when combined


def test_a_code_without_a_template_is_refused_and_foreign_english_keeps_its_words() -> None:
    with pytest.raises(KeyError):
        Message("demo.no_such_code")
    foreign = Message("pydantic.missing", text="Field required")
    assert foreign == "Field required" and foreign.code == "pydantic.missing"


def test_a_message_survives_pickle_copy_and_an_exception() -> None:
    message = Message("journal.no_row").format(id=7)
    assert message == "There is no journal row #7."
    for clone in (pickle.loads(pickle.dumps(message)), copy.deepcopy(message)):
        assert (clone, clone.code, dict(clone.params)) == (message, "journal.no_row", {"id": 7})
    error = ValueError(message)
    assert str(error) == "There is no journal row #7." and message_of(error) is message
    assert message_of(ValueError("plain")) == "plain" and not isinstance(message_of(ValueError("plain")), Message)


def test_stored_text_is_read_back_into_its_message() -> None:
    templates = [NOTE_RESENT, NOTE_CONFIRMED]
    found = parse_message("not applied; sent again as #42", templates)
    assert found is not None and (found.code, dict(found.params)) == ("journal_note.resent", {"id": "42"})
    assert parse_message("confirmed by re-reading the order", templates).code == "journal_note.confirmed"  # type: ignore[union-attr]
    assert parse_message("not applied; sent again as #", templates) is None
    assert parse_message("not confirmed by re-reading the order", templates) is None
    assert parse_message(None, templates) is None


# -- form fields: pydantic, custom and built-in -------------------------------------------------
def _invoice_problems(**fields: object) -> dict[str, Message]:
    data: dict[str, object] = {
        "issuance_date": ISSUED, "invoice_number": "NF1", "invoice_value": 100,
        "items": [{"id": "7001", "price": 100, "quantity": 1}],
    }  # fmt: skip
    data.update(fields)
    with pytest.raises(ValidationError) as caught:
        InvoiceNotification(**data)
    problems = field_problems(caught.value)
    assert all(isinstance(m, Message) for m in problems.values())
    return problems


def test_the_payload_checks_give_their_own_codes() -> None:
    problems = _invoice_problems(
        invoice_number="NF 1/2", invoice_url="ftp://x", issuance_date=datetime(2026, 11, 20, 10, 0)
    )
    number = problems["invoice_number"]
    assert number.startswith("The invoice number may only contain letters, digits and '-' (found space '/').")
    assert number.code == "payload.invoice_number_characters"
    assert number.params["characters"] == (" ", "/")
    assert problems["invoice_url"].code == "payload.url"
    assert problems["invoice_url"] == "Must be a web address starting with http:// or https://"
    assert "issuance_date" not in problems  # a naive date is the clerk's local time (issue 17, point 6)

    twice = _invoice_problems(items=[{"id": "7001", "price": 1, "quantity": 1}] * 2)[""]
    assert (twice.code, dict(twice.params)) == ("payload.sku_twice", {"sku": "7001"})
    assert _invoice_problems(invoice_number="")["invoice_number"].code == "payload.invoice_number_empty"
    long = _invoice_problems(invoice_number="N" * 51)["invoice_number"]
    assert (long.code, dict(long.params)) == ("payload.invoice_number_too_long", {"max": 50})


def test_pydantic_built_in_checks_give_their_type_and_context() -> None:
    problems = _invoice_problems(invoice_value=0, items=[], type="X")
    assert (problems["invoice_value"].code, dict(problems["invoice_value"].params)) == (
        "pydantic.greater_than", {"gt": 0}
    )
    assert problems["invoice_value"] == "Input should be greater than 0"
    assert problems["items"].code == "pydantic.too_short" and problems["items"].params["min_length"] == 1
    assert problems["type"].code == "pydantic.literal_error"
    assert problems["type"].params["expected"] == "'Output' or 'Input'"
    quantity = _invoice_problems(items=[{"id": "7001", "price": 1, "quantity": "two"}])["items.0.quantity"]
    assert quantity.code == "pydantic.int_type"
    missing = field_problems(_error(lambda: InvoiceNotification(invoice_number="NF1")))
    assert missing["issuanceDate"].code == "pydantic.missing"


def _error(call) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


def test_model_level_rules_of_tracking_events_have_codes() -> None:
    problems = field_problems(_error(lambda: TrackingStatus(is_delivered=False)))
    assert problems[""] == "Add at least one tracking event, or mark the parcel delivered."
    assert problems[""].code == "payload.no_events"
    problems = field_problems(_error(lambda: TrackingStatus(is_delivered=True)))
    assert problems[""].code == "payload.delivered_needs_date"


def test_a_plain_exception_is_a_problem_without_a_code() -> None:
    problems = field_problems(RuntimeError("boom"))
    assert problems == {"": "boom"} and problems[""].code == ""


# -- money ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("", "money.empty", {}),
        ("R$", "money.empty", {}),
        ("1,2,3", "money.two_decimal_separators", {"text": "1,2,3", "decimal_sep": ","}),
        ("12,", "money.no_cents", {"decimal_sep": ","}),
        ("1,234", "money.too_many_decimals", {}),
        ("12.34", "money.grouping", {"text": "12.34", "group": ".", "group_sep": ".", "decimal_sep": ","}),
        ("abc", "money.not_a_number", {"text": "abc", "decimal_sep": ","}),
        ("1,5.0", "money.format", {"text": "1,5.0", "decimal_sep": ",", "groups": "'.'", "group_sep": ".",
                                   "example": "1.234,56"}),
    ],
)
def test_money_errors_have_codes_and_the_typed_text(text: str, code: str, params: dict[str, str]) -> None:
    message = raised(lambda: parse_money(text), MoneyError)
    assert (message.code, dict(message.params)) == (code, params)


# -- NF-e -----------------------------------------------------------------------------------------
def _sub(old: str, new: str) -> bytes:
    assert SALE.count(old.encode()) == 1, old
    return SALE.replace(old.encode(), new.encode())


@pytest.mark.parametrize(
    ("data", "code", "params"),
    [
        (b"", "nfe.empty", {}),
        (b"%PDF-1.4", "nfe.pdf", {}),
        (b"PK\x03\x04zip", "nfe.zip", {}),
        (b"<a>", "nfe.malformed", {"line": 1, "column": 3, "reason": "no element found"}),
        (b"<cteProc/>", "nfe.other_document", {"what": "a CT-e (transport document)"}),
        (b"<procEventoNFe/>", "nfe.event", {}),
        (b"<html/>", "nfe.not_nfe_root", {"root": "html"}),
    ],
)
def test_nfe_refusals_have_codes(data: bytes, code: str, params: dict[str, object]) -> None:
    message = raised(lambda: read_nfe(data), NfeError)
    assert (message.code, dict(message.params)) == (code, params)


def test_nfe_field_problems_name_the_field() -> None:
    missing = raised(lambda: read_nfe(_sub("<nNF>4711</nNF>", "")), NfeError)
    assert missing == "The NF-e is incomplete: the invoice number (ide/nNF) is missing."
    assert (missing.code, dict(missing.params)) == ("nfe.missing_field", {"field": "invoice number", "path": "ide/nNF"})
    invalid = raised(lambda: read_nfe(_sub("<nNF>4711</nNF>", "<nNF>47x</nNF>")), NfeError)
    assert invalid.code == "nfe.invalid" and invalid.params["what"] == "invoice number"
    too_large = raised(lambda: read_nfe(SALE, max_bytes=1024), NfeError)
    assert too_large.code == "nfe.too_large" and too_large.params["limit_mb"] == 1024 / (1024 * 1024)


def test_access_key_problems_have_codes() -> None:
    (length,) = check_access_key("3512")
    assert (length.code, dict(length.params)) == ("nfe_key.length", {"length": 4})
    (hint,) = check_access_key("NFe 3526 0312 3456 7800 0195 5500 1000 0047 1113 7411 1387")
    assert hint.code == "nfe_key.length_hint"
    assert hint.endswith("Remove the spaces, dots or the 'NFe' prefix around it.")
    (character,) = check_access_key("X" + "5" * 43)
    assert character.code == "nfe_key.character_digit"
    assert dict(character.params) == {"position": 1, "part": "state code (cUF)", "char": "X"}
    wrong_digit = check_access_key("35260312345678000195550010000047111374111380")
    assert [p.code for p in wrong_digit] == ["nfe_key.check_digit"]
    assert dict(wrong_digit[0].params) == {"given": "0", "expected": 7}
    assert check_access_key("")[0].code == "nfe_key.empty"


def test_key_and_xml_disagreements_have_codes() -> None:
    doc = read_nfe(_sub("<nNF>4711</nNF>", "<nNF>4712</nNF>"))
    problems = cross_check(doc)
    assert [(p.code, dict(p.params)) for p in problems] == [("nfe_cross.number", {"key": 4711, "xml": 4712})]
    assert doc.key_problems and all(isinstance(p, Message) for p in doc.key_problems)


# -- accounts, secrets, settings -----------------------------------------------------------------
def test_account_errors_have_codes() -> None:
    bad = raised(lambda: Account.from_user_input("Loja Boa!"), AccountError)
    assert (bad.code, dict(bad.params)) == ("account.name_invalid", {"name": "loja boa!"})
    assert raised(lambda: Account.from_user_input(""), AccountError).code == "account.name_empty"
    address = raised(lambda: Account.from_user_input("evil.com/x"), AccountError)
    assert (address.code, dict(address.params)) == ("account.not_store_address", {"text": "evil.com/x"})
    assert raised(lambda: validate_loopback_url("http://example.com"), AccountError).code == "account.url_not_loopback"
    assert raised(lambda: validate_loopback_url("ftp://127.0.0.1"), AccountError).code == "account.url_scheme"


def test_where_the_key_is_kept_has_a_code() -> None:
    vault = SecretVault(MemorySecretStore())
    vault.save("shop", Credentials("key", "token"), session_only=True)
    where = vault.where("shop")
    assert where == "this session only (forgotten when the app closes)" and where.code == "secrets.where_session"
    assert raised(lambda: Credentials("key", " "), ValueError).code == "secrets.both_needed"


def test_a_damaged_settings_file_is_reported_with_a_code(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"stores": [{"id": "BAD ID", "account": "x"}]}', encoding="utf-8")
    settings_file = SettingsFile(path)
    settings_file.load()
    problem = settings_file.problem
    assert problem is not None and problem.code == "settings.damaged"
    (backup,) = tmp_path.glob("settings.broken-*.json")
    assert dict(problem.params) == {"backup": str(backup), "count": 1}


# -- journal ----------------------------------------------------------------------------------------
@pytest.fixture
def journal(tmp_path: Path):
    with Journal(tmp_path / "journal.sqlite3") as journal:
        yield journal


def _unsettled(journal: Journal, number: str = "NF1") -> int:
    entry = journal.begin("shop", "1-01", Operation.INVOICE, invoice_number=number)
    journal.mark_sent(entry.id)
    journal.forget_in_flight(entry.id)
    journal.mark_unknown(entry.id, message="timeout")
    return entry.id


def test_a_duplicate_send_says_why_with_a_code(journal: Journal) -> None:
    row = _unsettled(journal)
    message = raised(lambda: journal.begin("shop", "1-01", Operation.INVOICE, invoice_number="NF1"), DuplicateSendError)
    assert message.code == "journal.duplicate_unknown"
    assert {k: message.params[k] for k in ("invoice", "order", "id")} == {"invoice": "NF1", "order": "1-01", "id": row}
    assert message.startswith("Invoice NF1 of order 1-01 was already sent on ") and message.endswith(
        "VTEX's answer never arrived, so it may or may not have been applied. Reconcile it first (re-read the "
        "order); send again only if it is not there."
    )
    missing = raised(lambda: journal.get(999), JournalError)
    assert (missing.code, dict(missing.params)) == ("journal.no_row", {"id": 999})


def test_journal_notes_are_written_in_english_and_read_back_with_their_code(journal: Journal) -> None:
    old = _unsettled(journal)
    new = journal.begin("shop", "1-01", Operation.INVOICE, invoice_number="NF1", force=True).id
    note = journal.get(old).note
    assert note == f"not applied; sent again as #{new}"
    found = note_message(note)
    assert found is not None and (found.code, dict(found.params)) == ("journal_note.resent", {"id": str(new)})
    assert note_message("a note from an older version") is None
    for template in NOTES:  # every note the desk writes can be recognised again
        read_back = note_message(template.format(time="2026-11-20 10:00:00", id=7))
        assert read_back is not None and read_back.code == template.code


class _Oms:
    """Just enough of a client for reconciliation: the order does (or does not) show the write."""

    def __init__(self, applied: bool) -> None:
        self.applied = applied

    def get_order(self, order_id):
        return self

    def package(self, number):
        return object() if self.applied else None


@pytest.mark.parametrize(("applied", "verdict", "code"), [
    (True, Verdict.CONFIRMED, "reconcile.confirmed"), (False, Verdict.NOT_FOUND, "reconcile.not_found"),
])  # fmt: skip
def test_reconcile_outcomes_have_codes(journal: Journal, applied: bool, verdict: Verdict, code: str) -> None:
    row = _unsettled(journal)
    outcome = reconcile_entry(_Oms(applied), journal, journal.get(row), timeout=0)
    assert outcome.verdict is verdict and outcome.message.code == code
    what = outcome.message.params["What"]
    assert (what.code, dict(what.params)) == ("reconcile.what_invoice", {"invoice": "NF1", "order": "1-01", "id": row})
    assert outcome.message.startswith(f"Invoice NF1 of order 1-01 (#{row}) is ")
    note = note_message(journal.get(row).note)
    assert note is not None and note.code == ("journal_note.confirmed" if applied else "journal_note.not_on_order")
    again = reconcile_entry(_Oms(applied), journal, journal.get(row), timeout=0)
    if applied:
        assert (again.message.code, again.message) == ("reconcile.already_settled", f"#{row} is already confirmed.")


def test_a_store_that_is_not_set_up_is_reported_with_a_code(journal: Journal) -> None:
    row = _unsettled(journal)
    (outcome,) = reconcile_all(lambda store: None, journal, timeout=0)
    assert outcome.verdict is Verdict.SKIPPED
    assert (outcome.message.code, outcome.message.params["store"]) == ("reconcile.store_not_set_up", "shop")
    assert outcome.message == f"Cannot check invoice NF1 of order 1-01 (#{row}): store 'shop' is not set up."


def test_the_start_up_note_of_a_journal_that_cannot_open_has_a_code(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    journal, note = open_journal(blocker / "journal.sqlite3")
    try:
        assert isinstance(note, Message) and note.code == "journal.sending_blocked"
        problem = note.params["problem"]
        assert isinstance(problem, Message) and problem.code == "journal.cannot_open"
        assert note.startswith(f"Sending is blocked: {problem}") and str(tmp_path) in note
    finally:
        journal.close()


def test_quantities_stay_exact_decimals_in_params() -> None:
    # Values are kept raw (the UI formats them for the locale); Decimal never becomes float.
    message = Message("nfe.invalid").format(what="quantity", path="det/prod/qCom", value=Decimal("1.5"))
    assert message == "The NF-e has an invalid quantity (det/prod/qCom): '1.5'."
    assert message.params["value"] == Decimal("1.5")
