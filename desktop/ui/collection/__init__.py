"""The CVS side of the app: a window for one collection of returns."""
