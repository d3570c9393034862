-- What a target's text unit is (contract TargetKind): 'article', or 'regulation' for the whole text of a
-- regulation without articles. NULL for targets that do not say (seeds, older reports).
ALTER TABLE signal_targets ADD COLUMN kind text CHECK (kind IN ('article', 'regulation'));
