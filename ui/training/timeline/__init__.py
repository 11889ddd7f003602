"""The training timeline: snapshots of the weights to scrub back through, and pinned runs."""
