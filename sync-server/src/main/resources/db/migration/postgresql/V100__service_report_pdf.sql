-- The rendered and sealed PDF of each service report, in the database so every instance serves it
-- and a backup holds it. One row per report; a re-render on request replaces it.
CREATE TABLE service_report_pdf (
  report_id      TEXT    PRIMARY KEY,
  work_order_id  TEXT    NOT NULL,
  sha256         TEXT    NOT NULL,
  size_bytes     BIGINT  NOT NULL,
  pdf            BYTEA   NOT NULL,
  language       TEXT    NOT NULL,
  paper          TEXT    NOT NULL,
  seal_level     TEXT    NOT NULL,
  rendered_at    BIGINT  NOT NULL
);
CREATE INDEX service_report_pdf_by_work_order ON service_report_pdf (work_order_id);

-- The company's sealing identity when no keystore is configured: made once on the first start, kept,
-- and shared by every instance (the first instance to insert wins). PKCS#12 bytes.
CREATE TABLE report_seal_identity (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  pkcs12       BYTEA   NOT NULL,
  password     TEXT    NOT NULL,
  created_at   BIGINT  NOT NULL
);

-- Signatures waiting for their report: found without scanning the whole audit table.
CREATE INDEX applied_mutation_signatures ON applied_mutation (received_at) WHERE type = 'SignServiceReport';
