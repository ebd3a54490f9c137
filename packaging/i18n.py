"""Update the Qt Linguist sources (.ts) from the code and compile them (.qm); or check they are current.

    .venv/bin/python packaging/i18n.py           # lupdate (keeps translations, drops removed strings), lrelease
    .venv/bin/python packaging/i18n.py --check   # change nothing; list what is missing or untranslated, exit 1 if any

The sources are every ``vtex_invoice_gui/ui/**/*.py`` plus any other module that marks strings
for translation. Both the ``.ts`` and the compiled ``.qm`` files under ``resources/i18n/`` are
committed: the app loads the ``.qm`` (``resources.resource_path("i18n")``), translators edit the
``.ts`` with ``pyside6-linguist``. ``tests/ui/test_translations.py`` runs :func:`problems`.

It runs PySide6's command-line tools (``pyside6-lupdate``, ``pyside6-lrelease`` beside the running
Python, else on ``PATH``); PySide6 itself is imported only to compare ``.qm`` files that another
lrelease version wrote.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "vtex_invoice_gui"
I18N = Path("resources") / "i18n"
PREFIX = "vtex_invoice_desk"
#: The languages the desk ships (``vtex_invoice_gui.selftest.TRANSLATION_LANGUAGES`` checks the same).
LANGUAGES = ("pt_BR", "es")
#: Outside ``ui/``, a module is a source only if it marks strings this way (core modules have no Qt).
_MARKERS = ("QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QCoreApplication.translate", ".tr(")
#: Qt's ``%1``, ``%L1`` and ``%n``, and the old ``%name``. A UI string fills its values as ``{name}``
#: with ``vtex_invoice_gui.fill.fill``; of these only the plural ``%n`` is left (see :func:`old_style`).
_PLACEHOLDER = re.compile(r"%(?:L?\d+|[A-Za-z_]\w*)")

try:
    from vtex_invoice_gui.fill import placeholders as named_placeholders
except ImportError:  # run as a script from a checkout that is not installed
    sys.path.insert(0, str(ROOT))
    from vtex_invoice_gui.fill import placeholders as named_placeholders


@dataclass(frozen=True, order=True)
class Key:
    """What identifies a message: its context, source text, disambiguation and whether it is plural."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False

    def label(self) -> str:
        extra = f" [{self.comment}]" if self.comment else ""
        return f"{self.context or '(no context)'}: {self.source!r}{extra}"


@dataclass
class Message:
    key: Key
    translations: list[str] = field(default_factory=list)  # one, or one per plural form
    state: str = ""  # "", "unfinished", "obsolete", "vanished"
    location: str = ""

    @property
    def current(self) -> bool:
        return self.state not in ("obsolete", "vanished")

    @property
    def finished(self) -> bool:
        return self.state == "" and bool(self.translations) and all(t.strip() for t in self.translations)


def ts_path(language: str, root: Path = ROOT) -> Path:
    return root / I18N / f"{PREFIX}_{language}.ts"


def qm_path(language: str, root: Path = ROOT) -> Path:
    return root / I18N / f"{PREFIX}_{language}.qm"


