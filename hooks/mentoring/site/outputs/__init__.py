"""Files the site publishes beside its pages: exports, feed, calendars, CSV and JSON text."""
