-- Regulations, clause status, curated Awb hooks, signals with their targets, submissions and the
-- moderation audit log. Vocabularies are checked in the application (zod contract), not here, so a
-- new status value needs no migration; shapes that the database must guarantee are checked here.

CREATE TABLE regulations (
  bwb_id text PRIMARY KEY CHECK (bwb_id ~ '^BWB[A-Z][0-9]{7}$'),
  title text NOT NULL,
  abbreviation text,
  department text,
  domain text,
  -- Regulation-level hardheidsclausule status (domain.md §2.1) and its evidence.
  clause_status text NOT NULL DEFAULT 'onbekend',
  clause_bwb_id text,
  clause_label text,
  clause_note text,
  clause_source text,
  clause_verified boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Article-level status (domain.md §2.2); clause_bwb_id/clause_label = the article holding the clause.
CREATE TABLE article_clauses (
  bwb_id text NOT NULL REFERENCES regulations (bwb_id) ON DELETE CASCADE,
  label text NOT NULL,
  status text NOT NULL,
  clause_bwb_id text,
  clause_label text,
  note text,
  source text,
  verified boolean NOT NULL DEFAULT false,
  PRIMARY KEY (bwb_id, label)
);

CREATE TABLE article_hooks (
  bwb_id text NOT NULL REFERENCES regulations (bwb_id) ON DELETE CASCADE,
  label text NOT NULL,
  awb text NOT NULL,
  reason text NOT NULL,
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (bwb_id, label, awb)
);

CREATE TABLE signals (
  id text PRIMARY KEY CHECK (id ~ '^sig-[a-z0-9-]{1,60}$'),
  title text NOT NULL,
  summary text NOT NULL,
  status text NOT NULL,
  cause text,
  impact_areas jsonb NOT NULL DEFAULT '[]',
  evidence text NOT NULL,
  source_type text NOT NULL,
  source_reference text NOT NULL CHECK (length(source_reference) > 0),
  source_url text,
  department text,
  -- Editorial note (e.g. how a seed status was mapped); not part of the public contract.
  note text,
  origin text NOT NULL DEFAULT 'seed',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search tsvector GENERATED ALWAYS AS (to_tsvector('dutch', title || ' ' || summary)) STORED
);
CREATE INDEX signals_search_idx ON signals USING gin (search);
CREATE INDEX signals_status_idx ON signals (status);

-- A signal may point at several articles of several laws; label NULL = the whole law.
CREATE TABLE signal_targets (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  signal_id text NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
  position integer NOT NULL,
  bwb_id text NOT NULL REFERENCES regulations (bwb_id),
  label text,
  lid text,
  path jsonb NOT NULL DEFAULT '[]',
  jci text,
  version_date date,
  text_hash text,
  quote jsonb,
  origin text NOT NULL DEFAULT 'seed'
);
CREATE INDEX signal_targets_law_idx ON signal_targets (bwb_id, label);
CREATE INDEX signal_targets_signal_idx ON signal_targets (signal_id, position);

CREATE TABLE submissions (
  id text PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  -- Hash of the request body, so a key reused for different content is refused.
  request_hash text NOT NULL,
  target jsonb NOT NULL,
  regulation_title text NOT NULL,
  description text NOT NULL,
  affected text NOT NULL,
  impact_areas jsonb NOT NULL,
  cause text,
  other_law text,
  role text NOT NULL,
  consent_to_publish boolean NOT NULL,
  state text NOT NULL DEFAULT 'ontvangen',
  reason text,
  signal_id text REFERENCES signals (id),
  received_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz
);
CREATE INDEX submissions_state_idx ON submissions (state, received_at);

-- Never public; kept apart so no query for public text can reach it by accident.
CREATE TABLE submission_contacts (
  submission_id text PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
  email text NOT NULL
);

-- Only hashes of receipts. A replayed request gets a fresh receipt, so a submission may have several.
CREATE TABLE submission_receipts (
  submission_id text NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  receipt_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (submission_id, receipt_hash)
);

CREATE TABLE moderation_audit (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  submission_id text,
  signal_id text,
  detail jsonb NOT NULL DEFAULT '{}'
);

-- Remote recognition config (contract RecognitionConfig); one row.
CREATE TABLE recognition_config (
  id integer PRIMARY KEY CHECK (id = 1),
  config jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Which seed file content was loaded last (sha-256), so unchanged seeds are not reloaded.
CREATE TABLE seed_state (
  name text PRIMARY KEY,
  content_hash text NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
