"""The desk's one banner (info, warning, error) and its coloured texts, both taken from the palette.

In a light palette the banner keeps the desk's tints (a pale blue, yellow or red panel with a
darker border); in a dark palette the tint is mixed into the palette's window colour, so the
palette's own text colour stays readable on it. Texts that carry a meaning by colour (a field's
problem, a warning, "can be invoiced") get a :class:`Tone`, darkened or lightened towards the
palette's text colour until they read well on the window.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QWidget

#: Text on a banner or a toned text on the window reads well from this contrast ratio (WCAG AA).
READABLE = 4.5
#: A toned text is left as designed down to this ratio (the light palette's colours all pass it).
_GOOD_ENOUGH = 4.0


class Role(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Tone(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"  # why a button is disabled (a softer brown than a warning)
    SUCCESS = "success"
    MUTED = "muted"


class BannerColors(NamedTuple):
    background: QColor
    border: QColor
    accent: QColor
    text: QColor


# (background, border) over a light window; the accent is the role's strong colour.
_LIGHT = {Role.INFO: ("#eef6ff", "#9cc3e6"), Role.WARNING: ("#fff8e1", "#e6c36a"), Role.ERROR: ("#fdf1f0", "#e0a8a3")}
_ACCENT = {Role.INFO: "#2e86c1", Role.WARNING: "#e6c36a", Role.ERROR: "#c0392b"}
_TONES = {
    Tone.ERROR: "#a93226",
    Tone.WARNING: "#8a4b08",
    Tone.NOTICE: "#8a6d3b",
    Tone.SUCCESS: "#1e7e34",
    Tone.MUTED: "#555555",
}


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 (same) to 21 (black on white)."""
    dark, light = sorted((luminance(a), luminance(b)))
    return (light + 0.05) / (dark + 0.05)


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    t = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def is_dark(palette: QPalette) -> bool:
    """The palette writes light text on a dark window."""
    window, text = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
    return luminance(window) < luminance(text)


def banner_colors(palette: QPalette, role: Role) -> BannerColors:
    """The banner's background, border, accent and text colours in ``palette``."""
    text = palette.color(QPalette.ColorRole.WindowText)
    accent = QColor(_ACCENT[role])
    if not is_dark(palette):
        background, border = (QColor(c) for c in _LIGHT[role])
        return BannerColors(background, border, accent, text)
    window = palette.color(QPalette.ColorRole.Window)
    background = mix(window, accent, 0.25)
    while contrast(background, text) < READABLE and luminance(background) > 0.005:
        background = background.darker(110)
    return BannerColors(background, mix(window, accent, 0.6), accent, text)


def tone_color(palette: QPalette, tone: Tone) -> QColor:
    """``tone``'s colour, moved towards the palette's text colour until it reads on the window."""
    window, text = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
    color = QColor(_TONES[tone])
    if contrast(color, window) >= _GOOD_ENOUGH:
        return color
    for step in range(1, 11):
        mixed = mix(color, text, step / 10)
        if contrast(mixed, window) >= READABLE:
            return mixed
    return text


def set_tone(widget: QWidget, tone: Tone | None) -> None:
    """Colour ``widget``'s text with ``tone`` (``None``: the palette's own text colour again)."""
    palette = QPalette(widget.palette())
    if tone is None:
        parent = widget.parentWidget()
        base = parent.palette() if parent is not None else QPalette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, base.color(role))
    else:
        color = tone_color(widget.palette(), tone)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, color)
    widget.setPalette(palette)


class Banner(QFrame):
    """A framed panel in one :class:`Role`'s colours, taken from the palette (and re-taken when it changes).

    ``accent_bar``: a thick left border in the role's strong colour (the error view).
    """

    def __init__(self, role: Role, name: str, parent: QWidget | None = None, *, accent_bar: bool = False) -> None:
        super().__init__(parent)
        self.role = role
        self.accent_bar = accent_bar
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._restyle()

    def colors(self) -> BannerColors:
        # The application's palette: the banner's own one takes its background from the sheet below.
        return banner_colors(QApplication.palette(), self.role)

    def _restyle(self) -> None:
        colors = self.colors()
        left = f" border-left: 4px solid {colors.accent.name()};" if self.accent_bar else ""
        sheet = (
            f"#{self.objectName()} {{ background: {colors.background.name()};"
            f" border: 1px solid {colors.border.name()};{left} }}"
        )
        if sheet != self.styleSheet():  # a new sheet changes the palette again: only when it differs
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
        super().changeEvent(event)
