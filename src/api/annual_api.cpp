// Statistics and the annual work report (统计与年度工作报告, /api/v1/annual/…,
// docs/modules/annual.md). Figures of any year and department scope, each with its
// definition, last year's value and — for those who may see the records — the rows
// behind it; XLSX of the figures, one sheet per section. The annual report: a draft
// from the template (fixed text + {{figure}} fields) that the discipline secretary
// edits and saves, then finalises (numbered, archived, filled text frozen); DOCX in
// the GB/T 9704-2012 layout and XLSX of its figures; every export audited.
//
// Need-to-know: a figure is a count; clue and talk figures only for clue.stats holders,
// reports for report.stats, declarations for declaration.read; the records behind a
// figure only for holders of the providing module's read permission (clue, talk,
// report and declaration figures have none here: aggregates only). Callers without a
// unit-wide scope see their own departments only. The three administrators hold none
// of these permissions (refused at start-up).
//
// One named handler per endpoint; the registration at the end is the route table.
#include <fmt/format.h>

#include "api/api.h"
#include "api/export_layout.h"
#include "api/request_fields.h"
#include "core/calendar.h"
#include "domain/annual/dashboard.h"
#include "domain/annual/docx.h"
#include "domain/annual/figures.h"
#include "domain/annual/figures_export.h"
#include "domain/annual/pdf.h"
#include "domain/annual/report.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/permissions.h"
#include "domain/clues/clue_config.h"
#include "domain/org/structure.h"
#include "domain/spreadsheet/xlsx_writer.h"

using qf::auth::Role;
QF_REGISTER_PERMISSION("annual.read", "查看年度统计数字", "Read the figures of the year", Role::kPartySecretary,
                       Role::kDisciplineSecretary, Role::kDeptHead);
QF_REGISTER_PERMISSION("annual.report.read", "查看、导出年度工作报告", "Read and export the annual work report",
                       Role::kPartySecretary, Role::kDisciplineSecretary);
QF_REGISTER_PERMISSION("annual.report.manage", "编辑、定稿年度工作报告", "Edit and finalise the annual work report",
                       Role::kDisciplineSecretary);

