"""Export: the store as one versioned document (contract.py), written as JSON, CSV or Parquet
(writers.py)."""
