"""Core message templates of the DANFE and NF-e payment-data modules, merged into ``core_text_table``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DANFE_TEMPLATES: dict[str, str] = {
    "danfe.no_documents": QT_TRANSLATE_NOOP("CoreText", "Give at least one NF-e XML to draw."),
    "danfe.draw_failed": QT_TRANSLATE_NOOP(
        "CoreText", "The DANFE of NF-e {number} could not be drawn ({kind}). Print it from the system that "
        "issued the NF-e."
    ),
}

DANFE_PHRASES: dict[str, str] = {
    "total with IBS, CBS and IS": QT_TRANSLATE_NOOP("CoreText", "total with IBS, CBS and IS"),
}