namespace qf::api {
namespace {

namespace an = qf::annual;
constexpr const char* kRead = "annual.read";
constexpr const char* kReportRead = "annual.report.read";
constexpr const char* kReportManage = "annual.report.manage";

Error hidden_report() { return Error::not_found("年度工作报告", "Annual report"); }
Error hidden_figure() { return Error::not_found("统计数字明细", "Figure records"); }

Date today_of(const Call& c) { return Date::from_unix_ms(c.now_ms()); }

Result<int> year_param(const Call& c) {
  int year = today_of(c).year();
  if (auto y = c.req.query_param("year"); y && !y->empty()) {
    bool ok = y->size() == 4;
    for (char ch : *y) ok = ok && ch >= '0' && ch <= '9';
    if (ok) year = std::stoi(*y);
    if (!ok || year < 1990 || year > 2999)
      return Error::invalid("request.year", "参数 year 应为四位年份（1990–2999）", "year must be a four-digit year (1990–2999)",
                            "year");
  }
  return year;
}

struct Scope {
  std::set<int64_t> departments;
  std::optional<int64_t> department_id;
  std::string label_zh = "全局";
};

Result<Scope> scope_of(const Call& c, store::Connection& conn) {
  QF_TRY(std::optional<int64_t> dept, query_id(c, "department_id"));
  const auth::Principal& who = c.who();
  Scope s;
  QF_TRY(auto all, org::list_departments(conn, true));
  if (dept) {
    if (!who.unit_wide && !who.department_ids.count(*dept))
      return Error::invalid("request.department", "部门不存在或不在您的数据范围内", "No such department in your data scope",
                            "department_id");
    for (int64_t id : org::subtree_ids(all, *dept)) s.departments.insert(id);
    if (s.departments.empty())
      return Error::invalid("request.department", "部门不存在", "No such department", "department_id");
    s.department_id = dept;
    for (const auto& d : all)
      if (d.id == *dept) s.label_zh = d.name;
  } else if (!who.unit_wide) {
    s.departments = who.department_ids;
    s.label_zh = "本人数据范围内的部门";
    if (s.departments.empty()) s.departments.insert(-1);  // reaches no department: nothing is counted
  }
  return s;
}

Result<clues::ClueConfig> clue_config(const Config& config) {
  auto section = config.module_section("clues");
  return clues::ClueConfig::from_toml(section.toml, section.source);
}

json value_json(const an::FigureValue& v) { return v.count ? json(*v.count) : json(nullptr); }

Result<std::vector<an::FigureLine>> evaluate_visible(Call& c, an::FigureContext& ctx, int year) {
  std::vector<an::FigureLine> out;
  for (const auto& def : an::all_figures()) {
    if (!an::may_see(def, c.who())) continue;
    QF_TRY(an::FigureValue cur, an::evaluate(def, ctx, year));
    QF_TRY(an::FigureValue prev, an::evaluate(def, ctx, year - 1));
    out.push_back({def, std::move(cur), std::move(prev)});
  }
  return out;
}

Result<json> get_figures(Call& c) {
  QF_TRY(int year, year_param(c));
  QF_TRY(auto cfg, clue_config(c.app.config));
  QF_TRY(auto lease, c.app.db->acquire());
  store::Connection& conn = lease.get();
  QF_TRY(Scope scope, scope_of(c, conn));
  an::FigureContext ctx{conn, today_of(c), scope.departments, scope.department_id};
  ctx.clue_config = cfg;
  QF_TRY(auto lines, evaluate_visible(c, ctx, year));
  json figures = json::array();
  for (const auto& l : lines) {
    figures.push_back({{"code", l.def.code},
                       {"section", l.def.section},
                       {"module", l.def.module},
                       {"label_zh", l.def.label_zh},
                       {"label_en", l.def.label_en},
                       {"definition_zh", l.def.definition_zh},
                       {"definition_en", l.def.definition_en},
                       {"unit_zh", l.def.unit_zh},
                       {"unit_en", l.def.unit_en},
                       {"value", value_json(l.current)},
                       {"previous", value_json(l.previous)},
                       {"reason_zh", l.current.reason_zh},
                       {"reason_en", l.current.reason_en},
                       {"drill", an::may_drill(l.def, c.who())}});
  }
  json sections = json::array();
  for (const auto& s : an::sections()) sections.push_back({{"code", s.code}, {"label_zh", s.zh}, {"label_en", s.en}});
  return json{{"year", year},
              {"department_id", nullable(scope.department_id)},
              {"scope_zh", scope.label_zh},
              {"sections", std::move(sections)},
              {"figures", std::move(figures)}};
}

// The records behind a figure the caller may drill into (else 404 like an unknown figure).
struct FigureRecords {
  an::FigureDef def;
  int year = 0;
  Scope scope;
  an::FigureValue value;
};
Result<FigureRecords> figure_records(Call& c, store::Connection& conn) {
  auto it = c.req.path_params.find("code");
  std::string code = it == c.req.path_params.end() ? "" : it->second;
  auto def = an::find_figure(code);
  if (!def || !an::may_drill(*def, c.who())) return hidden_figure();
  QF_TRY(int year, year_param(c));
  QF_TRY(auto cfg, clue_config(c.app.config));
  QF_TRY(Scope scope, scope_of(c, conn));
  an::FigureContext ctx{conn, today_of(c), scope.departments, scope.department_id};
  ctx.clue_config = cfg;
  ctx.want_rows = true;
  QF_TRY(an::FigureValue v, an::evaluate(*def, ctx, year));
  return FigureRecords{*def, year, std::move(scope), std::move(v)};
}

Result<json> get_figure_records(Call& c) {
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(FigureRecords f, figure_records(c, lease.get()));
  json rows = json::array();
  for (const auto& r : f.value.rows)
    rows.push_back({{"ref", r.ref}, {"title", r.title}, {"department", r.department}, {"date", r.date}, {"status", r.status}});
  return json{{"code", f.def.code}, {"label_zh", f.def.label_zh}, {"label_en", f.def.label_en}, {"year", f.year},
              {"value", value_json(f.value)}, {"rows", std::move(rows)}};
}

// The records behind a figure as a ledger (title "<unit><figure>明细（<year>年）", 筛选条件
// 年度/范围 and 导出时间, 序号, 内部资料), for the same callers as the list. Audited.
Result<http::Response> export_figure_records(Call& c) {
  std::string bytes, label, code;
  int year = 0;
  {
    QF_TRY(auto lease, c.app.db->acquire());
    store::Connection& conn = lease.get();
    QF_TRY(FigureRecords f, figure_records(c, conn));
    year = f.year;
    label = f.def.label_zh;
    code = f.def.code;
    spreadsheet::XlsxSheet sh;
    sh.name = "明细";
    sh.columns = {{"编号", 16}, {"名称", 48}, {"部门", 24}, {"日期", 24}, {"状态", 16}};
    for (const auto& r : f.value.rows)
      sh.rows.push_back({r.ref, r.title, r.department, r.date, r.status});
    sh.total = f.value.count ? fmt::format("合计 {} {}（{}）", *f.value.count, f.def.unit_zh, f.def.definition_zh)
                             : fmt::format("{}", f.value.reason_zh);
    ledger_layout(conn, c, sh, fmt::format("{}明细（{}年）", f.def.label_zh, f.year),
                  fmt::format("年度 {}；范围 {}", f.year, f.scope.label_zh));
    QF_TRY(std::string b, spreadsheet::write_xlsx({sh}));
    bytes = std::move(b);
  }
  c.audit_action = "annual.figure_records.export";
  QF_TRY_STATUS(c.audit_read("annual_figure", code, fmt::format("xlsx {}年", year)));
  return xlsx_response(std::move(bytes), fmt::format("{}{}年明细.xlsx", label, year));
}

Result<http::Response> export_figures(Call& c) {
  QF_TRY(int year, year_param(c));
  QF_TRY(auto cfg, clue_config(c.app.config));
  std::string bytes;
  std::string scope_label;
  {
    QF_TRY(auto lease, c.app.db->acquire());
    store::Connection& conn = lease.get();
    QF_TRY(Scope scope, scope_of(c, conn));
    scope_label = scope.label_zh;
    an::FigureContext ctx{conn, today_of(c), scope.departments, scope.department_id};
    ctx.clue_config = cfg;
    QF_TRY(auto lines, evaluate_visible(c, ctx, year));
    QF_TRY(std::string b, an::figures_xlsx(year, scope.label_zh, auth::beijing_date(c.now_ms()), lines));
    bytes = std::move(b);
  }
  c.audit_action = "annual.figures.export";
  QF_TRY_STATUS(c.audit_read("annual_figures", std::to_string(year), fmt::format("xlsx {}", scope_label)));
  return xlsx_response(std::move(bytes), fmt::format("{}年度统计数字.xlsx", year));
}


// ---- per-role dashboards ---------------------------------------------------------------

// The dashboard asked (`role`), or the first of the caller's roles that has one.
Result<an::DashboardDef> dashboard_def(const Call& c) {
  auto mine = an::dashboards_of(c.who());
  auto role = c.req.query_param("role");
  if (role && !role->empty()) {
    for (const auto& d : mine)
      if (d.code == *role) return d;
    return Error::invalid("annual.dashboard_role", "参数 role 应为您担任的角色之一（党委书记、纪委书记、部门负责人）",
                          "role must be one of your roles that has a dashboard", "role");
  }
  if (mine.empty()) return Error::forbidden();
  return mine.front();
}

Result<an::Dashboard> dashboard_of(Call& c, store::Connection& conn, Scope& scope_out) {
  QF_TRY(an::DashboardDef def, dashboard_def(c));
  QF_TRY(int year, year_param(c));
  QF_TRY(auto cfg, clue_config(c.app.config));
  QF_TRY(Scope scope, scope_of(c, conn));
  an::FigureContext ctx{conn, today_of(c), scope.departments, scope.department_id};
  ctx.clue_config = cfg;
  QF_TRY(an::Dashboard d, an::compute_dashboard(def, ctx, year, c.who()));
  scope_out = std::move(scope);
  return d;
}

json opt_json(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }

Result<json> get_dashboard(Call& c) {
  QF_TRY(auto lease, c.app.db->acquire());
  Scope scope;
  QF_TRY(an::Dashboard d, dashboard_of(c, lease.get(), scope));
  json roles = json::array();
  for (const auto& r : an::dashboards_of(c.who()))
    roles.push_back({{"code", r.code}, {"title_zh", r.title_zh}, {"title_en", r.title_en}});
  json charts = json::array();
  for (const auto& ch : d.charts) {
    json series = json::array();
    for (const auto& s : ch.series) {
      json months = json::array();
      for (const auto& m : s.months) months.push_back(opt_json(m));
      json years = json::array();
      for (const auto& y : s.years) years.push_back(opt_json(y));
      series.push_back({{"code", s.def.code},
                        {"label_zh", s.def.label_zh},
                        {"label_en", s.def.label_en},
                        {"unit_zh", s.def.unit_zh},
                        {"unit_en", s.def.unit_en},
                        {"definition_zh", s.def.definition_zh},
                        {"definition_en", s.def.definition_en},
                        {"monthly", s.def.monthly && !s.months.empty()},
                        {"month_basis_zh", s.def.month_basis_zh},
                        {"month_basis_en", s.def.month_basis_en},
                        {"months", std::move(months)},
                        {"outside", opt_json(s.outside)},
                        {"total", opt_json(s.total)},
                        {"reason_zh", s.reason_zh},
                        {"reason_en", s.reason_en},
                        {"years", std::move(years)}});
    }
    charts.push_back({{"key", ch.def.key}, {"title_zh", ch.def.title_zh}, {"title_en", ch.def.title_en},
                      {"series", std::move(series)}});
  }
  return json{{"role", d.def.code},
              {"title_zh", d.def.title_zh},
              {"title_en", d.def.title_en},
              {"roles", std::move(roles)},
              {"year", d.year},
              {"years", d.years},
              {"department_id", nullable(scope.department_id)},
              {"scope_zh", scope.label_zh},
              {"charts", std::move(charts)}};
}

// The dashboard as a workbook in the ledger layout: per chart a sheet of the months
// (一月…十二月, 日期不在本年 when any, 合计 = the year's figure) and a sheet of the years.
Result<http::Response> export_dashboard(Call& c) {
  std::string bytes, title;
  int year = 0;
  {
    QF_TRY(auto lease, c.app.db->acquire());
    store::Connection& conn = lease.get();
    Scope scope;
    QF_TRY(an::Dashboard d, dashboard_of(c, conn, scope));
    year = d.year;
    title = d.def.title_zh;
    const std::string filter = fmt::format("年度 {}；范围 {}", d.year, scope.label_zh);
    auto cell = [](const std::optional<int64_t>& v) -> spreadsheet::XlsxCell {
      if (v) return *v;
      return std::string("暂无数据");
    };
    std::vector<spreadsheet::XlsxSheet> sheets;
    for (const auto& ch : d.charts) {
      std::vector<const an::Series*> monthly;
      for (const auto& s : ch.series)
        if (!s.months.empty()) monthly.push_back(&s);
      if (!monthly.empty()) {
        spreadsheet::XlsxSheet sh;
        sh.name = ch.def.title_zh + "·按月";
        sh.columns = {{"月份", 14}};
        for (const auto* s : monthly) sh.columns.push_back({fmt::format("{}（{}）", s->def.label_zh, s->def.unit_zh), 18});
        for (int m = 0; m < 12; ++m) {
          std::vector<spreadsheet::XlsxCell> row{fmt::format("{}年{}月", d.year, m + 1)};
          for (const auto* s : monthly) row.push_back(cell(s->months[static_cast<size_t>(m)]));
          sh.rows.push_back(std::move(row));
        }
        bool any_outside = false;
        for (const auto* s : monthly) any_outside = any_outside || s->outside.value_or(0) != 0;
        if (any_outside) {
          std::vector<spreadsheet::XlsxCell> row{std::string("日期不在本年或未填")};
          for (const auto* s : monthly) row.push_back(cell(s->outside));
          sh.rows.push_back(std::move(row));
        }
        std::vector<spreadsheet::XlsxCell> total{std::string("合计")};
        for (const auto* s : monthly) total.push_back(cell(s->total));
        sh.rows.push_back(std::move(total));
        ledger_layout(conn, c, sh, fmt::format("{}·{}（{}年按月）", d.def.title_zh, ch.def.title_zh, d.year), filter);
        sheets.push_back(std::move(sh));
      }
      spreadsheet::XlsxSheet sh;
      sh.name = ch.def.title_zh + "·按年";
      sh.columns = {{"年度", 12}};
      for (const auto& s : ch.series) sh.columns.push_back({fmt::format("{}（{}）", s.def.label_zh, s.def.unit_zh), 18});
      for (size_t i = 0; i < d.years.size(); ++i) {
        std::vector<spreadsheet::XlsxCell> row{fmt::format("{}年", d.years[i])};
        for (const auto& s : ch.series) row.push_back(cell(s.years[i]));
        sh.rows.push_back(std::move(row));
      }
      // 合计 over the years only for counts of records dated in their year (flows);
      // a stock such as the risk points registered by the year's end does not add up.
      std::vector<spreadsheet::XlsxCell> total{std::string("合计")};
      for (const auto& s : ch.series) {
        if (!s.def.monthly) {
          total.push_back(std::string("—"));
          continue;
        }
        std::optional<int64_t> sum = 0;
        for (const auto& y : s.years) sum = (sum && y) ? std::optional<int64_t>(*sum + *y) : std::nullopt;
        total.push_back(cell(sum));
      }
      sh.rows.push_back(std::move(total));
      ledger_layout(conn, c, sh, fmt::format("{}·{}（{}—{}年）", d.def.title_zh, ch.def.title_zh, d.years.front(), d.years.back()),
                    filter);
      sheets.push_back(std::move(sh));
    }
    QF_TRY(std::string b, spreadsheet::write_xlsx(sheets));
    bytes = std::move(b);
  }
  c.audit_action = "annual.dashboard.export";
  QF_TRY_STATUS(c.audit_read("annual_dashboard", std::to_string(year), fmt::format("xlsx {}", title)));
  return xlsx_response(std::move(bytes), fmt::format("{}{}年.xlsx", title, year));
}

// ---- reports ------------------------------------------------------------------------

Result<an::AnnualReport> load_report(Call& c, store::Connection& conn) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto r, an::get_report(conn, id));
  if (!r) return hidden_report();
  return *r;
}

