"""`python -m un_report`: the command line (`un_report.cli`)."""

import sys

from un_report.cli import main

if __name__ == "__main__":
    sys.exit(main())
