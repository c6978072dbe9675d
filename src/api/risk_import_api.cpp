// Excel re-import of risk points, /api/v1/risk/points/import/…: the template, a preview
// that says per row whether it creates, updates or leaves a point unchanged and names
// every bad cell (sheet, row, column, Chinese and English), and the commit — one
// transaction, nothing saved when any cell is bad. Rules: domain/risk/risk_import.h.
// Department heads only (risk.manage), for the departments they head.
#include <cstdio>
#include <cstdlib>
#include <memory>

#include <fmt/format.h>

#include "api/api.h"
#include "api/request_fields.h"
#include "domain/risk/risk_import.h"

namespace qf::api {
namespace {

constexpr const char* kManage = "risk.manage";

std::string filename_of(const Call& c) {
  auto f = c.req.query_param("filename");
  return f && !f->empty() ? std::string(*f) : std::string("upload.xlsx");
}

risk::Actor actor_of(const Call& c) {
  return {c.who().account_id, c.who().display_name.empty() ? c.who().username : c.who().display_name};
}

json errors_json(const risk::ImportResult& r) {
  json errors = json::array();
  for (const auto& e : r.errors)
    errors.push_back({{"sheet", e.sheet}, {"row", e.row}, {"column", e.column}, {"field", e.header},
                      {"message_zh", e.message_zh}, {"message_en", e.message_en}});
  return errors;
}

json result_json(const risk::ImportResult& r, bool committed) {
  json rows = json::array();
  for (const auto& x : r.rows) {
    const bool show_id = x.point_id && (committed || x.action != "create");
    rows.push_back({{"row", x.row}, {"action", x.action}, {"point_id", show_id ? json(*x.point_id) : json(nullptr)},
                    {"department_name", x.department_name}, {"description", x.description}, {"target", x.target}});
  }
  return json{{"valid", r.valid},     {"format", r.format},   {"rows", rows},
              {"errors", errors_json(r)}, {"created", r.created}, {"updated", r.updated},
              {"unchanged", r.unchanged}, {"samples", r.samples}};
}

void register_risk_import(Routes& routes, AppContext& app) {
  auto section = app.config.module_section("risk");
  auto parsed = risk::RiskConfig::from_toml(section.toml, section.source);
  // register_risk stops the server on a bad [risk]; here the default never runs then.
  auto cfg = std::make_shared<risk::RiskConfig>(parsed.ok() ? *parsed : risk::RiskConfig{});

  RouteSpec tmpl{"风险点导入模板（XLSX）", "Risk-point import template (XLSX)", kManage};
  RouteSpec preview{"风险点导入预览（逐行校验，不保存）", "Risk-point import preview (checks every row, saves nothing)",
                    kManage, "risk.import.preview"};
  RouteSpec commit{"确认导入风险点（任一单元格有误则全部不保存）",
                   "Import risk points (nothing is saved if any cell is bad)", kManage, "risk.import.commit"};

  routes.raw_route("GET", "/risk/points/import/template", tmpl, [](Call&) -> Result<http::Response> {
    QF_TRY(std::string bytes, spreadsheet::write_xlsx(risk::import_template()));
    return xlsx_response(std::move(bytes), "风险点导入模板.xlsx");
  });

  routes.post("/risk/points/import/preview", preview, [cfg](Call& c) -> Result<json> {
    const std::string filename = filename_of(c);
    c.audit_object_type = "import";
    c.audit_summary = "预览 " + filename;
    // The same checks and writes as the commit, in a transaction always rolled back.
    std::optional<risk::ImportResult> res;
    Status st = c.app.db->transaction([&](store::Connection& conn) -> Status {
      QF_TRY(auto r, risk::import_points(conn, c.who(), actor_of(c), c.req.body, filename, *cfg, c.now_ms()));
      res = std::move(r);
      return Error::make(ErrorKind::kConflict, "rollback", "", "");
    });
    if (!res) return st.take_error();
    return result_json(*res, false);
  });

  routes.raw_route("POST", "/risk/points/import/commit", commit, [cfg](Call& c) -> Result<http::Response> {
    const std::string filename = filename_of(c);
    c.audit_object_type = "import";
    std::optional<risk::ImportResult> res;
    auto r = c.tx([&](store::Connection& conn) -> Result<int64_t> {
      QF_TRY(auto out, risk::import_points(conn, c.who(), actor_of(c), c.req.body, filename, *cfg, c.now_ms()));
      res = std::move(out);
      if (!res->valid) return Error::invalid("risk.import.invalid", "", "");
      c.audit_summary = fmt::format("导入风险点 {}：新增 {}，更新 {}，无变化 {}", filename, res->created, res->updated,
                                    res->unchanged);
      return res->created + res->updated;
    });
    if (r.ok()) {
      json body{{"data", result_json(*res, true)}};
      return http::Response::text(200, body.dump(-1, ' ', false, json::error_handler_t::replace),
                                  "application/json; charset=utf-8");
    }
    if (!res || res->valid) return r.take_error();
    json err = error_json(Error::invalid(
        "risk.import.invalid", fmt::format("文件“{}”有 {} 处错误，未导入任何数据", filename, res->errors.size()),
        fmt::format("File \"{}\" has {} problems; nothing was imported", filename, res->errors.size()), filename));
    json details = errors_json(*res);
    if (err.contains("error")) err["error"]["details"] = details;
    else err["details"] = details;
    c.audit_summary = fmt::format("导入风险点 {} 被拒绝：{} 处错误", filename, res->errors.size());
    (void)c.app.db->transaction([&](store::Connection& conn) { return c.append_audit(conn, false); });
    c.audited = true;
    return http::Response::text(400, err.dump(-1, ' ', false, json::error_handler_t::replace),
                                "application/json; charset=utf-8");
  });
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_risk_import);
