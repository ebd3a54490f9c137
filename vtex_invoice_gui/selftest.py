"""The checks of ``vtex-invoice-gui --self-test`` that need no Qt: resources, TLS, keyring, sandbox.

Each check returns a :class:`Check` and never raises: a broken part becomes a ``FAIL`` line with a
short reason. The Qt checks (platform plugins, image formats, the icon, translations) and the
runner are in :mod:`vtex_invoice_gui.ui.runtime.selftest`.

The keyring check writes, reads and deletes one throwaway entry (a random value under the
service ``<APP_ID>.self-test``); it never reads the desk's real credentials.
"""

from __future__ import annotations

import functools
import platform
import secrets
import sys
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

from . import APP_ID, APP_NAME, __version__
from .blocking import CallTimedOut, call_with_timeout
from .resources import resource_path, resource_root

#: The languages the desk ships translations for, and the file name prefix of their ``.qm`` files.
TRANSLATION_LANGUAGES = ("pt_BR", "es")
TRANSLATION_PREFIX = "vtex_invoice_desk"
#: The icon files the window, the .desktop file and the installers use.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: A sample NF-e in the IBS/CBS layout (fake, unsigned) for the DANFE check, under ``resources/``.
DANFE_SAMPLE = ("selftest", "danfe_sample.xml")
KEYRING_TEST_SERVICE = f"{APP_ID}.self-test"
KEYRING_TIMEOUT = 20.0
#: The keyring backend that should work on each platform (named when none does).
_EXPECTED_BACKENDS = {
    "linux": ("keyring.backends.SecretService", "keyring.backends.kwallet", "keyring.backends.libsecret"),
    "win32": ("keyring.backends.Windows",),
    "darwin": ("keyring.backends.macOS",),
}


@dataclass(frozen=True)
class Check:
    """One line of the self-test report."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'OK  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


def guarded(name: str) -> Callable[[Callable[..., Check]], Callable[..., Check]]:
    """Turn any exception escaping a check into a ``FAIL`` line for ``name``."""

    def wrap(fn: Callable[..., Check]) -> Callable[..., Check]:
        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Check:
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - a self-test reports, it does not crash
                return Check(name, False, f"check crashed: {type(exc).__name__}: {_short(str(exc))}")

        return run

    return wrap


def format_report(checks: Iterable[Check]) -> str:
    """The report: one line per check, then a summary line."""
    checks = list(checks)
    failed = sum(not c.ok for c in checks)
    summary = "RESULT: OK" if not failed else f"RESULT: FAIL ({failed} of {len(checks)} checks failed)"
    return "\n".join([*(c.line() for c in checks), summary])


def exit_code(checks: Iterable[Check]) -> int:
    """0 when every check passed, else 1."""
    return 0 if all(c.ok for c in checks) else 1


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


@guarded("app")
def check_app() -> Check:
    where = "frozen bundle" if is_frozen() else "source checkout"
    return Check(
        "app",
        True,
        f"{APP_NAME} {__version__} ({APP_ID}), {where}, Python {platform.python_version()} on {sys.platform}",
    )


@guarded("resources")
def check_resources(root: Path | None = None) -> Check:
    """The icon files are where :func:`resource_path` says they are."""
    base = root if root is not None else resource_root()
    wanted = ["app.svg", *(f"app-{size}.png" for size in ICON_SIZES)]
    missing = [name for name in wanted if not (base / "icons" / name).is_file()]
    if missing:
        return Check("resources", False, f"missing in {base / 'icons'}: {', '.join(missing)}")
    return Check("resources", True, f"{len(wanted)} icon files in {base}")


def translation_file(language: str) -> Path:
    """Where the desk's compiled translation for ``language`` is (it may not exist)."""
    return resource_path("i18n", f"{TRANSLATION_PREFIX}_{language}.qm")


@guarded("tls")
def check_tls() -> Check:
    """The CA bundle httpx verifies VTEX's certificate with is there and loads."""
    import ssl

    import certifi

    where = Path(certifi.where())
    if not where.is_file():
        return Check("tls", False, f"certifi CA bundle missing ({where})")
    context = ssl.create_default_context(cafile=str(where))
    count = len(context.get_ca_certs())
    if count == 0:
        return Check("tls", False, f"no CA certificate loaded from {where.name}")
    return Check("tls", True, f"{ssl.OPENSSL_VERSION}; {count} CA certificates from certifi")


# --- keyring ----------------------------------------------------------------------------------


def describe_backend(backend: Any) -> str:
    """A short name for a keyring backend (a chainer lists the backends it chains)."""
    inner = getattr(backend, "backends", None)
    if inner:
        return "chainer of " + ", ".join(describe_backend(b) for b in inner)
    name = getattr(backend, "name", None) or type(backend).__name__
    try:
        priority = backend.priority
    except Exception:  # noqa: BLE001 - priority is informative only
        return str(name)
    return f"{name} (priority {priority:g})"


