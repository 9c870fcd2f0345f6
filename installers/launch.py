"""Entry point of the frozen app: the same ``main`` as the ``partnerbook`` command."""

from __future__ import annotations

import multiprocessing
import sys

from desktop.__main__ import main

if __name__ == "__main__":
    # The CVS collection reads untrusted returns in separate "spawn" processes. A frozen app
    # starts those as itself with special arguments; this answers them before main() runs.
    multiprocessing.freeze_support()
    sys.exit(main())
