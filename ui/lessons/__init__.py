"""The guided lessons: one module per lesson (its steps as data), the runner that plays
them, and the panel that shows them."""
