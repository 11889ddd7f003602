"""NeuroStep's Qt front end."""
