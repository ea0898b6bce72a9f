"""Apply redaction to an image: regions (ellipse or rectangle) and brush strokes."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from anonymizer.core.models import BrushStroke, Detection, RedactionOptions, Region, RegionSource, Shape
from anonymizer.core.redaction.masks import pixel_bounds, shape_mask, stroke_box, stroke_mask
from anonymizer.core.redaction.styles import redact_patch

__all__ = ["apply_redaction", "regions_from_detections", "pixel_bounds"]


def regions_from_detections(
    detections: Sequence[Detection], options: RedactionOptions, width: int, height: int
) -> list[Region]:
    """Grow each detected face to cover hair, ears and chin, in the chosen shape."""
    return [
        Region(
            box=d.box.expanded(options.scale, options.down_shift).clipped(width, height),
            shape=options.shape,
            source=RegionSource.DETECTED,
            score=d.score,
        )
        for d in detections
    ]


def _apply(out: np.ndarray, original: np.ndarray, bounds: tuple[int, int, int, int], mask: np.ndarray,
           options: RedactionOptions, rng: np.random.Generator) -> None:
    x1, y1, x2, y2 = bounds
    if x2 <= x1 or y2 <= y1:
        return
    patch = redact_patch(original[y1:y2, x1:x2], options.style, rng)
    local = mask[y1:y2, x1:x2]
    out[y1:y2, x1:x2][local] = patch[local]


def apply_redaction(
    rgb: np.ndarray,
    regions: Sequence[Region],
    options: RedactionOptions,
    strokes: Sequence[BrushStroke] = (),
    rng: np.random.Generator | None = None,
) -> np.ndarray:
    """Return a redacted copy of ``rgb``; regions switched off by the user are left alone."""
    rng = rng if rng is not None else np.random.default_rng()
    height, width = rgb.shape[:2]
    out = rgb.copy()
    for region in regions:
        if not region.enabled:
            continue
        bounds = pixel_bounds(region.box, width, height)
        _apply(out, rgb, bounds, shape_mask(region.box, region.shape, width, height), options, rng)
    for stroke in strokes:
        bounds = pixel_bounds(stroke_box(stroke), width, height)
        _apply(out, rgb, bounds, stroke_mask(stroke, width, height), options, rng)
    return out


def changed_enough(before: np.ndarray, after: np.ndarray, bounds: tuple[int, int, int, int],
                   mask: np.ndarray) -> bool:
    """True when the masked pixels of a region really differ from the original (verification)."""
    x1, y1, x2, y2 = bounds
    local = mask[y1:y2, x1:x2]
    if not local.any():
        return True
    a = before[y1:y2, x1:x2][local].astype(np.int16)
    b = after[y1:y2, x1:x2][local].astype(np.int16)
    return bool(np.mean(np.abs(a - b)) > 2.0 or a.std() < 4.0)


__all__ += ["changed_enough", "Shape"]
