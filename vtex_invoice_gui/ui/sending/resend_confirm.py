"""Sending a lost write again: only after its settle window, a final re-read, and the clerk's yes.

Reconciliation says ``NOT_FOUND`` only from a re-read made after the settle window closed. Before
the desk posts the write again it asks the clerk (:func:`confirm_resend`, naming the risk: if VTEX
did get the first one after all, a second notification loses information there); the core's
:func:`~vtex_invoice_gui.sending.flow.post` then re-reads the order once more: if the write shows up
after all, or is still in its window, nothing is posted (``Settled``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...fill import fill


def confirm_resend(parent: QWidget | None, what: str) -> bool:
    """Ask before posting ``what`` ("Invoice NF1 of order ...") again; True when the clerk says yes."""
    box = QMessageBox(parent)
    box.setObjectName("confirmResendBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ResendConfirm", "Send it again?"))
    box.setText(
        fill(
            QCoreApplication.translate(
                "ResendConfirm",
                "{send} did not show up on the order, and VTEX has had the whole waiting time to apply it. Send it "
                "again only if you are sure VTEX did not get it: if VTEX did get it, posting it twice loses "
                "information at VTEX. The desk re-reads the order once more before sending."
            ),
            send=what,
        )
    )
    send = box.addButton(QCoreApplication.translate("ResendConfirm", "Send again"), QMessageBox.ButtonRole.AcceptRole)
    send.setObjectName("confirmResendButton")
    cancel = box.addButton(QCoreApplication.translate("ResendConfirm", "Do not send"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancelResendButton")
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is send
