"""Batch input: files, folders and ZIPs are read in memory, within limits, with a stable name each.

Every hostile archive gives rows with a clear message (what the clerk reads in the report), never
a file written anywhere, an exception or an unbounded read.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from batch_helpers import seed, nfe_for, zip_of

from vtex_invoice_gui.batch import sources
from vtex_invoice_gui.batch.sources import SourceFile, collect, read_zip

SALE = nfe_for(seed("ready"), 9101)


def _names(found: list[SourceFile]) -> list[str]:
    return [item.name for item in found]


def test_a_zip_of_xmls_gives_one_item_per_member_named_zip_bang_member() -> None:
    found = list(read_zip(zip_of({"nfe/1.xml": SALE, "nfe/2.XML": SALE}), "day.zip"))
    assert _names(found) == ["day.zip!nfe/1.xml", "day.zip!nfe/2.XML"]
    assert all(item.data == SALE and item.problem is None for item in found)


@pytest.mark.parametrize("name", ["../../etc/cron.d/evil.xml", "/etc/evil.xml", "a/../../b.xml", "C:/x/evil.xml",
                                  "..\\..\\evil.xml"])
def test_traversal_names_are_refused_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    before = set(tmp_path.rglob("*"))
    found = list(read_zip(zip_of({name: SALE, "ok.xml": SALE}), "evil.zip"))
    assert found[0].data is None and "not a plain relative path" in found[0].problem
    assert found[1].data == SALE
    assert set(tmp_path.rglob("*")) == before


def test_a_zip_bomb_member_is_refused_by_its_compression_ratio() -> None:
    bomb = zip_of({"bomb.xml": b"<a>" + b" " * (5 * 1024 * 1024) + b"</a>", "ok.xml": SALE})
    found = list(read_zip(bomb, "bomb.zip"))
    assert found[0].data is None and "zip bomb" in found[0].problem
    assert found[1].data == SALE


def test_a_member_larger_than_an_nfe_is_not_read() -> None:
    big = os.urandom(sources.MAX_MEMBER_BYTES + 10)  # random: not compressible, not a bomb
    found = list(read_zip(zip_of({"big.xml": big}, zipfile.ZIP_STORED), "big.zip"))
    assert found[0].data is None and "at most 10 MB" in found[0].problem


def test_declared_sizes_beyond_the_total_limit_refuse_the_whole_zip(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_TOTAL_BYTES", 3 * len(SALE))
    found = list(read_zip(zip_of({f"{n}.xml": SALE for n in range(4)}), "day.zip"))
    assert len(found) == 1 and found[0].name == "day.zip" and "split it into smaller ZIPs" in found[0].problem


def test_too_many_members_refuse_the_whole_zip(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_MEMBERS", 3)
    found = list(read_zip(zip_of({f"{n}.xml": b"<x/>" for n in range(4)}), "many.zip"))
    assert len(found) == 1 and "holds 4 members, more than the 3" in found[0].problem


def test_a_member_that_inflates_past_its_declared_size_is_refused() -> None:
    data = bytearray(zip_of({"a.xml": SALE}, zipfile.ZIP_STORED))
    # shrink the declared size in the central directory: the data now says more than the header
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")
    found = list(read_zip(bytes(data), "lie.zip"))
    assert found[0].data is None
    assert "damaged or crafted" in found[0].problem or "cannot be opened" in found[0].problem


def test_a_nested_zip_is_followed_one_level_and_no_deeper() -> None:
    inner = zip_of({"deep.zip": zip_of({"x.xml": SALE}), "in.xml": SALE})
    found = list(read_zip(zip_of({"inner.zip": inner, "top.xml": SALE}), "day.zip"))
    assert _names(found) == ["day.zip!inner.zip!deep.zip", "day.zip!inner.zip!in.xml", "day.zip!top.xml"]
    assert found[0].skipped and "is not followed" in found[0].problem
    assert found[1].data == SALE and found[2].data == SALE


def test_non_xml_members_are_skipped_with_a_note_and_a_broken_zip_is_one_clear_row() -> None:
    found = list(read_zip(zip_of({"danfe.pdf": b"%PDF-1.4", "a.xml": SALE}), "day.zip"))
    assert found[0].skipped and found[0].problem == "Not an XML or ZIP file; skipped."
    broken = list(read_zip(b"PK\x03\x04 not really a zip", "broken.zip"))
    assert len(broken) == 1 and broken[0].problem.startswith("The ZIP file cannot be opened")


def test_folders_are_walked_recursively_in_name_order_without_following_links(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.xml").write_bytes(SALE)
    (tmp_path / "a.xml").write_bytes(SALE)
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "day.zip").write_bytes(zip_of({"z.xml": SALE}))
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    (outside / "secret.xml").write_bytes(SALE)
    (tmp_path / "link").symlink_to(outside, target_is_directory=True)
    found = list(collect([tmp_path]))
    base = str(tmp_path)
    assert _names(found) == [f"{base}/a.xml", f"{base}/day.zip!z.xml", f"{base}/notes.txt", f"{base}/b/2.xml"]
    assert found[2].skipped and all(item.data == SALE for i, item in enumerate(found) if i != 2)


def test_a_fifo_named_on_the_command_line_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.xml"
    os.mkfifo(fifo)
    found = list(collect([fifo]))
    assert found[0].data is None and "not a regular file" in found[0].problem


def test_a_linked_file_inside_a_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.xml"
    outside.write_bytes(SALE)
    folder = tmp_path / "day"
    folder.mkdir()
    (folder / "link.xml").symlink_to(outside)
    found = list(collect([folder]))
    assert len(found) == 1 and found[0].data is None and "not a regular file" in found[0].problem
