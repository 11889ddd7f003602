"""When something goes wrong anyway: the exception hook, its dialog and the log file."""
