"""The training views: the decision heatmap, the points, the loss chart, maps on the canvas."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt
from training_helpers import show_dock, training_window, use_network

import simulator as sim
from ui.text import describe
from ui.training.colours import SHADES


def pg_point(x, y):
    import pyqtgraph as pg

    return pg.Point(x, y)


def decision(window):
    return show_dock(window, "dockDecision")


def test_the_heatmap_changes_as_training_goes_on(qtbot):
    """Train a few epochs: the 100×100 map of the output behind the points changes."""
    window = training_window(qtbot)
    view = decision(window)
    before = view.heatmap()
    assert before is not None and before.shape == (100, 100)
    window.training.optimizer = "adam"
    for _ in range(5):
        window.training.train_epoch()
    qtbot.waitUntil(lambda: not np.array_equal(view.heatmap(), before))


def test_a_clicked_point_becomes_the_stepping_example(qtbot):
    """Click a point of the plane: the canvas steps through exactly that x and its target."""
    window = training_window(qtbot)
    view = decision(window)
    training = window.training
    row = int(training.prepared.train_rows[3])
    pos = view.point_view_pos(row)
    qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    doc = window.document
    assert np.allclose(doc.input, training.prepared.inputs[row])
    assert doc.target.tolist() == [float(training.dataset.labels[row])]
    assert doc.undo_stack.undoText() == "Use point as example"
    assert len(training.dataset) == 200  # a click on a point adds none
    doc.step_forward()
    assert doc.cursor.forward[0].inputs.tolist() == doc.input.tolist()


def test_clicking_the_plane_adds_a_point_and_a_right_click_removes_it(qtbot):
    """A click on the empty plane adds a point of the picked class, Shift+click the next."""
    window = training_window(qtbot)
    view = decision(window)
    training = window.training
    plot = view.plot
    corner = view.plane_view_pos(-1.05, 1.05)  # between the ring and the corner: no point
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert len(training.dataset) == 201 and training.choice.name == sim.OWN_DATA
    assert training.dataset.labels[-1] == 0
    shifted = view.plane_view_pos(1.05, -1.05)
    qtbot.mouseClick(
        plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, shifted
    )
    assert len(training.dataset) == 202 and training.dataset.labels[-1] == 1
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.RightButton, pos=view.point_view_pos(201))
    assert len(training.dataset) == 201
    window.document.undo()
    window.document.undo()
    window.document.undo()
    assert len(training.dataset) == 200 and training.choice.name == "circle"


def test_hovering_a_neuron_shows_its_map_large(qtbot):
    """Point at a hidden neuron on the canvas: the decision view shows that neuron's output."""
    window = training_window(qtbot)
    view = decision(window)
    output = view.heatmap()
    canvas = window.canvas
    qtbot.mouseMove(canvas.viewport(), canvas.neuron_view_pos(1, 0))
    name = describe.neuron_name(1, 0, 3)  # "neuron 1 of layer 1 (hidden)"
    qtbot.waitUntil(lambda: name in view.title.text().lower())
    assert not np.array_equal(view.heatmap(), output)
    qtbot.mouseMove(canvas.viewport(), QPoint(5, 5))
    qtbot.waitUntil(lambda: "Output" in view.title.text())


def test_neuron_maps_and_a_dead_relu_show_on_the_canvas_once_training_begins(qtbot):
    """After an epoch every hidden neuron carries its map; a ReLU at 0 everywhere is marked."""
    window = training_window(qtbot)
    net = sim.Network.create(2, [3, 1], ["relu", "sigmoid"], seed=0)
    net.layers[0].b[:] = [0.0, -50.0, 0.0]  # neuron 2's weighted input is negative everywhere
    window.document.set_network(net)
    canvas = window.canvas
    assert canvas.columns[1].maps == {}
    training = window.training
    training.train_epoch()
    qtbot.waitUntil(lambda: len(canvas.columns[1].maps) == 3)
    assert len(canvas.columns[0].maps) == 2  # the inputs x1, x2 over the plane too
    hidden = window.document.network.forward_cache(training.train_set.X)[0].z
    truly_dead = {j for j in range(3) if not hidden[:, j].any()}
    assert 1 in truly_dead and canvas.columns[1].dead == truly_dead


