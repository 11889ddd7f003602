"""File ▸ Export and Edit's copies: the network as a script, a picture, arrays to paste."""

import ast
import importlib.util
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog
from window_helpers import action, make_window

import simulator as sim
from ui.document.state import Selection

HAS_TORCH = importlib.util.find_spec("torch") is not None
NO_TORCH = (
    "torch is not installed (no dependency of NeuroStep): the PyTorch script is compiled only"
)


@pytest.fixture
def window(qtbot):
    return make_window(qtbot, (1280, 720))


def save_as(monkeypatch, path, chosen=""):
    """The save dialog answers ``path``, with the filter named ``chosen`` (a prefix)."""

    def dialog(parent, title, start, filters):
        picked = next((f for f in filters.split(";;") if f.startswith(chosen)), "")
        return str(path), picked

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))


def printed(path) -> list:
    done = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, timeout=120, check=True
    )
    return ast.literal_eval(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("name", sim.PRESETS)
def test_every_example_exports_a_numpy_script_printing_the_apps_output(
    window, monkeypatch, tmp_path, name
):
    """A student's exported script would print other numbers than the app shows."""
    window.document.load_preset(name)
    script = tmp_path / f"{name}.py"
    save_as(monkeypatch, script, "NumPy")
    assert window.export.export_code()
    source = script.read_text()
    assert "np.dot(" in source and "def " in source  # the seeds' style, functions written out
    np.testing.assert_allclose(printed(script), window.document.output(), rtol=0, atol=1e-6)


def test_the_course_letters_export_as_seeds_002_and_003_write(window, monkeypatch, tmp_path):
    """With the course's letters chosen, the script would still say A1 = np.dot(...)."""
    window.document.load_preset("book-3-layer")
    action(window, "actionNotationCourse").trigger()
    script = tmp_path / "course.py"
    save_as(monkeypatch, script, "NumPy")
    action(window, "actionExportCode").trigger()
    assert "Z1 = np.dot(X, W1) + B1\nA1 = sigmoid(Z1)" in script.read_text()


@pytest.mark.parametrize("name", sim.PRESETS)
def test_a_pytorch_script_builds_an_nn_sequential(window, monkeypatch, tmp_path, name):
    """The PyTorch export would not be the nn.Sequential a course shows, or not compile."""
    window.document.load_preset(name)
    script = tmp_path / "torch_net.py"
    save_as(monkeypatch, script, "PyTorch")
    assert window.export.export_code()
    source = script.read_text()
    assert "nn.Sequential(" in source
    compile(source, str(script), "exec")
    if not HAS_TORCH:
        pytest.skip(NO_TORCH)
    np.testing.assert_allclose(printed(script), window.document.output(), atol=1e-6)


def pick_view(monkeypatch, title_part):
    def dialog(parent, title, label, items, current, editable):
        return next(item for item in items if title_part in item), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(dialog))


def test_the_canvas_exports_whole_at_twice_its_size_for_slides(window, monkeypatch, tmp_path):
    """A slide would get a blurry or cut-off picture of the network."""
    window.document.load_preset("book-3-layer")
    pick_view(monkeypatch, "canvas")
    png = tmp_path / "net.png"
    save_as(monkeypatch, png, "PNG for slides")
    assert window.export.export_image()
    image = QImage(str(png))
    rect = window.canvas.scene().itemsBoundingRect()
    assert image.width() >= 2 * rect.width() and image.height() >= 2 * rect.height()
    corner = image.pixelColor(2, 2)
    assert (corner.red(), corner.green(), corner.blue()) == (255, 255, 255)


def test_a_plot_exports_as_svg(window, monkeypatch, tmp_path):
    """A teacher's handout would get a pixel picture of the curve, or nothing."""
    window.document.load_preset("book-3-layer")
    window.document.step_forward()
    pick_view(monkeypatch, "Activation")
    svg = tmp_path / "curve.svg"
    save_as(monkeypatch, svg, "SVG")
    assert window.export.export_image()
    text = svg.read_text()
    assert text.lstrip().startswith("<?xml") and "<svg" in text and "<path" in text


def test_a_picture_at_screen_size_has_the_views_own_pixels(window, monkeypatch, tmp_path):
    """ "Screen size" would still double the picture."""
    pick_view(monkeypatch, "Activation")
    png = tmp_path / "curve"  # no extension: .png is added
    save_as(monkeypatch, png, "PNG at screen")
    assert window.export.export_image()
    view = window.findChild(type(window.docks["dockActivation"].widget()), "activationPanel")
    assert QImage(str(png) + ".png").size() == view.size()


def test_the_layers_matrices_copy_as_text_and_as_numpy(window):
    """Pasting a layer into a notebook would lose digits or not be valid NumPy."""
    doc = window.document
    doc.load_preset("book-3-layer")
    doc.finish_layer()
    action(window, "actionCopyMatrices").trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Layer 1 (hidden): sigmoid")
    assert "W1 = [[0.1, 0.3, 0.5]," in text and "Z1 = [0.57444252, 0.66818777, 0.75026011]" in text
    doc.select(Selection("layer", 2))
    action(window, "actionCopyMatricesNumpy").trigger()
    code = QGuiApplication.clipboard().text()
    scope = {"np": np}
    exec(code, scope)
    assert np.array_equal(scope["W2"], doc.network.layers[1].W)
    assert np.array_equal(scope["B2"], doc.network.layers[1].b)


def test_a_file_that_cannot_be_written_is_said_so(window, monkeypatch, tmp_path):
    """A failed export would pass silently, leaving the student without the file."""
    shown = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", staticmethod(lambda *a: shown.append(a[2]))
    )
    save_as(monkeypatch, tmp_path / "missing" / "x.py", "NumPy")
    assert not window.export.export_code()
    assert shown and "x.py" in shown[0]
