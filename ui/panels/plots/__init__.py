"""Stepping plots: the activation curve, the gradients, and their shared key and grid."""
