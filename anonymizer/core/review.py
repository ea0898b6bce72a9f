"""The review of one file as data (no Qt): what will be redacted, what a person should look at, and what
they decided.

This is the one place that decides a photo's regions. The window edits a :class:`FileReview` through
undoable commands and shows it; the CLI builds the same review with nobody in the loop; both hand the
pipeline what :func:`to_edits` returns. Every function here is pure: it returns a new review.

Kinds of spot (:func:`spot_of`):
- a **face**: the detector is sure enough (score >= the threshold); redacted unless switched off;
- an **unsure face**: redacted, but big and low-scoring (a false alarm there blacks out a banner or half
  a crowd), so a person is pointed to it first;
- a **candidate**: scored between the candidate floor and the threshold; *not* redacted unless a person
  confirms it ("is this a face?");
- a **manual** region, drawn by the user.
Unsure faces and candidates are the *unsure spots*; a file is reviewed once a person has seen it and
decided every unsure spot, or marked it reviewed.
"""

from __future__ import annotations

import enum
import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from anonymizer.core.models import (
    Box,
    BrushStroke,
    Detection,
    FileWarning,
    RedactionOptions,
    Region,
    RegionSource,
)
from anonymizer.core.redaction import face_region_box

if TYPE_CHECKING:
    from anonymizer.core.detection import FaceSearch
    from anonymizer.core.pipeline import Edits
    from anonymizer.core.video.preview import PreviewRedaction
    from anonymizer.core.video.types import FaceTrack, ManualVideoRegion, TrackChoices, VideoAnalysis

# A redacted face scoring below this is "low confidence" (drawn distinctly). The default thresholds are
# 0.2-0.4 by box size (0.55 from 128 px, detection/detector.py SIZE_FACTORS); on the benchmark most false alarms score below 0.6 while most real faces above 64 px score higher.
LOW_CONFIDENCE = 0.6
# A redacted low-confidence box covering more than this share of the picture is an unsure spot that a
# person must decide (issue 13: a 200x250 px box at 0.31 over a banner blacked out part of a crowd).
BIG_UNSURE_SHARE = 0.02
SAME_FACE_IOU = 0.4
ALL_FRAMES = (0, 2**31 - 1)

_ids = itertools.count(1)


def new_id() -> int:
    """A stable id for a region or stroke, unique in this process."""
    return next(_ids)


class Spot(enum.Enum):
    FACE = "face"
    UNSURE_FACE = "unsure_face"
    CANDIDATE = "candidate"
    MANUAL = "manual"


@dataclass(frozen=True)
class ReviewedRegion:
    """A region plus where it came from: the detection it was grown from, whether the user reshaped it
    (``edited``), and whether a person decided it (confirmed, dismissed or switched it)."""

    region: Region
    detection: Detection | None = None
    edited: bool = False
    decided: bool = False


@dataclass(frozen=True)
class FileReview:
    """One file's review. ``refined`` is False while only the fast look has been merged (the thorough
    pass is still to come: export runs it first). ``seen``: a person has had the file on screen.

    A video's face tracks are in ``analysis`` (the look, replayed at export while it still holds); a
    person's decisions on them by track id: ``excluded_tracks`` are left visible, a track in
    ``track_ranges`` is covered only on its frames ``first..last``."""

    width: int
    height: int
    regions: Mapping[int, ReviewedRegion] = field(default_factory=dict)
    strokes: Mapping[int, BrushStroke] = field(default_factory=dict)
    frames: Mapping[int, tuple[int, int]] = field(default_factory=dict)  # video: region id -> frame range
    warnings: tuple[FileWarning, ...] = ()
    refined: bool = True
    seen: bool = False
    marked_reviewed: bool = False
    analysis: VideoAnalysis | None = None
    excluded_tracks: frozenset[int] = frozenset()
    track_ranges: Mapping[int, tuple[int, int]] = field(default_factory=dict)
    video: bool = False  # a video is never reviewed before its tracks are in
    visited: frozenset[Stretch] = frozenset()  # video: unsure stretches a person has been shown

    @property
    def area(self) -> float:
        return float(max(1, self.width) * max(1, self.height))

    def region_list(self) -> list[Region]:
        return [r.region for r in self.regions.values()]


