"""Built-in input formats, one module each."""
