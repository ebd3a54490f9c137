"""The preview's plan against the sandbox's orders: the PATCH and PUT bodies a send would carry,
one read per order, rows of the same file that disagree, dates in the future."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from vtex_invoice_gui.sandbox import SEED_IDS, Sandbox
from vtex_invoice_gui.tracking_import import DEFAULT_CARRIERS, Preview, Status, load
from vtex_invoice_gui.vtex import Account, OmsClient

SAO_PAULO = timezone(timedelta(hours=-3))
NOW = datetime(2026, 12, 4, 18, 0, tzinfo=UTC)
NO_TRACKING = SEED_IDS["invoiced_no_tracking"]
IN_TRANSIT = SEED_IDS["invoiced_in_transit"]


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[OmsClient]:
    with OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token) as oms:
        yield oms


def preview(client: OmsClient, tmp_path: Path, text: str) -> list:
    path = tmp_path / "r.csv"
    path.write_text(text, encoding="utf-8")
    plan = load(path, tz=SAO_PAULO)
    return Preview(client, DEFAULT_CARRIERS, now=lambda: NOW).run(plan.rows)


def test_the_patch_body_has_the_carriers_link_and_the_dispatch_in_the_clerks_zone(
    client: OmsClient, tmp_path: Path
) -> None:
    (result,) = preview(client, tmp_path, f"Pedido;Rastreio;Transportadora;Envio\n{NO_TRACKING};PJ907948743BR;"
                                          "correios;01/12/2026 10:30\n")  # fmt: skip
    assert result.status is Status.WOULD_SEND
    assert result.tracking is not None and result.events is None
    assert result.tracking.to_wire() == {
        "trackingNumber": "PJ907948743BR",
        "trackingUrl": "https://rastreamento.correios.com.br/app/index.php?objetos=PJ907948743BR",
        "courier": "Correios",
        "dispatchedDate": "2026-12-01T10:30:00-03:00",
    }
    assert any(m.code == "tracking_import.check_link" for m in result.messages)


def test_the_put_body_carries_the_event_and_the_delivery(client: OmsClient, tmp_path: Path) -> None:
    (result,) = preview(client, tmp_path, "Pedido;Rastreio;Data do evento;Cidade;UF;Descrição;Entregue\n"
                                          f"{IN_TRANSIT};QB123456785BR;20/11/2026 15:00;Recife;PE;Entregue;sim\n")  # fmt: skip
    assert result.status is Status.WOULD_SEND and result.tracking is None
    assert result.events is not None
    assert result.events.to_wire() == {
        "isDelivered": True, "deliveredDate": "2026-11-20 15:00",
        "events": [{"city": "Recife", "state": "PE", "description": "Entregue", "date": "2026-11-20"}],
    }  # fmt: skip


def test_an_event_already_on_the_invoice_is_already_on_order(client: OmsClient, tmp_path: Path) -> None:
    (result,) = preview(client, tmp_path, "Pedido;Rastreio;Data do evento;Cidade;UF;Descrição\n"
                                          f"{IN_TRANSIT};QB123456785BR;12/11/2026;Cajamar;SP;Objeto postado\n")  # fmt: skip
    assert result.status is Status.ALREADY, result.message


def test_each_order_is_read_once(client: OmsClient, sandbox: Sandbox, tmp_path: Path) -> None:
    preview(client, tmp_path, f"Pedido;Rastreio\n{IN_TRANSIT};QB123456785BR\n{IN_TRANSIT};QB123456785BR\n")
    assert len([r for r in sandbox.requests if r.method == "GET"]) == 1


def test_a_second_row_for_the_same_invoice_is_skipped_or_flagged(client: OmsClient, tmp_path: Path) -> None:
    first, same, other = preview(client, tmp_path, f"Pedido;Rastreio\n{NO_TRACKING};PJ907948743BR\n"
                                 f"{NO_TRACKING};PJ907948743BR\n{NO_TRACKING};JT124720455BR\n")  # fmt: skip
    assert first.status is Status.WOULD_SEND
    assert same.status is Status.SKIPPED and "Row 2 already gives invoice 000123465" in same.message
    assert other.status is Status.FAILED and "Row 2 already gives" in other.message


def test_a_dispatch_in_the_future_is_flagged(client: OmsClient, tmp_path: Path) -> None:
    (result,) = preview(client, tmp_path, f"Pedido;Rastreio;Envio\n{NO_TRACKING};PJ907948743BR;05/12/2026 09:00\n")
    assert result.status is Status.FAILED
    assert result.message.startswith("The dispatch date 05/12/2026 09:00 is in the future.")


def test_a_new_number_names_the_one_it_replaces(client: OmsClient, tmp_path: Path) -> None:
    (result,) = preview(client, tmp_path, f"Pedido;Rastreio\n{IN_TRANSIT};PJ907948743BR\n")
    assert result.status is Status.WOULD_SEND
    assert "replaces the tracking number QB123456785BR" in result.message


def test_a_canceled_order_takes_no_tracking(client: OmsClient, tmp_path: Path) -> None:
    (result,) = preview(client, tmp_path, f"Pedido;Rastreio\n{SEED_IDS['canceled']};PJ907948743BR\n")
    assert result.status is Status.FAILED and "is canceled: it takes no tracking" in result.message


def test_a_row_without_a_tracking_number_or_event_is_skipped(client: OmsClient, tmp_path: Path) -> None:
    (result,) = preview(client, tmp_path, f"Pedido;Rastreio\n{IN_TRANSIT};\n")
    assert result.status is Status.SKIPPED


def test_an_order_vtex_cannot_read_now_fails_with_the_reason_and_the_rest_goes_on(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    from vtex_invoice_gui.vtex import RetryPolicy

    sandbox.faults.add_spec(f"GET /{NO_TRACKING}:403")
    with OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token,
                   retry=RetryPolicy(attempts=1)) as oms:  # fmt: skip
        refused, fine = preview(oms, tmp_path, f"Pedido;Rastreio\n{NO_TRACKING};PJ907948743BR\n"
                                f"{IN_TRANSIT};QB123456785BR\n")  # fmt: skip
    assert refused.status is Status.FAILED
    assert refused.message.startswith(f"The order {NO_TRACKING} could not be read: ")
    assert fine.status is Status.ALREADY


def test_a_return_invoice_is_never_given_tracking(client: OmsClient, tmp_path: Path) -> None:
    (result,) = preview(client, tmp_path, f"Pedido;NF;Rastreio\n{SEED_IDS['invoiced_with_return']};000123566;"
                                          "PJ907948743BR\n")  # fmt: skip
    assert result.status is Status.FAILED and result.tracking is None and result.events is None
