"""app.ico and app.icns: written by make_icons.py, read back by their own formats' rules and by Qt."""

from __future__ import annotations

import struct

import pytest
from packaging_helpers import ROOT, load_packaging_module
from PySide6.QtGui import QImageReader

ICONS = ROOT / "resources" / "icons"
make_icons = load_packaging_module("make_icons")


def read_ico(data: bytes) -> dict[int, bytes]:
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    images = {}
    for i in range(count):
        width, height, _colors, _zero, planes, bits, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert width == height and (planes, bits) == (1, 32)
        images[width or 256] = data[offset : offset + size]
    return images


def read_icns(data: bytes) -> dict[bytes, bytes]:
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    elements, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        elements[kind] = data[at + 8 : at + length]
        at += length
    assert at == len(data)
    return elements


def test_committed_ico_holds_the_committed_pngs():
    images = read_ico((ICONS / "app.ico").read_bytes())
    assert sorted(images) == list(make_icons.ICO_SIZES)
    for size, png in images.items():
        assert make_icons.png_size(png) == (size, size)
        if size in make_icons.SIZES:
            assert png == (ICONS / f"app-{size}.png").read_bytes()


def test_committed_icns_has_every_type_at_its_size():
    elements = read_icns((ICONS / "app.icns").read_bytes())
    assert list(elements) == [kind for kind, _ in make_icons.ICNS_TYPES]
    for kind, size in make_icons.ICNS_TYPES:
        assert make_icons.png_size(elements[kind]) == (size, size), kind
    assert elements[b"ic09"] == (ICONS / "app-512.png").read_bytes()


@pytest.mark.parametrize(("name", "count", "largest"), [("app.ico", 7, 256), ("app.icns", 11, 1024)])
def test_qt_reads_every_image_of_the_containers(qapp, name, count, largest):
    reader = QImageReader(str(ICONS / name))
    assert reader.imageCount() == count
    widths = []
    for index in range(count):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        widths.append(image.width())
    assert max(widths) == largest


def test_writers_refuse_wrong_sizes_and_empty_input():
    png16 = (ICONS / "app-16.png").read_bytes()
    with pytest.raises(ValueError, match="32 px image"):
        make_icons.ico_bytes({32: png16})
    with pytest.raises(ValueError, match="1 to 256"):
        make_icons.ico_bytes({512: (ICONS / "app-512.png").read_bytes()})
    with pytest.raises(ValueError, match="no image"):
        make_icons.icns_bytes({24: (ICONS / "app-24.png").read_bytes()})
    with pytest.raises(ValueError, match="not a PNG"):
        make_icons.png_size(b"GIF89a")


def test_make_icons_writes_all_outputs(qapp, tmp_path):
    (tmp_path / "app.svg").write_bytes((ICONS / "app.svg").read_bytes())
    written = make_icons.write_icons(tmp_path)
    assert {p.name for p in written} == {f"app-{s}.png" for s in make_icons.SIZES} | {"app.ico", "app.icns"}
    assert sorted(read_ico((tmp_path / "app.ico").read_bytes())) == list(make_icons.ICO_SIZES)
    assert make_icons.png_size((tmp_path / "app-128.png").read_bytes()) == (128, 128)
