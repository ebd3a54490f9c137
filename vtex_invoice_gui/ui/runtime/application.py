"""Starting the desktop application: logging, crash reporting, the QApplication, the event loop.

``vtex_invoice_gui.app.main`` calls these in order (the window itself comes from
:func:`~.desk.create_window`); nothing here imports ``app``.
"""

from __future__ import annotations

import argparse
import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QMessageLogContext, QtMsgType, QTranslator, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ... import APP_ID, APP_NAME, __version__
from ...display import NO_DISPLAY
from ...messages import Message
from ...resources import resource_path
from ...settings import MSG_NO_LOG, saved_language
from ...vtex.errors import RedactingFilter
from .language import install_language, pick_locale

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger("vtex_invoice_gui")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def configure_logging(directory: Path, level: int = logging.INFO) -> logging.Handler:
    """A rotating log file in ``directory``; Qt's own messages go there too. Returns the handler."""
    directory.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        directory / "desk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())  # no key or token in the file, whoever logs it
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return handler


def start_logging(directory: Path) -> tuple[logging.Handler | None, Message | None]:
    """The log file and the crash file (``faulthandler``) in ``directory``, with the handler; a folder
    that refuses them (read-only, full) leaves the desk without them and says so, it still starts."""
    try:
        handler = configure_logging(directory)
    except OSError as exc:
        return None, MSG_NO_LOG.format(folder=str(directory), reason=exc.strerror or str(exc))
    try:
        faulthandler.enable((directory / "crash.log").open("a", encoding="utf-8"))
    except OSError as exc:
        log.warning("no crash log in %s: %s", directory, exc)
    return handler, None


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def qt_message_handler(no_display: Callable[[], str]) -> Any:
    """Qt's messages to the log; a fatal one (Qt aborts next) to stderr as well, where the person who
    started the desk sees it. No platform could start (the display went away or refused the desk):
    ``no_display()`` is said instead and the process ends with 1 rather than Qt's abort (rc 134)."""

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        _qt_message(kind, context, message)
        if kind != QtMsgType.QtFatalMsg:
            return
        for handler in logging.getLogger().handlers:
            handler.flush()
        if "platform plugin" in message:
            print(no_display(), file=sys.stderr, flush=True)
            os._exit(1)
        print(message, file=sys.stderr, flush=True)

    return handle


def translated_early(message: Message, locale: QLocale) -> str:
    """A core sentence in ``locale``'s language before (or without) a QApplication: for stderr."""
    from ...wording import CONTEXT, TEMPLATES

    translator = QTranslator()
    source = TEMPLATES.get(message.code)
    if source and not message.params and translator.load(locale, "vtex_invoice_desk", "_", str(resource_path("i18n"))):
        return translator.translate(CONTEXT, source) or str(message)
    return str(message)


def say_no_display(language: str | None) -> int:
    """No display to open the window on (see :mod:`~vtex_invoice_gui.display`): say so, exit 1."""
    print(translated_early(NO_DISPLAY, pick_locale(language or saved_language())), file=sys.stderr)
    return 1


def start_qt(args: argparse.Namespace, argv: list[str]) -> Any:
    """The QApplication, with Qt's messages in the log, the desk's name and icon, and the language
    (``--language``, else the settings', else the system's) set before any widget is built."""
    language = args.language or saved_language()
    qInstallMessageHandler(qt_message_handler(lambda: translated_early(NO_DISPLAY, pick_locale(language))))
    log.info("%s %s starting", APP_NAME, __version__)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = resource_path("icons", "app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    # Locale and translations first: widgets translate their texts when they are built (and the
    # one translator remembers each text's source, so the language can change while the desk runs).
    install_language(app, pick_locale(language))
    return app


def run_window(app: Any, window: MainWindow, args: argparse.Namespace) -> int:
    """Show ``window`` and run Qt's event loop until the desk quits (or, with ``--screenshot``,
    save the tabs' pictures). The context closes when the app quits, even without the window
    closing; unexpected exceptions are shown in the window instead of killing the desk."""
    app.aboutToQuit.connect(window.ctx.close)
    _install_excepthooks(window)
    if args.screenshot is not None:
        from .screenshot import take_screenshots

        return take_screenshots(window, args.screenshot, args.screenshot_size)
    window.show()
    return app.exec()


def stop_logging(handler: logging.Handler | None) -> None:
    """Detach and close the log file opened by :func:`start_logging`."""
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()


def refuse_second_desk(refused: BaseException, *, show: bool = True) -> int:
    """Another desk uses this data folder: say so (stderr and a dialog naming it) and exit 1."""
    from PySide6.QtWidgets import QMessageBox

    from ..text.core_text import translate

    text = translate(refused)
    log.error("%s", refused)
    print(text, file=sys.stderr)
    if show:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
        box.setObjectName("deskRunningBox")
        box.exec()
    return 1


def _install_excepthooks(window: Any) -> None:
    """Unexpected exceptions: logged, and shown (non-modal, copyable) instead of killing the app."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if isinstance(exc, KeyboardInterrupt):
            QApplication.quit()
            return
        try:
            window.errors.show_error(exc.with_traceback(tb), "Unexpected error in the desk")
        except Exception:  # noqa: BLE001 - the hook must never raise
            pass

    def thread_hook(info: threading.ExceptHookArgs) -> None:
        log.error(
            "unexpected error in thread %s", info.thread, exc_info=(info.exc_type, info.exc_value, info.exc_traceback)
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook
