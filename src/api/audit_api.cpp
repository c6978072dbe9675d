// The auditor's view of the audit log (audit.read): filtered query, XLSX export and
// chain verification. Exports are themselves audited (audit.export).
#include <charconv>
#include <chrono>

#include <fmt/format.h>

#include "api/api.h"
#include "core/calendar.h"
#include "api/export_layout.h"
#include "domain/audit/audit_chain.h"
#include "domain/audit/audit_key.h"
#include "domain/auth/server_key.h"
#include "domain/audit/audit_log.h"
#include "domain/auth/login.h"
#include "domain/auth/permissions.h"
#include "domain/spreadsheet/xlsx_writer.h"

namespace qf::api {
namespace {

using auth::perm::kAuditRead;

// "1700000000000" (ms) or "YYYY-MM-DD" (Beijing calendar day: its start, or the next
// day's start when `end_of_day`, so that to=2026-01-31 includes that whole day).
Result<std::optional<int64_t>> instant_param(const Call& c, const char* name, bool end_of_day) {
  auto v = c.req.query_param(name);
  if (!v || v->empty()) return std::optional<int64_t>{};
  const std::string& s = *v;
  auto bad = [&] {
    return Error::invalid("request.instant", fmt::format("{} 应为毫秒时间戳或 YYYY-MM-DD 日期", name),
                          fmt::format("{} must be milliseconds since the epoch or a YYYY-MM-DD date", name), name);
  };
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    int y = 0;
    unsigned m = 0, d = 0;
    if (std::from_chars(s.data(), s.data() + 4, y).ec != std::errc() ||
        std::from_chars(s.data() + 5, s.data() + 7, m).ec != std::errc() ||
        std::from_chars(s.data() + 8, s.data() + 10, d).ec != std::errc())
      return bad();
    std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
    if (!ymd.ok()) return bad();
    int64_t days = std::chrono::sys_days(ymd).time_since_epoch().count() + (end_of_day ? 1 : 0);
    return std::optional<int64_t>{business_day_start_ms(Date::from_days(days))};
  }
  int64_t ms = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), ms);
  if (ec != std::errc() || p != s.data() + s.size()) return bad();
  return std::optional<int64_t>{ms};
}

Result<audit::AuditFilter> filter_of(const Call& c) {
  audit::AuditFilter f;
  auto text = [&](const char* n) -> std::optional<std::string> {
    auto v = c.req.query_param(n);
    return v && !v->empty() ? v : std::nullopt;
  };
  f.actor = text("actor");
  f.action = text("action");
  f.object_type = text("object_type");
  f.object_id = text("object_id");
  QF_TRY(f.from_ms, instant_param(c, "from", false));
  QF_TRY(f.to_ms, instant_param(c, "to", true));
  return f;
}

json entry_json(const audit::AuditEntry& e) {
  const auto& ev = e.event;
  return json{{"seq", e.seq},
              {"at", ev.at_ms},
              {"account_id", ev.account_id ? json(*ev.account_id) : json(nullptr)},
              {"actor", ev.actor},
              {"roles", ev.roles},
              {"action", ev.action},
              {"object_type", ev.object_type},
              {"object_id", ev.object_id},
              {"summary", ev.summary},
              {"client_addr", ev.client_addr},
              {"success", ev.success},
              {"hash", e.hash}};
}

json verdict_json(const audit::ChainVerdict& v) {
  json out{{"ok", v.ok}, {"checked", v.checked}, {"checkpoints_checked", v.checkpoints_checked}};
  out["keyed_from"] = v.keyed_from ? json(*v.keyed_from) : json(nullptr);
  if (!v.ok) {
    out["first_bad_seq"] = v.first_bad_seq.value_or(0);
    out["problem"] = v.problem;
    out["reason_zh"] = v.reason_zh;
    out["reason_en"] = v.reason_en;
  }
  return out;
}

