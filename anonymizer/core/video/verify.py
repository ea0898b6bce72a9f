"""Re-open a written video and refuse it unless it holds exactly what the tool meant to write.

Metadata is whatever is not on the allowlist below (key AND value): the ``ftyp`` brands FFmpeg's MP4
muxer writes and the undetermined language. Anything else, such as an
encoder string, a creation time, a location, a handler naming a device, fails the check.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av

from anonymizer.core.errors import VerificationFailed

CONTAINER_ALLOWED: dict[str, frozenset[str]] = {
    "major_brand": frozenset({"isom"}),
    "minor_version": frozenset({"512"}),
    "compatible_brands": frozenset({"isomiso2avc1mp41"}),
}
# The writer leaves handler names empty; only the undetermined language and an all-zero vendor remain.
STREAM_ALLOWED: dict[str, dict[str, frozenset[str]]] = {
    kind: {"language": frozenset({"und"}), "vendor_id": frozenset({"[0][0][0][0]"})} for kind in ("video", "audio")
}
# Strings that name the software that wrote a file; none may be left in its first bytes (moov, SEI).
TOOL_MARKERS = (b"x264 - core", b"libx264", b"Lavf5", b"Lavf6", b"Lavc5", b"Lavc6")
HEAD_BYTES = 4 << 20


@dataclass(frozen=True)
class Expected:
    width: int
    height: int
    frames: int
    audio: bool


def _leftover_tags(tags: dict[str, str], allowed: dict[str, frozenset[str]], where: str) -> list[str]:
    return [f"{where}:{k}={v!r}" for k, v in tags.items() if v not in allowed.get(k, frozenset())]


def _check_streams(container: Any) -> list[str]:
    problems = []
    kinds = [s.type for s in container.streams]
    if kinds.count("video") != 1:
        problems.append(f"streams:video x{kinds.count('video')}")
    if kinds.count("audio") > 1:
        problems.append(f"streams:audio x{kinds.count('audio')}")
    problems += [f"streams:{k}" for k in kinds if k not in ("video", "audio")]
    for s in container.streams:
        name = s.codec_context.name if s.codec_context is not None else "?"
        if (s.type, name) not in (("video", "h264"), ("audio", "aac")):
            problems.append(f"stream{s.index}:codec={s.type}/{name}")
        if s.disposition & av.stream.Disposition.attached_pic:
            problems.append(f"stream{s.index}:attached_pic")
        problems += _leftover_tags(dict(s.metadata), STREAM_ALLOWED.get(s.type, {}), f"stream{s.index}")
    return problems


def _check_video(container: Any, expected: Expected) -> list[str]:
    problems = []
    stream = container.streams.video[0]
    cc = stream.codec_context
    if (cc.width, cc.height) != (expected.width, expected.height):
        problems.append(f"video:size={cc.width}x{cc.height}")
    first = next(iter(container.decode(stream)), None)
    if first is None:
        return problems + ["video:no frames"]
    if any(sd.type == av.sidedata.sidedata.Type.DISPLAYMATRIX for sd in first.side_data):
        problems.append("video:display matrix (rotation tag)")
    container.seek(0)
    packets = sum(1 for p in container.demux(stream) if p.size)
    if packets != expected.frames:
        problems.append(f"video:frames={packets} (expected {expected.frames})")
    return problems


def _check_bytes(path: Path) -> list[str]:
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
    return [f"bytes:{m.decode()}" for m in TOOL_MARKERS if m in head]


def verify_video(path: Path, expected: Expected) -> None:
    """Raise ``VerificationFailed`` (with every leftover found) unless the output is exactly as meant."""
    try:
        with av.open(str(path), metadata_errors="ignore") as c:
            problems = _leftover_tags(dict(c.metadata), CONTAINER_ALLOWED, "container")
            problems += [f"chapters x{len(c.chapters())}"] if c.chapters() else []
            problems += _check_streams(c)
            if expected.audio != bool(c.streams.audio):
                problems.append(f"audio: expected {'one' if expected.audio else 'none'}")
            if c.streams.video:
                problems += _check_video(c, expected)
    except av.error.FFmpegError as exc:
        raise VerificationFailed(path, f"the output cannot be read back: {exc}") from exc
    problems += _check_bytes(path)
    if problems:
        raise VerificationFailed(path, "the output carries more than the cleaned pictures and sound",
                                 leftovers=tuple(problems))
