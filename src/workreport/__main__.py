"""``python -m workreport …``: the ``workreport`` command (``cli.main``), for an environment
whose scripts directory is not on the PATH."""

from workreport.cli import main

raise SystemExit(main())
