import sys

from un_report.cli import main

sys.exit(main())
