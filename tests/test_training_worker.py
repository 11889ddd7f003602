"""Training in a worker process: the same numbers as in the window, and nothing lost."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from training_helpers import show_dock, training_window, use_network, wait_until_paused

import simulator as sim
from ui.training import worker_link
from ui.training.loop import Loop, Settings

ROOT = Path(__file__).resolve().parents[1]
posix_only = pytest.mark.skipif(os.name != "posix", reason="signals and /proc")


def spiral_trainer(seed=3):
    ds = sim.make_dataset("spiral", n=120, noise=0.05, seed=0)
    net = sim.Network.create(2, [8, 8, 2], ["tanh", "tanh", "softmax"], seed=0)
    T = ds.targets_for(2)
    trainer = sim.Trainer(
        net, ds.X, T, "cross_entropy", sim.Adam(learning_rate=0.03), batch_size=7, seed=seed
    )
    part = sim.Dataset("spiral", ds.X, T, ds.kind, ds.n_classes, (), ())
    return trainer, (part, part)


def same_weights(a: sim.Network, b: sim.Network) -> bool:
    return all(np.array_equal(p, q) for p, q in zip(a.parameters(), b.parameters(), strict=True))


def wait_for_worker(qtbot) -> worker_link.Worker:
    """The application's worker, once it has started and said it is ready."""
    found = []
    qtbot.waitUntil(
        lambda: found.append(worker_link.ready_worker()) or found[-1] is not None, timeout=60_000
    )
    return found[-1]


@pytest.fixture
def worker_on(monkeypatch):
    monkeypatch.setenv(worker_link.SWITCH, "1")


def test_a_pickled_trainer_goes_on_exactly_as_the_one_left_behind():
    """Training handed to the worker mid-epoch would drift from the same run kept here."""
    kept, _ = spiral_trainer()
    moved, _ = spiral_trainer()
    for trainer in (kept, moved):
        trainer.epoch()
        for _ in range(5):
            trainer.step()  # mid-pass: the place in the shuffled pass travels too
    moved = pickle.loads(pickle.dumps(moved))
    for trainer in (kept, moved):
        trainer.epoch()
        trainer.epoch()
    assert same_weights(kept.net, moved.net)
    assert kept.history == moved.history


def spiral_in_the_worker(qtbot, epochs: int):
    """A spiral run of ``epochs`` handed to the worker, trained there and come back:
    (its ``Ending``, its loop, the worker)."""
    worker = wait_for_worker(qtbot)
    trainer, parts = spiral_trainer()
    loop = Loop(trainer, parts)
    loop.begin(trainer.net.copy(), 0)
    settings = Settings(0.03, 7, 0.0, epochs, None)
    remote = worker_link.RemoteRun(worker, loop, settings)
    endings = []
    qtbot.waitUntil(
        lambda: endings.append(remote.poll(settings)) or endings[-1] is not None, timeout=60_000
    )
    return endings[-1], remote.loop, worker


def test_epochs_in_the_worker_equal_epochs_headless_bit_for_bit(qtbot, worker_on):
    """A run in the worker would give other weights than the same seed trained headless."""
    ending, home, _worker = spiral_in_the_worker(qtbot, 25)
    assert ending.kind == "epochs"
    headless, _ = spiral_trainer()
    for _ in range(25):
        headless.epoch()
    assert home.epoch == 25 and home.log.count == 25
    assert same_weights(home.trainer.net, headless.net)
    figures, rows = home.log.take()
    assert np.array_equal(rows[-1], np.concatenate([p.ravel() for p in headless.net.parameters()]))
    # it came back whole: the optimizer's moments and the pass go on here exactly
    home.trainer.epoch()
    headless.epoch()
    assert same_weights(home.trainer.net, headless.net)


def test_the_worker_imports_no_qt(qtbot, worker_on):
    """The worker would load Qt (seconds, and memory) or run the parent's main script."""
    _ending, _home, worker = spiral_in_the_worker(qtbot, 2)  # it unpickled a whole loop
    names = worker.modules()
    assert "ui.training.loop" in names and "simulator.training" in names
    tops = {name.split(".")[0] for name in names}
    assert not tops & {"PySide6", "shiboken6", "pyqtgraph"}
    assert not tops & {"pytest", "_pytest"}  # the parent's main script (pytest's) was not run


def test_a_run_in_the_worker_equals_one_in_the_window_process(qtbot, monkeypatch):
    """Training looks the same whether the worker or the window trains: weights, chart."""
    monkeypatch.setenv(worker_link.SWITCH, "1")
    wait_for_worker(qtbot)
    there = xor_run_and_one_epoch(qtbot)
    monkeypatch.setenv(worker_link.SWITCH, "0")
    here = xor_run_and_one_epoch(qtbot)
    assert there[3] and not here[3]
    assert there[2] == here[2] == 31
    assert same_weights(there[0], here[0])
    assert there[1] == here[1]


