"""The core review model (no Qt): regions from one growth function, candidates, decisions, unsure spots,
the reviewed state, merges that keep what a person did, the crowd check's steps."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anonymizer.core import review as core
from anonymizer.core.detection import FaceSearch, split_candidates
from anonymizer.core.detection.detector import RawDetections
from anonymizer.core.models import Box, Detection, RedactionOptions, Region, RegionSource, Shape
from anonymizer.core.redaction import face_region_box, regions_from_detections
from anonymizer.core.redaction.masks import shape_mask
from anonymizer.core.review import Spot

W, H = 800, 600
OPTS = RedactionOptions()
FACE = Detection(Box(100, 100, 60, 70), 0.95)
LOW = Detection(Box(400, 100, 30, 30), 0.4)  # redacted, low confidence, small: not an unsure spot
BANNER = Detection(Box(300, 250, 200, 250), 0.31)  # redacted, low confidence, big: an unsure spot
CANDIDATES = (Detection(Box(600, 400, 40, 40), 0.12), Detection(Box(50, 450, 20, 22), 0.08))


def review(search: FaceSearch | None = None, refined: bool = True) -> core.FileReview:
    return core.new_review(W, H, search or FaceSearch((FACE, LOW, BANNER), CANDIDATES), OPTS, refined=refined)


def by_score(r: core.FileReview, score: float) -> int:
    (rid,) = [k for k, v in r.regions.items() if v.detection is not None and v.detection.score == score]
    return rid


def test_faces_are_redacted_candidates_are_not() -> None:
    r = review()
    enabled = {v.detection.score: v.region.enabled for v in r.regions.values() if v.detection is not None}
    assert enabled == {0.95: True, 0.4: True, 0.31: True, 0.12: False, 0.08: False}
    assert core.undecided_candidates(r) == 2
    edits = core.to_edits(r)
    assert edits.candidates == 2 and sum(x.enabled for x in edits.regions or ()) == 3


def test_regions_come_from_the_one_growth_function() -> None:
    turned = Detection(Box(200, 200, 80, 100), 0.9, ((220, 240), (250, 240), (275, 260), (225, 280), (250, 280)))
    r = review(FaceSearch((turned,)))
    (got,) = r.region_list()
    assert got.box == face_region_box(turned, OPTS, W, H)
    assert got == regions_from_detections([turned], OPTS, W, H)[0]
    assert got.box.w > turned.box.w * OPTS.scale  # the turned-head growth is in


def test_unsure_spots_big_unsure_faces_first_then_largest_candidates() -> None:
    r = review()
    spots = core.unsure_spots(r)
    assert [r.regions[s].detection.score for s in spots] == [0.31, 0.12, 0.08]  # type: ignore[union-attr]
    assert core.spot_of(r.regions[by_score(r, 0.4)], r.area) is Spot.FACE
    assert core.spot_of(r.regions[by_score(r, 0.31)], r.area) is Spot.UNSURE_FACE


def test_decisions_and_the_reviewed_state() -> None:
    r = review()
    assert not core.is_reviewed(r) and not core.is_reviewed(core.decide(r, by_score(r, 0.12), True))
    r = core.decide(r, by_score(r, 0.12), cover=True)  # "it is a face"
    confirmed = r.regions[by_score(r, 0.12)]
    assert confirmed.region.enabled and confirmed.region.source is RegionSource.DETECTED and confirmed.decided
    r = core.decide(r, by_score(r, 0.08), cover=False)
    r = core.decide(r, by_score(r, 0.31), cover=False)  # the banner: not a face, stays visible
    assert core.unsure_spots(r) == [] and core.undecided_candidates(r) == 0
    assert not core.is_reviewed(r)  # nobody has seen it yet
    from dataclasses import replace

    assert core.is_reviewed(replace(r, seen=True))
    assert core.is_reviewed(core.mark_reviewed(review()))  # marked by hand, spots or not
    assert core.redacted_faces(r) == 3  # FACE, LOW and the confirmed candidate


def test_undo_restores_edits_but_not_what_is_known_about_the_file() -> None:
    from dataclasses import replace

    before = review()
    after = replace(core.decide(before, by_score(before, 0.12), True), seen=True, refined=True)
    undone = core.with_edits_of(after, before)
    assert undone.seen and not undone.regions[by_score(undone, 0.12)].decided


def test_merge_keeps_decisions_edits_and_manual_regions() -> None:
    r = review(refined=False)
    r = core.toggle(r, by_score(r, 0.95))  # switched off
    r = core.decide(r, by_score(r, 0.12), True)
    r, manual = core.add_region(r, Region(Box(10, 10, 30, 30), Shape.RECTANGLE, RegionSource.MANUAL))
    moved = by_score(r, 0.4)
    r = core.move_region(r, moved, Box(390, 90, 50, 50))
    again = FaceSearch((Detection(Box(102, 101, 60, 70), 0.97), Detection(Box(401, 100, 30, 30), 0.5)),
                       (Detection(Box(601, 400, 40, 40), 0.15),))
    merged = core.merge_search(r, again, OPTS, refining=True)
    assert merged.refined
    assert not merged.regions[by_score(merged, 0.97)].region.enabled  # still off
    assert merged.regions[by_score(merged, 0.15)].region.enabled  # still confirmed
    assert merged.regions[moved].region.box == Box(390, 90, 50, 50)  # still where the user put it
    assert merged.regions[manual].region.source is RegionSource.MANUAL
    # Refining never covers fewer faces: the banner the thorough pass did not find again stays.
    assert any(v.detection is BANNER for v in merged.regions.values())
    # A new sensitivity (not refining) may drop a face nobody touched.
    assert not any(v.detection is BANNER for v in core.merge_search(r, again, OPTS).regions.values())


def test_split_candidates_floor_size_and_limit() -> None:
    boxes = np.array([[0, 0, 50, 50], [100, 0, 140, 40], [200, 0, 210, 10], [300, 0, 320, 20],
                      [400, 0, 430, 30]], np.float32)
    raw = RawDetections(boxes, np.array([0.9, 0.2, 0.2, 0.04, 0.1], np.float32), np.zeros((5, 10), np.float32))
    found = split_candidates(raw, threshold=0.3, floor=0.05, min_height=16, limit=1)
    assert [d.score for d in found.faces] == [pytest.approx(0.9)]
    # 0.04 is under the floor, the 10 px box is too small, and of the two left the larger one is kept.
    assert [d.box.h for d in found.candidates] == [40]


def test_crowd_tiles_cover_the_picture_with_overlap() -> None:
    for w, h in ((4000, 3000), (1024, 683), (300, 200)):
        tiles = core.crowd_tiles(w, h)
        covered = np.zeros((h, w), bool)
        for t in tiles:
            covered[int(t.y):int(t.y2), int(t.x):int(t.x2)] = True
        assert covered.all()
        assert tiles[0].x == 0 and tiles[0].y == 0
    assert len(core.crowd_tiles(4000, 3000)) >= 12
    assert core.crowd_tiles(300, 200) == [Box(0, 0, 300, 200)]


# -- the window's route against the CLI's: every region the window exports contains the CLI's ---------
landmark = st.tuples(st.floats(0, 1), st.floats(0, 1))


@st.composite
def detections(draw: st.DrawFn) -> Detection:
    x, y = draw(st.floats(0, W - 20)), draw(st.floats(0, H - 20))
    w, h = draw(st.floats(8, 300)), draw(st.floats(8, 300))
    marks = draw(st.one_of(st.just(()), st.tuples(landmark, landmark, landmark, landmark, landmark)))
    marks = tuple((x + u * w, y + v * h) for u, v in marks)
    return Detection(Box(x, y, w, h), draw(st.floats(0.3, 1.0)), marks)


@settings(max_examples=60, deadline=None)
@given(st.lists(detections(), min_size=1, max_size=4), st.sampled_from(list(Shape)))
def test_window_regions_contain_the_cli_regions(found: list[Detection], shape: Shape) -> None:
    from anonymizer.core.models import CleanOptions
    from anonymizer.core.pipeline import auto_review

    options = RedactionOptions(shape=shape)
    search = FaceSearch(tuple(found))
    # The window: a fast look, then the thorough pass merged (same findings here), then the export.
    window = core.merge_search(core.new_review(W, H, search, options, refined=False), search, options,
                               refining=True)
    window_regions = [r for r in core.to_edits(window).regions or () if r.enabled]
    cli = core.to_edits(auto_review(W, H, search, CleanOptions(redaction=options)))
    cli_regions = [r for r in cli.regions or () if r.enabled]
    assert len(window_regions) == len(cli_regions)
    for a, b in zip(sorted(window_regions, key=lambda r: r.box.as_list()),
                    sorted(cli_regions, key=lambda r: r.box.as_list()), strict=True):
        outer, inner = shape_mask(a.box, a.shape, W, H), shape_mask(b.box, b.shape, W, H)
        assert not (inner & ~outer).any()


def test_a_candidate_lying_on_a_redacted_face_asks_nothing_new() -> None:
    boxes = np.array([[100, 100, 160, 170],  # a face
                      [110, 105, 165, 175],  # an echo of it, just under NMS's IoU
                      [80, 80, 200, 240],  # a head-and-shoulders box holding it
                      [300, 100, 340, 140],  # a separate spot
                      [150, 100, 200, 170]], np.float32)  # a neighbour touching the face's edge
    raw = RawDetections(boxes, np.array([0.9, 0.2, 0.15, 0.1, 0.1], np.float32), np.zeros((5, 10), np.float32))
    found = split_candidates(raw, threshold=0.3, floor=0.05, min_height=16, limit=40)
    assert sorted(d.box.x for d in found.candidates) == [150, 300]