// The text of the report with the figures filled (the frozen text of a final version).
Result<std::string> filled_text(Call& c, store::Connection& conn, const an::AnnualReport& r) {
  if (r.status == "final") return r.rendered;
  QF_TRY(auto cfg, clue_config(c.app.config));
  an::FigureContext ctx{conn, today_of(c), {}, std::nullopt};
  ctx.clue_config = cfg;
  return an::fill(r.body, ctx, r.year, r.unit_name);
}

json report_summary_json(const an::AnnualReport& r) {
  return json{{"id", r.id},
              {"year", r.year},
              {"title", r.title},
              {"unit_name", r.unit_name},
              {"issue_date", r.issue_date},
              {"status", r.status},
              {"number", r.number},
              {"doc_number", r.doc_number},
              {"organ_mark", r.organ_mark},
              {"number_prefix", r.number_prefix},
              {"copy_to", r.copy_to},
              {"printer", r.printer},
              {"version", r.version},
              {"created_at", r.created_at},
              {"updated_at", r.updated_at},
              {"finalized_at", r.finalized_at ? json(*r.finalized_at) : json(nullptr)}};
}

Result<json> report_json(Call& c, store::Connection& conn, const an::AnnualReport& r) {
  json j = report_summary_json(r);
  j["body"] = r.body;
  QF_TRY(std::string text, filled_text(c, conn, r));
  j["filled"] = text;
  json paras = json::array();
  for (const auto& p : an::paragraphs(text))
    paras.push_back({{"level", p.level}, {"heading", p.heading}, {"text", p.text}});
  j["paragraphs"] = std::move(paras);
  j["fields"] = an::fields_of(r.body);
  j["date_zh"] = an::chinese_date(r.issue_date);
  return j;
}

