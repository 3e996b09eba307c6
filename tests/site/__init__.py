"""Site tests: real strict MkDocs builds, read as files."""
