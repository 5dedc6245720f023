"""Staff accounts: one sign-in with a second factor, limited sessions, and an audit trail."""
