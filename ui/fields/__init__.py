"""Entry fields for numbers: they take what people type and say what is wrong with the rest."""
