"""Browser tests: built sites driven in Debian's Chromium through Playwright."""