Result<json> list_reports(Call& c) {
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto all, an::list_reports(lease.get()));
  json out = json::array();
  for (const auto& r : all) out.push_back(report_summary_json(r));
  return out;
}

Result<json> get_report(Call& c) {
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(an::AnnualReport r, load_report(c, lease.get()));
  return report_json(c, lease.get(), r);
}

Result<std::string> bureau_name(store::Connection& conn) {
  QF_TRY(auto units, conn.query(store::sql(conn, "annual/unit_name")));
  return units.empty() ? std::string("本局") : units[0].text("name");
}

Result<an::ReportTemplate> template_of(store::Connection& conn) {
  QF_TRY(std::string bureau, bureau_name(conn));
  return an::get_template(conn, bureau);
}

// The official-document header of a report (a report made before the header existed
// takes the built-in default's).
an::DocumentHeader header_of(const an::AnnualReport& r) {
  const an::ReportTemplate d = an::default_report_template(r.unit_name);
  an::DocumentHeader h;
  h.organ_mark = r.organ_mark.empty() ? d.organ_mark : r.organ_mark;
  h.doc_number = r.status == "final" ? r.doc_number : std::string();
  if (r.status == "final" && h.doc_number.empty() && r.seq)  // finalised before 0034
    h.doc_number = an::document_number(d.number_prefix, r.year, *r.seq);
  h.copy_to = r.copy_to;
  h.printer = r.printer.empty() ? d.printer : r.printer;
  h.print_date_zh = an::chinese_date(r.issue_date);
  return h;
}

