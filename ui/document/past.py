"""Showing a past network: read-only, without an undo step, the current one kept aside.

The training timeline shows the network as it was at an earlier epoch with
``show_past(net, on_edit)``.  ``Document.network`` is then that network, so every
view and the stepping show it and step through it, while the current network
stays what Save writes (``current_network``) and what undo steps act on.

It ends with ``leave_past()``, with undo or redo (they act on the present), with
new weights shown (``show_weights``: a run, an undone run), or with a new
document.  Choosing or editing the example keeps the past in view: how did the
network of epoch 5 classify this digit?  An edit of the network itself first
calls ``on_edit()``: whoever showed the past makes it the current network then
(the timeline's "Continue from here", one undo step), so the edit applies to what
the user sees, and two undo steps go back to the present.
Mixed into :class:`~ui.document.document.Document`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal

import simulator as sim

from .settling import one_change
from .state import structure_key


class PastView:
    """The Document's view of a past network (see the module docstring).

    Signals
    -------
    pastChanged()
        A past network began or stopped being shown (or another one is shown).
    """

    pastChanged = Signal()
    _past: tuple | None = None  # (network shown, on_edit) while a past one is shown

    @property
    def showing_past(self) -> bool:
        return self._past is not None

    @property
    def current_network(self) -> sim.Network:
        """The network now, whatever is shown: what Save writes and undo acts on."""
        return self._state.network

    def show_past(self, net: sim.Network, on_edit) -> None:
        """Show ``net`` (same sizes and activations as the current network), read-only.

        ``on_edit()`` is called before the first edit of the network made while it is
        shown; it must make ``net`` the current network (``show_weights`` does).
        """
        if structure_key(net) != structure_key(self._state.network):
            raise ValueError("show_past needs a network of the same sizes and activations")
        self._past = (net, on_edit)
        self._past_moved()

    def leave_past(self) -> bool:
        """Show the current network again; False if no past one was shown."""
        if self._past is None:
            return False
        self._past = None
        self._past_moved()
        return True

    def settle_past(self) -> None:
        """The network is about to be edited: a past one shown becomes the current one."""
        if self._past is not None:
            _net, on_edit = self._past
            on_edit()
            self.leave_past()  # in case on_edit left it shown

    def _drop_past(self) -> None:
        """Forget the past shown, quietly: the caller recomputes and tells the views."""
        if self._past is not None:
            self._past = None
            self.pastChanged.emit()

    @one_change
    def _past_moved(self) -> None:
        self._recompute()
        self.networkChanged.emit(False)
        self.pastChanged.emit()
