-- PostgreSQL 15 peer of `qingfeng crosscheck` (bench only): the same twelve input
-- files, the same normalisation and rules R1–R10, written the way a user would with
-- a database — COPY the files as text, normalise in SQL, index, one query per rule.
-- Handles the clean variant of the generator (UTF-8, documented column order);
-- traditional -> simplified folding is not done here (the clean variant has none).
--
-- Step 1: raw tables, every column text, loaded as-is by 02_load.sql.

DROP SCHEMA IF EXISTS xc CASCADE;
CREATE SCHEMA xc;
SET search_path = xc;

CREATE UNLOGGED TABLE raw_cadres (cadre_id text, name text, resident_id text, department text, position text, is_leading text);
CREATE UNLOGGED TABLE raw_relatives (cadre_id text, relation text, name text, resident_id text, birth_date text);
CREATE UNLOGGED TABLE raw_declared_businesses (cadre_id text, holder_name text, company_name text, credit_code text);
CREATE UNLOGGED TABLE raw_enterprises (credit_code text, company_name text, registered_date text, address text, phone text, status text);
CREATE UNLOGGED TABLE raw_enterprise_persons (credit_code text, person_name text, resident_id text, role text, share_ratio text,
                                              start_date text, end_date text);
CREATE UNLOGGED TABLE raw_contracts (contract_id text, buyer_department text, supplier_credit_code text, supplier_name text, method text,
                                     amount text, signed_date text, category text, handler_cadre_id text, budget_project text);
CREATE UNLOGGED TABLE raw_bids (tender_id text, credit_code text, company_name text, contact_phone text, contact_address text, bid_amount text);
CREATE UNLOGGED TABLE raw_properties (resident_id text, owner_name text, certificate_no text, address text, area text, registered_date text);
CREATE UNLOGGED TABLE raw_declared_properties (cadre_id text, owner_name text, certificate_no text, address text, area text);
CREATE UNLOGGED TABLE raw_travels (resident_id text, name text, direction text, date text, port text, destination text);
CREATE UNLOGGED TABLE raw_declared_trips (cadre_id text, depart_date text, return_date text, destination text);
CREATE UNLOGGED TABLE raw_side_job_approvals (cadre_id text, credit_code text, company_name text, approved_date text);

-- Normalisation functions (FORMATS.md, "Normalisation"). Plain SQL so the planner
-- can inline the cheap ones.