json template_json(const an::ReportTemplate& t) {
  return json{{"title", t.title},          {"body", t.body},     {"organ_mark", t.organ_mark},
              {"number_prefix", t.number_prefix}, {"copy_to", t.copy_to}, {"printer", t.printer},
              {"version", t.version},      {"stored", t.version > 0},
              {"updated_at", t.updated_at > 0 ? json(t.updated_at) : json(nullptr)},
              {"fields", an::fields_of(t.body)}};
}

Result<json> get_template(Call& c) {
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(an::ReportTemplate t, template_of(lease.get()));
  return template_json(t);
}

Result<json> update_template(Call& c) {
  QF_TRY(json body, c.body());
  if (!body.is_object())
    return Error::invalid("request.json", "请求体应为 JSON 对象", "The request body must be a JSON object");
  an::ReportTemplate t;
  t.title = text_field(body, "title");
  t.body = text_field(body, "body");
  t.organ_mark = text_field(body, "organ_mark");
  t.number_prefix = text_field(body, "number_prefix");
  t.copy_to = text_field(body, "copy_to");
  t.printer = text_field(body, "printer");
  auto v = body.find("version");
  if (v == body.end() || !v->is_number_integer())
    return Error::invalid("annual.invalid", "请提供 version（读取时的版本号）", "version (as read) is required", "version");
  t.version = v->get<int64_t>();
  c.audit_object_type = "annual_template";
  c.audit_object_id = "1";
  c.audit_summary = "年度工作报告模板";
  QF_TRY_STATUS(c.tx([&](store::Connection& conn) -> Status {
    return an::save_template(conn, t, c.who().account_id, c.now_ms());
  }));
  return get_template(c);
}

