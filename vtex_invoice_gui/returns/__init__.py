"""Returns (Input invoices) done right: what is returnable per SKU, the cap, the rules, marks. No Qt."""

from .lines import (
    Problem,
    Refund,
    ReturnLine,
    ReturnPlan,
    fully_invoiced,
    plan_from_nfe,
    refund_of,
    refundable_cents,
    return_lines,
    shipping_cap,
)
from ..vtex.payment_data import is_boleto
from .marks import ReturnMarks

__all__ = [
    "Problem", "Refund", "ReturnLine", "ReturnMarks", "ReturnPlan", "fully_invoiced", "is_boleto", "plan_from_nfe",
    "refund_of", "refundable_cents", "return_lines", "shipping_cap",
]
