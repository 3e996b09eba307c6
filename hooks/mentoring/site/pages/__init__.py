"""What each generated page shows, as engine-agnostic page specifications."""