Result<json> create_report(Call& c) {
  QF_TRY(json body, c.body());
  if (!body.is_object())
    return Error::invalid("request.json", "请求体应为 JSON 对象", "The request body must be a JSON object");
  auto y = body.find("year");
  if (y == body.end() || !y->is_number_integer() || y->get<int>() < 1990 || y->get<int>() > 2999)
    return Error::invalid("annual.invalid", "year 应为四位年份（1990–2999）", "year must be a four-digit year (1990–2999)",
                          "year");
  const int year = y->get<int>();
  std::string unit = text_field(body, "unit_name");
  std::string issue = text_field(body, "issue_date");
  if (issue.empty()) issue = fmt::format("{}-01-31", year + 1);
  if (auto d = Date::parse(issue); !d.ok())
    return Error::invalid("annual.invalid", "成文日期应为 YYYY-MM-DD", "issue_date must be YYYY-MM-DD", "issue_date");
  c.audit_object_type = "annual_report";
  QF_TRY(int64_t id, c.tx([&](store::Connection& conn) -> Result<int64_t> {
    std::string u = unit;
    if (u.empty()) {
      QF_TRY(std::string bureau, bureau_name(conn));
      u = bureau;
    }
    QF_TRY(an::ReportTemplate tpl, template_of(conn));
    QF_TRY(int64_t nid, an::create_report(conn, year, u, issue, tpl, c.who().account_id, c.now_ms()));
    c.audit_object_id = std::to_string(nid);
    c.audit_summary = fmt::format("{}年度草稿", year);
    return nid;
  }));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, an::get_report(lease.get(), id));
  if (!r) return hidden_report();
  return report_json(c, lease.get(), *r);
}