def test_the_loss_chart_holds_one_point_per_epoch_and_reads_out_on_hover(qtbot):
    """Each epoch adds a point to both loss lines; the pointer reads out an epoch's figures."""
    window = training_window(qtbot)
    chart = show_dock(window, "dockLoss")
    for _ in range(6):
        window.training.train_epoch()
    qtbot.waitUntil(lambda: chart.train_line.getData()[0] is not None)
    qtbot.waitUntil(lambda: len(chart.train_line.getData()[0]) == 6)
    assert len(chart.test_line.getData()[0]) == 6
    assert "Epoch 6" in chart.summary.text()
    plot = chart.plot
    vb = plot.getPlotItem().vb
    low = vb.viewRange()[1][0]
    pos = plot.mapFromScene(vb.mapViewToScene(pg_point(3.0, low)))
    qtbot.mouseMove(plot.viewport(), QPoint(pos.x(), pos.y() - 5))
    qtbot.waitUntil(lambda: chart.summary.text().startswith("Epoch 3"))
    chart.log_scale.setChecked(False)
    assert np.allclose(chart.train_line.getData()[1], window.training.history.train_loss)


def test_regression_on_a_line_draws_the_output_curve(qtbot):
    """Sine is 1-D: the view shows the targets as points and the output as a curve, and R²."""
    window = training_window(qtbot)
    use_network(window, 1, [8, 1], ["tanh", "identity"])
    window.training.set_dataset("sine", n=60)
    view = decision(window)
    window.training.train_epoch()
    assert view.heatmap() is None
    x, y = view.curve.getData()
    assert len(x) == 200 and np.all(np.diff(x) > 0)
    panel = show_dock(window, "dockTraining").widget()
    qtbot.waitUntil(lambda: "R²" in panel.figures["train"].text())


def test_k_classes_are_coloured_by_class_and_confidence(qtbot):
    """Blobs on 3 softmax outputs: the map holds each class's colour band, shaded."""
    window = training_window(qtbot)
    use_network(window, 2, [6, 3], ["tanh", "softmax"])
    window.training.set_dataset("blobs", n=150)
    window.training.optimizer = "adam"
    for _ in range(30):
        window.training.train_epoch()
    heat = decision(window).heatmap()
    classes = set(np.unique(heat // SHADES).tolist())
    assert classes == {0, 1, 2}
    assert heat.max() < 3 * SHADES


def test_data_with_many_inputs_says_why_there_is_no_map(qtbot):
    """Digits have 64 inputs: the view says it draws 1-D and 2-D data, not an empty plot."""
    window = training_window(qtbot)
    use_network(window, 64, [10], ["softmax"])
    window.training.set_dataset("digits", n=50)
    view = decision(window)
    assert view.heatmap() is None
    assert view.note.isVisible() and "64" in view.note.text()


def test_while_a_run_trains_the_edges_show_the_weights_shown(qtbot):
    """A run's edges left undrawn between refreshes would keep the thickness of old weights."""
    from canvas_helpers import show_canvas

    from ui.canvas import NetworkCanvas

    window = training_window(qtbot)
    use_network(window, 2, [6, 1], ["tanh", "sigmoid"])
    training, doc = window.training, window.document
    training.optimizer, training.learning_rate = "adam", 0.1
    start = doc.network.layers[0].W.copy()
    training.start()
    qtbot.waitUntil(lambda: np.abs(doc.network.layers[0].W - start).max() > 0.3, timeout=20000)
    assert training.is_running  # the weights below are a refresh of the run's, shown live
    fresh = show_canvas(qtbot, NetworkCanvas(doc))
    for mine, theirs in zip(window.canvas.edge_items, fresh.edge_items):
        assert mine.pen_colours() == theirs.pen_colours()
    training.pause()


def test_the_loss_axis_title_is_never_cut(qtbot):
    """The left axis title fits the chart; a tall chart names the train and test colours."""
    for size, full in (((1280, 720), False), ((1280, 1600), True)):
        window = training_window(qtbot, size)
        chart = show_dock(window, "dockLoss")
        window.training.train_epoch()
        qtbot.waitUntil(lambda c=chart: c.plot is not None and c.plot.isVisible())
        item = chart.plot.getPlotItem()
        qtbot.waitUntil(lambda i=item: i.vb.height() > 50)
        axis = item.getAxis("left")
        title = axis.label.toPlainText()
        assert axis.label.boundingRect().width() <= item.vb.height(), title
        assert ("train" in title and "test" in title) == full, (size, title)