def xor_run_and_one_epoch(qtbot):
    """(network, history, epoch, whether the worker trained) after a 30-epoch run of
    xor with Adam and one more epoch on from it (with the run's trainer, come back)."""
    window = training_window(qtbot)
    training = window.training
    use_network(window, 2, [6, 1], ["tanh", "sigmoid"])
    training.set_dataset("xor", n=200, noise=0.1)
    training.optimizer = "adam"
    training.stop_epochs = 30
    seen = []  # the worker is ready: the run goes to it at once
    training.runningChanged.connect(lambda on: seen.append(on and training.runner.in_worker))
    training.start()
    wait_until_paused(qtbot, training)
    training.train_epoch()
    return window.document.network.copy(), training.history.copy(), training.epoch, any(seen)


def test_a_run_diverging_in_the_worker_comes_back_to_its_last_good_epoch(qtbot, worker_on):
    """η far too large in the worker: it pauses with a message, the weights finite."""
    wait_for_worker(qtbot)
    window = training_window(qtbot)
    training = window.training
    use_network(window, 2, [1], ["identity"])
    training.set_dataset("plane", n=100)
    training.optimizer = "sgd"
    training.learning_rate = 1e6
    there = []
    training.runningChanged.connect(lambda on: there.append(on and training.runner.in_worker))
    training.start()
    wait_until_paused(qtbot, training)
    assert there[0]
    assert all(np.isfinite(p).all() for p in window.document.network.parameters())
    assert "η = 1e+06" in show_dock(window, "dockTraining").widget().message.text()
    assert training.epoch == 0 and window.document.undo_stack.undoText() != "Train 0 epochs"


@posix_only
def test_killing_the_worker_mid_run_loses_nothing(qtbot, worker_on):
    """The worker dies mid-run: the run goes on with its weights, says so, and undoes."""
    wait_for_worker(qtbot)
    window = training_window(qtbot)
    training = window.training
    before = window.document.network.copy()
    training.optimizer = "adam"
    training.start()
    qtbot.waitUntil(lambda: training.runner.in_worker and training.epoch >= 3, timeout=60_000)
    os.kill(worker_link.current().pid, signal.SIGKILL)
    epoch = training.epoch
    qtbot.waitUntil(lambda: training.epoch >= epoch + 5, timeout=60_000)
    assert training.is_running
    panel = show_dock(window, "dockTraining").widget()
    assert "stopped unexpectedly" in panel.message.text()
    training.pause()
    net = window.document.network
    assert all(np.isfinite(p).all() for p in net.parameters())
    assert same_weights(net, training.network)
    assert len(training.history.train_loss) == training.epoch
    assert window.document.undo_stack.undoText() == f"Train {training.epoch} epochs"
    window.document.undo()
    assert same_weights(window.document.network, before)


def test_with_the_worker_switched_off_the_window_trains(qtbot, monkeypatch):
    """NEUROSTEP_TRAIN_WORKER=0 would still start a process, or not train at all."""
    monkeypatch.setenv(worker_link.SWITCH, "0")
    window = training_window(qtbot)
    training = window.training
    training.stop_epochs = 5
    seen = []
    training.clock.tick.connect(lambda: seen.append(training.runner.in_worker))
    training.start()
    wait_until_paused(qtbot, training)
    assert training.epoch == 5 and not any(seen)
    assert worker_link.ready_worker() is None


SCRIPT = """
import sys, time
sys.path.insert(0, {root!r})
from ui.training import worker_link
while worker_link.ready_worker() is None:
    time.sleep(0.01)
print(worker_link.current().pid, flush=True)
{then}
"""


@posix_only
@pytest.mark.parametrize(
    "how, then",
    [("killed", "time.sleep(120)"), ("quits", "sys.stdin.readline()")],
)
def test_the_worker_ends_with_the_application(qtbot, how, then):
    """Closing or killing the app would leave its training process running for ever."""
    env = dict(os.environ, **{worker_link.SWITCH: "1"})
    app = subprocess.Popen(
        [sys.executable, "-c", SCRIPT.format(root=str(ROOT), then=then)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        pid = int(app.stdout.readline())
        assert running(pid)
        if how == "killed":
            app.send_signal(signal.SIGKILL)
        else:
            app.stdin.write("\n")
            app.stdin.flush()
        app.wait(timeout=60)
        qtbot.waitUntil(lambda: not running(pid), timeout=30_000)
    finally:
        app.kill()
        app.wait()


def running(pid: int) -> bool:
    """Whether process ``pid`` exists and is not a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"
