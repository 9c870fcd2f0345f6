"""Entry point of the frozen app: the same ``main`` as the ``partnerbook`` command."""

from __future__ import annotations

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
