#pragma once
// The API framework: JSON under /api/v1 with one envelope everywhere.
//   success  {"data": …}                      lists add "meta": {"page","page_size","total"}
//   error    {"error": {"code","message_zh","message_en","field"}}
// Each module adds its endpoints in one api/<module>_api.cpp that registers itself with
// QF_REGISTER_API; the framework does authentication (session cookie), CSRF on every
// state-changing request, the route's permission check, the audit entry of every
// state-changing request, error mapping, and builds /api/v1/openapi.json from the
// registered routes. qf_api is an OBJECT library so the registrars are always linked.
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "core/config.h"
#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/messages/feed.h"
#include "http/message.h"
#include "http/router.h"
#include "store/database.h"

namespace qf::api {

using json = nlohmann::json;

class Call;

// What the modules add to the role dashboard (工作台, GET /dashboard): figures with the
// link to the list behind them (`cards`), pending items (`pending`), and named extras
// the home page draws (`extra`, e.g. a chart's data).
struct DashboardParts {
  json cards = json::array();
  json pending = json::array();
  json extra = json::object();
};
// One module's contribution: adds what the caller's roles and data scope reach, nothing
// otherwise. Runs on the request's connection.
using DashboardContribution = std::function<Status(store::Connection&, const Call&, DashboardParts&)>;

// Everything a handler may use; one per running server process. Stateless across
// processes: sessions, lockouts and rate-limit counters live in the database.
struct AppContext {
  Config config;
  std::unique_ptr<store::Database> db;
  std::shared_ptr<OffsetClock> clock = std::make_shared<OffsetClock>();  // offset moves only in test mode
  // The message centre's feeds (domain/messages/feed.h): each module adds its own when
  // its routes are registered; api/messages_api.cpp runs them.
  messages::FeedRegistry feeds;
  // Successful state-changing calls of this process (RouteSpec::quiet ones excepted):
  // the message centre runs its feeds again after a change, so a signed clue leaves
  // the signer's to-do list at once.
  std::atomic<int64_t> changes{0};
  // Run inside the transaction of every change to the working-day calendar, after it:
  // modules whose stored figures are counted in working days bring them up to date
  // (the clue register's next due days).
  std::vector<std::function<Status(store::Connection&)>> calendar_changed;
  // The dashboard's contributions, in registration order (api/dashboard_api.cpp).
  std::vector<DashboardContribution> dashboard;
};

struct Paging {
  int page = 1;          // 1-based
  int page_size = 20;    // capped at 200
  std::string sort;      // column key the endpoint whitelists; "" = endpoint default
  bool descending = false;
  int64_t offset() const { return static_cast<int64_t>(page - 1) * page_size; }
};

// One API call in progress.
class Call {
 public:
  Call(http::Request& req, AppContext& app) : req(req), app(app) {}
  http::Request& req;
  AppContext& app;
  std::optional<auth::Principal> principal;  // empty only on public routes

  const auth::Principal& who() const { return *principal; }
  int64_t now_ms() const { return app.clock->now_ms(); }
  // The body as JSON; kInvalid "request.json" naming the position when malformed.
  Result<json> body() const;
  // Path parameter as an id; kNotFound when not a positive integer.
  Result<int64_t> id_param(const std::string& name = "id") const;
  // page/page_size/sort/order query parameters; sort must be one of `sortable`.
  Result<Paging> paging(const std::vector<std::string>& sortable = {}) const;

  // Runs fn(conn) in a transaction and appends this call's audit entry in the same
  // transaction (so a change is never stored without its audit record). Handlers of
  // state-changing routes set audit_object_* / audit_summary before or inside fn.
  template <class F>
  auto tx(F&& fn) -> decltype(fn(std::declval<store::Connection&>()));
  // Audits a read of a confidential record (writes immediately, own transaction).
  Status audit_read(const std::string& object_type, const std::string& object_id,
                    const std::string& summary = {});

