"""Files: New/Open/Save, the wording of file errors, autosave and recovery, settings."""
