"""The History view's questions: filters, free-text search, dates, paging, counts, CSV export,
and a 100,000-row journal that still pages to its last rows correctly."""

import csv
import io
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from vtex_invoice_gui.journal import CSV_COLUMNS, Journal, JournalFilter, Operation, SendState
from vtex_invoice_gui.journal import store as store_module

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def journal(tmp_path, monkeypatch):
    clock = {"now": T0}

    def fake_now():
        clock["now"] += timedelta(minutes=1)
        return clock["now"].isoformat(timespec="microseconds")

    monkeypatch.setattr(store_module, "utc_now", fake_now)
    with Journal(tmp_path / "journal.sqlite3") as journal:
        journal.clock = clock
        yield journal


def _invoice(journal, store, order, number, value, outcome, **fields):
    entry = journal.begin(store, order, "invoice", invoice_number=number, invoice_type="Output",
                          value_cents=value, body={"invoiceNumber": number})
    journal.mark_sent(entry.id)
    if outcome == "confirmed":
        return journal.mark_confirmed(entry.id, receipt=fields.get("receipt", f"rcpt-{number}"),
                                      receipt_date="2026-11-01T12:00:00+00:00")
    if outcome == "failed":
        return journal.mark_failed(entry.id, **fields)
    if outcome == "unknown":
        return journal.mark_unknown(entry.id, **fields)
    return entry


@pytest.fixture
def history(journal):
    """Eight rows over two stores, several orders and all outcomes (one minute apart)."""
    rows = [
        _invoice(journal, "loja-a", "1001-01", "NF1", 2499, "confirmed", receipt="aa11bb"),
        _invoice(journal, "loja-a", "1001-01", "NF2", 1000, "failed", code="OMS022",
                 message="The invoice value (1000) is higher than the amount still to be invoiced", http_status=400),
        _invoice(journal, "loja-b", "2002-01", "NF1", 5000, "unknown", message="no answer came back"),
        _invoice(journal, "loja-a", "1003-01", "X_9", 100, "confirmed"),
        _invoice(journal, "loja-b", "2002-01", "NF7", 7, "sent"),
    ]
    track = journal.begin("loja-a", "1001-01", "tracking_number", invoice_number="NF1", body={"trackingNumber": "BR1"})
    journal.mark_sent(track.id)
    rows.append(journal.mark_confirmed(track.id, receipt="trk-1"))
    events = journal.begin("loja-a", "1001-01", "tracking_events", invoice_number="NF1", body={"events": []})
    rows.append(journal.mark_failed(events.id, code="OMS024", message="no tracking number", http_status=400))
    handling = journal.begin("loja-b", "2002-01", "start_handling")
    rows.append(journal.mark_confirmed(handling.id))
    return rows


def _ids(entries):
    return [e.id for e in entries]


def test_everything_newest_first(journal, history):
    assert journal.count() == 8
    assert _ids(journal.query()) == sorted(_ids(history), reverse=True)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (JournalFilter(store="loja-b"), [8, 5, 3]),
        (JournalFilter(order_id="1001-01"), [7, 6, 2, 1]),
        (JournalFilter(order_id=" 1001-01 "), [7, 6, 2, 1]),
        (JournalFilter(operation="invoice"), [5, 4, 3, 2, 1]),
        (JournalFilter(operation=Operation.TRACKING_EVENTS), [7]),
        (JournalFilter(state="confirmed"), [8, 6, 4, 1]),
        (JournalFilter(state=("unknown", SendState.SENT)), [5, 3]),
        (JournalFilter(store="loja-a", state="failed"), [7, 2]),
        (JournalFilter(invoice_number="NF1"), [7, 6, 3, 1]),
        (JournalFilter(store="loja-a", order_id="2002-01"), []),
    ],
)
def test_filters(journal, history, filters, expected):
    assert _ids(journal.query(filters)) == expected
    assert journal.count(filters) == len(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2002", [8, 5, 3]),  # order id
        ("nf7", [5]),  # invoice number, any case
        ("AA11", [1]),  # receipt
        ("higher than", [2]),  # error message
        ("came BACK", [3]),
        ("X_9", [4]),  # '_' is literal, not a wildcard
        ("X%9", []),  # '%' is literal too
        ("   ", [8, 7, 6, 5, 4, 3, 2, 1]),
        ("nothing like this", []),
    ],
)
def test_free_text_search(journal, history, text, expected):
    assert _ids(journal.query(JournalFilter(text=text))) == expected
    assert journal.count(JournalFilter(text=text)) == len(expected)


