"""Image inputs: the drawing pad, the output bars, the hidden neurons' feature maps."""
