"""`python -m mentoring.cli`: the same as the `mentoring` command."""

import sys

from mentoring.cli.main import main

sys.exit(main())