def tool(name: str) -> str:
    """A Qt tool from the running venv (``.venv/bin/pyside6-lupdate``), else from ``PATH``."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found beside {sys.executable} or on PATH (pip install PySide6-Essentials)")
    return found


def source_files(root: Path = ROOT) -> list[Path]:
    """Every UI module, and any other module of the package with strings marked for translation."""
    files = []
    for path in sorted((root / PACKAGE).rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        inside_ui = path.relative_to(root / PACKAGE).parts[0] == "ui"
        if inside_ui or any(marker in path.read_text(encoding="utf-8") for marker in _MARKERS):
            files.append(path)
    return files


def _run(command: Sequence[str], cwd: Path) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def lupdate(ts_files: Iterable[Path], root: Path = ROOT, *, locations: str = "relative") -> str:
    """Merge the strings of :func:`source_files` into ``ts_files`` (created if missing); removed strings go."""
    sources = [str(p.relative_to(root)) for p in source_files(root)]
    targets = [str(p) for p in ts_files]
    for target in ts_files:
        target.parent.mkdir(parents=True, exist_ok=True)
    command = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", locations, *sources, "-ts", *targets]
    return _run(command, root)


def lrelease(ts: Path, qm: Path) -> str:
    return _run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], ts.parent)


def read_ts(path: Path) -> list[Message]:
    """The messages of a ``.ts`` file, obsolete ones included (see :attr:`Message.current`)."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            numerus = node.get("numerus") == "yes"
            key = Key(name, node.findtext("source") or "", node.findtext("comment") or "", numerus)
            translation = node.find("translation")
            if translation is None:
                texts, state = [], "unfinished"
            else:
                forms = translation.findall("numerusform")
                texts = [f.text or "" for f in forms] if numerus else [translation.text or ""]
                state = translation.get("type", "")
            where = node.find("location")
            location = "" if where is None else f"{where.get('filename', '')}:{where.get('line', '')}"
            messages.append(Message(key, texts, state, location))
    return messages


def extracted_keys(root: Path = ROOT) -> dict[Key, str]:
    """What lupdate finds in the code right now, with a location for each message."""
    with tempfile.TemporaryDirectory(prefix="vtex-i18n-") as temp:
        scratch = Path(temp) / f"{PREFIX}_en.ts"
        lupdate([scratch], root, locations="absolute")
        base, found = root.resolve(), {}
        for m in read_ts(scratch):
            filename, _, line = m.location.rpartition(":")
            where = (scratch.parent / filename).resolve()
            found[m.key] = f"{where.relative_to(base).as_posix()}:{line}" if where.is_relative_to(base) else m.location
        return found