void register_audit(Routes& routes, AppContext& app) {
  // audit.hash selects the algorithm of new entries (Config::load validates the value;
  // an invalid one leaves the SM3 default in place).
  (void)audit::set_hash_algorithm(app.config.audit.hash);

  routes.list_route("/audit/entries",
                    RouteSpec{"查询审计日志", "Query the audit log", std::string(kAuditRead), "", "",
                              R"({"data":[{"seq":1,"actor":"renshi","action":"auth.login"}],"meta":{"page":1,"page_size":20,"total":1}})"},
                    [](Call& c) -> Result<std::pair<json, int64_t>> {
                      QF_TRY(Paging pg, c.paging({"seq", "at"}));
                      QF_TRY(audit::AuditFilter f, filter_of(c));
                      f.oldest_first = !pg.sort.empty() && !pg.descending;
                      f.limit = pg.page_size;
                      f.offset = pg.offset();
                      QF_TRY(auto lease, c.app.db->acquire());
                      QF_TRY(auto r, audit::query(lease.get(), f));
                      json items = json::array();
                      for (const auto& e : r.first) items.push_back(entry_json(e));
                      return std::make_pair(std::move(items), r.second);
                    });

  routes.raw_route("GET", "/audit/entries/export",
                   RouteSpec{"导出审计日志", "Export the audit log", std::string(kAuditRead), "audit.export"},
                   [](Call& c) -> Result<http::Response> {
                     QF_TRY(audit::AuditFilter f, filter_of(c));
                     f.limit = 0;
                     f.oldest_first = true;
                     std::vector<audit::AuditEntry> entries;
                     {
                       QF_TRY(auto lease, c.app.db->acquire());
                       QF_TRY(auto r, audit::query(lease.get(), f));
                       entries = std::move(r.first);
                     }
                     spreadsheet::XlsxSheet sheet;
                     sheet.name = "审计日志";
                     sheet.columns = {{"流水号", 8},    {"时间", 18},     {"操作人", 14}, {"角色", 18},
                                      {"操作", 24},     {"对象类型", 12}, {"对象编号", 10}, {"摘要", 60},
                                      {"客户端地址", 16}, {"结果", 8},      {"哈希", 66}};
                     for (const auto& e : entries) {
                       const auto& ev = e.event;
                       sheet.rows.push_back({e.seq, auth::beijing_time(ev.at_ms), ev.actor, ev.roles, ev.action,
                                             ev.object_type, ev.object_id, ev.summary, ev.client_addr,
                                             std::string(ev.success ? "成功" : "失败"), e.hash});
                     }
                     {
                       QF_TRY(auto lease, c.app.db->acquire());
                       const std::string filter =
                           filter_words(lease.get(), c,
                                        {{"actor", "操作人"}, {"action", "操作"}, {"object_type", "对象类型"},
                                         {"object_id", "对象编号"}, {"from", "起"}, {"to", "止"}});
                       ledger_layout(lease.get(), c, sheet, "审计日志", filter);
                     }
                     QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
                     c.audit_action = "audit.export";
                     QF_TRY_STATUS(c.audit_read("audit_log", "",
                                                fmt::format("导出审计日志 {} 条 / exported {} audit entries",
                                                            entries.size(), entries.size())));
                     return http::Response::bytes(
                         200, std::move(bytes), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         "审计日志.xlsx");
                   });

  routes.get("/audit/verify",
             RouteSpec{"校验审计日志哈希链", "Verify the audit hash chain", std::string(kAuditRead), "", "",
                       R"({"data":{"ok":false,"checked":41,"first_bad_seq":42,"reason_zh":"…","reason_en":"…"}})"},
             [](Call& c) -> Result<json> {
               const auto ring = audit::load_keyring(c.app.config.security.secret_key_file);
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(audit::ChainVerdict v, audit::verify_chain(lease.get(), &ring));
               return verdict_json(v);
             });

  // A checkpoint (锚点) of the current head, for the auditor to print or keep outside the
  // database; refused when the chain does not verify. Audited as audit.checkpoint.
  routes.post("/audit/checkpoints",
              RouteSpec{"导出审计日志锚点", "Export an audit checkpoint", std::string(kAuditRead), "audit.checkpoint",
                        "{}",
                        R"({"data":{"seq":42,"hash":"…","at_ms":1700000000000,"at":"…","key_id":"…","mac":"…","text":"{…}"}})"},
              [](Call& c) -> Result<json> {
                QF_TRY(auth::ServerKey sk, auth::load_server_key(c.app.config.security.secret_key_file));
                const audit::ChainKey key = audit::derive_chain_key(sk);
                const auto ring = audit::load_keyring(c.app.config.security.secret_key_file);
                const int64_t now = c.now_ms();
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(audit::Checkpoint cp, audit::make_checkpoint(conn, key, ring, now));
                  c.audit_object_type = "audit_log";
                  c.audit_object_id = std::to_string(cp.seq);
                  c.audit_summary = fmt::format("导出审计日志锚点：第 {} 条 / checkpoint exported at entry {}", cp.seq,
                                                cp.seq);
                  return json{{"seq", cp.seq},     {"hash", cp.hash},  {"at_ms", cp.at_ms},
                              {"at", auth::beijing_time(cp.at_ms)},    {"key_id", cp.kid},
                              {"mac", cp.mac},     {"text", audit::checkpoint_json(cp)}};
                });
              });

  // Verification against checkpoints the auditor kept: body {"checkpoints": [<checkpoint>…]}
  // (the objects as exported). A checkpoint that was edited or made with an unknown key
  // is refused naming it (400 audit.checkpoint_invalid).
  routes.post("/audit/verify",
              RouteSpec{"按锚点校验审计日志", "Verify the audit log against checkpoints", std::string(kAuditRead),
                        "audit.verify", R"({"checkpoints":[{"type":"qingfeng-audit-checkpoint","seq":42,"…":"…"}]})",
                        R"({"data":{"ok":false,"problem":"checkpoint","first_bad_seq":40,"reason_zh":"…"}})"},
              [](Call& c) -> Result<json> {
                QF_TRY(json body, c.body());
                const auto ring = audit::load_keyring(c.app.config.security.secret_key_file);
                std::vector<audit::Checkpoint> cps;
                if (!body.is_object() || !body.contains("checkpoints") || !body["checkpoints"].is_array() ||
                    body["checkpoints"].empty())
                  return Error::invalid("audit.checkpoint_invalid", "checkpoints 应为至少含一个锚点的数组",
                                        "checkpoints must be an array of at least one checkpoint", "checkpoints");
                for (size_t i = 0; i < body["checkpoints"].size(); ++i) {
                  const json& item = body["checkpoints"][i];
                  QF_TRY(audit::Checkpoint cp,
                         audit::parse_checkpoint(item.is_string() ? item.get<std::string>() : item.dump(), ring,
                                                 fmt::format("checkpoints[{}]", i)));
                  cps.push_back(std::move(cp));
                }
                QF_TRY(auto lease, c.app.db->acquire());
                QF_TRY(audit::ChainVerdict v, audit::verify_chain(lease.get(), &ring, cps));
                c.audit_object_type = "audit_log";
                c.audit_summary = fmt::format("按 {} 个锚点校验审计日志：{} / verified against {} checkpoints: {}",
                                              cps.size(), v.ok ? "完好" : "不符", cps.size(), v.ok ? "intact" : v.problem);
                return verdict_json(v);
              });
}

QF_REGISTER_API(register_audit);

}  // namespace
}  // namespace qf::api
