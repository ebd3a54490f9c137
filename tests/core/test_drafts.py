"""Drafts: what the clerk typed comes back after a restart or a crash, per store, order and tab."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from vtex_invoice_gui.journal import Drafts, Journal

FORM = {
    "invoice_number": "NF1001",
    "value": "166,40",
    "issuance_date": "2026-11-21T10:00-03:00",
    "invoice_key": "3526 1112 3456 7800 0195 5500 1000 0010 0112 3456 7890",
    "items": [{"sku": "7001", "quantity": 2}, {"sku": "7002", "quantity": 3}],
    "embedded_xml": "<nfeProc>ção</nfeProc>",
    "is_return": False,
}


@pytest.fixture
def path(tmp_path):
    return tmp_path / "journal.sqlite3"


@pytest.fixture
def drafts(path):
    with Drafts(path) as drafts:
        yield drafts


def test_round_trip_after_reopening(drafts, path):
    saved = drafts.save_draft("loja", "1001-01", "invoice", FORM)
    assert saved.data == FORM and saved.updated_at.endswith("+00:00")
    drafts.close()
    with Drafts(path) as reopened:
        assert reopened.load_draft("loja", "1001-01", "invoice") == FORM


def test_drafts_are_kept_per_store_order_and_tab(drafts):
    drafts.save_draft("loja", "1001-01", "invoice", {"n": 1})
    drafts.save_draft("loja", "1001-01", "tracking", {"n": 2})
    drafts.save_draft("loja", "2002-01", "invoice", {"n": 3})
    drafts.save_draft("outra", "1001-01", "invoice", {"n": 4})
    assert drafts.load_draft("loja", "1001-01", "invoice") == {"n": 1}
    assert drafts.load_draft("loja", "1001-01", "tracking") == {"n": 2}
    assert drafts.load_draft("loja", "2002-01", "invoice") == {"n": 3}
    assert drafts.load_draft("outra", "1001-01", "invoice") == {"n": 4}
    assert drafts.load_draft("loja", "1001-01", "events") is None


def test_saving_again_replaces(drafts):
    drafts.save_draft("loja", "1001-01", "invoice", {"value": "1"})
    drafts.save_draft("loja", "1001-01", "invoice", {"value": "12"})
    assert drafts.load_draft("loja", "1001-01", "invoice") == {"value": "12"}
    assert len(drafts.latest_drafts("loja")) == 1


def test_discard(drafts):
    for tab in ("invoice", "tracking", "events"):
        drafts.save_draft("loja", "1001-01", tab, {"tab": tab})
    drafts.save_draft("loja", "2002-01", "invoice", {})
    assert drafts.discard_draft("loja", "1001-01", "invoice") == 1
    assert drafts.load_draft("loja", "1001-01", "invoice") is None
    assert drafts.discard_draft("loja", "1001-01", "invoice") == 0
    assert drafts.discard_draft("loja", "1001-01") == 2  # every tab of the order (after sending)
    assert [(d.order_id, d.tab) for d in drafts.latest_drafts()] == [("2002-01", "invoice")]


def test_latest_drafts_newest_first(drafts):
    drafts.save_draft("loja", "A-01", "invoice", {"a": 1})
    drafts.save_draft("loja", "B-01", "invoice", {"b": 1})
    drafts.save_draft("outra", "C-01", "invoice", {"c": 1})
    drafts.save_draft("loja", "A-01", "invoice", {"a": 2})  # touched again: newest
    assert [d.order_id for d in drafts.latest_drafts("loja")] == ["A-01", "B-01"]
    assert [d.order_id for d in drafts.latest_drafts()] == ["A-01", "C-01", "B-01"]
    assert drafts.latest_drafts("loja", limit=1)[0].data == {"a": 2}
    assert drafts.latest_drafts("nobody") == []


@pytest.mark.parametrize(
    "data",
    [
        {"app_token": "x"},
        {"AppKey": "x"},
        {"nested": {"X-VTEX-API-AppToken": "x"}},
        {"rows": [{"password": "x"}]},
    ],
)
def test_credentials_are_refused(drafts, data):
    with pytest.raises(ValueError, match="must not hold credentials"):
        drafts.save_draft("loja", "1001-01", "account", data)
    assert drafts.latest_drafts() == []


def test_only_plain_values(drafts):
    with pytest.raises(ValueError, match="plain form values"):
        drafts.save_draft("loja", "1001-01", "invoice", {"when": object()})


def test_drafts_share_the_journal_file(path):
    with Journal(path) as journal, Drafts(path) as drafts:
        journal.begin("loja", "1001-01", "start_handling")
        drafts.save_draft("loja", "1001-01", "invoice", FORM)
        assert journal.count() == 1
    with Drafts(path) as drafts:
        assert drafts.load_draft("loja", "1001-01", "invoice") == FORM


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_draft_survives_the_app_being_killed(path):
    script = textwrap.dedent(
        f"""
        import os, signal
        from vtex_invoice_gui.journal import Drafts
        drafts = Drafts({str(path)!r})
        drafts.save_draft("loja", "1001-01", "invoice", {FORM!r})
        for i in range(50):
            drafts.save_draft("loja", "1001-01", "tracking", {{"tracking_number": "BR" + str(i)}})
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == -signal.SIGKILL, result.stderr.decode()
    assert os.path.exists(str(path) + "-wal")  # killed without a clean close
    with Drafts(path) as drafts:
        assert drafts.load_draft("loja", "1001-01", "invoice") == FORM
        assert drafts.load_draft("loja", "1001-01", "tracking") == {"tracking_number": "BR49"}
