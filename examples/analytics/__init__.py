"""An analytics consumer of coach.events: its own consumer group, a small report as JSON."""
