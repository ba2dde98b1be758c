"""Built-in output formats, one module each."""
