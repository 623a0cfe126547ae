"""``matcher taxonomy ...`` commands (import, stats, lookup)."""

import click


@click.group("taxonomy")
def taxonomy_group() -> None:
    """Inspect the skills taxonomy and import others (ESCO, O*NET, CSV)."""
