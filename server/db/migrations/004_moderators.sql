-- Personal moderator accounts for the moderation desk (/moderatie). A token is shown once and stored only as
-- its SHA-256; a session cookie likewise. Revoking an account ends its sessions.
CREATE TABLE moderators (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE moderator_sessions (
  id_hash text PRIMARY KEY,
  moderator_id integer NOT NULL REFERENCES moderators (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX moderator_sessions_moderator ON moderator_sessions (moderator_id);
