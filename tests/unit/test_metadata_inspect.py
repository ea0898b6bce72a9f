"""inspect_file: names planted metadata in plain words and the right group; never crashes."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from anonymizer.core.media.sniff import MediaFormat, sniff
from anonymizer.core.metadata import (
    HANDLERS,
    handler_for,
    inspect_file,
    motion_photo_info,
    sidecar_files,
)
from anonymizer.core.models import MetadataGroup
from anonymizer.finding_text import english_text
from tests.metadata_fixtures import PLANTED, save_jpeg

FORMATS = sorted(PLANTED)


def _planted(tmp_path: Path, name: str) -> Path:
    writer, filename, _ = PLANTED[name]
    return writer(tmp_path / filename)


@pytest.mark.parametrize("name", FORMATS)
def test_inspect_names_every_planted_item_in_its_group(tmp_path: Path, name: str) -> None:
    path = _planted(tmp_path, name)
    items = inspect_file(path, sniff(path))
    found = [(i.group.value, english_text(i)) for i in items]
    for group, words in PLANTED[name][2]:
        assert any(g == group and words in label for g, label in found), (group, words, found)
    assert not any("could not be fully read" in label for _, label in found), found


@pytest.mark.parametrize("name", FORMATS)
def test_inspect_survives_truncated_and_damaged_input(tmp_path: Path, name: str) -> None:
    path = _planted(tmp_path, name)
    data = path.read_bytes()
    fmt = sniff(path)
    variants = [data[: max(16, len(data) * k // 10)] for k in (1, 3, 5, 7, 9)]
    variants += [_flip(data, seed) for seed in range(6)]
    variants.append(data[:16] + b"\xff" * 64)
    for i, variant in enumerate(variants):
        damaged = tmp_path / f"damaged{i}{path.suffix}"
        damaged.write_bytes(variant)
        items = inspect_file(damaged, fmt)  # must not raise
        assert isinstance(items, list)


def _flip(data: bytes, seed: int) -> bytes:
    """Overwrite a few bytes in the metadata-heavy first part of the file with 0xFF/0x00 runs."""
    out = bytearray(data)
    step = max(1, min(len(out), 4096) // 7)
    for k in range(1, 7):
        pos = (seed * 131 + k * step) % len(out)
        out[pos : pos + 4] = b"\xff\xff\x00\x00"[: len(out) - pos]
    return bytes(out)


def test_a_corrupt_exif_block_is_reported_not_raised(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "x.jpg")
    data = bytearray(path.read_bytes())
    at = data.find(b"Exif\x00\x00") + 6
    data[at + 4 : at + 8] = b"\xff\xff\xff\x7f"  # IFD0 offset far past the end
    path.write_bytes(bytes(data))
    items = inspect_file(path, MediaFormat.JPEG)
    labels = [english_text(i) for i in items]
    assert any("EXIF block could not be fully read" in label for label in labels), labels
    assert any("XMP block" in label for label in labels), "the other blocks are still read"


def test_every_format_has_exactly_one_handler_listed_explicitly() -> None:
    covered = [fmt for handler in HANDLERS for fmt in handler.formats]
    assert sorted(covered, key=lambda f: f.label) == sorted(MediaFormat, key=lambda f: f.label)
    assert len(covered) == len(set(covered))
    for fmt in MediaFormat:
        assert fmt in handler_for(fmt).formats


def test_xmp_with_a_doctype_is_not_parsed(tmp_path: Path) -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            b'<x:xmpmeta xmlns:x="adobe:ns:meta/">&b;</x:xmpmeta>')
    path = tmp_path / "bomb.jpg"
    path.write_bytes(b"\xff\xd8" + _app1(b"http://ns.adobe.com/xap/1.0/\x00" + bomb) + b"\xff\xd9")
    labels = [english_text(i) for i in inspect_file(path, MediaFormat.JPEG)]
    assert any("XMP block could not be fully read" in label for label in labels), labels


def _app1(body: bytes) -> bytes:
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


def _box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body) + 8) + kind + body


def _tiny_movie(seconds: int, audio: bool) -> bytes:
    mvhd = _box(b"mvhd", bytes(4) + bytes(8) + struct.pack(">II", 1000, seconds * 1000) + bytes(80))
    hdlr = _box(b"hdlr", bytes(4) + bytes(4) + (b"soun" if audio else b"vide") + bytes(12) + b"\x00")
    trak = _box(b"trak", _box(b"mdia", hdlr))
    return _box(b"ftyp", b"mp42\x00\x00\x00\x00mp42isom") + _box(b"moov", mvhd + trak) + _box(b"mdat", bytes(32))


def test_motion_photo_video_is_named_with_length_and_sound(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "motion.jpg")
    data = path.read_bytes()
    trailer_at = data.rfind(b"\xff\xd9") + 2
    path.write_bytes(data[:trailer_at] + _tiny_movie(3, audio=True))
    info = motion_photo_info(path, MediaFormat.JPEG)
    assert info is not None and info.has_audio and info.seconds == 3
    items = inspect_file(path, MediaFormat.JPEG)
    assert any(i.group is MetadataGroup.EMBEDDED and english_text(i) == "Motion Photo: a 3-second video with sound is "
               "hidden in this photo" for i in items), items


def test_no_motion_photo_in_a_plain_jpeg(tmp_path: Path) -> None:
    assert motion_photo_info(save_jpeg(tmp_path / "plain.jpg"), MediaFormat.JPEG) is None


def test_sidecars_are_found_in_any_letter_case(tmp_path: Path) -> None:
    photo = save_jpeg(tmp_path / "IMG_0001.JPG")
    for name in ("IMG_0001.xmp", "IMG_0001.AAE", "img_0001.thm", "IMG_0001.JPG.xmp", "IMG_0002.xmp", "notes.txt"):
        (tmp_path / name).write_bytes(b"x")
    assert sorted(p.name for p in sidecar_files(photo)) == [
        "IMG_0001.AAE", "IMG_0001.JPG.xmp", "IMG_0001.xmp", "img_0001.thm"]


def test_a_clean_encoder_output_carries_nothing(tmp_path: Path) -> None:
    from anonymizer.core.media.image_io import decode_image, encode_image

    source = _planted(tmp_path, "jpeg")
    clean = tmp_path / "clean.jpg"
    clean.write_bytes(encode_image(decode_image(source, MediaFormat.JPEG).rgb, "JPEG"))
    assert inspect_file(clean, MediaFormat.JPEG) == []


def _hostile_cases() -> list:
    from tests.hostile_factory import hostile_cases

    return hostile_cases()


@pytest.mark.parametrize("case", _hostile_cases(), ids=lambda c: c.id)
def test_inspect_never_raises_on_hostile_files(tmp_path: Path, case) -> None:  # noqa: ANN001
    import time

    from anonymizer.core.errors import InputError

    path = tmp_path / case.name
    path.write_bytes(case.make())
    try:
        fmt = sniff(path)
    except InputError:
        return  # refused before any metadata reader runs
    started = time.monotonic()
    items = inspect_file(path, fmt)
    assert isinstance(items, list)
    assert time.monotonic() - started < 5, "a hostile file must not stall the reader"


def test_drone_xmp_position_in_decimal_degrees_is_named(tmp_path: Path) -> None:
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
           b'<rdf:Description xmlns:drone-dji="http://www.dji.com/drone-dji/1.0/" '
           b'drone-dji:GpsLatitude="-33.868800" drone-dji:GpsLongitude="+151.209300" '
           b'drone-dji:AbsoluteAltitude="+54.20"/></rdf:RDF></x:xmpmeta>')
    path = tmp_path / "drone.jpg"
    path.write_bytes(b"\xff\xd8" + _app1(b"http://ns.adobe.com/xap/1.0/\x00" + xmp) + b"\xff\xd9")
    labels = [(i.group, english_text(i)) for i in inspect_file(path, MediaFormat.JPEG)]
    assert (MetadataGroup.LOCATION, "GPS position: 33.86880° S, 151.20930° E") in labels, labels


@pytest.mark.parametrize("attrs", [b'drone-dji:GpsLatitude="-33.868800"',  # a lone coordinate
                                   b'exif:GPSDestLatitude="55,45.348N" exif:GPSDestLongitude="37,37.1E"',
                                   b'exif:GPSLatitude="somewhere" exif:GPSLongitude="37,37.1E"'])
def test_xmp_coordinates_that_make_no_position_are_still_named(tmp_path: Path, attrs: bytes) -> None:
    """Only a pair said as a position is left out of the general rules; anything else is 'GPS data'."""
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
           b'<rdf:Description xmlns:drone-dji="http://www.dji.com/drone-dji/1.0/" '
           b'xmlns:exif="http://ns.adobe.com/exif/1.0/" ' + attrs + b'/></rdf:RDF></x:xmpmeta>')
    path = tmp_path / "gps.jpg"
    path.write_bytes(b"\xff\xd8" + _app1(b"http://ns.adobe.com/xap/1.0/\x00" + xmp) + b"\xff\xd9")
    labels = [(i.group, english_text(i)) for i in inspect_file(path, MediaFormat.JPEG)]
    assert (MetadataGroup.LOCATION, "GPS data") in labels, labels
