"""Wire layers: one per API dialect, each a thin HTTP/JSON skin over the same store."""
