"""Files -> articles -> dates -> event mentions -> merged events. No store, no dashboard."""