def test_date_range(journal, history):
    # Rows were created at T0 + 1 min, + 3 min, ... (begin and each mark tick the clock).
    created = {e.id: datetime.fromisoformat(e.created_at) for e in journal.query()}
    third = created[3]
    assert _ids(journal.query(JournalFilter(date_from=third))) == [8, 7, 6, 5, 4, 3]
    assert _ids(journal.query(JournalFilter(date_to=third))) == [2, 1]
    assert _ids(journal.query(JournalFilter(date_from=created[2], date_to=created[4]))) == [3, 2]
    # Naive datetimes are local time: the same instant expressed locally selects the same rows.
    local_naive = third.astimezone().replace(tzinfo=None)
    assert _ids(journal.query(JournalFilter(date_from=local_naive))) == [8, 7, 6, 5, 4, 3]


def test_whole_days(journal):
    journal.clock["now"] = datetime.combine(date(2026, 11, 10), datetime.min.time()).astimezone() - timedelta(minutes=2)
    before = _invoice(journal, "s", "1-01", "D0", 1, "confirmed")  # 9 Nov, 23:59 local
    journal.clock["now"] += timedelta(hours=5)
    during = _invoice(journal, "s", "1-01", "D1", 1, "confirmed")  # 10 Nov, local
    journal.clock["now"] += timedelta(days=1)
    after = _invoice(journal, "s", "1-01", "D2", 1, "confirmed")  # 11 Nov, local
    day = date(2026, 11, 10)
    assert _ids(journal.query(JournalFilter(date_from=day, date_to=day))) == [during.id]
    assert _ids(journal.query(JournalFilter(date_to=day))) == [during.id, before.id]
    assert _ids(journal.query(JournalFilter(date_from=day))) == [after.id, during.id]


def test_paging(journal, history):
    pages = [journal.query(offset=offset, limit=3) for offset in (0, 3, 6, 9)]
    assert [_ids(p) for p in pages] == [[8, 7, 6], [5, 4, 3], [2, 1], []]
    assert _ids(journal.query(JournalFilter(store="loja-a"), offset=2, limit=2)) == [4, 2]
    with pytest.raises(ValueError):
        journal.query(offset=-1)


