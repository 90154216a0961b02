-- Trigram search on names and proposal texts; PGlite ships the same extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
