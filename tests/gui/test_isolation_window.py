"""The window with the real worker pool (issue 20): a photo that crashes its worker, one that eats all
memory and one that never ends each cost that photo only; the window answers clicks meanwhile, the
other photos are looked at and exported, and no temp file is left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from anonymizer.core.isolation.pool import IsolatedPool
from anonymizer.core.models import Status
from anonymizer.core.output import is_temp_name
from anonymizer.gui.queue import State
from tests import isolation_faults as faults
from tests.hostile_factory import jpeg_bytes

from .conftest import make_photo

pytestmark = pytest.mark.gui
# The stuck photo is stopped after about 20 s: long enough for the others to be looked at first on a
# loaded machine, so that the window is seen answering while one of its workers hangs.
STUCK_FOR = 20.0


@pytest.fixture()
def pool() -> Iterator[IsolatedPool]:
    with faults.faulty_pool(2, hang_stopped_after=STUCK_FOR) as p:
        yield p


def test_files_that_kill_their_worker_cost_only_themselves(qtbot, window, pool, tmp_path, out_dir):  # noqa: ANN001
    folder = tmp_path / "photos"
    folder.mkdir()
    # Looks run one at a time (main_window: one detector pass at a time), so the stuck one comes last.
    names = ["a-good.png", f"b-{faults.CRASH}.png", f"c-{faults.HOG}.png", "d-good.png", f"e-{faults.HANG}.jpg"]
    for seed, name in enumerate(names[:4]):
        make_photo(folder / name, seed=seed + 1)
    (folder / names[4]).write_bytes(jpeg_bytes())  # small: its time limit is about STUCK_FOR alone
    items = {i.path.name: i for i in window.add_paths([folder])}
    good = [items[names[0]], items[names[3]]]
    crashed, hog, stuck = items[names[1]], items[names[2]], items[names[4]]

    qtbot.waitUntil(lambda: all(i.final for i in good) and crashed.state is State.ERROR
                    and hog.state is State.ERROR, timeout=int(STUCK_FOR * 1000))
    assert stuck.state is State.LOOKING, "the stuck photo is still in its worker"
    # The window answers a click while that worker hangs: the photo clicked is the one shown.
    assert window.queue.current() is not good[1]
    row = window.queue.item(window.queue.items.index(good[1]))
    window.queue.scrollToItem(row)
    rect = window.queue.visualItemRect(row)
    QTest.mouseClick(window.queue.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    qtbot.waitUntil(lambda: window.queue.current() is good[1], timeout=2000)
    assert stuck.state is State.LOOKING

    qtbot.waitUntil(lambda: stuck.state is State.ERROR, timeout=int(STUCK_FOR * 4000))
    for item, words in ((crashed, "crashed"), (hog, "more memory"), (stuck, "took far longer")):
        assert "could not be opened safely" in item.error and words in item.error, item.error

    window.set_output_dir(out_dir)
    with qtbot.waitSignal(window.export_finished, timeout=int(STUCK_FOR * 4000)) as blocker:
        window.export_all()  # both good photos were on screen, nothing unsure on them: no question asked
    results = {r.input.name: r for r in blocker.args[0]}
    assert [results[n].status for n in names] == [Status.OK, Status.ERROR, Status.ERROR, Status.OK, Status.ERROR]
    written = list(out_dir.iterdir())
    assert len(written) == 2 and not [p for p in written if is_temp_name(p.name)]