# ---------------------------------------------------------------- building from detections
def _grown(detections: Iterable[Detection], source: RegionSource, options: RedactionOptions, width: int,
           height: int) -> list[ReviewedRegion]:
    enabled = source is not RegionSource.CANDIDATE  # a candidate is redacted only once confirmed
    return [ReviewedRegion(Region(face_region_box(d, options, width, height), options.shape, source, enabled,
                                  d.score), d)
            for d in detections]


def regions_from_search(search: FaceSearch, options: RedactionOptions, width: int,
                        height: int) -> list[ReviewedRegion]:
    """Faces (redacted) then candidates (not redacted), each grown by the one growth function."""
    return (_grown(search.faces, RegionSource.DETECTED, options, width, height)
            + _grown(search.candidates, RegionSource.CANDIDATE, options, width, height))


def new_review(width: int, height: int, search: FaceSearch, options: RedactionOptions, *, refined: bool = True,
               warnings: Sequence[FileWarning] = ()) -> FileReview:
    """The review a file starts with: what the detector found, nothing decided."""
    regions = {new_id(): r for r in regions_from_search(search, options, width, height)}
    return FileReview(width, height, regions, warnings=tuple(warnings), refined=refined)


def _overlap(a: ReviewedRegion, b: ReviewedRegion) -> float:
    """IoU of the detections two regions were grown from (0 for a region drawn by hand)."""
    if a.detection is None or b.detection is None:
        return 0.0
    return a.detection.box.iou(b.detection.box)


def _carry_over(fresh: ReviewedRegion, old: ReviewedRegion) -> ReviewedRegion:
    """The new detection of a face, keeping what the user did with the old one."""
    if old.edited:
        region = replace(old.region, score=fresh.region.score)
    elif old.decided:
        # A decided candidate that now scores as a face (or the reverse) keeps the person's decision.
        region = replace(fresh.region, enabled=old.region.enabled)
    elif old.region.source is fresh.region.source:
        region = replace(fresh.region, enabled=old.region.enabled)
    else:
        region = fresh.region  # undecided: the new pass says what it is
    if old.decided and old.region.enabled and region.source is RegionSource.CANDIDATE:
        region = replace(region, source=RegionSource.DETECTED)  # confirmed: a face now
    return ReviewedRegion(region, fresh.detection, old.edited, old.decided)


def merge_search(review: FileReview, search: FaceSearch, options: RedactionOptions, *,
                 refining: bool = False) -> FileReview:
    """The review with a new detection run (a refined pass, a new sensitivity), carrying over the user's
    choices; manual regions and strokes are kept as they are.

    ``refining``: the thorough pass after the fast look. It must never cover fewer faces than the quick
    one did, so every redacted face of the old pass that the new one does not find stays.
    """
    old_ids = [rid for rid, r in review.regions.items() if r.detection is not None]
    old = [review.regions[rid] for rid in old_ids]
    merged: dict[int, ReviewedRegion] = {}
    used: set[int] = set()
    for fresh in regions_from_search(search, options, review.width, review.height):
        free = [i for i in range(len(old)) if i not in used]
        best = max(free, key=lambda i: _overlap(old[i], fresh), default=None)
        if best is not None and _overlap(old[best], fresh) >= SAME_FACE_IOU:
            used.add(best)
            merged[old_ids[best]] = _carry_over(fresh, old[best])
        else:
            merged[new_id()] = fresh
    for i, (rid, r) in enumerate(zip(old_ids, old, strict=True)):
        if i in used or not r.region.enabled:
            continue
        if r.edited or (r.decided and r.region.source is not RegionSource.DETECTED):
            merged[rid] = replace(r, region=replace(r.region, source=RegionSource.MANUAL, score=None))
        elif refining or r.decided:
            merged[rid] = r  # never fewer faces than before, and never a confirmed one lost
    manual = {rid: r for rid, r in review.regions.items() if r.detection is None}
    frames = {rid: f for rid, f in review.frames.items() if rid in merged or rid in manual}
    return replace(review, regions={**merged, **manual}, frames=frames, refined=review.refined or refining)


def reshaped(review: FileReview, options: RedactionOptions) -> FileReview:
    """Every region in ``options.shape``; an unedited detected face is regrown with that shape's margin."""
    def one(r: ReviewedRegion) -> ReviewedRegion:
        if r.detection is not None and not r.edited:
            box = face_region_box(r.detection, options, review.width, review.height)
            return replace(r, region=replace(r.region, box=box, shape=options.shape))
        return replace(r, region=replace(r.region, shape=options.shape))
    return replace(review, regions={rid: one(r) for rid, r in review.regions.items()})


