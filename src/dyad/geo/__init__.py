"""[4] Geo: toponyms resolved to GeoNames places."""
