"""The permission doctor's lines: List orders, View order, Notify invoice and Notify refund, in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...vtex.probe import Permissions


def permission_lines(found: Permissions) -> str:
    """One line per resource: what it allows, and what to do when the role lacks it."""
    lines = {
        "list_orders": {
            "ok": QCoreApplication.translate("PermissionDoctor", "✓ List orders: yes, the queues can be read."),
            "denied": QCoreApplication.translate(
                "PermissionDoctor", "✗ List orders: no (VTEX answered 403), so the queues stay empty. In the VTEX "
                "Admin, Account settings > Roles, add 'List orders' to the key's role."),
            "unknown": QCoreApplication.translate("PermissionDoctor", "? List orders: could not be checked."),
        },
        "view_order": {
            "ok": QCoreApplication.translate("PermissionDoctor", "✓ View order: yes, orders can be loaded."),
            "denied": QCoreApplication.translate(
                "PermissionDoctor", "✗ View order: no (VTEX answered 403), so no order can be loaded. Add 'View "
                "order' to the key's role."),
            "unknown": QCoreApplication.translate("PermissionDoctor", "? View order: could not be checked."),
        },
        "notify_invoice": {
            "ok": QCoreApplication.translate("PermissionDoctor", "✓ Notify invoice: yes, invoices and tracking can be sent."),
            "denied": QCoreApplication.translate(
                "PermissionDoctor", "✗ Notify invoice: no (VTEX answered 403), so invoices and tracking cannot be "
                "sent. Add 'Notify invoice' to the key's role."),
            "unknown": QCoreApplication.translate("PermissionDoctor", "? Notify invoice: could not be checked."),
        },
        "notify_refund": {
            "ok": QCoreApplication.translate("PermissionDoctor", "✓ Notify refund: yes, returns can be sent."),
            "denied": QCoreApplication.translate(
                "PermissionDoctor", "✗ Notify refund: no (VTEX answered 403), so returns cannot be sent. If this "
                "store takes returns, add 'Notify refund' to the key's role."),
            "unknown": QCoreApplication.translate("PermissionDoctor", "? Notify refund: could not be checked."),
        },
    }
    names = ("list_orders", "view_order", "notify_invoice", "notify_refund")
    return "\n".join(lines[name][getattr(found, name)] for name in names)


