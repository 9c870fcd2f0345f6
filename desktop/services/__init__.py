"""Use cases shared by the window and the command line: one function per thing a person does."""
