"""Taking the network away: as a Python script, as a picture, as arrays to paste."""