Result<json> update_report(Call& c) {
  QF_TRY(json body, c.body());
  if (!body.is_object())
    return Error::invalid("request.json", "请求体应为 JSON 对象", "The request body must be a JSON object");
  an::ReportEdit e;
  e.title = text_field(body, "title");
  e.unit_name = text_field(body, "unit_name");
  e.issue_date = text_field(body, "issue_date");
  e.body = text_field(body, "body");
  auto v = body.find("version");
  // The header fields: absent = unchanged (set below from the stored report).
  auto header_field = [&](const char* name) -> std::optional<std::string> {
    if (!body.contains(name)) return std::nullopt;
    return text_field(body, name);
  };
  const auto organ_mark = header_field("organ_mark"), number_prefix = header_field("number_prefix"),
             copy_to = header_field("copy_to"), printer = header_field("printer");
  if (v == body.end() || !v->is_number_integer())
    return Error::invalid("annual.invalid", "请提供 version（读取时的版本号）", "version (as read) is required", "version");
  e.version = v->get<int64_t>();
  c.audit_object_type = "annual_report";
  QF_TRY_STATUS(c.tx([&](store::Connection& conn) -> Status {
    QF_TRY(an::AnnualReport r, load_report(c, conn));
    c.audit_object_id = std::to_string(r.id);
    c.audit_summary = fmt::format("{}年度草稿", r.year);
    const an::DocumentHeader h = header_of(r);
    e.organ_mark = organ_mark.value_or(h.organ_mark);
    e.number_prefix = number_prefix.value_or(r.number_prefix.empty() ? an::default_report_template("").number_prefix
                                                                     : r.number_prefix);
    e.copy_to = copy_to.value_or(r.copy_to);
    e.printer = printer.value_or(h.printer);
    return an::update_report(conn, r, e, c.who().account_id, c.now_ms());
  }));
  return get_report(c);
}

Result<json> finalize_report(Call& c) {
  QF_TRY(json body, c.body());
  auto v = body.is_object() ? body.find("version") : body.end();
  if (!body.is_object() || v == body.end() || !v->is_number_integer())
    return Error::invalid("annual.invalid", "请提供 version（读取时的版本号）", "version (as read) is required", "version");
  const int64_t version = v->get<int64_t>();
  c.audit_object_type = "annual_report";
  QF_TRY_STATUS(c.tx([&](store::Connection& conn) -> Status {
    QF_TRY(an::AnnualReport r, load_report(c, conn));
    c.audit_object_id = std::to_string(r.id);
    QF_TRY(std::string text, filled_text(c, conn, r));
    QF_TRY(std::string number, an::finalize_report(conn, r, version, text, c.who().account_id, c.now_ms()));
    c.audit_summary = fmt::format("定稿 {}", number);
    return Status{};
  }));
  return get_report(c);
}

