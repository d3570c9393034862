-- Where a target comes from (issue 19 item 5, contract TargetOrigin): NULL when the signal's own sources
-- name it (seed data, or the report a signal was published from); otherwise the date a moderator merged a
-- later report into the signal and so added this target. The signal's certainty (evidence) only holds
-- for targets from the sources.
ALTER TABLE signal_targets ADD COLUMN report_merged_on date;

-- Existing targets count as from the sources, except those an audited merge ("attach" with targetAdded)
-- added: the merged report's law and article identify the target, the audit row gives the date.
UPDATE signal_targets t
SET report_merged_on = (a.at AT TIME ZONE 'Europe/Amsterdam')::date
FROM moderation_audit a
JOIN submissions s ON s.id = a.submission_id
WHERE a.action = 'attach'
  AND a.detail->>'targetAdded' = 'true'
  AND a.signal_id = t.signal_id
  AND t.origin = 'melding'
  AND s.target->>'bwbId' = t.bwb_id
  AND (s.target->>'label') IS NOT DISTINCT FROM t.label;
