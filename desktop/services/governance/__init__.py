"""How a partnership is run (issue 17, items 6-9): its place in a structure, its registers,
reporting back to the people we represent, and closing it (or our part in it) well."""
