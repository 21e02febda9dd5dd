"""HTTP edge: routes, status codes, validation and dependencies. No SQL, no business rules."""
