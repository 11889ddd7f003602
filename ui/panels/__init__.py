"""Dockable panels, each a view of the Document."""
