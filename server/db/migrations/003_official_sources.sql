-- Official sources (issue 19): a signal cites one or more sources, each with its kind, the citation in
-- Dutch legal style, a date and a URL only where its pattern is certain; plus the date of its status.
-- Existing rows move over: the one free-text reference becomes the first source. A published report
-- cites itself as "Melding van een <rol>, gepubliceerd op <datum>" (the same wording as
-- utils/citation/official.ts reportCitation); seed rows are rewritten by the seed loader on start.

CREATE TABLE signal_sources (
  signal_id text NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
  position integer NOT NULL,
  kind text NOT NULL,
  citation text NOT NULL CHECK (length(btrim(citation)) >= 3),
  detail text,
  date date,
  url text,
  PRIMARY KEY (signal_id, position)
);

ALTER TABLE signals ADD COLUMN status_date date;

INSERT INTO signal_sources (signal_id, position, kind, citation, detail, date, url)
SELECT s.id, 0,
  CASE WHEN s.origin = 'melding' THEN 'melding' WHEN s.source_reference ~ '^Kamerstuk' THEN 'kamerstuk' ELSE 'rapport' END,
  CASE WHEN s.origin = 'melding' THEN
    'Melding van een ' ||
    CASE sub.role
      WHEN 'burger' THEN 'burger'
      WHEN 'naaste' THEN 'naaste van een betrokkene'
      WHEN 'professional_uitvoering' THEN 'professional in de uitvoering'
      WHEN 'professional_overig' THEN 'professional'
      WHEN 'clientenraad' THEN 'cliëntenraad'
      ELSE coalesce(sub.role, 'gebruiker')
    END ||
    ', gepubliceerd op ' || extract(day FROM s.created_at)::int || ' ' ||
    (ARRAY['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
      'november', 'december'])[extract(month FROM s.created_at)::int] || ' ' || extract(year FROM s.created_at)::int
  ELSE s.source_reference END,
  NULL,
  CASE WHEN s.origin = 'melding' THEN s.created_at::date END,
  CASE WHEN s.source_url ~ '^https://' THEN s.source_url END
FROM signals s
LEFT JOIN LATERAL (
  SELECT role FROM submissions WHERE signal_id = s.id AND state = 'gepubliceerd' ORDER BY decided_at LIMIT 1
) sub ON true;

UPDATE signals SET status_date = created_at::date WHERE origin = 'melding';

ALTER TABLE signals DROP COLUMN source_reference, DROP COLUMN source_url;
