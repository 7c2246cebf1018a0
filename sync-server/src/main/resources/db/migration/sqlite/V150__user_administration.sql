-- User administration from the console (issue 13, decision 0021): a user's language (reports,
-- e-mails, the apps' default) and, on security events, which admin acted and what changed.
ALTER TABLE app_user ADD COLUMN language TEXT;
ALTER TABLE security_event ADD COLUMN actor_id TEXT;
ALTER TABLE security_event ADD COLUMN detail TEXT;
