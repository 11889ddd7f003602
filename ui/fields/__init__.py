"""Entry fields for numbers: they take what people type and say what is wrong with the rest;
and showing a model's value in any widget without it echoing back as an edit."""
