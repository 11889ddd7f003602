"""Helpers shared by the file-format tests."""

import json

import numpy as np

from simulator.fileformat import to_document
from simulator.network import Network
from simulator.presets import load_preset


def bits(array):
    """The exact bit pattern of a float array (tells -0.0 from 0.0)."""
    return np.asarray(array, dtype=np.float64).view(np.uint64).tolist()


def assert_same_network(a: Network, b: Network):
    assert a.sizes == b.sizes
    for la, lb in zip(a.layers, b.layers):
        assert la.activation == lb.activation
        assert bits(la.W) == bits(lb.W) and bits(la.b) == bits(lb.b)
        assert bits([la.alpha]) == bits([lb.alpha])


def valid_document():
    p = load_preset("book-3-layer")
    return to_document(
        p.network,
        input=p.input,
        target=p.target,
        dataset="xor",
        training={"learning_rate": 0.1},
        title="t",
    )


def write(path, document_or_text):
    text = document_or_text if isinstance(document_or_text, str) else json.dumps(document_or_text)
    path.write_text(text, encoding="utf-8")
    return path
