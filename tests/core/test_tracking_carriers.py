"""Carriers and their codes: the Correios S10 check digit, tracking number hygiene, the carrier list."""

from __future__ import annotations

from pathlib import Path

import pytest

from vtex_invoice_gui.tracking_import import DEFAULT_CARRIERS, Carrier, CarrierFile, clean_code, find_carrier
from vtex_invoice_gui.tracking_import.carriers import s10_check_digit

CORREIOS = find_carrier(DEFAULT_CARRIERS, "Correios")


@pytest.mark.parametrize(
    "code",
    [
        "JT124720455BR", "PJ907948743BR",  # real Correios codes (queue-and-batch.md section 3)
        "RB123456785GB", "RB123456785US",  # jkeen/tracking_number_data couriers/s10.json, valid
        "QB123456785BR",  # the sandbox seed's in-transit parcel
    ],
)  # fmt: skip
def test_known_good_s10_codes_have_the_right_check_digit(code: str) -> None:
    assert s10_check_digit(code[2:10]) == int(code[10])
    assert CORREIOS is not None and CORREIOS.problems(code) == []


def test_the_check_digit_rules_for_remainders_0_and_1() -> None:
    # remainder 0 gives 5, remainder 1 gives 0 (00000000 sums to 0; 02000000 sums to 2 x 6 = 12 -> 1)
    assert s10_check_digit("00000000") == 5
    assert s10_check_digit("02000000") == 0


def test_a_wrong_check_digit_is_a_warning_that_names_the_expected_one() -> None:
    assert CORREIOS is not None
    (problem,) = CORREIOS.problems("RB123456786US")  # s10.json's invalid example
    assert problem.code == "tracking_import.s10_digit"
    assert "check digit 6" in problem and "give 5" in problem and "RB123456785US" in problem


def test_tracking_number_hygiene_removes_spaces_and_separators() -> None:
    assert clean_code(" R B 1 2 3 4 5 6 7 8 5 C F ") == "RB123456785CF"
    assert clean_code("jt-124.720.455 br\u200b") == "JT124720455BR"


def test_a_code_that_does_not_fit_the_carrier_is_a_note() -> None:
    jadlog = find_carrier(DEFAULT_CARRIERS, "jadlog")
    assert jadlog is not None
    assert jadlog.problems("10084567890123") == []
    (problem,) = jadlog.problems("ABC")
    assert problem.code == "tracking_import.pattern" and "Jadlog" in problem


def test_carriers_are_found_by_name_alias_or_longer_name_and_s10_codes_by_their_shape() -> None:
    assert find_carrier(DEFAULT_CARRIERS, "CORREIOS SEDEX") is CORREIOS
    assert find_carrier(DEFAULT_CARRIERS, "Correios Sedex 10") is CORREIOS
    assert find_carrier(DEFAULT_CARRIERS, "J&T") is not None
    assert find_carrier(DEFAULT_CARRIERS, "Braspress") is None
    assert find_carrier(DEFAULT_CARRIERS, None, "PJ907948743BR") is CORREIOS


def test_every_default_carrier_is_marked_check_this_link() -> None:
    names = {c.name for c in DEFAULT_CARRIERS}
    assert names == {"Correios", "Jadlog", "Loggi", "Total Express", "J&T Express", "Melhor Envio"}
    assert all(c.check_link for c in DEFAULT_CARRIERS)
    assert CORREIOS is not None
    assert CORREIOS.url_for("PJ907948743BR") == "https://rastreamento.correios.com.br/app/index.php?objetos=PJ907948743BR"


def test_a_template_without_the_code_placeholder_is_refused() -> None:
    with pytest.raises(ValueError, match=r"\{code\}"):
        Carrier(name="X", url_template="https://x.example/track")


def test_each_store_keeps_its_own_carrier_list(tmp_path: Path) -> None:
    carriers = CarrierFile(tmp_path)
    assert [c.name for c in carriers.load("loja-a")] == [c.name for c in DEFAULT_CARRIERS]
    own = Carrier(name="Braspress", url_template="https://www.braspress.com/rastreio/{code}")
    carriers.save("loja-a", [own])
    assert [c.name for c in CarrierFile(tmp_path).load("loja-a")] == ["Braspress"]
    assert len(CarrierFile(tmp_path).load("loja-b")) == len(DEFAULT_CARRIERS)


def test_a_damaged_carrier_file_is_set_aside_and_the_defaults_used(tmp_path: Path) -> None:
    (tmp_path / "carriers.json").write_text("{not json", encoding="utf-8")
    assert len(CarrierFile(tmp_path).load("loja")) == len(DEFAULT_CARRIERS)
    assert any(p.name.startswith("carriers.broken-") for p in tmp_path.iterdir())
