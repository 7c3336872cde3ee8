"""[6] Query: the read API shared by the CLI and the web app; all read SQL lives here."""
