"""The one placeholder helper: values go in once, whatever they contain."""

from vtex_invoice_gui.fill import fill, placeholders


def test_values_are_inserted_once():
    assert fill("Invoice {number} of order {order}", number="NF-1", order="1234-01") == (
        "Invoice NF-1 of order 1234-01"
    )


def test_value_containing_a_placeholder_is_not_filled_again():
    # An order id or VTEX message that itself contains "{order}" or "%2" comes out as it was.
    assert fill("{a} then {b}", a="{b} %2", b="B") == "{b} %2 then B"


def test_missing_value_stays_visible():
    assert fill("Order {order} ({state})", order="9") == "Order 9 ({state})"


def test_placeholders_lists_the_names():
    assert placeholders("{a} and {b}, {a}") == {"a", "b"}
