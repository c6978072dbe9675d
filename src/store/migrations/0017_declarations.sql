-- 领导干部个人有关事项报告 (personal-matters reports, domain/declarations/,
-- docs/modules/declarations.md).
--
-- declaration_forms: the report form as DATA — the item list, each item's fields and
-- the 漏报/瞒报 handling rules. The row below is the 2023 revision exactly as shipped in
-- share/declarations/form-2023.json (a test checks they are identical). A later
-- revision is a new row (a later migration), never a code change; every declaration
-- records the revision it was filled in.
--
-- declarations: one report. Who, which year, which kind, which state are clear columns
-- (lists, reminders and counts need them). Everything the cadre writes in the form —
-- relatives' names and identity numbers, properties, holdings, amounts — is ONE sealed
-- value (content_sealed: "v1:" + base64 of XChaCha20-Poly1305 under a key derived from
-- the server key file, outside the database), so a dump or backup alone reveals none of
-- it. The reasons given when a report is returned are sealed the same way.
CREATE TABLE declaration_forms (
  revision TEXT PRIMARY KEY,
  definition TEXT NOT NULL,
  is_current INTEGER NOT NULL DEFAULT 0,
  created_at @BIGINT@ NOT NULL DEFAULT 0
);
CREATE TABLE declarations (
  id @ID@,
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  report_year INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('annual', 'change')),
  form_revision TEXT NOT NULL REFERENCES declaration_forms(revision),
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'accepted')),
  content_sealed TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_by @BIGINT@ NOT NULL,
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  submitted_at @BIGINT@,
  accepted_at @BIGINT@,
  accepted_by @BIGINT@
);
-- One annual report per cadre and year; change reports as many as changes.
CREATE UNIQUE INDEX declarations_annual ON declarations (person_id, report_year) WHERE kind = 'annual';
CREATE INDEX declarations_person ON declarations (person_id, report_year);
CREATE INDEX declarations_status ON declarations (status, report_year);
-- The history of a report: created, saved, submitted, returned (with a sealed reason),
-- resubmitted, accepted.
CREATE TABLE declaration_events (
  id @ID@,
  declaration_id @BIGINT@ NOT NULL REFERENCES declarations(id),
  action TEXT NOT NULL,
  account_id @BIGINT@ NOT NULL,
  actor_name TEXT NOT NULL DEFAULT '',
  note_sealed TEXT NOT NULL DEFAULT '',
  at @BIGINT@ NOT NULL
);
CREATE INDEX declaration_events_of ON declaration_events (declaration_id, id);
INSERT INTO declaration_forms (revision, definition, is_current, created_at) VALUES ('2023', '{
  "revision": "2023",
  "title_zh": "领导干部个人有关事项报告表（2023年修订）",
  "title_en": "Leading cadre personal-matters report (2023 revision)",
  "sections": [
    {
      "code": "family",
      "title_zh": "家事",
      "title_en": "Family matters",
      "items": [
        {"code": "marriage", "no": "1", "title_zh": "本人婚姻情况", "title_en": "Own marital status", "repeating": false,
         "fields": [
           {"code": "status", "label_zh": "婚姻状况", "label_en": "Marital status", "type": "choice", "required": true, "options": ["未婚", "已婚", "离异", "丧偶"]},
           {"code": "spouse_name", "label_zh": "配偶姓名", "label_en": "Spouse name", "type": "text"},
           {"code": "spouse_id", "label_zh": "配偶身份证号", "label_en": "Spouse resident ID", "type": "resident_id"},
           {"code": "changed_on", "label_zh": "变化日期", "label_en": "Date of change", "type": "date"}
         ]},
        {"code": "passports", "no": "2", "title_zh": "本人持有普通护照情况", "title_en": "Ordinary passports held", "repeating": true,
         "fields": [
           {"code": "passport_no", "label_zh": "护照号码", "label_en": "Passport number", "type": "passport", "required": true},
           {"code": "issued_on", "label_zh": "签发日期", "label_en": "Issued on", "type": "date", "required": true},
           {"code": "expires_on", "label_zh": "有效期至", "label_en": "Valid until", "type": "date", "required": true},
           {"code": "kept_by", "label_zh": "保管情况", "label_en": "Kept by", "type": "choice", "required": true, "options": ["组织集中保管", "本人保管"]}
         ]},
        {"code": "private_trips", "no": "3", "title_zh": "本人因私出国（境）情况", "title_en": "Private trips abroad", "repeating": true,
         "fields": [
           {"code": "depart_on", "label_zh": "出境日期", "label_en": "Left on", "type": "date", "required": true},
           {"code": "return_on", "label_zh": "入境日期", "label_en": "Returned on", "type": "date", "required": true},
           {"code": "destination", "label_zh": "所到国家（地区）", "label_en": "Countries or regions", "type": "text", "required": true},
           {"code": "purpose", "label_zh": "事由", "label_en": "Purpose", "type": "text", "required": true},
           {"code": "document_no", "label_zh": "所用证件号码", "label_en": "Document used", "type": "text"}
         ]},
        {"code": "permits", "no": "4", "title_zh": "本人持有往来港澳、台湾通行证情况", "title_en": "Travel permits to Hong Kong/Macao and Taiwan", "repeating": true,
         "fields": [
           {"code": "kind", "label_zh": "证件类别", "label_en": "Permit type", "type": "choice", "required": true, "options": ["往来港澳通行证", "往来台湾通行证"]},
           {"code": "permit_no", "label_zh": "证件号码", "label_en": "Permit number", "type": "permit", "required": true},
           {"code": "issued_on", "label_zh": "签发日期", "label_en": "Issued on", "type": "date", "required": true},
           {"code": "expires_on", "label_zh": "有效期至", "label_en": "Valid until", "type": "date", "required": true}
         ]},
        {"code": "children_foreign_marriage", "no": "5", "title_zh": "子女与外国人、港澳台居民通婚情况", "title_en": "Children married to foreigners or Hong Kong/Macao/Taiwan residents", "repeating": true,
         "fields": [
           {"code": "child_name", "label_zh": "子女姓名", "label_en": "Child name", "type": "text", "required": true},
           {"code": "spouse_name", "label_zh": "子女配偶姓名", "label_en": "Spouse of child name", "type": "text", "required": true},
           {"code": "spouse_region", "label_zh": "子女配偶国籍（地区）", "label_en": "Spouse of child nationality or region", "type": "choice", "required": true, "options": ["外国", "香港", "澳门", "台湾"]},
           {"code": "spouse_country", "label_zh": "国家名称", "label_en": "Country", "type": "text"},
           {"code": "married_on", "label_zh": "登记结婚日期", "label_en": "Married on", "type": "date", "required": true}
         ]},
        {"code": "family_abroad", "no": "6", "title_zh": "配偶、子女移居国（境）外或连续在国（境）外工作、生活一年以上情况", "title_en": "Spouse or children emigrated or living abroad one year or more", "repeating": true,
         "fields": [
           {"code": "relation", "label_zh": "称谓", "label_en": "Relation", "type": "choice", "required": true, "options": ["配偶", "子女"]},
           {"code": "name", "label_zh": "姓名", "label_en": "Name", "type": "text", "required": true},
           {"code": "resident_id", "label_zh": "身份证号", "label_en": "Resident ID", "type": "resident_id"},
           {"code": "country", "label_zh": "所在国家（地区）", "label_en": "Country or region", "type": "text", "required": true},
           {"code": "status", "label_zh": "情况", "label_en": "Status", "type": "choice", "required": true, "options": ["已移居", "连续居住一年以上"]},
           {"code": "since", "label_zh": "起始日期", "label_en": "Since", "type": "date", "required": true}
         ]},
        {"code": "family_employment", "no": "7", "title_zh": "配偶、子女及其配偶从业情况", "title_en": "Employment of spouse, children and their spouses", "repeating": true,
         "fields": [
           {"code": "relation", "label_zh": "称谓", "label_en": "Relation", "type": "choice", "required": true, "options": ["配偶", "子女", "子女的配偶"]},
           {"code": "name", "label_zh": "姓名", "label_en": "Name", "type": "text", "required": true},
           {"code": "resident_id", "label_zh": "身份证号", "label_en": "Resident ID", "type": "resident_id", "required": true},
           {"code": "employer", "label_zh": "工作单位", "label_en": "Employer", "type": "text", "required": true},
           {"code": "position", "label_zh": "职务", "label_en": "Position", "type": "text"}
         ]},
        {"code": "criminal_liability", "no": "8", "title_zh": "本人、配偶、共同生活的子女被追究刑事责任情况", "title_en": "Criminal liability of self, spouse or co-resident children", "repeating": true,
         "fields": [
           {"code": "relation", "label_zh": "称谓", "label_en": "Relation", "type": "choice", "required": true, "options": ["本人", "配偶", "共同生活的子女"]},
           {"code": "name", "label_zh": "姓名", "label_en": "Name", "type": "text", "required": true},
           {"code": "judged_on", "label_zh": "判决日期", "label_en": "Judged on", "type": "date", "required": true},
           {"code": "offence", "label_zh": "罪名", "label_en": "Offence", "type": "text", "required": true},
           {"code": "sentence", "label_zh": "处理结果", "label_en": "Sentence", "type": "text", "required": true}
         ]}
      ]
    },
    {
      "code": "property",
      "title_zh": "家产",
      "title_en": "Property",
      "items": [
        {"code": "salary", "no": "9", "title_zh": "本人工资及各类奖金、津贴、补贴", "title_en": "Own salary, bonuses and allowances", "repeating": false,
         "fields": [
           {"code": "annual_salary", "label_zh": "全年工资（元）", "label_en": "Annual salary (yuan)", "type": "amount", "required": true},
           {"code": "allowances", "label_zh": "奖金、津贴、补贴（元）", "label_en": "Bonuses and allowances (yuan)", "type": "amount", "required": true}
         ]},
        {"code": "labor_income", "no": "10", "title_zh": "本人从事讲学、写作、咨询、审稿、书画等劳务所得", "title_en": "Income from lecturing, writing, consulting, reviewing, calligraphy", "repeating": true,
         "fields": [
           {"code": "kind", "label_zh": "劳务类别", "label_en": "Kind", "type": "choice", "required": true, "options": ["讲学", "写作", "咨询", "审稿", "书画", "其他"]},
           {"code": "payer", "label_zh": "支付单位", "label_en": "Paid by", "type": "text", "required": true},
           {"code": "amount", "label_zh": "金额（元）", "label_en": "Amount (yuan)", "type": "amount", "required": true}
         ]},
        {"code": "real_estate", "no": "11", "title_zh": "本人、配偶、共同生活的子女的房产情况（含有独立产权的车库、车位、储藏间）", "title_en": "Real estate of self, spouse and co-resident children (incl. separately titled garages, parking spaces, storerooms)", "repeating": true,
         "fields": [
           {"code": "owner", "label_zh": "产权人", "label_en": "Owner", "type": "choice", "required": true, "options": ["本人", "配偶", "共同生活的子女", "共有"]},
           {"code": "owner_name", "label_zh": "产权人姓名", "label_en": "Owner name", "type": "text", "required": true},
           {"code": "address", "label_zh": "具体地址", "label_en": "Address", "type": "text", "required": true},
           {"code": "use", "label_zh": "房产性质", "label_en": "Use", "type": "choice", "required": true, "options": ["住宅", "商业用房", "车库车位", "储藏间", "其他"]},
           {"code": "area", "label_zh": "建筑面积（平方米）", "label_en": "Floor area (m²)", "type": "area", "required": true},
           {"code": "certificate_no", "label_zh": "不动产权证号", "label_en": "Title certificate number", "type": "text"},
           {"code": "acquired_on", "label_zh": "交易时间", "label_en": "Acquired on", "type": "date", "required": true},
           {"code": "price", "label_zh": "交易价格（元）", "label_en": "Price (yuan)", "type": "amount"}
         ]},
        {"code": "securities", "no": "12", "title_zh": "本人、配偶、共同生活的子女投资或以其他方式持有股票、基金、投资型保险情况", "title_en": "Stocks, funds and investment insurance of self, spouse and co-resident children", "repeating": true,
         "fields": [
           {"code": "owner", "label_zh": "持有人", "label_en": "Holder", "type": "choice", "required": true, "options": ["本人", "配偶", "共同生活的子女"]},
           {"code": "owner_name", "label_zh": "持有人姓名", "label_en": "Holder name", "type": "text", "required": true},
           {"code": "kind", "label_zh": "类别", "label_en": "Kind", "type": "choice", "required": true, "options": ["股票", "基金", "投资型保险"]},
           {"code": "product", "label_zh": "名称或代码", "label_en": "Name or code", "type": "text", "required": true},
           {"code": "quantity", "label_zh": "持有数量（股/份）", "label_en": "Quantity (shares/units)", "type": "area"},
           {"code": "value", "label_zh": "市值或缴纳金额（元）", "label_en": "Value or premiums paid (yuan)", "type": "amount", "required": true}
         ]},
        {"code": "family_business", "no": "13", "title_zh": "配偶、子女及其配偶经商办企业情况", "title_en": "Businesses run by spouse, children and their spouses", "repeating": true,
         "fields": [
           {"code": "relation", "label_zh": "称谓", "label_en": "Relation", "type": "choice", "required": true, "options": ["配偶", "子女", "子女的配偶"]},
           {"code": "name", "label_zh": "姓名", "label_en": "Name", "type": "text", "required": true},
           {"code": "company", "label_zh": "企业或其他市场主体名称", "label_en": "Enterprise name", "type": "text", "required": true},
           {"code": "credit_code", "label_zh": "统一社会信用代码", "label_en": "Unified social credit code", "type": "text"},
           {"code": "role", "label_zh": "担任职务或出资情况", "label_en": "Role or investment", "type": "text", "required": true},
           {"code": "capital", "label_zh": "出资额（元）", "label_en": "Capital contributed (yuan)", "type": "amount"}
         ]},
        {"code": "assets_abroad", "no": "14", "title_zh": "本人、配偶、共同生活的子女在国（境）外的存款和投资情况", "title_en": "Deposits and investments abroad of self, spouse and co-resident children", "repeating": true,
         "fields": [
           {"code": "owner", "label_zh": "所有人", "label_en": "Owner", "type": "choice", "required": true, "options": ["本人", "配偶", "共同生活的子女"]},
           {"code": "country", "label_zh": "国家（地区）", "label_en": "Country or region", "type": "text", "required": true},
           {"code": "kind", "label_zh": "类别", "label_en": "Kind", "type": "choice", "required": true, "options": ["存款", "投资"]},
           {"code": "institution", "label_zh": "开户银行或投资对象", "label_en": "Bank or investee", "type": "text", "required": true},
           {"code": "amount", "label_zh": "金额（折合人民币元）", "label_en": "Amount (yuan equivalent)", "type": "amount", "required": true}
         ]}
      ]
    }
  ],
  "handling_rules": [
    {"code": "understated_area", "conclusion": "漏报", "items": ["real_estate"], "zh": "房产已报告但面积少报，或漏报车库车位、储藏间", "en": "Property reported but floor area understated, or a parking space or storeroom left out"},
    {"code": "understated_amount", "conclusion": "漏报", "items": ["securities", "assets_abroad"], "zh": "股票、基金、投资型保险或境外存款投资已报告但数额少报", "en": "Stocks, funds, investment insurance or assets abroad reported but understated"},
    {"code": "omitted_document", "conclusion": "漏报", "items": ["passports", "permits", "private_trips"], "zh": "漏报通行证或出入境记录", "en": "A travel document or a trip left out"},
    {"code": "missing_family_item", "conclusion": "瞒报", "items": ["marriage", "children_foreign_marriage", "family_abroad", "family_employment", "criminal_liability"], "zh": "整项家事未报告", "en": "A whole family item not reported"},
    {"code": "missing_property", "conclusion": "瞒报", "items": ["real_estate"], "zh": "一处或多处房产未报告", "en": "One or more properties not reported"},
    {"code": "missing_securities", "conclusion": "瞒报", "items": ["securities"], "zh": "持有股票、基金、投资型保险而未报告", "en": "Holdings of stocks, funds or investment insurance not reported"},
    {"code": "missing_business", "conclusion": "瞒报", "items": ["family_business"], "zh": "一个或多个经商办企业未报告", "en": "One or more businesses not reported"}
  ]
}
', 1, 0);
