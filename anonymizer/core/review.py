"""Pure helpers for reviewing one file before export (used by the GUI; no Qt).

Detected regions keep the user's decisions when the detector runs again (a refined pass, a new
sensitivity): a region the user switched off or reshaped stays so if the new pass finds the same face.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from anonymizer.core.models import Box, Detection, RedactionOptions, Region, RegionSource

# Detections scoring below this are drawn distinctly so the user looks at them (they are still redacted).
LOW_CONFIDENCE = 0.6
SAME_FACE_IOU = 0.4


@dataclass(frozen=True)
class ReviewedRegion:
    """A region plus where it came from: the detection it was grown from, and whether the user edited it."""

    region: Region
    detection: Detection | None = None
    edited: bool = False


def is_low_confidence(region: Region) -> bool:
    return region.source is RegionSource.DETECTED and region.score is not None and region.score < LOW_CONFIDENCE


def needs_review(regions: Sequence[Region]) -> bool:
    return any(r.enabled and is_low_confidence(r) for r in regions)


def grow(detection: Detection, options: RedactionOptions, width: int, height: int) -> Box:
    return detection.box.expanded(options.scale, options.down_shift).clipped(width, height)


def from_detections(detections: Sequence[Detection], options: RedactionOptions, width: int,
                    height: int) -> list[ReviewedRegion]:
    return [ReviewedRegion(Region(grow(d, options, width, height), options.shape, RegionSource.DETECTED,
                                  score=d.score), d)
            for d in detections]


def merge_redetected(old: Sequence[ReviewedRegion], detections: Sequence[Detection], options: RedactionOptions,
                     width: int, height: int, keep_unmatched: bool = False) -> list[ReviewedRegion]:
    """New detected regions, carrying over the user's choices; manual regions are kept as they are.

    ``keep_unmatched``: also keep old detected faces the new pass does not find (a refining pass at
    the same sensitivity must never cover fewer faces than the quick one did).
    """
    kept_manual = [r for r in old if r.region.source is RegionSource.MANUAL]
    old_detected = [r for r in old if r.region.source is RegionSource.DETECTED and r.detection is not None]
    merged: list[ReviewedRegion] = []
    for fresh in from_detections(detections, options, width, height):
        assert fresh.detection is not None
        match = max(old_detected, key=lambda r: r.detection.box.iou(fresh.detection.box),  # type: ignore[union-attr]
                    default=None)
        if match is not None and match.detection.box.iou(fresh.detection.box) >= SAME_FACE_IOU:  # type: ignore[union-attr]
            region = match.region if match.edited else replace(fresh.region, enabled=match.region.enabled)
            merged.append(ReviewedRegion(replace(region, score=fresh.region.score), fresh.detection, match.edited))
        else:
            merged.append(fresh)
    # A face the user reshaped by hand that the new pass no longer finds stays, as a manual region
    # (with keep_unmatched, every enabled face of the old pass stays).
    for r in old_detected:
        if (r.edited or keep_unmatched) and r.region.enabled and not any(
                r.detection.box.iou(m.detection.box) >= SAME_FACE_IOU  # type: ignore[union-attr]
                for m in merged if m.detection is not None):
            merged.append(r if keep_unmatched and not r.edited
                          else ReviewedRegion(replace(r.region, source=RegionSource.MANUAL, score=None)))
    return merged + kept_manual


def reshaped(reviewed: ReviewedRegion, options: RedactionOptions, width: int, height: int) -> ReviewedRegion:
    """The region in ``options.shape``; an unedited detected face is regrown with that shape's margin."""
    if reviewed.detection is not None and not reviewed.edited:
        box = grow(reviewed.detection, options, width, height)
        return replace(reviewed, region=replace(reviewed.region, box=box, shape=options.shape))
    return replace(reviewed, region=replace(reviewed.region, shape=options.shape))


def eta_seconds(elapsed: float, fraction: float) -> float | None:
    """Seconds left at the pace so far, or None while too early to tell."""
    if fraction <= 0.005 or elapsed < 2.0:
        return None
    return max(0.0, elapsed * (1.0 - fraction) / fraction)