def _is_translate(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    return name in ("tr", "translate")


def _text_arg(call: ast.Call) -> ast.expr | None:
    """The source-text argument of ``tr(text, ...)`` or ``translate(context, text, ...)``."""
    func = call.func
    index = 1 if (func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")) == "translate" else 0
    return call.args[index] if len(call.args) > index else None


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def unextractable(root: Path = ROOT, extracted: dict[Key, str] | None = None) -> list[str]:
    """Texts that reach ``tr()``/``translate()`` at run time but that lupdate cannot see.

    Two shapes: a text built on the spot (``self.tr(f"...")``, ``"a" + b``, ``"...".format()``),
    and a literal passed to a helper that forwards its parameter (``def _t(text): return
    QCoreApplication.translate("Ctx", text)`` then ``_t("Invoice")``) unless that literal is also
    marked elsewhere (``QT_TRANSLATE_NOOP("Ctx", "Invoice")``). A variable is fine on its own: it
    may hold a string marked with ``QT_TRANSLATE_NOOP``.
    """
    extracted = extracted_keys(root) if extracted is None else extracted
    found = []
    for path in source_files(root):
        rel = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        helpers: dict[str, str] = {}  # helper name -> the context it translates in ("" for tr)
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            params = {a.arg for a in func.args.args}
            for call in ast.walk(func):
                text = _text_arg(call) if isinstance(call, ast.Call) and _is_translate(call) else None
                if isinstance(text, ast.Name) and text.id in params:
                    context = _literal(call.args[0]) if len(call.args) > 1 and text is call.args[1] else ""
                    helpers[func.name] = context or ""
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            if _is_translate(call):
                text = _text_arg(call)
                if isinstance(text, ast.JoinedStr | ast.BinOp) or (
                    isinstance(text, ast.Call) and isinstance(text.func, ast.Attribute) and text.func.attr == "format"
                ):
                    found.append(f"{rel}:{call.lineno}: text built at run time: {ast.unparse(call)[:90]}")
                continue
            name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
            literal = _literal(call.args[0]) if call.args else None
            if name in helpers and literal is not None and not any(
                k.source == literal and (k.context == helpers[name] or not helpers[name]) for k in extracted
            ):
                found.append(f"{rel}:{call.lineno}: {name}({literal!r}) goes through a helper lupdate cannot follow")
    return found


def placeholders(text: str) -> list[str]:
    """The ``%``-style placeholders of ``text`` (``%1``, ``%n``...); ``{name}`` ones are :func:`named_placeholders`."""
    return sorted(_PLACEHOLDER.findall(text))


def old_style(key: Key) -> list[str]:
    """The ``%1``/``%name`` placeholders a source string still uses: each must be ``{name}``, filled by ``fill()``.

    A chain of ``.replace("%1", a).replace("%2", b)`` corrupts any ``a`` that itself holds ``%2``;
    ``fill()`` fills every ``{name}`` in one pass. The one exception is Qt's plural count:
    ``tr("%n order(s)", "", n)`` is filled by Qt itself from ``n`` (and picks the plural form), so a
    plural message keeps its ``%n``; ``%n`` in a message that is not plural is reported, as Qt
    would leave it unfilled.
    """
    return [p for p in placeholders(key.source) if not (key.numerus and p == "%n")]


def accelerators(text: str) -> int:
    """How many ``&x`` mnemonics a text holds (``&&`` is a literal ampersand)."""
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def message_problems(message: Message) -> list[str]:
    """What is wrong with one current message of a translation (empty when it is fine)."""
    key = message.key
    if not message.finished:
        return ["untranslated" if message.state == "unfinished" or not message.translations else "empty"]
    found = []
    # Qt's plural count %n is filled by Qt itself (tr(text, "", n)): the one %-placeholder a UI string keeps.
    if key.numerus and not any("%n" in t for t in message.translations):
        found.append("no plural form shows %n")
    want = sorted(set(placeholders(key.source)) - ({"%n"} if key.numerus else set()))
    for text in message.translations:
        have = sorted(set(placeholders(text)) - ({"%n"} if key.numerus else set()))
        if have != want:
            found.append(f"placeholders {have} instead of {want} in {text!r}")
        named, wanted = sorted(named_placeholders(text)), sorted(named_placeholders(key.source))
        if named != wanted:  # fill() leaves a missing {name} visible and never shows an extra value
            found.append(f"{{name}} placeholders {named} instead of {wanted} in {text!r}")
        if accelerators(text) != accelerators(key.source):
            found.append(f"{accelerators(text)} accelerator(s) (&) instead of {accelerators(key.source)} in {text!r}")
        if key.source.endswith(":") != text.endswith(":") or key.source.endswith("…") != text.endswith("…"):
            found.append(f"ending (':' or '…') differs in {text!r}")
    return found


@dataclass
class Report:
    """Everything :func:`problems` found, by kind; empty lists when the translations are current."""

    missing: dict[str, list[str]] = field(default_factory=dict)  # language -> messages not in its .ts
    stale: dict[str, list[str]] = field(default_factory=dict)  # language -> .ts messages no longer in the code
    untranslated: dict[str, list[str]] = field(default_factory=dict)
    invalid: dict[str, list[str]] = field(default_factory=dict)  # placeholders, accelerators, plural forms
    outdated_qm: list[str] = field(default_factory=list)
    no_context: list[str] = field(default_factory=list)  # tr() that lupdate cannot tie to a class
    hidden: list[str] = field(default_factory=list)  # texts translated at run time that lupdate cannot see
    old_style: list[str] = field(default_factory=list)  # sources with %1/%name placeholders (write {name})

    def ok(self) -> bool:
        groups = (self.missing, self.stale, self.untranslated, self.invalid)
        singles = (self.outdated_qm, self.no_context, self.hidden, self.old_style)
        return not any(any(g.values()) for g in groups) and not any(singles)

    def lines(self) -> list[str]:
        out = []

        def section(title: str, items: Sequence[str]) -> None:
            if items:
                out.append(f"{title} ({len(items)}):")
                out.extend(f"  {item}" for item in items)

        section("Strings with no translation context (use self.tr() in a class, not a bare tr alias)", self.no_context)
        section("Texts lupdate cannot see (write the literal in tr()/translate() or QT_TRANSLATE_NOOP)", self.hidden)
        section("%1-style placeholders (write {name} and fill the text with fill())", self.old_style)
        for language in LANGUAGES:
            section(f"[{language}] missing from the .ts (run packaging/i18n.py)", self.missing.get(language, []))
            section(f"[{language}] in the .ts but gone from the code", self.stale.get(language, []))
            section(f"[{language}] untranslated or unfinished", self.untranslated.get(language, []))
            section(f"[{language}] translation does not fit its source", self.invalid.get(language, []))
        section(".qm files not compiled from the current .ts (run packaging/i18n.py)", self.outdated_qm)
        return out


def qm_is_current(language: str, root: Path = ROOT) -> bool:
    """The committed ``.qm`` is what lrelease makes of the committed ``.ts``.

    Byte for byte with the same lrelease; if the installed Qt tools write different bytes (another
    version), every message must translate the same through both files.
    """
    qm = qm_path(language, root)
    if not qm.is_file():
        return False
    with tempfile.TemporaryDirectory(prefix="vtex-i18n-") as temp:
        fresh = Path(temp) / qm.name
        lrelease(ts_path(language, root), fresh)
        if fresh.read_bytes() == qm.read_bytes():
            return True
        return _same_translations(fresh, qm, read_ts(ts_path(language, root)))


def _same_translations(expected: Path, actual: Path, messages: Iterable[Message]) -> bool:
    from PySide6.QtCore import QTranslator  # only here: a Qt version whose lrelease writes other bytes

    want, have = QTranslator(), QTranslator()
    if not (want.load(str(expected)) and have.load(str(actual))):
        return False
    for m in messages:
        comment = m.key.comment or None
        for n in (0, 1, 2, 5) if m.key.numerus else (-1,):
            if want.translate(m.key.context, m.key.source, comment, n) != have.translate(
                m.key.context, m.key.source, comment, n
            ):
                return False
    return True


def problems(root: Path = ROOT, extracted: dict[Key, str] | None = None) -> Report:
    """Compare the code, the ``.ts`` and the ``.qm`` files; change nothing."""
    extracted = extracted_keys(root) if extracted is None else extracted
    report = Report(
        no_context=[f"{key.label()} at {where}" for key, where in sorted(extracted.items()) if not key.context],
        hidden=unextractable(root, extracted),
        old_style=[
            f"{key.label()} at {where}: {', '.join(old_style(key))}"
            for key, where in sorted(extracted.items())
            if old_style(key)
        ],
    )
    for language in LANGUAGES:
        path = ts_path(language, root)
        messages = [m for m in read_ts(path) if m.current] if path.is_file() else []
        in_ts = {m.key for m in messages}
        report.missing[language] = [f"{k.label()} at {extracted[k]}" for k in sorted(set(extracted) - in_ts)]
        report.stale[language] = [k.label() for k in sorted(in_ts - set(extracted))]
        report.untranslated[language] = []
        report.invalid[language] = []
        for m in messages:
            for problem in message_problems(m):
                target = report.untranslated if problem in ("untranslated", "empty") else report.invalid
                target[language].append(f"{m.key.label()}: {problem}")
        if path.is_file() and not qm_is_current(language, root):
            report.outdated_qm.append(str(qm_path(language, root).relative_to(root)))
    return report


def update(root: Path = ROOT) -> None:
    """lupdate into every language's ``.ts``, then lrelease each into its ``.qm``."""
    print(lupdate([ts_path(language, root) for language in LANGUAGES], root).strip())
    for language in LANGUAGES:
        lrelease(ts_path(language, root), qm_path(language, root))
        print(f"compiled {qm_path(language, root).relative_to(root)}")


def counts(root: Path = ROOT) -> str:
    parts = []
    for language in LANGUAGES:
        messages = [m for m in read_ts(ts_path(language, root)) if m.current]
        done = sum(not message_problems(m) for m in messages)
        parts.append(f"{language}: {done}/{len(messages)} translated")
    return "; ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; list problems and exit 1 if any")
    args = parser.parse_args(argv)
    if not args.check:
        update(ROOT)
    report = problems(ROOT)
    for line in report.lines():
        print(line)
    print(counts(ROOT))
    if report.ok():
        print("translations are complete and current")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
