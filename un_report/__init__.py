"""un-report: UN annual reports → paragraph and figure tables (ingest → segment → extract → export)."""

__version__ = "0.1.0"
