// The public report intake: settings, proof-of-work challenge, submission, lookup and
// reply with the query code. One handler per endpoint; each runs its database work in
// short transactions and appends its audit entry there (client address "public"); the
// slow work of a submission (sanitising, Argon2id) runs outside any transaction.
#include "api/public_api.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

#include "api/framework_internal.h"
#include "api/public_api_body.h"
#include "api/request_fields.h"
#include "domain/audit/audit_event.h"
#include "domain/reports/attachment_sanitiser.h"
#include "domain/reports/intake_challenge.h"
#include "domain/reports/intake_limits.h"
#include "domain/reports/query_code.h"
#include "domain/reports/reader_keys.h"
#include "domain/reports/report_intake.h"
#include "domain/reports/reporter_access.h"
#include "http/router.h"

namespace qf::api {
namespace {

using nlohmann::json;
namespace rp = qf::reports;

struct PublicContext {
  AppContext& app;
  rp::ReportsConfig cfg;
};

std::mutex& router_mutex() {
  static std::mutex m;
  return m;
}
std::shared_ptr<http::Router>& current_router() {
  static std::shared_ptr<http::Router> r = std::make_shared<http::Router>();
  return r;
}

Status audit_public(store::Connection& conn, int64_t now_ms, const std::string& action, const std::string& object_id,
                    const std::string& summary, bool success) {
  audit::AuditEvent e;
  e.actor = "anonymous";
  e.action = action;
  e.object_type = "report";
  e.object_id = object_id;
  e.summary = summary;
  e.client_addr = "public";  // never the reporter's address (threat model M8)
  e.success = success;
  e.at_ms = now_ms;
  return audit::append(conn, e);
}

http::Response data_response(int status, json data) {
  json env;
  env["data"] = std::move(data);
  return framework::json_response(status, env);
}

http::Response error_with_retry(const Error& e) {
  http::Response res = error_response(e);
  if (e.kind == ErrorKind::kRateLimited && e.field.rfind("retry_after=", 0) == 0)
    res.set_header("Retry-After", e.field.substr(12));
  return res;
}

Result<json> body_of(const http::Request& req) {
  if (!json_depth_within(req.body, kMaxJsonDepth))
    return Error::invalid("report.invalid", "请求内容嵌套过深", "The request body nests too deeply", "body");
  auto j = json::parse(req.body, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return Error::invalid("report.invalid", "请求内容不是有效的 JSON 对象", "The request body is not a valid JSON object",
                          "body");
  return j;
}

Result<rp::KeySettings> settings_or_closed(store::Connection& conn) {
  auto s = rp::key_settings(conn);
  if (!s.ok())
    return Error::make(ErrorKind::kUnavailable, "report.intake_closed",
                       "举报受理尚未开通，请稍后再试或通过来信来访反映",
                       "Report intake is not open yet; try later or report by letter or visit");
  return s;
}

// GET /api/v1/public/reports/settings
Result<http::Response> get_settings(PublicContext& ctx, http::Request&) {
  const auto& c = ctx.cfg;
  json types = json::array();
  for (auto t : {rp::AttachmentType::kJpeg, rp::AttachmentType::kPng, rp::AttachmentType::kPdf,
                 rp::AttachmentType::kDocx, rp::AttachmentType::kXlsx})
    types.push_back(rp::content_type_of(t));
  types.push_back("text/plain");
  return data_response(
      200,
      {{"max_attachments", c.max_attachments},
       {"max_attachment_bytes", c.max_attachment_bytes()},
       {"max_total_attachment_bytes", c.max_total_attachment_bytes()},
       {"max_text_chars", c.max_text_chars},
       {"accepted_types", types},
       {"pdf_accepted", true},
       {"password_min_length", c.password_min_length},
       {"query_code_length", rp::kQueryCodeLength},
       {"pow_bits", c.pow_bits},
       {"notice_zh",
        "提交后您将获得一个查询码。查询码和您设置的密码是查看办理进度、回答办理人员提问的唯一凭据，"
        "系统不保存您的身份，丢失后无法找回，请抄写并妥善保管。"},
       {"notice_en",
        "After submitting you get a query code. The code and the password you choose are the only way to follow "
        "your report and answer the handler's questions; the system keeps no identity, so a lost code or password "
        "cannot be recovered — write them down and keep them safe."}});
}

// POST /api/v1/public/reports/challenge
Result<http::Response> post_challenge(PublicContext& ctx, http::Request&) {
  QF_TRY(auto lease, ctx.app.db->acquire());
  QF_TRY(rp::KeySettings s, settings_or_closed(lease.get()));
  rp::IntakeChallenge c = rp::issue_challenge(s.server_secret, ctx.cfg.pow_bits, ctx.app.clock->now_ms(),
                                              int64_t{ctx.cfg.challenge_ttl_seconds} * 1000);
  return data_response(200, {{"challenge", c.token}, {"salt", c.salt}, {"bits", c.bits}, {"expires_at", c.expires_at}});
}

// Submissions being prepared or stored at once in this process. Sanitising attachments
// and the reporter's Argon2id wrap are CPU- and memory-heavy; beyond this many the public
// listener answers 429 report.busy at once (nothing spent: the challenge stays valid),
// so the public entry can never take every core from the staff application.
constexpr int kMaxConcurrentSubmissions = 2;
std::atomic<int> g_submitting{0};

// POST /api/v1/public/reports
Result<http::Response> post_report(PublicContext& ctx, http::Request& req, const std::string& address) {
  QF_TRY(json b, body_of(req));
  QF_TRY(std::string token, reports_json::optional_string(b, "challenge", "challenge"));
  QF_TRY(std::string nonce, reports_json::optional_string(b, "nonce", "nonce"));
  QF_TRY(rp::NewReport r, reports_json::new_report_of(b));
  r.channel = rp::Channel::kOnline;
  r.received_on.clear();
  r.registered_by.reset();
  struct Wipe {
    rp::NewReport& r;
    ~Wipe() {
      for (auto& a : r.attachments) rp::wipe(a.bytes);
    }
  } wipe_attachments{r};
  const int64_t now = ctx.app.clock->now_ms();
  // Field checks first: nothing the reporter typed is spent on an invalid form.
  QF_TRY_STATUS(rp::validate_new_report(r, ctx.cfg));
  struct Slot {
    bool held = g_submitting.fetch_add(1) < kMaxConcurrentSubmissions;
    ~Slot() { g_submitting.fetch_sub(1); }
  } slot;
  if (!slot.held)
    return Error::make(ErrorKind::kRateLimited, "report.busy", "当前提交的人较多，请稍等几秒再提交；您填写的内容仍保留在页面上",
                       "Many reports are being submitted right now; submit again in a few seconds — what you typed is "
                       "still on the page",
                       "retry_after=5");
  // The address's bucket (it reads the server key file) before any transaction.
  QF_TRY(const std::string bucket, rp::rate_bucket(ctx.app.config.security, "submit", address, now));
  QF_TRY(rp::KeySettings s, [&]() -> Result<rp::KeySettings> {
    QF_TRY(auto lease, ctx.app.db->acquire());
    return settings_or_closed(lease.get());
  }());
  QF_TRY(rp::IntakeChallenge c, rp::verify_challenge(s.server_secret, token, nonce, now));
  // 1. A short transaction of its own, committed whatever follows: the verified attempt
  // is counted and the challenge spent on its first use, so a solved challenge replayed
  // (from many threads) or a submission refused later is never free to repeat.
  QF_TRY(std::optional<Error> refused, ctx.app.db->transaction([&](store::Connection& conn) -> Result<std::optional<Error>> {
    std::optional<Error> first;
    auto keep = [&](Status st) -> Status {
      if (st.ok()) return {};
      Error e = st.take_error();
      if (e.kind != ErrorKind::kRateLimited && e.kind != ErrorKind::kForbidden) return e;  // a database failure
      if (!first) first = std::move(e);
      return {};
    };
    QF_TRY_STATUS(keep(rp::count_hit(conn, "submit:global", ctx.cfg.submissions_per_hour, now, "report.rate_limited",
                                     "网上举报总数", "Online reports in total")));
    QF_TRY_STATUS(keep(rp::count_hit(conn, bucket, ctx.cfg.submissions_per_address_per_hour, now,
                                     "report.rate_limited", "从您所在网络提交的举报", "Reports from your network")));
    QF_TRY_STATUS(keep(rp::spend_challenge(conn, c.id, c.expires_at, now)));
    return first;
  }));
  if (refused) return std::move(*refused);
  // 2. The slow work outside any transaction: sanitising, keys, sealing, Argon2id.
  QF_TRY(rp::PreparedReport prepared, rp::prepare_report(r, ctx.cfg, ctx.app.config.security, now));
  // 3. A short write transaction.
  auto submitted = ctx.app.db->transaction([&](store::Connection& conn) -> Result<rp::SubmittedReport> {
    QF_TRY(rp::SubmittedReport out, rp::store_report(conn, prepared, std::nullopt, std::nullopt));
    QF_TRY_STATUS(audit_public(conn, now, "report.submit", std::to_string(out.id),
                               fmt::format("网上举报 {} / online report", out.register_number), true));
    return out;
  });
  if (!submitted.ok()) return submitted.take_error();
  return data_response(201, {{"query_code", submitted->query_code},
                             {"query_code_display", rp::display_query_code(submitted->query_code)},
                             {"received_on", submitted->received_on},
                             {"stage", rp::stage_code(rp::Stage::kReceived)},
                             {"stage_label_zh", rp::stage_label_zh(rp::Stage::kReceived)},
                             {"stage_label_en", rp::stage_label_en(rp::Stage::kReceived)}});
}

// POST /api/v1/public/reports/lookup and /reply: the failure counters are committed
// before the error is answered.
Result<http::Response> post_lookup(PublicContext& ctx, http::Request& req, const std::string& address, bool reply) {
  QF_TRY(json b, body_of(req));
  QF_TRY(std::string code, reports_json::optional_string(b, "query_code", "query_code"));
  QF_TRY(std::string password, reports_json::optional_string(b, "password", "password"));
  std::string text;
  int64_t in_reply_to = 0;
  if (reply) {
    QF_TRY(text, reports_json::optional_string(b, "text", "text"));
    if (auto it = b.find("in_reply_to"); it != b.end() && it->is_number_integer()) in_reply_to = it->get<int64_t>();
  }
  const int64_t now = ctx.app.clock->now_ms();
  auto access = ctx.app.db->transaction([&](store::Connection& conn) -> Result<rp::ReporterAccess> {
    QF_TRY_STATUS(settings_or_closed(conn));
    if (reply)
      return rp::reply_as_reporter(conn, ctx.cfg, ctx.app.config.security, address, code, password, in_reply_to, text,
                                   now);
    return rp::look_up_as_reporter(conn, ctx.cfg, ctx.app.config.security, address, code, password, now);
  });
  if (!access.ok()) return access.take_error();
  if (access->kind == rp::ReporterAccess::Kind::kLimited) return rp::lookup_limited(access->retry_after_seconds);
  if (access->kind == rp::ReporterAccess::Kind::kFailed) return rp::lookup_failed();
  if (reply) {
    auto st = ctx.app.db->transaction([&](store::Connection& conn) -> Status {
      return audit_public(conn, now, "report.reporter_reply", "", "举报人回复 / reporter answered", true);
    });
    if (!st.ok()) return st.take_error();
  }
  return data_response(200, reports_json::reporter_view_json(access->view));
}

}  // namespace

http::Handler build_public_app(AppContext& app, const rp::ReportsConfig& cfg,
                               const rp::PublicListenerConfig& listener) {
  auto ctx = std::make_shared<PublicContext>(PublicContext{app, cfg});
  auto router = std::make_shared<http::Router>();
  using Fn = std::function<Result<http::Response>(PublicContext&, http::Request&, const std::string&)>;
  auto add = [&](const std::string& method, const std::string& path, const std::string& zh, const std::string& en,
                 Fn fn) {
    http::RouteInfo info;
    info.method = method;
    info.pattern = "/api/v1/public" + path;
    info.summary_zh = zh;
    info.summary_en = en;
    info.tag = "public";
    info.permission = "public";
    router->add(std::move(info), [ctx, fn](http::Request& req) {
      // The address is used for the (hashed) rate-limit buckets only, then forgotten.
      std::string address = req.client_addr;
      req.client_addr = "public";
      Result<http::Response> r = [&]() -> Result<http::Response> {
        try {
          return fn(*ctx, req, address);
        } catch (const std::exception& e) {
          return Error::internal(fmt::format("exception: {}", e.what()));
        }
      }();
      rp::wipe(address);
      if (!r.ok()) {
        const Error& e = r.error();
        if (e.kind == ErrorKind::kInternal || e.kind == ErrorKind::kUnavailable)
          spdlog::error("public request {} {} {}: {}", req.request_id, req.method, req.path, e.to_string());
        return error_with_retry(e);
      }
      return std::move(r).value();
    });
  };
  add("GET", "/reports/settings", "举报表单须知与限制", "Report form limits and notice",
      [](PublicContext& c, http::Request& r, const std::string&) { return get_settings(c, r); });
  add("POST", "/reports/challenge", "获取安全验证题", "Get a proof-of-work challenge",
      [](PublicContext& c, http::Request& r, const std::string&) { return post_challenge(c, r); });
  add("POST", "/reports", "提交举报", "Submit a report",
      [](PublicContext& c, http::Request& r, const std::string& a) { return post_report(c, r, a); });
  add("POST", "/reports/lookup", "凭查询码查看进度", "Follow a report with the query code",
      [](PublicContext& c, http::Request& r, const std::string& a) { return post_lookup(c, r, a, false); });
  add("POST", "/reports/reply", "凭查询码回复问题", "Answer a question with the query code",
      [](PublicContext& c, http::Request& r, const std::string& a) { return post_lookup(c, r, a, true); });

  auto files = framework::static_files(listener.web_root);
  router->set_fallback([files](http::Request& req) {
    if (req.path == "/api" || req.path.rfind("/api/", 0) == 0)
      return http::error_envelope(404, "not_found", "请求的地址不存在", "No such resource", req.path);
    return files(req);
  });
  {
    std::lock_guard lk(router_mutex());
    current_router() = router;
  }
  return [router](http::Request& req) {
    auto started = std::chrono::steady_clock::now();
    http::Response res = router->dispatch(req);
    req.client_addr = "public";
    framework::add_security_headers(req, res);
    // Our own access line: no client address, no query, no body (threat model M8).
    if (auto access = spdlog::get("access")) {
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
      access->info("{{\"type\":\"access\",\"listener\":\"public\",\"request_id\":\"{}\",\"method\":\"{}\",\"path\":\"{}\","
                   "\"status\":{},\"ms\":{:.3f},\"bytes\":{},\"client\":\"public\"}}",
                   req.request_id, req.method == "GET" || req.method == "POST" || req.method == "HEAD" ? req.method : "-",
                   req.path.rfind("/api/v1/public/", 0) == 0 || req.path == "/" ? req.path : "-", res.status,
                   ms, res.body.size());
    }
    return res;
  };
}

const http::Router& public_router() {
  std::lock_guard lk(router_mutex());
  return *current_router();
}

}  // namespace qf::api