# ---------------------------------------------------------------- what a spot is
def is_low_confidence(region: Region) -> bool:
    return region.source is RegionSource.DETECTED and region.score is not None and region.score < LOW_CONFIDENCE


def spot_of(r: ReviewedRegion, picture_area: float) -> Spot:
    region = r.region
    if region.source is RegionSource.MANUAL:
        return Spot.MANUAL
    if region.source is RegionSource.CANDIDATE:
        return Spot.CANDIDATE
    if r.detection is not None and is_low_confidence(region) and \
            r.detection.box.area > BIG_UNSURE_SHARE * picture_area:
        return Spot.UNSURE_FACE
    return Spot.FACE


def is_unsure(r: ReviewedRegion, picture_area: float) -> bool:
    return spot_of(r, picture_area) in (Spot.UNSURE_FACE, Spot.CANDIDATE)


def unsure_spots(review: FileReview, *, undecided_only: bool = True) -> list[int]:
    """Ids of the unsure spots in the order a person should walk them: big unsure faces first, then
    candidates; the largest first within each."""
    def key(rid: int) -> tuple[int, float]:
        r = review.regions[rid]
        return (0 if spot_of(r, review.area) is Spot.UNSURE_FACE else 1, -r.region.box.area)
    ids = [rid for rid, r in review.regions.items()
           if is_unsure(r, review.area) and not (undecided_only and r.decided)]
    return sorted(ids, key=key)


def undecided_candidates(review: FileReview) -> int:
    return sum(1 for r in review.regions.values() if r.region.source is RegionSource.CANDIDATE and not r.decided)


def is_reviewed(review: FileReview) -> bool:
    """A person has reviewed the file: marked it so, or had it on screen and decided every unsure spot
    (a video: and been shown, or decided the track of, every unsure stretch of its tracks)."""
    if review.marked_reviewed:
        return True
    if review.video and review.analysis is None:
        return False
    return review.seen and not unsure_spots(review) and not open_stretches(review)


def open_spots(review: FileReview) -> int:
    """What is left for a person to look at: undecided unsure spots, and a video's open stretches."""
    return len(unsure_spots(review)) + len(open_stretches(review))


def redacted_faces(review: FileReview) -> int:
    return sum(1 for r in review.regions.values()
               if r.region.enabled and r.region.source is not RegionSource.MANUAL)


# ---------------------------------------------------------------- decisions and edits
def _put(review: FileReview, rid: int, r: ReviewedRegion) -> FileReview:
    return replace(review, regions={**review.regions, rid: r})


def decide(review: FileReview, rid: int, cover: bool) -> FileReview:
    """A person's decision on one spot: cover it (redact) or leave it visible."""
    r = review.regions[rid]
    source = r.region.source
    if cover and source is RegionSource.CANDIDATE:
        source = RegionSource.DETECTED  # confirmed: from now on it is a face like the others
    return _put(review, rid, replace(r, region=replace(r.region, enabled=cover, source=source), decided=True))


def toggle(review: FileReview, rid: int) -> FileReview:
    """Switch a region on or off (a click on it): a decision too."""
    return decide(review, rid, not review.regions[rid].region.enabled)


def add_region(review: FileReview, region: Region, frames: tuple[int, int] | None = None,
               rid: int | None = None) -> tuple[FileReview, int]:
    rid = new_id() if rid is None else rid
    new_frames = {**review.frames, rid: frames} if frames is not None else dict(review.frames)
    clipped = replace(region, box=region.box.clipped(review.width, review.height))
    return replace(review, regions={**review.regions, rid: ReviewedRegion(clipped, None, True, True)},
                   frames=new_frames), rid


def move_region(review: FileReview, rid: int, box: Box) -> FileReview:
    r = review.regions[rid]
    return _put(review, rid, replace(r, region=replace(r.region, box=box.clipped(review.width, review.height)),
                                     edited=True, decided=True))


def delete_region(review: FileReview, rid: int) -> FileReview:
    regions = {k: v for k, v in review.regions.items() if k != rid}
    frames = {k: v for k, v in review.frames.items() if k != rid}
    return replace(review, regions=regions, frames=frames)


