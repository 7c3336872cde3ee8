"""[7] Serve: the dashboard and HTTP API over a dyad database (`dyad serve`).

``app.create_app(db_path)`` builds the FastAPI app on a read-only connection; ``api`` holds the
JSON endpoints, ``pages`` the server-rendered pages, ``models`` the response schemas the
OpenAPI document (``/docs``) shows. Route handlers run no SQL: they call `dyad.query.web`.
"""
