"""The colours every view shares, so a positive number looks the same everywhere.

Blue for positive weights, δ and values; orange-red for negative ones (the canvas's
legend explains them once for all panels).
"""

POSITIVE = "#1f5fbf"
NEGATIVE = "#d9480f"
