"""``python -m desktop`` and the ``partnerbook`` command."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop.cli import main as cli_main

    return cli_main(sys.argv[1:], whole_process=True)


if __name__ == "__main__":
    sys.exit(main())
