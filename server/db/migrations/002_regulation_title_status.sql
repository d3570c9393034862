-- A law first seen in a citizen's report gets the title from the page the report came from. It is
-- shown as "titel zoals gemeld" until a moderator confirms it (issue 21).
ALTER TABLE regulations ADD COLUMN title_confirmed boolean NOT NULL DEFAULT true;
