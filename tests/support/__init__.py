"""What the tests share: project paths, case folders, and building and serving real sites."""
