-- The links in report e-mails that open the customer's page: only the SHA-256 of the random token is
-- kept, so a copy of the database opens no page. A link expires and the office can revoke it.
CREATE TABLE customer_report_link (
  token_hash     TEXT    PRIMARY KEY,
  report_id      TEXT    NOT NULL,
  work_order_id  TEXT    NOT NULL,
  contact_id     TEXT,
  created_at     BIGINT NOT NULL,
  expires_at     BIGINT NOT NULL,
  revoked_at     BIGINT
);
CREATE INDEX customer_report_link_by_report ON customer_report_link (report_id);
