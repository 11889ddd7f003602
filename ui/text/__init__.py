"""Words, numbers and colours: i18n, names of things, number formats, the palette."""