def _read_csv(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_export_csv_for_the_accountant(journal, history, tmp_path):
    path = tmp_path / "export.csv"
    written = journal.export_csv(JournalFilter(store="loja-a"), path)
    assert written == 5
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == CSV_COLUMNS
        rows = list(reader)
    assert [r["invoice number"] for r in rows] == ["NF1", "NF2", "X_9", "NF1", "NF1"]  # oldest first
    first, second = rows[0], rows[1]
    assert first == {
        "date": history[0].created_at, "store": "loja-a", "order": "1001-01", "operation": "invoice",
        "invoice number": "NF1", "type": "Output", "value": "24.99", "state": "confirmed",
        "receipt": "aa11bb", "error code": "", "error message": "",
    }
    assert (second["value"], second["state"], second["error code"]) == ("10.00", "failed", "OMS022")
    assert second["error message"].startswith("The invoice value (1000)")
    assert rows[2]["value"] == "1.00"
    assert rows[3]["operation"] == "tracking_number" and rows[3]["value"] == ""
    assert "invoiceNumber" not in path.read_text(encoding="utf-8-sig")  # no request bodies


def test_export_to_an_open_file_with_semicolons(journal, history):
    buffer = io.StringIO()
    assert journal.export_csv(JournalFilter(state="unknown"), buffer, delimiter=";") == 1
    [row] = list(csv.DictReader(io.StringIO(buffer.getvalue()), delimiter=";"))
    assert (row["order"], row["value"], row["error message"]) == ("2002-01", "50.00", "no answer came back")


def test_export_defuses_spreadsheet_formulas_from_the_server(journal):
    _invoice(journal, "s", "1-01", "F1", 1, "failed", code="=cmd", message="=HYPERLINK(\"http://x\")")
    [row] = _read_csv(journal.export_csv_text())
    assert row["error code"] == "'=cmd"
    assert row["error message"] == "'=HYPERLINK(\"http://x\")"


def test_export_of_many_rows_comes_in_order(journal):
    for i in range(2100):
        journal.begin("s", f"{i}-01", "start_handling")
    rows = _read_csv(journal.export_csv_text())
    assert len(rows) == 2100
    assert [r["order"] for r in rows[:2]] == ["0-01", "1-01"] and rows[-1]["order"] == "2099-01"


# -- a big journal --------------------------------------------------------------------------
N = 100_000


@pytest.fixture(scope="module")
def big_journal(tmp_path_factory):
    """100,000 rows: store s0..s4 by id % 5, state by id % 4, one minute apart."""
    path = tmp_path_factory.mktemp("big") / "journal.sqlite3"
    Journal(path).close()  # creates the schema
    states = ("confirmed", "failed", "unknown", "confirmed")

    def rows():
        for i in range(1, N + 1):
            when = (T0 + timedelta(minutes=i)).isoformat(timespec="microseconds")
            yield (f"s{i % 5}", f"{1_000_000 + i}-01", "invoice", f"NF{i}", "Output", i, '{"x":1}',
                   states[i % 4], f"rcpt{i:06d}", when, when, 1)

    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO sends (store, order_id, operation, invoice_number, invoice_type, value_cents, body, "
            "state, receipt, created_at, updated_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows(),
        )
    with Journal(path) as journal:
        yield journal


def test_big_journal_counts(big_journal):
    assert big_journal.count() == N
    assert big_journal.count(JournalFilter(store="s3")) == N // 5
    assert big_journal.count(JournalFilter(state="unknown")) == N // 4
    assert big_journal.count(JournalFilter(text="rcpt09999")) == 10  # rcpt099990..rcpt099999


def test_big_journal_last_page(big_journal):
    page = big_journal.query(offset=99_900, limit=100)
    assert [e.id for e in page] == list(range(100, 0, -1))
    assert page[0].invoice_number == "NF100" and page[-1].invoice_number == "NF1"
    assert big_journal.query(offset=N, limit=100) == []


def test_big_journal_filtered_pages(big_journal):
    page = big_journal.query(JournalFilter(store="s2", state="unknown"), offset=10, limit=5)
    # store s2: id % 5 == 2; unknown: id % 4 == 2 -> id % 20 == 2, newest first, skip 10.
    assert [e.id for e in page] == [N - 18 - 20 * k for k in range(10, 15)]
    since = T0 + timedelta(minutes=N - 9)
    assert [e.id for e in big_journal.query(JournalFilter(date_from=since))] == list(range(N, N - 10, -1))


def test_rows_of_one_batch_are_found_by_its_name_and_by_search(journal):
    by_hand = journal.begin("s", "1000000000001-01", Operation.INVOICE, invoice_number="A1")
    first = journal.begin("s", "1000000000002-01", Operation.INVOICE, invoice_number="B1", batch="day.zip · 2026-12-05 09:00")
    second = journal.begin("s", "1000000000003-01", Operation.TRACKING_NUMBER, invoice_number="B2",
                           batch="day.zip · 2026-12-05 09:00")  # fmt: skip
    journal.begin("s", "1000000000004-01", Operation.INVOICE, invoice_number="C1", batch="other.zip · 2026-12-05 10:00")
    assert [e.id for e in journal.query(JournalFilter(batch="day.zip · 2026-12-05 09:00"))] == [second.id, first.id]
    assert {e.invoice_number for e in journal.query(JournalFilter(text="day.zip"))} == {"B1", "B2"}
    assert journal.get(by_hand.id).batch is None and journal.get(first.id).batch == "day.zip · 2026-12-05 09:00"
