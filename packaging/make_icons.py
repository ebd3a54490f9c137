"""Render resources/icons/app.svg to the PNG sizes desktops need, and to app.ico and app.icns.

Run: .venv/bin/python packaging/make_icons.py  (offscreen; the outputs are committed)

Qt renders the SVG; the Windows and macOS containers are written here (Qt's ICO writer stores a
single image and its ICNS writer is not a full encoder). Both containers hold PNG images, which
Windows (Vista and later) and macOS (10.7 and later) read at every size.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Mapping
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, with the pixel size of their image (retina types are 2x).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64), (b"ic07", 128),
    (b"ic08", 256), (b"ic13", 256), (b"ic09", 512), (b"ic14", 512), (b"ic10", 1024),
)
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (sizes up to 256)."""
    sizes = sorted(pngs)
    if not sizes or sizes[-1] > 256:
        raise ValueError("an ICO holds images from 1 to 256 pixels")
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        data = pngs[size]
        if png_size(data) != (size, size):
            raise ValueError(f"the {size} px image is {png_size(data)}")
        side = 0 if size == 256 else size  # 0 means 256 in an ICO directory entry
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A macOS .icns with a PNG element for every ICNS type whose pixel size is in ``pngs``."""
    elements = []
    for kind, size in ICNS_TYPES:
        data = pngs.get(size)
        if data is None:
            continue
        if png_size(data) != (size, size):
            raise ValueError(f"the {size} px image is {png_size(data)}")
        elements.append(kind + struct.pack(">I", 8 + len(data)) + data)
    if not elements:
        raise ValueError("no image for any ICNS type")
    body = b"".join(elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_pngs(svg: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """PNG bytes of ``svg`` rendered at each size (needs a QGuiApplication)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    out = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(array.data())
    return out


def write_icons(icons: Path = ICONS) -> list[Path]:
    """Write the PNG sizes, app.ico and app.icns beside app.svg. Returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = render_pngs(icons / "app.svg", tuple(sorted({*SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})))
    written = []
    for size in SIZES:
        path = icons / f"app-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    (icons / "app.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (icons / "app.icns").write_bytes(icns_bytes(pngs))
    written += [icons / "app.ico", icons / "app.icns"]
    del app
    return written


def main() -> int:
    try:
        for path in write_icons():
            print(f"wrote {path.relative_to(ICONS.parents[1])}")
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
