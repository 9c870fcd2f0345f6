"""The CVS side: collections of returns (intake, import, views, exports, demo)."""