def set_frames(review: FileReview, rid: int, frames: tuple[int, int]) -> FileReview:
    return replace(review, frames={**review.frames, rid: (min(frames), max(frames))})


def add_stroke(review: FileReview, stroke: BrushStroke) -> FileReview:
    return replace(review, strokes={**review.strokes, new_id(): stroke})


def mark_reviewed(review: FileReview, reviewed: bool = True) -> FileReview:
    return replace(review, marked_reviewed=reviewed)


def with_edits_of(current: FileReview, snapshot: FileReview) -> FileReview:
    """``current`` with the user's edits of ``snapshot`` (undo/redo): what a person did comes back,
    what is known about the file (seen, refined, warnings) stays as it is now."""
    return replace(current, regions=snapshot.regions, strokes=snapshot.strokes, frames=snapshot.frames,
                   marked_reviewed=snapshot.marked_reviewed, excluded_tracks=snapshot.excluded_tracks,
                   track_ranges=snapshot.track_ranges)


def to_edits(review: FileReview) -> Edits:
    """What the pipeline redacts for this review: every region (switched-off and undecided candidates
    stay visible), every stroke."""
    from anonymizer.core.pipeline import Edits

    return Edits(regions=tuple(review.region_list()), strokes=tuple(review.strokes.values()),
                 candidates=undecided_candidates(review))


def video_regions(review: FileReview) -> tuple[ManualVideoRegion, ...]:
    """A video's regions drawn by hand, each on its frame range (the faces are found at export)."""
    from anonymizer.core.video.types import ManualVideoRegion

    return tuple(ManualVideoRegion(r.region.box, r.region.shape, *review.frames.get(rid, ALL_FRAMES))
                 for rid, r in review.regions.items() if r.region.enabled and r.region.source is RegionSource.MANUAL)


# ---------------------------------------------------------------- a video's tracks
SAME_TRACK_SHARE = 0.5  # a new track is an old one when it holds this share of the old one's frames


def exclude_track(review: FileReview, track_id: int, off: bool = True) -> FileReview:
    """Switch a whole face track off (left visible on every frame, bridged ones too) or back on."""
    excluded = review.excluded_tracks | {track_id} if off else review.excluded_tracks - {track_id}
    return replace(review, excluded_tracks=frozenset(excluded))


def cut_track(review: FileReview, track_id: int, frames: tuple[int, int] | None) -> FileReview:
    """Cover a track only on ``frames`` (first, last; inclusive), or again wherever it goes (None)."""
    ranges = {k: v for k, v in review.track_ranges.items() if k != track_id}
    if frames is not None:
        ranges[track_id] = (min(frames), max(frames))
    return replace(review, track_ranges=ranges)


def track_choices(review: FileReview) -> TrackChoices:
    """The decisions on the tracks, as ``clean_video`` takes them."""
    from anonymizer.core.video.types import TrackChoices

    return TrackChoices(review.excluded_tracks, dict(review.track_ranges))


def with_analysis(review: FileReview, analysis: VideoAnalysis) -> FileReview:
    """The review with a new look at the video (other settings, or the file changed). Decisions follow
    each track to the new track that is the same face; a decision whose face cannot be told is dropped,
    so that face is covered again (a new id must never switch off another face)."""
    if review.analysis is not None and review.analysis.key == analysis.key:
        return replace(review, analysis=analysis)
    old = review.analysis
    moved = {} if old is None else _track_map(old, analysis)
    excluded = frozenset(moved[t] for t in review.excluded_tracks if t in moved)
    ranges = {moved[t]: r for t, r in review.track_ranges.items() if t in moved}
    return replace(review, analysis=analysis, excluded_tracks=excluded, track_ranges=ranges)


class StretchKind(enum.Enum):
    LOW_SCORE = "low_score"  # the whole track: its lowest score is below LOW_CONFIDENCE
    BRIDGED = "bridged"  # frames the detector did not find the face on (filled in or predicted)


@dataclass(frozen=True, order=True)
class Stretch:
    """Frames ``first..last`` (inclusive) of one track that a person should look at."""

    first: int
    last: int
    track_id: int
    kind: StretchKind = field(compare=False)