  std::string audit_action;       // defaults to the route's action code
  std::string audit_object_type;
  std::string audit_object_id;
  std::string audit_summary;
  bool audited = false;           // set by tx(); the framework then adds no second entry

  // Append the audit entry for this call within `conn` (used by tx()).
  Status append_audit(store::Connection& conn, bool success);
};

using ApiHandler = std::function<Result<json>(Call&)>;                 // → {"data": value}
using ListHandler = std::function<Result<std::pair<json, int64_t>>(Call&)>;  // items, total
using RawHandler = std::function<Result<http::Response>(Call&)>;      // files (XLSX, …)

struct RouteSpec {
  std::string summary_zh;
  std::string summary_en;
  std::string permission;     // required permission code; "" = any signed-in user; "public" = no session
  std::string action;         // audit action code, e.g. "org.person.create" (state-changing routes)
  std::string request_example;   // JSON text shown in OpenAPI (optional)
  std::string response_example;  // JSON text shown in OpenAPI (optional)
  bool allow_password_change_pending = false;  // reachable while a forced password change is pending
  bool quiet = false;  // a change that cannot affect any module's reminders (marking a message read)
};

// Registration surface handed to each module.
class Routes {
 public:
  virtual ~Routes() = default;
  // `path` is relative to /api/v1, e.g. "/org/people/{id}".
  virtual void json_route(const std::string& method, const std::string& path, RouteSpec spec, ApiHandler h) = 0;
  virtual void list_route(const std::string& path, RouteSpec spec, ListHandler h) = 0;  // GET with paging meta
  virtual void raw_route(const std::string& method, const std::string& path, RouteSpec spec, RawHandler h) = 0;
  void get(const std::string& p, RouteSpec s, ApiHandler h) { json_route("GET", p, std::move(s), std::move(h)); }
  void post(const std::string& p, RouteSpec s, ApiHandler h) { json_route("POST", p, std::move(s), std::move(h)); }
  void put(const std::string& p, RouteSpec s, ApiHandler h) { json_route("PUT", p, std::move(s), std::move(h)); }
  void del(const std::string& p, RouteSpec s, ApiHandler h) { json_route("DELETE", p, std::move(s), std::move(h)); }
};

using ApiRegistrar = std::function<void(Routes&, AppContext&)>;
struct RegisterApi {
  explicit RegisterApi(ApiRegistrar r);
};

// Authentication hook, installed by the auth module (api/auth_api.cpp) at registration:
// resolves the session cookie into a Principal, enforcing idle/absolute timeouts and,
// for state-changing requests, the CSRF token. Default: everything unauthenticated.
using Authenticator = std::function<Result<auth::Principal>(const http::Request&, AppContext&)>;
void set_authenticator(Authenticator a);

// Builds the complete HTTP handler of the staff application: /api/v1/* routes of
// every registered module, /api/v1/openapi.json, security headers, and the web
// front end's static files (config server.web_root) with single-page-app fallback.
http::Handler build_app(AppContext& app);
// The routes as registered (for the OpenAPI test and the docs).
const http::Router& app_router();

// Error → HTTP response with the envelope and the status of its kind.
http::Response error_response(const Error& e);
json error_json(const Error& e);

template <class F>
auto Call::tx(F&& fn) -> decltype(fn(std::declval<store::Connection&>())) {
  using R = decltype(fn(std::declval<store::Connection&>()));
  return app.db->transaction([&](store::Connection& c) -> R {
    R r = fn(c);
    if (!r.ok()) return r;
    if (auto st = append_audit(c, true); !st.ok()) return R(st.take_error());
    audited = true;
    return r;
  });
}

}  // namespace qf::api

#define QF_API_CONCAT_INNER(a, b) a##b
#define QF_API_CONCAT(a, b) QF_API_CONCAT_INNER(a, b)
#define QF_REGISTER_API(fn) static ::qf::api::RegisterApi QF_API_CONCAT(qf_api_reg_, __LINE__)(fn)
