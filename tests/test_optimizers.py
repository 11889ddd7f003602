"""Optimizers: the book's formulas, their state, and how they follow a network edit."""

import numpy as np
import pytest

from simulator.optimizers import SGD, Adam, Momentum


def book_sgd(params, grads, lr):
    for key in params:
        params[key] -= lr * grads[key]


class BookMomentum:
    def __init__(self, lr, momentum=0.9):
        self.lr, self.momentum, self.v = lr, momentum, None

    def update(self, params, grads):
        if self.v is None:
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params:
            self.v[key] = self.momentum * self.v[key] - self.lr * grads[key]
            params[key] += self.v[key]


class BookAdam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self.iter, self.m, self.v = 0, None, None

    def update(self, params, grads):
        if self.m is None:
            self.m = {k: np.zeros_like(v) for k, v in params.items()}
            self.v = {k: np.zeros_like(v) for k, v in params.items()}
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
        for key in params:
            self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])
            self.v[key] += (1 - self.beta2) * (grads[key] ** 2 - self.v[key])
            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)


HAND_W = np.array([[0.5, -1.0], [2.0, 0.25]])
HAND_B = np.array([0.1, -0.3])
HAND_GRADS = [
    (np.array([[0.2, -0.4], [1.0, 0.0]]), np.array([0.5, -0.5])),
    (np.array([[-0.1, 0.3], [0.7, 2.0]]), np.array([0.0, 1.5])),
    (np.array([[0.05, 0.05], [-1.0, 0.5]]), np.array([-0.2, 0.1])),
]


@pytest.mark.parametrize("name", ["SGD", "Momentum", "Adam"])
def test_optimizers_match_the_books_formulas(name):
    """Each optimizer moves the weights exactly as deep-learning-from-scratch's code does."""
    ours = {"SGD": SGD(0.1), "Momentum": Momentum(0.1, 0.9), "Adam": Adam(0.1, 0.9, 0.999)}[name]
    book = {"SGD": None, "Momentum": BookMomentum(0.1, 0.9), "Adam": BookAdam(0.1)}[name]
    params = [HAND_W.copy(), HAND_B.copy()]
    book_params = {"W": HAND_W.copy(), "b": HAND_B.copy()}
    for dW, db in HAND_GRADS:
        ours.update(params, [dW, db])
        if book is None:
            book_sgd(book_params, {"W": dW, "b": db}, 0.1)
        else:
            book.update(book_params, {"W": dW, "b": db})
    np.testing.assert_allclose(params[0], book_params["W"], rtol=1e-15, atol=1e-15)
    np.testing.assert_allclose(params[1], book_params["b"], rtol=1e-15, atol=1e-15)


def test_first_steps_by_hand():
    """Hand-worked numbers: SGD, Momentum's second step, Adam's first step of size η."""
    p = [np.array([1.0])]
    SGD(0.5).update(p, [np.array([2.0])])
    assert p[0][0] == 0.0
    mom, p = Momentum(0.1, 0.9), [np.array([1.0])]
    mom.update(p, [np.array([1.0])])  # v = -0.1
    mom.update(p, [np.array([1.0])])  # v = 0.9·(-0.1) - 0.1 = -0.19
    assert p[0][0] == pytest.approx(1.0 - 0.1 - 0.19)
    adam, p = Adam(0.01), [np.array([1.0])]
    adam.update(p, [np.array([4.0])])  # m̂ = g, v̂ = g²: the step is η·sign(g)
    assert p[0][0] == pytest.approx(1.0 - 0.01, abs=1e-7)


def test_optimizer_settings_state_and_reset():
    """The UI can read an optimizer, change its learning rate, and start it afresh."""
    adam = Adam(learning_rate=0.001)
    assert repr(adam) == "Adam(learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-07)"
    assert repr(Momentum(0.5)) == "Momentum(learning_rate=0.5, momentum=0.9)"
    assert repr(SGD(0.1)) == "SGD(learning_rate=0.1)"
    adam.learning_rate = 0.01
    assert adam.learning_rate == 0.01
    with pytest.raises(ValueError, match="learning rate"):
        adam.learning_rate = -1.0
    p = [np.ones(3)]
    adam.update(p, [np.ones(3)])
    assert adam.iter == 1 and adam.m is not None
    adam.reset()
    assert adam.iter == 0 and adam.m is None and adam.v is None


def test_optimizer_state_can_be_saved_into_an_earlier_copy():
    """Saving Adam's state into the buffers of an earlier save gives an exact, separate copy."""
    adam, p = Adam(0.01), [np.ones(3), np.ones(2)]
    adam.update(p, [np.ones(3), np.ones(2)])
    first = adam.state()
    adam.update(p, [np.full(3, 2.0), -np.ones(2)])
    second = adam.state(first)
    assert second[1]["m"] is first[1]["m"] and second[0] == 2
    fresh = adam.state()
    for name in ("m", "v"):
        assert all(np.array_equal(a, b) for a, b in zip(second[1][name], fresh[1][name]))
        assert all(a is not b for a, b in zip(second[1][name], getattr(adam, name)))
    adam.update(p, [np.ones(3), np.ones(2)])
    adam.set_state(second)
    assert adam.iter == 2 and np.array_equal(adam.m[0], fresh[1]["m"][0])
    assert SGD(0.1).state(second) == (0, {})


def test_optimizer_state_follows_a_network_edit():
    """After a layer is resized, Momentum starts afresh instead of failing on shapes."""
    mom = Momentum(0.1)
    mom.update([np.ones(3)], [np.ones(3)])
    p = [np.ones(4)]
    mom.update(p, [np.ones(4)])
    np.testing.assert_allclose(p[0], 0.9)
    assert mom.v[0].shape == (4,)


# ---- the training hot path gives the same numbers as the plain formulas -------------
