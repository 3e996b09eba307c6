"""The compact indexes and word rules the site's scripts read in the browser."""
