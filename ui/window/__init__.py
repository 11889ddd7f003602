"""The main window: its actions, menus and texts, the step actions, presentation mode."""
