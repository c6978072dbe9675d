-- Step 3: normalised tables, company keys, who-is-who, indexes.
SET search_path = xc;

CREATE UNLOGGED TABLE cadres AS
SELECT qf_trim(cadre_id) AS cadre_id, qf_person(name) AS name, qf_rid(resident_id) AS rid, qf_trim(department) AS dept,
       qf_bool(is_leading) AS leading
FROM raw_cadres;

CREATE UNLOGGED TABLE relatives AS
SELECT qf_trim(cadre_id) AS cadre_id, qf_trim(relation) AS relation, qf_person(name) AS name, qf_rid(resident_id) AS rid,
       qf_date(birth_date) AS birth
FROM raw_relatives;

CREATE UNLOGGED TABLE enterprises AS
SELECT qf_code(credit_code) AS code, qf_company(company_name) AS name, qf_date(registered_date) AS registered,
       qf_trim(status) AS status
FROM raw_enterprises;
DELETE FROM enterprises WHERE code IS NULL;

-- A normalised name shared by two or more registered enterprises identifies none.
CREATE UNLOGGED TABLE enterprise_names AS
SELECT name, min(code) AS code FROM enterprises GROUP BY name HAVING count(*) = 1;
CREATE UNIQUE INDEX ON enterprise_names (name);

-- The company key of a reference (below, as joins): its valid code; else the code
-- of the one enterprise with that normalised name; else the normalised name.

CREATE UNLOGGED TABLE ep AS
SELECT qf_code(p.credit_code) AS code, qf_person(p.person_name) AS name, qf_rid(p.resident_id) AS rid, qf_trim(p.role) AS role,
       qf_date(p.start_date) AS start_d, qf_date(p.end_date) AS end_d
FROM raw_enterprise_persons p;
DELETE FROM ep WHERE code IS NULL;  -- cannot be tied to a company
ALTER TABLE ep ADD COLUMN birth date;
UPDATE ep SET birth = qf_rid_birth(rid) WHERE rid IS NOT NULL;

-- Key resolution as a join rather than a per-row subquery.
CREATE UNLOGGED TABLE contracts AS
SELECT qf_trim(c.contract_id) AS contract_id, qf_trim(c.buyer_department) AS dept,
       coalesce(qf_code(c.supplier_credit_code), n.code, qf_company(c.supplier_name)) AS supplier,
       qf_trim(c.method) AS method, qf_amount(c.amount) AS amount, qf_date(c.signed_date) AS signed,
       qf_trim(c.category) AS category, qf_trim(c.handler_cadre_id) AS handler, coalesce(qf_trim(c.budget_project), '') AS project
FROM raw_contracts c
LEFT JOIN enterprise_names n ON qf_code(c.supplier_credit_code) IS NULL AND n.name = qf_company(c.supplier_name);

CREATE UNLOGGED TABLE bids AS
SELECT qf_trim(b.tender_id) AS tender, coalesce(qf_code(b.credit_code), n.code, qf_company(b.company_name)) AS key,
       qf_phone(b.contact_phone) AS phone, qf_nows(b.contact_address) AS addr
FROM raw_bids b
LEFT JOIN enterprise_names n ON qf_code(b.credit_code) IS NULL AND n.name = qf_company(b.company_name);

CREATE UNLOGGED TABLE declared_businesses AS
SELECT qf_trim(d.cadre_id) AS cadre_id, coalesce(qf_code(d.credit_code), n.code, qf_company(d.company_name)) AS key
FROM raw_declared_businesses d
LEFT JOIN enterprise_names n ON qf_code(d.credit_code) IS NULL AND n.name = qf_company(d.company_name);

CREATE UNLOGGED TABLE side_jobs AS
SELECT qf_trim(s.cadre_id) AS cadre_id, coalesce(qf_code(s.credit_code), n.code, qf_company(s.company_name)) AS key
FROM raw_side_job_approvals s
LEFT JOIN enterprise_names n ON qf_code(s.credit_code) IS NULL AND n.name = qf_company(s.company_name);

CREATE UNLOGGED TABLE properties AS
SELECT qf_rid(resident_id) AS rid, qf_person(owner_name) AS name, upper(qf_nows(certificate_no)) AS cert,
       qf_nows(address) AS addr, qf_amount(area) AS area
FROM raw_properties;
ALTER TABLE properties ADD COLUMN birth date;
UPDATE properties SET birth = qf_rid_birth(rid) WHERE rid IS NOT NULL;

CREATE UNLOGGED TABLE declared_properties AS
SELECT qf_trim(cadre_id) AS cadre_id, upper(qf_nows(certificate_no)) AS cert, qf_nows(address) AS addr, qf_amount(area) AS area
FROM raw_declared_properties;

CREATE UNLOGGED TABLE travels AS
SELECT qf_rid(resident_id) AS rid, qf_trim(direction) AS direction, qf_date(date) AS day
FROM raw_travels;

CREATE UNLOGGED TABLE declared_trips AS
SELECT qf_trim(cadre_id) AS cadre_id, qf_date(depart_date) AS depart, qf_date(return_date) AS ret
FROM raw_declared_trips;

-- Who is who: the cadre (relation 本人) and each declared relative.
CREATE UNLOGGED TABLE people AS
SELECT cadre_id, '本人'::text AS relation, name, rid, NULL::date AS birth FROM cadres
UNION ALL
SELECT cadre_id, relation, name, rid, birth FROM relatives;

CREATE INDEX ON ep (rid);
CREATE INDEX ON ep (name, birth);
CREATE INDEX ON ep (code);
CREATE INDEX ON enterprises (code);
CREATE INDEX ON properties (rid);
CREATE INDEX ON properties (name, birth);
CREATE INDEX ON travels (rid);
CREATE INDEX ON contracts (supplier);
CREATE INDEX ON bids (tender);
CREATE INDEX ON people (rid);
CREATE INDEX ON declared_properties (cadre_id);
CREATE INDEX ON declared_trips (cadre_id);

-- Registry roles of cadres and relatives: equal valid IDs, or (relative without ID)
-- equal name and the birth date encoded in the registry ID.
CREATE UNLOGGED TABLE person_roles AS
SELECT p.cadre_id, p.relation, ep.code, ep.role, ep.start_d, ep.end_d
FROM people p JOIN ep ON ep.rid = p.rid
WHERE p.rid IS NOT NULL
UNION ALL
SELECT p.cadre_id, p.relation, ep.code, ep.role, ep.start_d, ep.end_d
FROM people p JOIN ep ON ep.name = p.name AND ep.birth = p.birth
WHERE p.rid IS NULL AND p.birth IS NOT NULL AND p.relation <> '本人';

ANALYZE;
