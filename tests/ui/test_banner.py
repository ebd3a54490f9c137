"""The banner and the toned texts take their colours from the palette: readable in a dark one too."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from vtex_invoice_gui.ui.widgets.banner import READABLE, Banner, Role, Tone, contrast, set_tone, tone_color

DARK = {
    QPalette.ColorRole.Window: "#353535",
    QPalette.ColorRole.WindowText: "#eeeeee",
    QPalette.ColorRole.Base: "#252525",
    QPalette.ColorRole.Text: "#eeeeee",
    QPalette.ColorRole.Button: "#454545",
    QPalette.ColorRole.ButtonText: "#eeeeee",
}


@pytest.fixture
def dark_palette(qapp: QApplication) -> Iterator[QPalette]:
    before = QPalette(qapp.palette())
    palette = QPalette()
    for role, color in DARK.items():
        palette.setColor(role, QColor(color))
    qapp.setPalette(palette)
    try:
        yield palette
    finally:
        qapp.setPalette(before)


def _painted_background(qtbot: Any, banner: Banner) -> QColor:
    banner.resize(120, 40)
    banner.show()
    qtbot.waitExposed(banner)
    return banner.grab().toImage().pixelColor(60, 20)


@pytest.mark.parametrize("role", list(Role))
def test_a_banner_in_each_role_is_readable_in_a_dark_palette(qtbot: Any, dark_palette: QPalette, role: Role) -> None:
    banner = Banner(role, f"{role}Banner")
    qtbot.addWidget(banner)
    label = QLabel("text", banner)
    text, background = label.palette().color(QPalette.ColorRole.WindowText), _painted_background(qtbot, banner)
    assert text == QColor(DARK[QPalette.ColorRole.WindowText])  # the palette's own text colour
    assert contrast(text, background) >= READABLE, (role, background.name())


@pytest.mark.parametrize("role", list(Role))
def test_a_banner_keeps_the_desk_tints_in_a_light_palette(qtbot: Any, role: Role) -> None:
    light = {Role.INFO: "#eef6ff", Role.WARNING: "#fff8e1", Role.ERROR: "#fdf1f0"}
    banner = Banner(role, f"{role}Banner")
    qtbot.addWidget(banner)
    background = _painted_background(qtbot, banner)
    assert background.name() == light[role]
    assert contrast(QLabel(banner).palette().color(QPalette.ColorRole.WindowText), background) >= READABLE


def test_a_banner_follows_a_palette_change(qtbot: Any, qapp: QApplication, dark_palette: QPalette) -> None:
    banner = Banner(Role.WARNING, "warningBanner")
    qtbot.addWidget(banner)
    dark_background = _painted_background(qtbot, banner)
    qapp.setPalette(QPalette(QColor("#efefef")))
    qtbot.waitUntil(lambda: _painted_background(qtbot, banner).name() == "#fff8e1")
    assert dark_background.name() != "#fff8e1"


@pytest.mark.parametrize("tone", list(Tone))
def test_toned_texts_are_readable_in_a_dark_palette(qtbot: Any, dark_palette: QPalette, tone: Tone) -> None:
    label = QLabel("text")
    qtbot.addWidget(label)
    set_tone(label, tone)
    color = label.palette().color(QPalette.ColorRole.WindowText)
    assert color == tone_color(dark_palette, tone)
    assert contrast(color, QColor(DARK[QPalette.ColorRole.Window])) >= READABLE, (tone, color.name())
    set_tone(label, None)
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(DARK[QPalette.ColorRole.WindowText])