def track_stretches(track: FaceTrack) -> list[Stretch]:
    """A low-scoring track is unsure as a whole; else each run of bridged frames is."""
    if track.lowest_score < LOW_CONFIDENCE:
        return [Stretch(track.first_frame, track.last_frame, track.id, StretchKind.LOW_SCORE)]
    out: list[Stretch] = []
    for frame in sorted(track.bridged):
        if out and out[-1].last == frame - 1:
            out[-1] = replace(out[-1], last=frame)
        else:
            out.append(Stretch(frame, frame, track.id, StretchKind.BRIDGED))
    return out


def unsure_stretches(review: FileReview) -> list[Stretch]:
    """Every unsure stretch of a video's tracks, in frame order."""
    if review.analysis is None:
        return []
    return sorted(s for t in review.analysis.tracks for s in track_stretches(t))


def open_stretches(review: FileReview) -> list[Stretch]:
    """The unsure stretches nobody has been shown, on tracks nobody decided (switched off or cut)."""
    decided = review.excluded_tracks | frozenset(review.track_ranges)
    return [s for s in unsure_stretches(review) if s not in review.visited and s.track_id not in decided]


def visit_stretch(review: FileReview, stretch: Stretch) -> FileReview:
    """A person was shown ``stretch`` (like having a file on screen: seen, not an edit)."""
    return replace(review, visited=review.visited | {stretch})


def stretch_after(stretches: Sequence[Stretch], frame: int | None, step: int) -> Stretch | None:
    """The next stretch starting after ``frame`` (``step`` 1) or the one before it (-1), wrapping around."""
    if not stretches:
        return None
    if frame is None:
        return stretches[0] if step > 0 else stretches[-1]
    if step > 0:
        return next((s for s in stretches if s.first > frame), stretches[0])
    return next((s for s in reversed(stretches) if s.first < frame), stretches[-1])


def _track_map(old: VideoAnalysis, new: VideoAnalysis) -> dict[int, int]:
    """Old track id -> new track id of the same face, one to one, best matches first."""
    pairs = sorted(((_shared(a, b), a.id, b.id) for a in old.tracks for b in new.tracks), reverse=True)
    out: dict[int, int] = {}
    for share, a, b in pairs:
        if share >= SAME_TRACK_SHARE and a not in out and b not in out.values():
            out[a] = b
    return out


def _shared(a: FaceTrack, b: FaceTrack) -> float:
    """Share of ``a``'s frames on which ``b`` is the same face (boxes overlapping as one face's would)."""
    same = sum(1 for f, box in a.boxes.items() if f in b.boxes and box.iou(b.boxes[f]) >= SAME_FACE_IOU)
    return same / max(1, len(a.boxes), len(b.boxes))


# ---------------------------------------------------------------- the crowd check
CROWD_TILE_SHARE = 0.34  # each step shows about a third of the picture's width and height ...
CROWD_MIN_TILE = 240  # ... but never less than this many pixels a side
CROWD_OVERLAP = 0.2  # neighbouring steps overlap by this share, so no face is cut by both edges


def crowd_tiles(width: int, height: int) -> list[Box]:
    """The parts of the picture a crowd check steps through, across then down, overlapping: small
    enough that a face of ~16 px shows at a size a person can judge on a laptop screen."""
    side = max(CROWD_MIN_TILE, round(max(width, height) * CROWD_TILE_SHARE))
    if max(width, height) <= side * 1.5:  # a small picture is seen whole at a size a person can judge
        return [Box(0, 0, width, height)]
    tw, th = min(side, width), min(side, height)
    return [Box(x, y, tw, th) for y in _steps(height, th) for x in _steps(width, tw)]


def _steps(total: int, size: int) -> list[float]:
    if size >= total:
        return [0.0]
    n = math.ceil((total - size) / (size * (1 - CROWD_OVERLAP))) + 1
    return [round((total - size) * i / (n - 1), 1) for i in range(n)]


def eta_seconds(elapsed: float, fraction: float) -> float | None:
    """Seconds left at the pace so far, or None while too early to tell."""
    if fraction <= 0.005 or elapsed < 2.0:
        return None
    return max(0.0, elapsed * (1.0 - fraction) / fraction)


def preview_redaction(review: FileReview, options: RedactionOptions) -> PreviewRedaction | None:
    """What an export of this video would cover, as the redacted preview plays it (the same inputs the
    pipeline hands ``clean_video``); None before the tracks are in: nothing can be shown as redacted."""
    from anonymizer.core.video.preview import PreviewRedaction

    if review.analysis is None:
        return None
    return PreviewRedaction(review.analysis, options, track_choices(review), video_regions(review))
