// Identity endpoints (/auth/*) and the session Authenticator the framework calls on
// every non-public route. Sessions live in the database (stateless processes): the
// authenticator looks the qf_session cookie up on each request, enforces the idle and
// absolute timeouts with the application clock, checks X-CSRF-Token on state-changing
// requests and resolves the Principal with its data scope. Nothing is cached.
#include <sodium.h>

#include "api/api.h"
#include "core/calendar.h"
#include "domain/auth/credentials.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/login.h"
#include "domain/auth/passwords.h"
#include "domain/reports/reader_keys.h"
#include "domain/auth/permissions.h"
#include "domain/auth/sessions.h"

namespace qf::api {
namespace {

constexpr const char* kCookie = "qf_session";

Error csrf_error() {
  return Error::make(ErrorKind::kForbidden, "auth.csrf", "页面已过期或请求来源不可信，请刷新页面后重试",
                     "Missing or wrong CSRF token; reload the page and try again", "X-CSRF-Token");
}

bool same_token(const std::string& a, const std::string& b) {
  return !a.empty() && a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

Result<auth::Principal> authenticate(const http::Request& req, AppContext& app) {
  auto token = req.cookie(kCookie);
  if (!token || token->empty()) return auth::unauthenticated();
  QF_TRY(auto lease, app.db->acquire());
  const bool touch = req.path == "/api/v1/auth/touch";
  QF_TRY(auth::Principal p,
         auth::authenticate_session(lease.get(), app.config.security, *token, app.clock->now_ms(), touch));
  if (req.is_state_changing() && !same_token(req.header("X-CSRF-Token"), p.csrf_token)) return csrf_error();
  if (p.totp_setup_required && req.path.rfind("/api/v1/auth/", 0) != 0)
    return Error::make(ErrorKind::kForbidden, "auth.totp_setup_required", "管理员须先绑定动态口令",
                       "Administrators must set up TOTP first");
  return p;
}

std::string session_cookie(const http::Request& req, const std::string& value, int max_age_s) {
  std::string c = std::string(kCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                  std::to_string(max_age_s);
  if (req.secure) c += "; Secure";
  return c;
}

json grants_json(const std::vector<auth::RoleGrant>& grants) {
  json out = json::array();
  for (const auto& g : grants)
    out.push_back({{"role", auth::role_code(g.role)},
                   {"scope", auth::scope_code(g.scope)},
                   {"scope_ref", g.scope_ref ? json(*g.scope_ref) : json(nullptr)}});
  return out;
}

// The body of GET /auth/me (and of the login answer's "user"). `clock` gives the web
// client the server's time and the bureau's civil-day zone, so that the dates a form
// proposes ("today") are the days the server checks against, whatever the zone or the
// clock of the browser's machine (and the test clock in test mode).
Result<json> me_json(store::Connection& conn, const SecurityConfig& sec, const auth::Principal& p, int64_t now_ms) {
  QF_TRY(auth::Account a, auth::get_account(conn, p.account_id));
  json perms = json::array();
  for (const auto& x : p.permissions) perms.push_back(x);
  return json{{"id", a.id},
              {"username", a.username},
              {"display_name", a.display_name},
              {"person_id", a.person_id ? json(*a.person_id) : json(nullptr)},
              {"roles", grants_json(p.grants)},
              {"permissions", perms},
              {"must_change_password", p.must_change_password},
              {"totp_enabled", a.totp_enabled},
              {"totp_setup_required", p.totp_setup_required},
              {"idle_timeout_seconds", sec.session_idle_minutes * 60},
              {"idle_warning_seconds", sec.idle_warning_seconds},
              {"csrf_token", p.csrf_token},
              {"clock", {{"now_ms", now_ms},
                         {"utc_offset_minutes", Date::business_utc_offset_minutes()},
                         {"today", Date::from_unix_ms(now_ms).to_string()}}}};
}

std::optional<std::string> str_field(const json& body, const char* name) {
  auto it = body.find(name);
  if (it == body.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

Result<std::string> required_str(const json& body, const char* name, const char* zh) {
  auto v = str_field(body, name);
  if (!v || v->empty())
    return Error::invalid("request.required", std::string("请填写") + zh, std::string(name) + " is required", name);
  return *v;
}

void register_auth(Routes& routes, AppContext& app) {
  set_authenticator(authenticate);
  (void)app;

  routes.raw_route(
      "POST", "/auth/login",
      RouteSpec{"登录", "Sign in", "public", "auth.login", R"({"username":"renshi","password":"…","totp_code":"123456"})",
                R"({"data":{"user":{"id":1,"username":"renshi"},"csrf_token":"…"}})"},
      [](Call& c) -> Result<http::Response> {
        QF_TRY(json body, c.body());
        auth::LoginAttempt at;
        QF_TRY(at.username, required_str(body, "username", "用户名"));
        QF_TRY(at.password, required_str(body, "password", "密码"));
        at.totp_code = str_field(body, "totp_code");
        at.client_addr = c.req.client_addr;
        at.user_agent = c.req.header("User-Agent");
        c.audited = true;  // login() writes auth.login / auth.throttle entries itself
        const auto& sec = c.app.config.security;
        QF_TRY(auth::LoginSuccess ok, auth::login(*c.app.db, sec, at, c.now_ms()));
        QF_TRY(auto lease, c.app.db->acquire());
        QF_TRY(auth::Principal p, auth::authenticate_session(lease.get(), sec, ok.session.token, c.now_ms()));
        QF_TRY(json user, me_json(lease.get(), sec, p, c.now_ms()));
        json env{{"data", {{"user", user}, {"csrf_token", ok.session.csrf_token},
                           {"must_change_password", p.must_change_password},
                           {"totp_setup_required", p.totp_setup_required}}}};
        http::Response res = http::Response::text(200, env.dump(), "application/json; charset=utf-8");
        res.headers.emplace_back("Set-Cookie",
                                 session_cookie(c.req, ok.session.token, sec.session_absolute_hours * 3600));
        return res;
      });

  routes.raw_route("POST", "/auth/logout",
                   RouteSpec{"退出登录", "Sign out", "", "auth.logout", "", "", true},
                   [](Call& c) -> Result<http::Response> {
                     c.audit_object_type = "account";
                     c.audit_object_id = std::to_string(c.who().account_id);
                     c.audit_summary = "退出登录 / signed out";
                     QF_TRY_STATUS(c.tx([&](store::Connection& conn) {
                       return auth::end_session(conn, c.who().session_id);
                     }));
                     http::Response res =
                         http::Response::text(200, R"({"data":{"signed_out":true}})", "application/json; charset=utf-8");
                     res.headers.emplace_back("Set-Cookie", session_cookie(c.req, "", 0));
                     return res;
                   });

  routes.get("/auth/me", RouteSpec{"当前用户", "Current user", "", "", "", "", true}, [](Call& c) -> Result<json> {
    QF_TRY(auto lease, c.app.db->acquire());
    return me_json(lease.get(), c.app.config.security, c.who(), c.now_ms());
  });

  routes.post("/auth/touch", RouteSpec{"保持会话", "Keep the session alive", "", "auth.touch", "", "", true},
              [](Call& c) -> Result<json> {
                c.audit_object_type = "session";
                c.audit_summary = "保持登录 / stayed signed in";
                return json{{"idle_timeout_seconds", c.app.config.security.session_idle_minutes * 60}};
              });

  routes.post("/auth/password",
              RouteSpec{"修改本人密码", "Change own password", "", "auth.password_change",
                        R"({"old_password":"…","new_password":"…"})", "", true},
              [](Call& c) -> Result<json> {
                QF_TRY(json body, c.body());
                QF_TRY(std::string old_pw, required_str(body, "old_password", "原密码"));
                QF_TRY(std::string new_pw, required_str(body, "new_password", "新密码"));
                c.audit_object_type = "account";
                c.audit_object_id = std::to_string(c.who().account_id);
                c.audit_summary = "修改本人密码，其他会话已注销 / changed own password; other sessions ended";
                QF_TRY_STATUS(c.tx([&](store::Connection& conn) -> Status {
                  QF_TRY_STATUS(auth::change_own_password(conn, c.app.config.security, c.who().account_id, old_pw,
                                                          new_pw, c.now_ms()));
                  // The reports reader key is wrapped by the password (docs/security/reports-threat-model.md M2).
                  QF_TRY_STATUS(reports::rewrap_reader_key(conn, c.app.config.security, c.who().account_id, old_pw,
                                                           new_pw));
                  return auth::end_other_sessions(conn, c.who().account_id, c.who().session_id);
                }));
                return json{{"changed", true}};
              });

  routes.post("/auth/totp/setup",
              RouteSpec{"生成动态口令密钥", "Start TOTP setup", "", "auth.totp_setup", "",
                        R"({"data":{"secret":"JBSWY3DPEHPK3PXP","otpauth_uri":"otpauth://totp/…"}})", true},
              [](Call& c) -> Result<json> {
                c.audit_object_type = "account";
                c.audit_object_id = std::to_string(c.who().account_id);
                c.audit_summary = "生成动态口令密钥 / TOTP secret generated";
                QF_TRY(auth::TotpSetup t, c.tx([&](store::Connection& conn) {
                  return auth::begin_totp_setup(conn, c.app.config.security, c.who().account_id);
                }));
                return json{{"secret", t.secret}, {"otpauth_uri", t.otpauth_uri}};
              });

  routes.post("/auth/totp/enable",
              RouteSpec{"启用动态口令", "Enable TOTP", "", "auth.totp_enable", R"({"code":"123456"})", "", true},
              [](Call& c) -> Result<json> {
                QF_TRY(json body, c.body());
                QF_TRY(std::string code, required_str(body, "code", "动态口令"));
                c.audit_object_type = "account";
                c.audit_object_id = std::to_string(c.who().account_id);
                c.audit_summary = "启用动态口令 / TOTP enabled";
                QF_TRY_STATUS(c.tx([&](store::Connection& conn) {
                  return auth::enable_totp(conn, c.app.config.security, c.who().account_id, code, c.now_ms());
                }));
                return json{{"totp_enabled", true}};
              });

  routes.post("/auth/totp/disable",
              RouteSpec{"停用动态口令", "Disable TOTP", "", "auth.totp_disable", R"({"password":"…"})", "", true},
              [](Call& c) -> Result<json> {
                QF_TRY(json body, c.body());
                QF_TRY(std::string pw, required_str(body, "password", "密码"));
                c.audit_object_type = "account";
                c.audit_object_id = std::to_string(c.who().account_id);
                c.audit_summary = "停用动态口令 / TOTP disabled";
                QF_TRY_STATUS(c.tx([&](store::Connection& conn) {
                  return auth::disable_totp(conn, c.app.config.security, c.who().account_id, c.who().is_admin(), pw);
                }));
                return json{{"totp_enabled", false}};
              });
}

QF_REGISTER_API(register_auth);

}  // namespace
}  // namespace qf::api
