"""Budgets and box office of the films, as TMDB reports them (USD)."""

from __future__ import annotations

from movies.stats.columns import Films
from movies.stats.figures import TOP, Section, film_label, film_ref, top_indexes


def money(films: Films) -> Section:
    """Total budgets and revenues, the biggest earners (with their budgets) and spenders."""
    budget, revenue = films.budget, films.revenue
    budgets, revenues = list(filter(None, budget)), list(filter(None, revenue))
    box_office = top_indexes(TOP, revenue)
    return Section(
        stats={
            "money": {
                "budget_total": sum(budgets),
                "budget_films": len(budgets),
                "revenue_total": sum(revenues),
                "revenue_films": len(revenues),
                "box_office": [
                    film_ref(films, i, revenue=revenue[i], budget=budget[i]) for i in box_office
                ],
                "biggest_budgets": [
                    film_ref(films, i, budget=budget[i]) for i in top_indexes(TOP, budget)
                ],
            }
        },
        charts={
            "box_office": {
                "labels": [film_label(films, i) for i in box_office],
                "values": [revenue[i] for i in box_office],
                "budgets": [budget[i] or 0 for i in box_office],
            }
        },
    )
