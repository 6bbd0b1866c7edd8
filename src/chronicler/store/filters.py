"""SQL filter clauses shared by the event listings (event mentions and merged events)."""

from __future__ import annotations

from typing import Any


def type_and_date_filters(
    type_sql: str,
    mode_sql: str,
    date_sql: str,
    event_type: str | None,
    date_from: str | None,
    date_to: str | None,
) -> tuple[list[str], list[Any]]:
    """WHERE clauses (and their parameters) for an event listing's type and date filters.
    Dates are ISO prefixes, so "2018" covers 2018-03."""
    clauses: list[str] = []
    params: list[Any] = []
    if event_type:
        clauses.append(f"(upper({type_sql}) = upper(?) OR lower({mode_sql}) = lower(?))")
        params += [event_type, event_type]
    if date_from:
        clauses.append(f"{date_sql} IS NOT NULL AND {date_sql} >= ?")
        params.append(date_from)
    if date_to:
        # "2019" as an upper bound keeps every 2019-.. value: compare on the bound's length.
        clauses.append(f"{date_sql} IS NOT NULL AND left({date_sql}, length(?)) <= ?")
        params += [date_to, date_to]
    return clauses, params


def country_filter(list_sqls: tuple[str, ...], country: str | None) -> tuple[list[str], list[Any]]:
    """WHERE clause for "any participant acts for this country": each SQL expression is a
    list of ISO alpha-3 codes (actors', targets'); the code is compared in upper case."""
    if not country:
        return [], []
    clause = " OR ".join(f"list_contains({sql}, upper(?))" for sql in list_sqls)
    return [f"coalesce({clause}, false)"], [country] * len(list_sqls)
