-- A customer contact's account on the customer's pages: the app_user (role CUSTOMER) it signs in
-- with, the contact it is and that contact's company, whose visits, machines and open jobs it sees.
CREATE TABLE customer_account (
  user_id      TEXT    PRIMARY KEY REFERENCES app_user (id),
  contact_id   TEXT    NOT NULL,
  customer_id  TEXT    NOT NULL,
  created_at   BIGINT NOT NULL
);
CREATE INDEX customer_account_by_contact ON customer_account (contact_id);
