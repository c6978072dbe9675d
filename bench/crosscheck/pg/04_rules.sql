-- Step 4: one query per rule; each inserts (rule, key, cadre_id) with the key exactly
-- as FORMATS.md spells it. psql -v asof=YYYY-MM-DD. Configuration defaults as psql
-- variables so a run can override them like qingfeng.toml.
SET search_path = xc;
\if :{?open_tender_threshold} \else \set open_tender_threshold 2000000 \endif
\if :{?near_threshold_margin} \else \set near_threshold_margin 0.05 \endif
\if :{?property_area_tolerance} \else \set property_area_tolerance 1 \endif
\if :{?single_source_share} \else \set single_source_share 0.5 \endif
\if :{?single_source_min_total} \else \set single_source_min_total 200000 \endif
\if :{?new_company_min_amount} \else \set new_company_min_amount 100000 \endif
\if :{?new_company_days} \else \set new_company_days 90 \endif

CREATE UNLOGGED TABLE findings (rule text, key text, cadre_id text);

-- Active registry roles on the as-of date (enterprise not 注销/吊销).
CREATE UNLOGGED TABLE active_roles AS
SELECT pr.* FROM person_roles pr LEFT JOIN enterprises e ON e.code = pr.code
WHERE (pr.start_d IS NULL OR pr.start_d <= :'asof'::date) AND (pr.end_d IS NULL OR pr.end_d >= :'asof'::date)
  AND coalesce(e.status, '') NOT IN ('注销', '吊销');

-- R1 未申报经商办企业
INSERT INTO findings
SELECT DISTINCT 'R1', a.cadre_id || '|' || a.code, a.cadre_id
FROM active_roles a
WHERE a.relation IN ('配偶', '子女', '子女配偶')
  AND NOT EXISTS (SELECT 1 FROM declared_businesses d WHERE d.cadre_id = a.cadre_id AND d.key = a.code);

-- R2 亲属企业与本单位交易
INSERT INTO findings
SELECT DISTINCT 'R2', c.cadre_id || '|' || k.contract_id, c.cadre_id
FROM contracts k
JOIN person_roles pr ON pr.code = k.supplier
JOIN cadres c ON c.cadre_id = pr.cadre_id
WHERE k.signed IS NOT NULL
  AND (pr.start_d IS NULL OR pr.start_d <= k.signed) AND (pr.end_d IS NULL OR pr.end_d >= k.signed)
  AND (c.leading OR c.dept = k.dept OR c.cadre_id = k.handler);

-- R3 未申报房产
INSERT INTO findings
SELECT DISTINCT 'R3', o.cadre_id || '|' || o.cert, o.cadre_id
FROM (
  SELECT p.cadre_id, pr.cert, pr.addr, pr.area FROM people p JOIN properties pr ON pr.rid = p.rid
  WHERE p.rid IS NOT NULL AND p.relation IN ('本人', '配偶', '子女')
  UNION ALL
  SELECT p.cadre_id, pr.cert, pr.addr, pr.area FROM people p JOIN properties pr ON pr.name = p.name AND pr.birth = p.birth
  WHERE p.rid IS NULL AND p.birth IS NOT NULL AND p.relation IN ('配偶', '子女')
) o
WHERE o.cert IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM declared_properties d
    WHERE d.cadre_id = o.cadre_id
      AND ((d.cert IS NOT NULL AND d.cert = o.cert)
           OR (d.cert IS NULL AND d.addr = o.addr AND abs(d.area - o.area) <= :property_area_tolerance)));

-- R4 未报备出境
INSERT INTO findings
SELECT DISTINCT 'R4', c.cadre_id || '|' || to_char(t.day, 'YYYY-MM-DD'), c.cadre_id
FROM travels t JOIN cadres c ON c.rid = t.rid
WHERE t.direction = '出境' AND t.day IS NOT NULL AND c.rid IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM declared_trips d WHERE d.cadre_id = c.cadre_id AND t.day BETWEEN d.depart AND d.ret);

