"""Adapters that run sourcelint inside other engines.

- :mod:`sourcelint.integrations.dask`: Dask bags and DataFrames, and the
  cluster runner behind ``sourcelint check --dask ADDRESS`` (extra ``dask``).
- :mod:`sourcelint.integrations.datatrove`: a datatrove ``BaseFilter`` for
  existing curation pipelines (extra ``datatrove``).

Each imports its engine lazily, so ``import sourcelint`` never needs them.
"""
