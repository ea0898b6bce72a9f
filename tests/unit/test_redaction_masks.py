"""The default region covers the whole labelled face, brows and eyes included (masked faces)."""

from __future__ import annotations

import numpy as np
import pytest

from anonymizer.core.models import Box, Detection, RedactionOptions, Shape
from anonymizer.core.redaction import regions_from_detections
from anonymizer.core.redaction.masks import shape_mask


@pytest.mark.parametrize("shape", list(Shape))
@pytest.mark.parametrize("wh", [(24, 30), (40, 40), (60, 85), (100, 130), (300, 420), (90, 70)])
def test_default_region_covers_the_face_box(shape: Shape, wh: tuple[int, int]) -> None:
    w, h = wh
    box = Box(200.0, 150.0, float(w), float(h))
    opts = RedactionOptions(shape=shape)
    region = regions_from_detections([Detection(box, 0.9)], opts, 1000, 1000)[0]
    mask = shape_mask(region.box, shape, 1000, 1000)
    face = mask[150:150 + h, 200:200 + w]
    assert face.all(), f"{shape}: {np.size(face) - face.sum()} face pixels outside"
    # The brow line sits at or slightly above the top of a detector's box: a band of 10% of the
    # height above the box is covered across its middle 70%.
    band = mask[150 - int(0.10 * h):150, 200 + int(0.15 * w):200 + w - int(0.15 * w)]
    assert band.all()