-- R5 化整为零 (政府采购法实施条例 第二十八条)
INSERT INTO findings
SELECT DISTINCT 'R5', contract_id, NULL
FROM (
  SELECT contract_id, sum(amount) OVER (PARTITION BY dept, category, project, extract(year FROM signed)) AS total
  FROM contracts
  WHERE amount IS NOT NULL AND signed IS NOT NULL AND method IS DISTINCT FROM '公开招标'
) g
WHERE total > :open_tender_threshold;

-- R6 临界金额
INSERT INTO findings
SELECT DISTINCT 'R6', contract_id, NULL
FROM contracts, (VALUES (1000000::numeric), (2000000::numeric)) AS th(t)
WHERE method IS DISTINCT FROM '公开招标' AND amount >= th.t * (1 - :near_threshold_margin) AND amount < th.t;

-- R7 单一来源集中
INSERT INTO findings
SELECT DISTINCT 'R7', s.dept || '|' || s.year || '|' || s.supplier, NULL
FROM (
  SELECT dept, extract(year FROM signed)::int AS year, supplier, sum(amount) AS amount,
         sum(sum(amount)) OVER (PARTITION BY dept, extract(year FROM signed)::int) AS total
  FROM contracts
  WHERE method = '单一来源' AND amount IS NOT NULL AND signed IS NOT NULL
  GROUP BY dept, extract(year FROM signed)::int, supplier
) s
WHERE s.total >= :single_source_min_total AND s.amount >= s.total * :single_source_share;

-- R8 串通投标迹象 (政府采购法实施条例 第十八条)
CREATE UNLOGGED TABLE controllers AS
SELECT DISTINCT ep.code, ep.rid FROM ep LEFT JOIN enterprises e ON e.code = ep.code
WHERE ep.rid IS NOT NULL AND ep.role IN ('法定代表人', '股东')
  AND (ep.start_d IS NULL OR ep.start_d <= :'asof'::date) AND (ep.end_d IS NULL OR ep.end_d >= :'asof'::date)
  AND coalesce(e.status, '') NOT IN ('注销', '吊销');
INSERT INTO findings
SELECT DISTINCT 'R8', p.tender || '|' || p.k1 || '|' || p.k2, NULL
FROM (
  SELECT a.tender, a.key AS k1, b.key AS k2 FROM bids a JOIN bids b ON a.tender = b.tender AND a.phone = b.phone
  WHERE a.key < b.key
  UNION ALL
  SELECT a.tender, a.key, b.key FROM bids a JOIN bids b ON a.tender = b.tender AND a.addr = b.addr
  WHERE a.key < b.key
  UNION ALL
  SELECT a.tender, a.key, b.key
  FROM (SELECT DISTINCT tender, key FROM bids) a
  JOIN controllers ca ON ca.code = a.key
  JOIN controllers cb ON cb.rid = ca.rid AND cb.code <> ca.code
  JOIN (SELECT DISTINCT tender, key FROM bids) b ON b.tender = a.tender AND b.key = cb.code
  WHERE a.key < b.key
) p;

-- R9 新设企业中标
INSERT INTO findings
SELECT DISTINCT 'R9', k.contract_id, NULL
FROM contracts k JOIN enterprises e ON e.code = k.supplier
WHERE k.amount >= :new_company_min_amount AND k.signed IS NOT NULL AND e.registered IS NOT NULL
  AND k.signed - e.registered BETWEEN 0 AND :new_company_days;

-- R10 干部违规经商兼职
INSERT INTO findings
SELECT DISTINCT 'R10', a.cadre_id || '|' || a.code, a.cadre_id
FROM active_roles a
WHERE a.relation = '本人'
  AND NOT EXISTS (SELECT 1 FROM side_jobs s WHERE s.cadre_id = a.cadre_id AND s.key = a.code);

-- Output: rule,key,cadre_id sorted by rule number then key (psql -v out=FILE).
\o :out
COPY (SELECT rule, key, coalesce(cadre_id, '') AS cadre_id FROM findings ORDER BY substr(rule, 2)::int, key COLLATE "C")
  TO STDOUT WITH (FORMAT csv, HEADER true);
\o