-- Trim Unicode white space (NFKC turns U+3000 into a space first); blank -> NULL.
CREATE FUNCTION qf_trim(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT NULLIF(regexp_replace(normalize(t, NFKC), '^\s+|\s+$', '', 'g'), '') $$;

CREATE FUNCTION qf_nows(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT NULLIF(regexp_replace(normalize(t, NFKC), '\s', '', 'g'), '') $$;

-- Person name: NFKC, no white space, every middle-dot variant -> U+00B7.
CREATE FUNCTION qf_person(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT translate(qf_nows(t), '•‧・.', '····') $$;

-- Company name: NFKC, no white space, 有限责任公司 = 有限公司.
CREATE FUNCTION qf_company(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT replace(qf_nows(t), '有限责任公司', '有限公司') $$;

CREATE FUNCTION qf_phone(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT NULLIF(regexp_replace(regexp_replace(t, '[^0-9]', '', 'g'), '^86', ''), '') $$;

-- GB 11643 check character of the first 17 digits.
CREATE FUNCTION qf_rid_check(v text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT substr('10X98765432', (
    substr(v, 1, 1)::int * 7 + substr(v, 2, 1)::int * 9 + substr(v, 3, 1)::int * 10 + substr(v, 4, 1)::int * 5 +
    substr(v, 5, 1)::int * 8 + substr(v, 6, 1)::int * 4 + substr(v, 7, 1)::int * 2 + substr(v, 8, 1)::int * 1 +
    substr(v, 9, 1)::int * 6 + substr(v, 10, 1)::int * 3 + substr(v, 11, 1)::int * 7 + substr(v, 12, 1)::int * 9 +
    substr(v, 13, 1)::int * 10 + substr(v, 14, 1)::int * 5 + substr(v, 15, 1)::int * 8 + substr(v, 16, 1)::int * 4 +
    substr(v, 17, 1)::int * 2) % 11 + 1, 1) $$;

CREATE FUNCTION qf_rid_slow(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN v ~ '^[0-9]{17}[0-9X]$' THEN CASE WHEN right(v, 1) = qf_rid_check(v) THEN v END
    WHEN v ~ '^[0-9]{15}$' THEN substr(v, 1, 6) || '19' || substr(v, 7, 9) || qf_rid_check(substr(v, 1, 6) || '19' || substr(v, 7, 9))
  END
  FROM (SELECT upper(qf_nows(t)) AS v) s $$;

-- Resident ID: valid 18-digit form, or NULL (blank or invalid).
CREATE FUNCTION qf_rid(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN t ~ '^[0-9]{17}[0-9X]$' THEN CASE WHEN right(t, 1) = qf_rid_check(t) THEN t END
              WHEN t IS NULL OR t = '' THEN NULL
              ELSE qf_rid_slow(t) END $$;

-- GB 32100 check character of the first 17 characters.
CREATE FUNCTION qf_code_check(v text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT substr('0123456789ABCDEFGHJKLMNPQRTUWXY', (31 - (
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 1, 1)) - 1) * 1 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 2, 1)) - 1) * 3 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 3, 1)) - 1) * 9 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 4, 1)) - 1) * 27 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 5, 1)) - 1) * 19 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 6, 1)) - 1) * 26 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 7, 1)) - 1) * 16 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 8, 1)) - 1) * 17 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 9, 1)) - 1) * 20 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 10, 1)) - 1) * 29 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 11, 1)) - 1) * 25 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 12, 1)) - 1) * 13 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 13, 1)) - 1) * 8 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 14, 1)) - 1) * 24 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 15, 1)) - 1) * 10 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 16, 1)) - 1) * 30 +
    (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(v, 17, 1)) - 1) * 28) % 31) % 31 + 1, 1) $$;

-- Credit code: 18 characters upper-cased with a valid check character, or NULL.
-- The fast path takes the column itself so that the planner inlines the check.
CREATE FUNCTION qf_code_slow(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN u ~ '^[0-9A-HJ-NPQRTUWXY]{18}$' AND right(u, 1) = qf_code_check(u) THEN u END
  FROM (SELECT upper(qf_nows(t)) AS u) s $$;

CREATE FUNCTION qf_code(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN t ~ '^[0-9A-HJ-NPQRTUWXY]{18}$' THEN CASE WHEN right(t, 1) = qf_code_check(t) THEN t END
              WHEN t IS NULL OR t = '' THEN NULL
              ELSE qf_code_slow(t) END $$;

-- Dates: 2023-04-05, 2023/4/5, 2023年4月5日, 20230405; blank or unparseable -> NULL.
CREATE FUNCTION qf_date_slow(t text) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN m IS NULL THEN NULL ELSE make_date(m[1]::int, m[2]::int, m[3]::int) END
  FROM (SELECT coalesce(regexp_match(btrim(t), '^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$'),
                        regexp_match(btrim(t), '^(\d{4})(\d{2})(\d{2})$')) AS m) s $$;

-- STABLE, not IMMUTABLE: the text->date cast is stable, and a mismatch blocks inlining.
CREATE FUNCTION qf_date(t text) RETURNS date LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN length(t) = 10 AND substr(t, 5, 1) = '-' AND substr(t, 8, 1) = '-' THEN t::date
              WHEN t IS NULL OR t = '' THEN NULL ELSE qf_date_slow(t) END $$;

CREATE FUNCTION qf_amount(t text) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT NULLIF(replace(replace(replace(btrim(t), '¥', ''), '元', ''), ',', ''), '')::numeric $$;

CREATE FUNCTION qf_bool(t text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(qf_trim(t)) IN ('是', 'y', '1', 'true') $$;

-- Birth date encoded in a valid 18-digit ID.
CREATE FUNCTION qf_rid_birth(r text) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN r IS NULL THEN NULL ELSE make_date(substr(r, 7, 4)::int, substr(r, 11, 2)::int, substr(r, 13, 2)::int) END $$;
