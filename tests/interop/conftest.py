"""Nothing here is a pytest test: ``make interop`` runs these drivers in the clients' own environment."""

collect_ignore_glob = ["*"]
