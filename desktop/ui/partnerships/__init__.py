"""The partnerships area: our group's profile, the register, and one partnership in full."""
