"""The demo store (``--demo``) in a process of its own.

The built-in sandbox used to run in the desk's process, on a thread: building its 400 orders
(~100 ms of Python) held the GIL the window needs, so it waited until the window was up and the
clerk's first Load waited for it; every demo request was then answered by Python holding that same
GIL (parsing, whole orders to JSON), and its orders took ~10 MiB of the desk's memory. A real store
(VTEX) is never in the desk's process; now the demo one is not either. :meth:`DemoStoreProcess.spawn`
starts it as the desk starts (on the other core, while the window is built) and returns at once;
:meth:`DemoStoreProcess.wait_ready` reads where it listens.

It serves until its standard input closes: the desk closes that pipe on quit, and the system
closes it if the desk dies, so no demo store outlives its desk. Standard library only, no Qt.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import IO

import vtex_invoice_gui

#: How long the store may take to say where it listens (it takes ~0.2 s; a loaded machine, more).
READY_TIMEOUT_S = 30.0
#: How long it may take to stop once its pipe closes, before it is killed.
STOP_TIMEOUT_S = 5.0
#: What the store says on stdout once it listens, one ``name=value`` line each.
READY_FIELDS = ("base_url", "app_key", "app_token", "account", "apply_delay")
#: Not for the demo store: credentials of a real store given to the desk through the environment.
PRIVATE_ENV = ("VTEX_APP_KEY", "VTEX_APP_TOKEN")


class DemoStoreError(RuntimeError):
    """The demo store did not start; the message says how it ended."""


def store_command() -> list[str]:
    """The command that runs the sandbox store: the bundle runs its own ``sandbox`` subcommand."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "sandbox"]
    return [sys.executable, "-m", "vtex_invoice_gui.sandbox"]


def _child_env() -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name not in PRIVATE_ENV}
    # The same package as the desk's, wherever the desk was started from.
    home = str(Path(vtex_invoice_gui.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (home, env.get("PYTHONPATH", "")) if p)
    return env


class DemoStoreProcess:
    """The sandbox store in a child process: :meth:`spawn`, :meth:`wait_ready`, then ``base_url``,
    ``account``, ``app_key``, ``app_token`` and ``apply_delay`` as the store reported them."""

    def __init__(self, extra_orders: int = 0, apply_delay: float | None = None) -> None:
        self.extra_orders = extra_orders
        self.requested_delay = apply_delay  # None: the store's own default (VTEX-like seconds)
        self.base_url = ""
        self.account = ""
        self.app_key = ""
        self.app_token = ""
        self.apply_delay = 0.0
        self._proc: subprocess.Popen[str] | None = None
        self._errors: IO[bytes] | None = None
        self._lock = threading.Lock()
        self._stopped = False

    def spawn(self) -> DemoStoreProcess:
        """Start the store's process; returns at once (it is not listening yet)."""
        with self._lock:
            if self._proc is not None or self._stopped:
                return self
            args = [*store_command(), "--port", "0", "--extra-orders", str(self.extra_orders), "--until-stdin-closes"]
            if self.requested_delay is not None:
                args += ["--apply-delay", repr(self.requested_delay)]
            self._errors = tempfile.TemporaryFile()  # what it says on stderr: read only if it fails
            self._proc = subprocess.Popen(
                args,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._errors,
                text=True,
                env=_child_env(),
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console window (Windows)
            )
        return self

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> DemoStoreProcess:
        """Block until the store listens (spawning it first if needed); raises DemoStoreError."""
        self.spawn()
        proc = self._proc
        if proc is None or proc.stdout is None:
            raise DemoStoreError("the demo store was stopped before it started")
        silent = threading.Event()

        def give_up() -> None:  # a store that never says where it listens: killed, its stdout ends
            silent.set()
            proc.kill()

        timer = threading.Timer(timeout, give_up)
        timer.daemon = True
        timer.start()
        fields: dict[str, str] = {}
        try:
            while len(fields) < len(READY_FIELDS):
                line = proc.stdout.readline()
                if not line:
                    break
                name, _, value = line.strip().partition("=")
                if name in READY_FIELDS:
                    fields[name] = value
        finally:
            timer.cancel()
            proc.stdout.close()  # it says nothing more there; read only on this thread
        if len(fields) < len(READY_FIELDS):
            message = self._ending(timeout if silent.is_set() else None)
            self.stop()
            raise DemoStoreError(message)
        self.base_url, self.account = fields["base_url"], fields["account"]
        self.app_key, self.app_token = fields["app_key"], fields["app_token"]
        self.apply_delay = float(fields["apply_delay"])
        return self

    def start(self) -> DemoStoreProcess:
        """:meth:`spawn` then :meth:`wait_ready`."""
        return self.spawn().wait_ready()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        proc = self._proc
        return bool(self.base_url) and proc is not None and proc.poll() is None

    def stop(self) -> None:
        """Close its pipe and wait for it to end (killed after :data:`STOP_TIMEOUT_S`)."""
        with self._lock:
            self._stopped = True
            proc = self._proc
        if proc is None:
            return
        if proc.stdin is not None:
            try:
                proc.stdin.close()  # the store ends when its stdin closes
            except OSError:
                pass
        try:
            proc.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if self._errors is not None:
            self._errors.close()

    def _ending(self, timed_out: float | None) -> str:
        proc = self._proc
        if proc is not None and timed_out is None:
            try:
                proc.wait(STOP_TIMEOUT_S)  # its stdout ended: it is ending
            except subprocess.TimeoutExpired:
                pass
        code = proc.poll() if proc is not None else None
        said = ""
        if self._errors is not None and not self._errors.closed:
            self._errors.seek(0)
            said = self._errors.read()[-2000:].decode("utf-8", "replace").strip()
        if timed_out is not None:
            how = f"it did not answer within {timed_out:g} s"
        else:
            how = f"it ended with exit code {code}" if code is not None else "it closed its output"
        return f"The demo store did not start: {how}." + (f" It said: {said}" if said else "")
