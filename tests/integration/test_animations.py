"""Item 5 of issue 16: animated GIF and WebP are cleaned frame by frame through the video run (faces
tracked across frames) and written as the same kind of animation: every frame's face covered, frame
timing and loop count kept, every metadata block and comment gone, checked on re-opening."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageCms

from anonymizer.core.metadata.verify_animation import animated_webp_leftovers, gif_leftovers
from anonymizer.core.models import Box, NamingScheme, Status
from anonymizer.core.output import OutputNamer
from anonymizer.core.pipeline import clean_file
from anonymizer.finding_text import english_text
from tests.integration.test_video_clean import SOLID
from tests.media_factory import identifying_exif
from tests.video_factory import ClipSpec, solid_coverage, upright_frame

SPEC = ClipSpec(frames=12, speed=6.0)
DURATIONS = [40 + 20 * (i % 3) for i in range(SPEC.frames)]  # uneven on purpose: timing must survive


def _animation(path: Path, fmt: str, loop: int) -> list[list[Box]]:
    frames, truth = zip(*(upright_frame(SPEC, i) for i in range(SPEC.frames)), strict=True)
    images = [Image.fromarray(f) for f in frames]
    planted: dict[str, object] = {"comment": b"shot by Jane Protester"} if fmt == "GIF" else {
        "exif": identifying_exif(frames[0]), "xmp": b"<x:xmpmeta>Jane Protester</x:xmpmeta>",
        "icc_profile": ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(), "quality": 95}
    images[0].save(path, fmt, save_all=True, append_images=images[1:], duration=DURATIONS, loop=loop, **planted)
    return list(truth)


def _shown(path: Path) -> tuple[list[tuple[int, np.ndarray]], dict[str, object]]:
    """(start time in ms, RGB) of every frame of the written animation, and its first frame's info."""
    shown, t = [], 0
    with Image.open(path) as im:
        info = dict(im.info)
        for index in range(im.n_frames):
            im.seek(index)
            shown.append((t, np.asarray(im.convert("RGB"))))
            t += int(im.info["duration"])
    return shown, info


@pytest.mark.parametrize(("fmt", "loop"), [("GIF", 3), ("WEBP", 2)])
def test_animation_cleaned_every_frame_timing_and_loop_kept(fmt: str, loop: int, tmp_path: Path,
                                                            out_dir: Path) -> None:
    src = tmp_path / f"march.{fmt.lower()}"
    truth = _animation(src, fmt, loop)

    result = clean_file(src, OutputNamer(out_dir, NamingScheme.RANDOM), SOLID)

    assert result.status is Status.OK, result.error
    assert result.output is not None and result.output.suffix == src.suffix and result.faces >= 1
    shown, info = _shown(result.output)
    assert info.get("loop") == loop
    assert sum(DURATIONS) == sum(int(d) for d in _durations(result.output))
    starts = [t for t, _ in shown]
    for i, boxes in enumerate(truth):  # the frame on screen at each input frame's start time
        at = sum(DURATIONS[:i])
        assert at in starts, f"frame {i} no longer starts at {at} ms"
        rgb = shown[starts.index(at)][1]
        assert all(solid_coverage(rgb, b) >= 0.9 for b in boxes), f"a face shows in frame {i}"
    data = result.output.read_bytes()
    assert (gif_leftovers(data) if fmt == "GIF" else animated_webp_leftovers(data)) == []
    assert not ({"comment", "exif", "xmp", "icc_profile"} & set(info))
    assert b"Jane" not in data
    removed = " ".join(english_text(m) for m in result.metadata_removed)
    assert "Jane Protester" in removed
    assert sorted(p.name for p in out_dir.iterdir()) == [result.output.name]


def _durations(path: Path) -> list[int]:
    with Image.open(path) as im:
        out = []
        for index in range(im.n_frames):
            im.seek(index)
            im.load()  # WebP sets a frame's duration while loading it
            out.append(int(im.info["duration"]))
        return out


def test_gif_without_loop_block_still_plays_once(tmp_path: Path, out_dir: Path) -> None:
    src = tmp_path / "once.gif"
    frames = [Image.fromarray(np.full((32, 48, 3), v, np.uint8)) for v in (40, 120, 200)]
    frames[0].save(src, "GIF", save_all=True, append_images=frames[1:], duration=[100, 200, 300])
    with Image.open(src) as im:
        assert "loop" not in im.info
    result = clean_file(src, OutputNamer(out_dir, NamingScheme.RANDOM), SOLID)
    assert result.status is Status.OK, result.error
    assert result.output is not None
    with Image.open(result.output) as im:
        assert "loop" not in im.info and im.n_frames == 3
    assert _durations(result.output) == [100, 200, 300]


def test_a_metadata_block_in_a_written_gif_is_caught() -> None:
    """The verifier itself: a comment extension and bytes after the trailer are leftovers."""
    import io

    buf = io.BytesIO()
    frames = [Image.new("RGB", (8, 8), c) for c in ("red", "blue")]
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], comment=b"Jane", loop=0)
    data = buf.getvalue() + b"hidden"
    assert set(gif_leftovers(data)) == {"extension:0xfe", "TRAILER:6"}


def test_a_huge_animation_canvas_is_refused_at_once(tmp_path: Path, out_dir: Path) -> None:
    """Found by fuzzing: a WebP whose VP8X declares a 10551312x12 canvas (under the still-photo limit)
    took minutes and gigabytes for each frame. Refused before any frame is decoded."""
    import io
    import struct

    from anonymizer.core.errors import RefusedFormat

    buf = io.BytesIO()
    frames = [Image.new("RGB", (16, 12), c) for c in ("red", "blue")]
    frames[0].save(buf, "WEBP", save_all=True, append_images=frames[1:], duration=100)
    data = bytearray(buf.getvalue())
    at = data.find(b"VP8X") + 8 + 4  # the canvas width minus one, 24 bits little-endian
    data[at : at + 3] = struct.pack("<I", 10551312 - 1)[:3]
    src = tmp_path / "huge.webp"
    src.write_bytes(bytes(data))
    result = clean_file(src, OutputNamer(out_dir, NamingScheme.RANDOM), SOLID)
    assert result.status is Status.ERROR and isinstance(result.error, RefusedFormat)
    assert result.error.kind == "animation-too-large"


def test_a_big_single_frame_gif_is_a_still(tmp_path: Path) -> None:
    """The animation limits are for animations: a one-frame GIF larger than them is cleaned as a still."""
    from anonymizer.core.media.image_io import MAX_ANIMATION_PIXELS, is_animation
    from anonymizer.core.media.sniff import MediaFormat

    side = int(MAX_ANIMATION_PIXELS**0.5) + 16
    src = tmp_path / "poster.gif"
    Image.new("P", (side, side), 3).save(src, "GIF")
    assert is_animation(src, MediaFormat.GIF) is False