def _why_no_backend() -> str:
    """Why the backends expected on this platform are not usable (their own reasons)."""
    import keyring.backend

    expected = _EXPECTED_BACKENDS.get(sys.platform, ())
    for entry_point in metadata.entry_points(group="keyring.backends"):
        if entry_point.value in expected:  # import the module so its backend class registers
            try:
                entry_point.load()
            except Exception:  # noqa: BLE001 - a backend that cannot import is simply absent
                pass
    reasons = []
    for cls in sorted(keyring.backend.KeyringBackend._classes, key=lambda c: (c.__module__, c.__name__)):
        if cls.__module__ not in expected:
            continue
        try:
            cls.priority  # noqa: B018 - evaluating it raises the backend's reason
        except Exception as exc:  # noqa: BLE001
            reasons.append(f"{cls.__module__.rsplit('.', 1)[-1]}: {_short(str(exc), 90)}")
    if not reasons:
        return "no backend module for this platform was found (is keyring's metadata bundled?)"
    return "; ".join(dict.fromkeys(reasons))


def _round_trip(backend: Any) -> str | None:
    """Set, get and delete a throwaway entry. None when it all works, else what went wrong."""
    user = f"self-test-{uuid.uuid4().hex[:12]}"
    value = secrets.token_urlsafe(18)
    step = "set"
    try:
        backend.set_password(KEYRING_TEST_SERVICE, user, value)
        step = "get"
        read = backend.get_password(KEYRING_TEST_SERVICE, user)
        step = "delete"
        backend.delete_password(KEYRING_TEST_SERVICE, user)
        step = "get after delete"
        after = backend.get_password(KEYRING_TEST_SERVICE, user)
    except Exception as exc:  # noqa: BLE001 - any backend error is a result
        if step != "set":
            try:
                backend.delete_password(KEYRING_TEST_SERVICE, user)
            except Exception:  # noqa: BLE001 - best effort cleanup
                pass
        locked = type(exc).__name__ == "KeyringLocked"
        return f"{step} failed: {'the keyring is locked' if locked else type(exc).__name__}"
    if read != value:
        return "get returned a different value than was set"
    if after is not None:
        return "the entry was still there after delete"
    return None


@guarded("keyring")
def check_keyring(backend: Any | None = None, timeout: float = KEYRING_TIMEOUT) -> Check:
    """Which keyring backend the desk would use, and whether a set/get/delete round trip works."""
    import keyring
    import keyring.backends.fail

    if backend is None:
        try:
            backend = keyring.get_keyring()
        except Exception as exc:  # noqa: BLE001
            return Check("keyring", False, f"no backend could be set up ({type(exc).__name__})")
    name = describe_backend(backend)
    if isinstance(backend, keyring.backends.fail.Keyring):
        return Check("keyring", False, f"no usable backend ({_why_no_backend()})")
    try:
        problem = call_with_timeout(_round_trip, backend, timeout=timeout, what="keyring-self-test")
    except CallTimedOut:
        return Check("keyring", False, f"{name}: no answer in {timeout:g} s (waiting for an unlock prompt?)")
    if problem:
        return Check("keyring", False, f"{name}: {problem}")
    return Check("keyring", True, f"{name}; set/get/delete round trip works")


# --- sandbox ----------------------------------------------------------------------------------


@guarded("sandbox")
def check_sandbox() -> Check:
    """Start the built-in sandbox store, read a seed order and invoice it in full over HTTP."""
    from .sandbox import SEED_IDS, Sandbox
    from .vtex import Account, InvoiceNotification, OmsClient

    order_id = SEED_IDS["ready"]
    with Sandbox() as sandbox, OmsClient(
        Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token
    ) as oms:
        order = oms.get_order(order_id)
        note = InvoiceNotification(
            type="Output",
            issuance_date=datetime.now(timezone.utc),
            invoice_number="SELFTEST-1",
            invoice_value=order.remaining_cents,
            items=order.suggested_invoice_items(),
        )
        receipt = oms.send_invoice(order_id, note)
        after = oms.get_order(order_id)
    detail = f"order {order.sequence}: {order.status} -> {after.status}, receipt {receipt.receipt[:8]}…"
    if after.status != "invoiced" or after.remaining_cents != 0:
        return Check("sandbox", False, detail + f", {after.remaining_cents} cents left to invoice")
    return Check("sandbox", True, detail)


# --- DANFE -------------------------------------------------------------------------------------


@guarded("danfe")
def check_danfe() -> Check:
    """Draw the DANFE and the label of a sample NF-e (brazilfiscalreport, fpdf2, pypdf) and a page
    image of it (pypdfium2, the desk's preview): the parts a bundle can lose."""
    import pypdfium2

    from .danfe import render_pdf

    xml = resource_path(*DANFE_SAMPLE).read_bytes()
    pdf = render_pdf([xml, xml], label=False)
    label = render_pdf([xml], label=True)
    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = len(document)
        bitmap = document[0].render(scale=0.5)
        size = (bitmap.width, bitmap.height)
    finally:
        document.close()
    detail = f"{pages} DANFE pages ({len(pdf) // 1024} KB), label {len(label) // 1024} KB, preview {size[0]}x{size[1]}"
    return Check("danfe", pages == 2 and label.startswith(b"%PDF") and min(size) > 0, detail)


def run_core_checks() -> list[Check]:
    """The checks that need no Qt and come after the Qt ones in the report: TLS, keyring, sandbox, DANFE."""
    return [check_tls(), check_keyring(), check_sandbox(), check_danfe()]
