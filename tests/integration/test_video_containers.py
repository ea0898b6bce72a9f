"""Item 6 of issue 16: the containers phones and old cameras make besides MP4/MOV, MKV, AVI and TS:
WMV/ASF, 3GP, M2TS (AVCHD's .mts), MPEG-PS (.mpg, .vob, .mod) and FLV. In through PyAV, out as H.264
MP4 with every face covered in every frame and every tag gone, as any video (clips made here)."""

from __future__ import annotations

from pathlib import Path

import av
import pytest

from anonymizer.core.media.sniff import MediaFormat, sniff
from anonymizer.core.models import NamingScheme, Status
from anonymizer.core.output import OutputNamer
from anonymizer.core.pipeline import clean_file
from anonymizer.finding_text import english_text
from tests.integration.test_video_clean import SOLID, uncovered_frames
from tests.video_factory import PLANTED_TAGS, ClipSpec, make_clip

CASES = {
    "wmv": (ClipSpec(container="asf", codec="wmv2", fps=25), MediaFormat.ASF),
    "3gp": (ClipSpec(container="3gp"), MediaFormat.MP4),
    "mts": (ClipSpec(container="mpegts", options={"mpegts_m2ts_mode": "1"}), MediaFormat.MPEG_TS),
    "mpg": (ClipSpec(container="vob", codec="mpeg2video", fps=25), MediaFormat.MPEG_PS),
    "flv": (ClipSpec(container="flv", codec="flv", fps=25), MediaFormat.FLV),
}


@pytest.mark.parametrize("suffix", sorted(CASES))
def test_container_is_cleaned_into_mp4(suffix: str, tmp_path: Path, out_dir: Path) -> None:
    spec, fmt = CASES[suffix]
    spec = ClipSpec(**{**spec.__dict__, "frames": 12, "tags": PLANTED_TAGS})
    src = tmp_path / f"clip.{suffix}"
    truth = make_clip(src, spec)
    assert sniff(src) is fmt
    with av.open(str(src)) as c:
        planted = {k: v for k, v in c.metadata.items() if v in PLANTED_TAGS.values()}

    result = clean_file(src, OutputNamer(out_dir, NamingScheme.RANDOM), SOLID)

    assert result.status is Status.OK, result.error
    assert result.output is not None and result.output.suffix == ".mp4"
    with av.open(str(result.output)) as out:
        assert out.format.name.startswith("mov,mp4")
        assert [s.codec_context.name for s in out.streams.video] == ["h264"]
        assert not out.streams.audio and not out.streams.data and not out.streams.subtitles
        assert all(v not in PLANTED_TAGS.values() for v in out.metadata.values())
    removed = " ".join(english_text(m) for m in result.metadata_removed)
    # what the input carried is listed as removed (a place in plain words, anything else as it was)
    said = {"GPS position" if key.startswith("location") else value for key, value in planted.items()}
    assert all(words in removed for words in said), (planted, removed)
    assert uncovered_frames(result.output, truth) == []
    assert sorted(p.name for p in out_dir.iterdir()) == [result.output.name]
