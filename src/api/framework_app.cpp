// The API framework's request pipeline (see api.h): registration, authentication,
// permission and forced-password-change gates, the audit entry of every
// state-changing request, error mapping, security headers and the static front end.
#include <array>
#include <mutex>
#include <set>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "api/api.h"
#include "api/framework_internal.h"
#include "domain/audit/audit_event.h"
#include "domain/dictionary/dictionary.h"

namespace qf::api {

namespace {

constexpr std::string_view kApiPrefix = "/api/v1";

std::vector<ApiRegistrar>& registrars() {
  static std::vector<ApiRegistrar> r;
  return r;
}

Authenticator& installed_authenticator() {
  static Authenticator a;
  return a;
}

std::mutex& router_mutex() {
  static std::mutex m;
  return m;
}
std::shared_ptr<const http::Router>& current_router() {
  static std::shared_ptr<const http::Router> r = std::make_shared<http::Router>();
  return r;
}

int status_of(ErrorKind k) {
  switch (k) {
    case ErrorKind::kInvalid: return 400;
    case ErrorKind::kUnauthenticated: return 401;
    case ErrorKind::kForbidden: return 403;
    case ErrorKind::kNotFound: return 404;
    case ErrorKind::kConflict: return 409;
    case ErrorKind::kLocked: return 423;
    case ErrorKind::kTooLarge: return 413;
    case ErrorKind::kRateLimited: return 429;
    case ErrorKind::kUnavailable: return 503;
    case ErrorKind::kInternal: return 500;
  }
  return 500;
}

std::string tag_of(const std::string& path) {
  size_t start = path.find_first_not_of('/');
  if (start == std::string::npos) return "system";
  size_t end = path.find('/', start);
  return path.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// What runs for every API route around the module's handler.
struct Endpoint {
  std::string method;
  std::string pattern;  // relative to /api/v1
  RouteSpec spec;
};

using Body = std::function<Result<http::Response>(Call&)>;

void log_error(const http::Request& req, const Error& e) {
  if (e.kind == ErrorKind::kInternal || e.kind == ErrorKind::kUnavailable) {
    spdlog::error("request {} {} {}: {}", req.request_id, req.method, req.path, e.to_string());
  } else {
    spdlog::debug("request {} {} {}: {}", req.request_id, req.method, req.path, e.to_string());
  }
}

http::Response run_call(AppContext& app, const Endpoint& ep, http::Request& req, const Body& body) {
  Call call(req, app);
  const bool changing = req.is_state_changing();
  if (changing) call.audit_action = ep.spec.action.empty() ? fmt::format("{} {}", ep.method, ep.pattern) : ep.spec.action;
  Result<http::Response> out = [&]() -> Result<http::Response> {
    if (ep.spec.permission != "public") {
      const Authenticator& authenticate = installed_authenticator();
      if (!authenticate)
        return Error::make(ErrorKind::kUnauthenticated, "auth.unauthenticated", "请先登录", "Please sign in");
      auto p = authenticate(req, app);
      if (!p.ok()) return p.take_error();
      call.principal = std::move(p).value();
      if (call.principal->must_change_password && !ep.spec.allow_password_change_pending)
        return Error::make(ErrorKind::kForbidden, "auth.password_change_required", "请先修改密码",
                           "You must change your password first");
      if (!ep.spec.permission.empty() && !call.principal->can(ep.spec.permission)) return Error::forbidden();
    }
    try {
      return body(call);
    } catch (const std::exception& e) {
      return Error::internal(fmt::format("exception: {}", e.what()));
    }
  }();
  if (changing && !call.audited && app.db) {
    // Failures are recorded too (failed logins, refused attempts), in their own
    // transaction since the handler's one (if any) was rolled back.
    if (!out.ok()) {
      const Error& e = out.error();
      call.audit_summary += (call.audit_summary.empty() ? "" : " ") + fmt::format("[{}]", e.code);
    }
    auto st = app.db->transaction([&](store::Connection& c) { return call.append_audit(c, out.ok()); });
    if (!st.ok()) spdlog::error("request {}: audit entry not written: {}", req.request_id, st.error().to_string());
  }
  if (!out.ok()) {
    log_error(req, out.error());
    return error_response(out.error());
  }
  if (changing && !ep.spec.quiet) app.changes.fetch_add(1, std::memory_order_relaxed);
  return std::move(out).value();
}

class RoutesImpl final : public Routes {
 public:
  RoutesImpl(AppContext& app, http::Router& router) : app_(app), router_(router) {}

  void json_route(const std::string& method, const std::string& path, RouteSpec spec, ApiHandler h) override {
    add(method, path, std::move(spec), [h = std::move(h)](Call& c) -> Result<http::Response> {
      auto r = h(c);
      if (!r.ok()) return r.take_error();
      nlohmann::json env;
      env["data"] = std::move(r).value();
      return framework::json_response(200, env);
    });
  }

  void list_route(const std::string& path, RouteSpec spec, ListHandler h) override {
    add("GET", path, std::move(spec), [h = std::move(h)](Call& c) -> Result<http::Response> {
      auto r = h(c);
      if (!r.ok()) return r.take_error();
      // The handler validated sort via call.paging(); here only page numbers matter.
      auto paging = framework::parse_paging(c.req, {}, false);
      if (!paging.ok()) return paging.take_error();
      auto& [items, total] = r.value();
      nlohmann::json env;
      env["data"] = std::move(items);
      env["meta"] = {{"page", paging->page}, {"page_size", paging->page_size}, {"total", total}};
      return framework::json_response(200, env);
    });
  }

  void raw_route(const std::string& method, const std::string& path, RouteSpec spec, RawHandler h) override {
    add(method, path, std::move(spec), std::move(h));
  }

 private:
  void add(const std::string& method, const std::string& path, RouteSpec spec, Body body) {
    http::RouteInfo info;
    info.method = method;
    info.pattern = std::string(kApiPrefix) + path;
    info.summary_zh = spec.summary_zh;
    info.summary_en = spec.summary_en;
    info.tag = tag_of(path);
    info.permission = spec.permission;
    info.action = spec.action;
    info.request_schema = spec.request_example;
    info.response_schema = spec.response_example;
    auto ep = std::make_shared<Endpoint>(Endpoint{method, path, std::move(spec)});
    router_.add(std::move(info), [&app = app_, ep, body = std::move(body)](http::Request& req) {
      return run_call(app, *ep, req, body);
    });
  }

  AppContext& app_;
  http::Router& router_;
};

}  // namespace

namespace framework {

const char* const kContentSecurityPolicy =
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self' data:; "
    "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

void add_security_headers(const http::Request& req, http::Response& res) {
  auto set_default = [&](const char* name, const char* value) {
    if (res.header(name).empty()) res.set_header(name, value);
  };
  set_default("Content-Security-Policy", kContentSecurityPolicy);
  set_default("X-Frame-Options", "DENY");
  set_default("X-Content-Type-Options", "nosniff");
  set_default("Referrer-Policy", "no-referrer");
  set_default("Cross-Origin-Opener-Policy", "same-origin");
  if (req.path == "/api" || req.path.rfind("/api/", 0) == 0) res.set_header("Cache-Control", "no-store");
  if (req.secure) set_default("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
}

http::Response json_response(int status, const nlohmann::json& body) {
  return http::Response::text(status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                              "application/json; charset=utf-8");
}

}  // namespace framework

RegisterApi::RegisterApi(ApiRegistrar r) { registrars().push_back(std::move(r)); }

void set_authenticator(Authenticator a) { installed_authenticator() = std::move(a); }

json error_json(const Error& e) {
  json err = {{"code", e.code}, {"message_zh", e.message_zh}, {"message_en", e.message_en}, {"field", e.field}};
  if (e.kind == ErrorKind::kInternal) {
    // Never the detail: it is in the server log, under the request id.
    err["code"] = "internal";
    err["message_zh"] = "服务器内部错误";
    err["message_en"] = "Internal server error";
    err["field"] = "";
  }
  return json{{"error", std::move(err)}};
}

http::Response error_response(const Error& e) { return framework::json_response(status_of(e.kind), error_json(e)); }

namespace {

// A route summary without its explanation in brackets: "导入工作日历（CSV…）" → "导入工作日历".
std::string short_label(const std::string& s, const char* open) {
  auto at = s.find(open);
  std::string out = at == std::string::npos ? s : s.substr(0, at);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out.empty() ? s : out;
}

// Every audited action gets a label in the "audit_action" dictionary, so the audit log
// never shows a bare code: the hand-written labels of the platform core stay, every
// other route's action is labelled with the route's summary, and reads of confidential
// records (Call::audit_read, action "<object>.read") get theirs here.
void label_audit_actions(const http::Router& router) {
  auto d = dictionary::find("audit_action");
  if (!d) return;
  std::set<std::string> have;
  for (const auto& e : d->entries) have.insert(e.code);
  int sort = 10000;
  auto add = [&](const std::string& code, const std::string& zh, const std::string& en) {
    if (code.empty() || !have.insert(code).second) return;
    d->entries.push_back({code, zh, en, ++sort});
  };
  for (const auto& [code, zh, en] : std::vector<std::array<std::string, 3>>{
           {"clue.read", "查阅问题线索", "Read a problem clue"},
           {"clue_list.read", "查阅线索列表", "Read the clue list"},
           {"report.read", "查阅信访举报件", "Read a petition or report"},
           {"report_list.read", "查阅信访举报列表", "Read the list of reports"},
           {"report_attachment.read", "查阅举报附件", "Read a report attachment"},
           {"report_identity.read", "查看举报人身份", "Read a reporter's identity"},
           {"audit_log.read", "查阅审计日志", "Read the audit log"}})
    add(code, zh, en);
  for (const auto& info : router.routes())
    add(info.action, short_label(info.summary_zh, "（"), short_label(info.summary_en, " ("));
  dictionary::register_dictionary(std::move(*d));
}

}  // namespace

http::Handler build_app(AppContext& app) {
  auto router = std::make_shared<http::Router>();
  RoutesImpl routes(app, *router);
  for (const auto& r : registrars()) r(routes, app);
  label_audit_actions(*router);

  auto openapi_text = std::make_shared<std::string>();
  routes.raw_route("GET", "/openapi.json",
                   RouteSpec{"接口文档（OpenAPI 3）", "API description (OpenAPI 3)", "public"},
                   [openapi_text](Call&) -> Result<http::Response> {
                     return http::Response::text(200, *openapi_text, "application/json; charset=utf-8");
                   });
  *openapi_text = framework::openapi_document(*router).dump(2);

  auto files = framework::static_files(app.config.server.web_root);
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
    http::Response res = router->dispatch(req);
    framework::add_security_headers(req, res);
    return res;
  };
}

const http::Router& app_router() {
  std::lock_guard lk(router_mutex());
  return *current_router();
}

}  // namespace qf::api
