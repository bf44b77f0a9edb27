-- The unit and project name as the form writes them (ＡＢＣ Bureau), for people; unit and project_name stay
-- the normalised names (NFKC, no white space: ABCBureau) that the filters match and project_key is made of.
-- Rows stored before this version only have the normalised names: they are shown as those.
-- Plain ALTER and UPDATE: the same on H2 2.x and PostgreSQL 12+.
ALTER TABLE check_report ADD COLUMN unit_as_written VARCHAR(4000);
ALTER TABLE check_report ADD COLUMN project_name_as_written VARCHAR(4000);
UPDATE check_report SET unit_as_written = unit, project_name_as_written = project_name;
