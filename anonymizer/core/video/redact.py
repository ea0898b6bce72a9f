"""What covers one video frame: the single rule the export and the window's redacted preview share.

Given the tracker's boxes on a frame (found now or replayed from the look), a person's track decisions
and the regions drawn by hand, :class:`FrameRedactor` decides the regions and redacts them. Nothing else
decides what a video frame shows, so the preview cannot show less cover than the export writes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from anonymizer.core.models import Box, Detection, RedactionOptions, Region, RegionSource
from anonymizer.core.redaction import apply_redaction, pixel_bounds, regions_from_detections
from anonymizer.core.video.types import NO_CHOICES, ManualVideoRegion, TrackChoices

MANUAL_KEY = 1 << 40  # generator keys of manual regions, apart from track ids
STEADY_PAD = 0.03  # a face's region is drawn this much larger on each side, then kept while it fits
STEADY_MIN_SHARE = 0.8  # ... and while the face fills at least this share of it


class FrameRedactor:
    """Redacts the frames of one clip in order (a preview may skip frames: the state only smooths).

    Each face's redaction noise comes from its own generator, seeded the same on every frame: noise
    drawn afresh per frame would average out over frames and give the face back."""

    def __init__(self, options: RedactionOptions, width: int, height: int,
                 manual: Sequence[ManualVideoRegion] = (), choices: TrackChoices = NO_CHOICES) -> None:
        self.options, self.size, self.manual, self.choices = options, (width, height), tuple(manual), choices
        self.secret = int.from_bytes(os.urandom(8), "little")
        self.steady: dict[int, Box] = {}  # the last region of each track

    def chosen(self, index: int, boxes: dict[int, Box]) -> dict[int, Box]:
        """The boxes a person left on: a switched-off track stays visible on every frame, bridged and held
        ones included; a cut track only on its range; every other track keeps all the tracker gave it."""
        return {k: b for k, b in boxes.items() if self.choices.covers(k, index)}

    def regions(self, index: int, kept: dict[int, Box]) -> list[tuple[int, Region]]:
        """(generator key, region) pairs: faces by track id, manual regions after them."""
        w, h = self.size
        keys = list(kept)
        regions = regions_from_detections([Detection(kept[k], 1.0) for k in keys], self.options, w, h)
        out = [(k, replace(r, box=self._steady(k, r.box))) for k, r in zip(keys, regions, strict=True)]
        self.steady = {k: self.steady[k] for k in keys}
        out += [(MANUAL_KEY + i, Region(m.box.clipped(w, h), m.shape, RegionSource.MANUAL))
                for i, m in enumerate(self.manual) if m.covers(index)]
        return out

    def _steady(self, key: int, box: Box) -> Box:
        """Keep a face's region from the last frame while it still contains the new one, so that the
        sub-pixel jitter of detections does not change the region's size and with it the noise."""
        old = self.steady.get(key)
        if old is not None and old.x <= box.x and old.y <= box.y and old.x2 >= box.x2 and old.y2 >= box.y2 \
                and box.area >= STEADY_MIN_SHARE * old.area:
            return old
        w, h = self.size
        new = Box(box.x - box.w * STEADY_PAD, box.y - box.h * STEADY_PAD, box.w * (1 + 2 * STEADY_PAD),
                  box.h * (1 + 2 * STEADY_PAD)).clipped(w, h)
        self.steady[key] = new
        return new

    def redact(self, rgb: np.ndarray, index: int, boxes: dict[int, Box]) -> dict[int, Box]:
        """Redact frame ``index`` in place, one region at a time on its own crop (no full-frame masks per
        region); returns the track boxes it covered."""
        kept = self.chosen(index, boxes)
        w, h = self.size
        for key, region in self.regions(index, kept):
            x1, y1, x2, y2 = pixel_bounds(region.box, w, h)
            if x2 <= x1 or y2 <= y1:
                continue
            local = replace(region, box=region.box.translated(-x1, -y1))
            rng = np.random.default_rng([self.secret, key])
            rgb[y1:y2, x1:x2] = apply_redaction(rgb[y1:y2, x1:x2], [local], self.options, rng=rng)
        return kept