Result<http::Response> export_report(Call& c) {
  std::string format = c.req.query_param("format").value_or("docx");
  if (format != "docx" && format != "pdf" && format != "xlsx")
    return Error::invalid("request.format", "参数 format 应为 docx、pdf 或 xlsx", "format must be docx, pdf or xlsx", "format");
  QF_TRY(auto cfg, clue_config(c.app.config));
  std::string bytes, filename;
  an::AnnualReport r;
  {
    QF_TRY(auto lease, c.app.db->acquire());
    store::Connection& conn = lease.get();
    QF_TRY(an::AnnualReport loaded, load_report(c, conn));
    r = std::move(loaded);
    std::string base = r.number.empty() ? fmt::format("{}（草稿）", r.title) : fmt::format("{}{}", r.title, r.number);
    if (format == "docx" || format == "pdf") {
      QF_TRY(std::string text, filled_text(c, conn, r));
      an::OfficialDocument doc{r.title, an::paragraphs(text), r.unit_name, an::chinese_date(r.issue_date),
                               header_of(r)};
      if (format == "docx") {
        QF_TRY(std::string b, an::write_docx(doc));
        bytes = std::move(b);
      } else {
        QF_TRY(std::string b, an::write_pdf(doc));
        bytes = std::move(b);
      }
      filename = base + "." + format;
    } else {
      an::FigureContext ctx{conn, today_of(c), {}, std::nullopt};
      ctx.clue_config = cfg;
      QF_TRY(auto lines, evaluate_visible(c, ctx, r.year));
      QF_TRY(std::string b, an::figures_xlsx(r.year, "全局", auth::beijing_date(c.now_ms()), lines));
      bytes = std::move(b);
      filename = base + "统计数字.xlsx";
    }
  }
  c.audit_action = "annual.report.export";
  QF_TRY_STATUS(c.audit_read("annual_report", std::to_string(r.id), fmt::format("{} {}", format, r.number.empty() ? "草稿" : r.number)));
  if (format == "xlsx") return xlsx_response(std::move(bytes), filename);
  if (format == "pdf") return http::Response::bytes(200, std::move(bytes), "application/pdf", filename);
  return http::Response::bytes(200, std::move(bytes),
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document", filename);
}

void register_annual(Routes& routes, AppContext&) {
  an::register_builtin_figures();

  RouteSpec figures{"年度统计数字（口径、上年同期）", "Figures of the year (definitions, last year)", kRead, "", "",
                    R"({"data":{"year":2026,"figures":[{"code":"clues.received","label_zh":"收到问题线索","value":12,"previous":9,"unit_zh":"个","definition_zh":"本年收到并登记的问题线索数……","drill":false}]}})"};
  RouteSpec records{"统计数字明细（有权查看记录者）", "The records behind a figure (for those who may see them)", kRead};
  RouteSpec records_export{"导出统计数字明细（XLSX 台账格式，有权查看记录者）",
                           "Export the records behind a figure (XLSX, ledger layout)", kRead,
                           "annual.figure_records.export"};
  RouteSpec figures_export{"导出年度统计数字（XLSX，每部分一页）", "Export the figures (XLSX, a sheet per section)", kRead,
                           "annual.figures.export"};
  RouteSpec reports{"年度工作报告列表", "Annual reports", kReportRead};
  RouteSpec report{"年度工作报告（含填入数字的正文）", "An annual report (with the figures filled)", kReportRead};
  RouteSpec create{"新建年度工作报告草稿（按模板）", "Start a draft from the template", kReportManage,
                   "annual.report.create", R"({"year":2026})"};
  RouteSpec update{"保存年度工作报告草稿", "Save a draft", kReportManage, "annual.report.update",
                   R"({"title":"…","unit_name":"…","issue_date":"2027-01-31","body":"一、…{{clues.received}}…","version":1})"};
  RouteSpec finalize{"定稿（编号、归档，数字冻结）", "Finalise (numbered, archived, figures frozen)", kReportManage,
                     "annual.report.finalize", R"({"version":2})"};
  RouteSpec report_export{"导出年度工作报告（DOCX、PDF 公文格式 / XLSX）", "Export the report (DOCX or PDF official layout / XLSX)",
                          kReportRead, "annual.report.export"};

  RouteSpec tpl{"年度工作报告模板（全局一份；新报告由此开始）", "The bureau-wide report template (new reports start from it)",
                kReportRead};
  RouteSpec tpl_update{"修改年度工作报告模板（纪委）", "Edit the bureau-wide report template", kReportManage,
                       "annual.template.update",
                       R"({"title":"关于{{year}}年度党风廉政建设工作情况的报告","body":"一、…","organ_mark":"中共××局纪律检查委员会文件","number_prefix":"×纪","copy_to":"","printer":"××局纪委办公室","version":0})"};
  routes.get("/annual/template", tpl, get_template);
  routes.put("/annual/template", tpl_update, update_template);
  RouteSpec dashboard{"本角色工作看板（按月、按年趋势）", "The caller's role dashboard (trends by month and year)", kRead};
  RouteSpec dashboard_export{"导出工作看板（XLSX 台账格式）", "Export the dashboard (XLSX, ledger layout)", kRead,
                             "annual.dashboard.export"};
  routes.get("/annual/dashboard", dashboard, get_dashboard);
  routes.raw_route("GET", "/annual/dashboard/export", dashboard_export, export_dashboard);
  routes.get("/annual/figures", figures, get_figures);
  routes.raw_route("GET", "/annual/figures/export", figures_export, export_figures);
  routes.get("/annual/figures/{code}/records", records, get_figure_records);
  routes.raw_route("GET", "/annual/figures/{code}/records/export", records_export, export_figure_records);
  routes.get("/annual/reports", reports, list_reports);
  routes.post("/annual/reports", create, create_report);
  routes.get("/annual/reports/{id}", report, get_report);
  routes.put("/annual/reports/{id}", update, update_report);
  routes.post("/annual/reports/{id}/finalize", finalize, finalize_report);
  routes.raw_route("GET", "/annual/reports/{id}/export", report_export, export_report);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_annual);
