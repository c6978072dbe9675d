// The staff application's framework on a real in-process server: envelopes, security
// headers, limits, keep-alive, graceful shutdown, audit of state-changing requests,
// permission and password-change gates, OpenAPI, static files and SPA fallback.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "api/api.h"
#include "domain/dictionary/dictionary.h"
#include "http/server.h"
#include "support/http_client.h"
#include "support/test_databases.h"

namespace fs = std::filesystem;
using qf::testing::HttpClient;
using qf::testing::HttpResponse;

namespace {

// --- Test-only routes (this binary only) -------------------------------------------
struct SlowGate {
  std::mutex mu;
  std::condition_variable cv;
  bool entered = false;
  bool released = false;
};
SlowGate& gate() {
  static SlowGate g;
  return g;
}

void register_test_routes(qf::api::Routes& routes, qf::api::AppContext&) {
  using qf::api::Call;
  using qf::api::json;
  using qf::api::RouteSpec;
  routes.get("/test-only/slow", RouteSpec{"慢请求", "Slow request", "public"}, [](Call&) -> qf::Result<json> {
    auto& g = gate();
    std::unique_lock lk(g.mu);
    g.entered = true;
    g.cv.notify_all();
    g.cv.wait_for(lk, std::chrono::seconds(20), [&] { return g.released; });
    return json{{"slow", true}};
  });
  routes.post("/test-only/echo", RouteSpec{"回显", "Echo", "public", "test.echo"}, [](Call& c) -> qf::Result<json> {
    QF_TRY(json body, c.body());
    c.audit_object_type = "echo";
    c.audit_object_id = "1";
    return body;
  });
  routes.post("/test-only/fail", RouteSpec{"失败", "Fail", "public", "test.fail"}, [](Call&) -> qf::Result<json> {
    return qf::Error::make(qf::ErrorKind::kConflict, "test.conflict", "冲突", "Conflict", "name");
  });
  routes.get("/test-only/boom", RouteSpec{"内部错误", "Internal error", "public"}, [](Call&) -> qf::Result<json> {
    return qf::Error::internal("secret internal detail 42");
  });
  routes.get("/test-only/guarded", RouteSpec{"需权限", "Needs permission", "test.permission"},
             [](Call& c) -> qf::Result<json> { return json{{"user", c.who().username}}; });
  routes.get("/test-only/pending-ok",
             RouteSpec{"改密前可用", "Usable before password change", "", "", "", "", true},
             [](Call&) -> qf::Result<json> { return json{{"ok", true}}; });
  routes.list_route("/test-only/items", RouteSpec{"列表", "List", "public"},
                    [](Call& c) -> qf::Result<std::pair<json, int64_t>> {
                      QF_TRY(auto p, c.paging({"name"}));
                      return std::pair<json, int64_t>{json::array({p.sort, p.descending}), 57};
                    });
}
QF_REGISTER_API(register_test_routes);

// Test authenticator: header X-Test-User = "name[:perm1,perm2][:pending]".
qf::Result<qf::auth::Principal> test_authenticate(const qf::http::Request& req, qf::api::AppContext&) {
  std::string spec = req.header("X-Test-User");
  if (spec.empty())
    return qf::Error::make(qf::ErrorKind::kUnauthenticated, "auth.unauthenticated", "请先登录", "Please sign in");
  qf::auth::Principal p;
  p.account_id = 7;
  size_t c1 = spec.find(':');
  p.username = spec.substr(0, c1);
  if (c1 != std::string::npos) {
    std::string rest = spec.substr(c1 + 1);
    size_t c2 = rest.find(':');
    std::string perms = rest.substr(0, c2);
    if (c2 != std::string::npos && rest.substr(c2 + 1) == "pending") p.must_change_password = true;
    size_t start = 0;
    while (start < perms.size()) {
      size_t comma = perms.find(',', start);
      p.permissions.insert(perms.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return p;
}

const char* const kCsp =
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self' data:; "
    "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

void expect_security_headers(const HttpResponse& r, bool api) {
  EXPECT_EQ(r.header("Content-Security-Policy"), kCsp) << r.body;
  EXPECT_EQ(r.header("X-Frame-Options"), "DENY");
  EXPECT_EQ(r.header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r.header("Referrer-Policy"), "no-referrer");
  if (api) EXPECT_EQ(r.header("Cache-Control"), "no-store");
  EXPECT_EQ(r.header("Content-Security-Policy").find("unsafe-inline"), std::string::npos);
}

class AppServerTest : public qf::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    web_ = fs::temp_directory_path() / ("qf_web_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++));
    fs::create_directories(web_ / "dist" / "assets");
    std::ofstream(web_ / "dist" / "index.html") << "<!doctype html><title>清风</title>";
    std::ofstream(web_ / "dist" / "assets" / "app-3f9a1c.js") << "console.log(1)";
    std::ofstream(web_ / "dist" / "favicon.svg") << "<svg/>";
    std::ofstream(web_ / "secret.txt") << "TOP SECRET";
  }
  void TearDown() override {
    if (server_) {
      server_->stop();
      server_->wait();
      server_.reset();
    }
    app_.reset();
    std::error_code ec;
    if (!web_.empty()) fs::remove_all(web_, ec);
    DatabaseTest::TearDown();
  }

  void start(qf::http::ServerOptions o = {}) {
    app_ = std::make_unique<qf::api::AppContext>();
    app_->config.server.web_root = (web_ / "dist").string();
    auto db = qf::store::Database::open(qf::store::DatabaseOptions{url(), 4, 5000});
    ASSERT_TRUE(db.ok()) << db.error().to_string();
    app_->db = std::move(db).value();
    handler_ = qf::api::build_app(*app_);
    qf::api::set_authenticator(test_authenticate);  // replaces the product's session authenticator
    o.address = "127.0.0.1";
    o.port = 0;
    o.worker_threads = 4;
    o.default_headers = {{"Content-Security-Policy", kCsp},
                         {"X-Frame-Options", "DENY"},
                         {"X-Content-Type-Options", "nosniff"},
                         {"Referrer-Policy", "no-referrer"},
                         {"Cache-Control", "no-store"}};
    server_ = std::make_unique<qf::http::Server>(o, handler_);
    auto st = server_->start();
    ASSERT_TRUE(st.ok()) << st.error().to_string();
  }
  uint16_t port() const { return server_->bound_port(); }

  int64_t audit_count(const std::string& action, int success) {
    auto lease = db().acquire();
    EXPECT_TRUE(lease.ok());
    auto r = lease->get().query_one("SELECT COUNT(*) AS n FROM audit_log WHERE action = ? AND success = ?",
                                    {action, int64_t{success}});
    EXPECT_TRUE(r.ok()) << r.error().to_string();
    return r.ok() ? r->i64("n") : -1;
  }

  static inline int counter_ = 0;
  fs::path web_;
  std::unique_ptr<qf::api::AppContext> app_;
  qf::http::Handler handler_;
  std::unique_ptr<qf::http::Server> server_;
};

}  // namespace

TEST_P(AppServerTest, HealthIsJsonEnvelopeWithSecurityHeaders) {
  start();
  HttpClient c(port());
  auto r = c.get("/api/v1/health");
  ASSERT_EQ(r.status, 200) << r.error << r.body;
  EXPECT_EQ(r.json()["data"]["status"], "ok");
  EXPECT_EQ(r.json()["data"]["database"], "ok");
  EXPECT_NE(r.header("Content-Type").find("application/json"), std::string::npos);
  EXPECT_FALSE(r.header("X-Request-Id").empty());
  expect_security_headers(r, true);
  EXPECT_EQ(r.header("Strict-Transport-Security"), "");  // plain HTTP: no HSTS
}

TEST_P(AppServerTest, UnknownApiPathIs404EnvelopeNotTheSpa) {
  start();
  HttpClient c(port());
  auto r = c.get("/api/v1/no/such/thing");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.error_code(), "not_found");
  expect_security_headers(r, true);
}

TEST_P(AppServerTest, WrongMethodIs405WithAllow) {
  start();
  HttpClient c(port());
  auto r = c.request("DELETE", "/api/v1/health");
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.error_code(), "method_not_allowed");
  EXPECT_EQ(r.header("Allow"), "GET");
  expect_security_headers(r, true);
}

TEST_P(AppServerTest, KeepAliveReusesOneConnection) {
  start();
  HttpClient c(port());
  for (int i = 0; i < 5; ++i) ASSERT_EQ(c.get("/api/v1/health").status, 200);
  EXPECT_EQ(c.connections_opened(), 1);
}

TEST_P(AppServerTest, BodyOverLimitIs413Envelope) {
  qf::http::ServerOptions o;
  o.max_body_bytes = 1024;
  start(o);
  HttpClient c(port());
  auto r = c.request("POST", "/api/v1/test-only/echo", std::string(4096, 'x'));
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(r.error_code(), "request.too_large");
  EXPECT_FALSE(r.json()["error"]["message_zh"].get<std::string>().empty());
  expect_security_headers(r, true);
  // A body within the limit still works afterwards (on a new connection).
  HttpClient c2(port());
  auto ok = c2.post_json("/api/v1/test-only/echo", {{"a", 1}});
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.json()["data"]["a"], 1);
}

TEST_P(AppServerTest, HeadersOverLimitAre413Envelope) {
  qf::http::ServerOptions o;
  o.max_header_bytes = 2048;
  start(o);
  HttpClient c(port());
  auto r = c.request("GET", "/api/v1/health", {}, {{"X-Padding", std::string(8192, 'a')}});
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(r.error_code(), "request.too_large");
  expect_security_headers(r, true);
}

TEST_P(AppServerTest, TlsServesWithHsts) {
  if (std::system("command -v openssl >/dev/null 2>&1 && command -v curl >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "openssl and curl are needed to make a certificate and speak TLS";
  std::string cert = (web_ / "cert.pem").string(), key = (web_ / "key.pem").string();
  std::string gen = "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=127.0.0.1 -keyout " + key +
                    " -out " + cert + " >/dev/null 2>&1";
  ASSERT_EQ(std::system(gen.c_str()), 0);
  qf::http::ServerOptions o;
  o.tls_cert_file = cert;
  o.tls_key_file = key;
  start(o);
  std::string out_file = (web_ / "curl.txt").string();
  std::string cmd = "curl -sk -i https://127.0.0.1:" + std::to_string(port()) + "/api/v1/health https://127.0.0.1:" +
                    std::to_string(port()) + "/api/v1/version -o " + out_file + " -o " + out_file +
                    ".2 -w '%{num_connects}\\n' > " + out_file + ".n";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::ifstream in(out_file), in2(out_file + ".2"), inn(out_file + ".n");
  std::string health((std::istreambuf_iterator<char>(in)), {}), version((std::istreambuf_iterator<char>(in2)), {}),
      counts((std::istreambuf_iterator<char>(inn)), {});
  EXPECT_NE(health.find("HTTP/1.1 200"), std::string::npos) << health;
  EXPECT_NE(health.find("Strict-Transport-Security: max-age="), std::string::npos) << health;
  EXPECT_NE(version.find("schema_version"), std::string::npos) << version;
  EXPECT_EQ(counts, "1\n0\n") << "the second request reuses the TLS connection";
  // Plain HTTP on the TLS port gets no answer in clear text.
  HttpClient plain(port());
  EXPECT_NE(plain.get("/api/v1/health").status, 200);
}

TEST_P(AppServerTest, SlowRequestGets408) {
  qf::http::ServerOptions o;
  o.read_timeout_ms = 300;
  start(o);
  HttpClient c(port());
  std::string reply = c.raw_exchange("POST /api/v1/test-only/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{",
                                     5000);
  EXPECT_NE(reply.find("HTTP/1.1 408"), std::string::npos) << reply;
  EXPECT_NE(reply.find("request.timeout"), std::string::npos) << reply;
  EXPECT_NE(reply.find("X-Frame-Options: DENY"), std::string::npos) << reply;
}

TEST_P(AppServerTest, MalformedJsonIs400NamingTheBody) {
  start();
  HttpClient c(port());
  auto r = c.request("POST", "/api/v1/test-only/echo", "{\"a\":");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_code(), "request.json");
  EXPECT_EQ(r.json()["error"]["field"], "body");
}

// Before sign-in a body is small, and no body may nest deeply: a 32 MiB nested body to
// the sign-in route cost the parser 12 s and 1.1 GB. Both are refused before parsing.
TEST_P(AppServerTest, SignInRefusesLargeAndDeeplyNestedBodiesBeforeParsing) {
  start();
  HttpClient c(port());
  const std::string deep = "{\"username\":" + std::string(5000, '[') + std::string(5000, ']') + "}";
  auto nested = c.request("POST", "/api/v1/auth/login", deep);
  EXPECT_EQ(nested.status, 400) << nested.body;
  EXPECT_EQ(nested.error_code(), "request.json_depth");
  EXPECT_EQ(nested.json()["error"]["field"], "body");
  const std::string big = "{\"username\":\"" + std::string(100 * 1024, 'a') + "\",\"password\":\"x\"}";
  auto large = c.request("POST", "/api/v1/auth/login", big);
  EXPECT_EQ(large.status, 413) << large.body.substr(0, 200);
  EXPECT_EQ(large.error_code(), "request.too_large");
  // Brackets inside strings are text, not nesting.
  const std::string text = "{\"username\":\"" + std::string(200, '[') + "\",\"password\":\"x\"}";
  EXPECT_EQ(c.request("POST", "/api/v1/auth/login", text).status, 401);
}

TEST_P(AppServerTest, InternalErrorHidesTheDetail) {
  start();
  HttpClient c(port());
  auto r = c.get("/api/v1/test-only/boom");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.error_code(), "internal");
  EXPECT_EQ(r.body.find("secret internal detail"), std::string::npos);
}

TEST_P(AppServerTest, StateChangingRequestsAreAuditedOnSuccessAndFailure) {
  start();
  HttpClient c(port());
  ASSERT_EQ(c.post_json("/api/v1/test-only/echo", {{"x", 1}}).status, 200);
  auto f = c.post_json("/api/v1/test-only/fail");
  EXPECT_EQ(f.status, 409);
  EXPECT_EQ(f.error_code(), "test.conflict");
  EXPECT_EQ(f.json()["error"]["field"], "name");
  EXPECT_EQ(audit_count("test.echo", 1), 1);
  EXPECT_EQ(audit_count("test.fail", 0), 1);
  // Reads are not audited.
  ASSERT_EQ(c.get("/api/v1/health").status, 200);
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  auto n = lease->get().query_one("SELECT COUNT(*) AS n FROM audit_log WHERE action LIKE '%health%'");
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->i64("n"), 0);
}

TEST_P(AppServerTest, ForwardedForIsBelievedOnlyFromTrustedProxies) {
  qf::http::ServerOptions o;
  o.trusted_proxies = {"127.0.0.1"};
  start(o);
  HttpClient c(port());
  ASSERT_EQ(c.request("POST", "/api/v1/test-only/echo", "{}", {{"X-Forwarded-For", "203.0.113.9, 10.1.2.3"}}).status,
            200);
  server_->stop();
  server_->wait();
  server_.reset();
  qf::http::ServerOptions untrusted;
  untrusted.trusted_proxies = {"192.0.2.1"};
  start(untrusted);
  HttpClient c2(port());
  ASSERT_EQ(c2.request("POST", "/api/v1/test-only/echo", "{}", {{"X-Forwarded-For", "10.9.9.9"}}).status, 200);
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  auto rows = lease->get().query("SELECT client_addr FROM audit_log WHERE action = 'test.echo' ORDER BY seq");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].text("client_addr"), "10.1.2.3");   // rightmost address that is not our proxy
  EXPECT_EQ((*rows)[1].text("client_addr"), "127.0.0.1");  // header from an untrusted peer ignored
}

TEST_P(AppServerTest, AuthenticationPermissionAndPasswordChangeGates) {
  start();
  HttpClient c(port());
  auto anon = c.get("/api/v1/test-only/guarded");
  EXPECT_EQ(anon.status, 401);
  EXPECT_EQ(anon.error_code(), "auth.unauthenticated");
  auto denied = c.request("GET", "/api/v1/test-only/guarded", {}, {{"X-Test-User", "li:other.permission"}});
  EXPECT_EQ(denied.status, 403);
  EXPECT_EQ(denied.error_code(), "forbidden");
  auto allowed = c.request("GET", "/api/v1/test-only/guarded", {}, {{"X-Test-User", "li:test.permission"}});
  EXPECT_EQ(allowed.status, 200);
  EXPECT_EQ(allowed.json()["data"]["user"], "li");
  auto pending = c.request("GET", "/api/v1/test-only/guarded", {}, {{"X-Test-User", "li:test.permission:pending"}});
  EXPECT_EQ(pending.status, 403);
  EXPECT_EQ(pending.error_code(), "auth.password_change_required");
  auto pending_ok = c.request("GET", "/api/v1/test-only/pending-ok", {}, {{"X-Test-User", "li::pending"}});
  EXPECT_EQ(pending_ok.status, 200);
}

TEST_P(AppServerTest, ListsCarryPagingMetaAndWhitelistedSort) {
  start();
  HttpClient c(port());
  auto r = c.get("/api/v1/test-only/items?page=3&page_size=500&sort=name&order=desc");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["meta"]["page"], 3);
  EXPECT_EQ(r.json()["meta"]["page_size"], 200);  // capped
  EXPECT_EQ(r.json()["meta"]["total"], 57);
  EXPECT_EQ(r.json()["data"][0], "name");
  EXPECT_EQ(r.json()["data"][1], true);
  auto bad = c.get("/api/v1/test-only/items?sort=password_hash");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "sort");
  auto bad_page = c.get("/api/v1/test-only/items?page=-1");
  EXPECT_EQ(bad_page.status, 400);
  EXPECT_EQ(bad_page.json()["error"]["field"], "page");
}

TEST_P(AppServerTest, OpenApiListsExactlyTheRegisteredRoutes) {
  start();
  HttpClient c(port());
  auto r = c.get("/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200);
  auto doc = r.json();
  EXPECT_EQ(doc["openapi"], "3.0.3");
  std::set<std::string> documented, registered;
  for (auto& [path, ops] : doc["paths"].items())
    for (auto& [method, op] : ops.items()) {
      std::string m = method;
      for (auto& ch : m) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      documented.insert(m + " " + path);
    }
  for (const auto& info : qf::api::app_router().routes()) registered.insert(info.method + " " + info.pattern);
  EXPECT_EQ(documented, registered);
  EXPECT_TRUE(registered.count("GET /api/v1/openapi.json"));
  EXPECT_TRUE(registered.count("GET /api/v1/test-only/slow"));
  // Path parameters and security come from the routes.
  auto guarded = doc["paths"]["/api/v1/test-only/guarded"]["get"];
  EXPECT_EQ(guarded["x-permission"], "test.permission");
  EXPECT_FALSE(guarded["security"].empty());
  EXPECT_TRUE(doc["paths"]["/api/v1/health"]["get"]["security"].empty());
}

TEST_P(AppServerTest, EveryAuditedActionHasALabel) {
  start();
  auto d = qf::dictionary::find("audit_action");
  ASSERT_TRUE(d.has_value());
  std::map<std::string, std::string> zh;
  for (const auto& e : d->entries) zh[e.code] = e.label_zh;
  size_t audited = 0;
  for (const auto& info : qf::api::app_router().routes()) {
    if (info.action.empty()) continue;
    ++audited;
    ASSERT_TRUE(zh.count(info.action)) << info.method << " " << info.pattern << " " << info.action;
    EXPECT_FALSE(zh[info.action].empty()) << info.action;
    EXPECT_EQ(zh[info.action].find("（"), std::string::npos) << zh[info.action];
  }
  EXPECT_GT(audited, 20u);
  EXPECT_EQ(zh["auth.login"], "登录");  // hand-written labels of the core are kept
  EXPECT_EQ(zh["clue.read"], "查阅问题线索");
  EXPECT_EQ(zh["calendar.import"], "导入工作日历");
}

TEST_P(AppServerTest, StaticFilesAndSpaFallback) {
  start();
  HttpClient c(port());
  auto index = c.get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_NE(index.body.find("清风"), std::string::npos);
  EXPECT_EQ(index.header("Content-Type"), "text/html; charset=utf-8");
  expect_security_headers(index, false);
  auto page = c.get("/org/people/42");  // a client-side route
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.body, index.body);
  auto js = c.get("/assets/app-3f9a1c.js");
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(js.header("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_NE(js.header("Cache-Control").find("immutable"), std::string::npos);
  expect_security_headers(js, false);
  auto svg = c.get("/favicon.svg");
  EXPECT_EQ(svg.header("Content-Type"), "image/svg+xml");
  EXPECT_EQ(c.get("/assets/missing-123.js").status, 404);
}

TEST_P(AppServerTest, NoDirectoryTraversal) {
  start();
  HttpClient c(port());
  for (std::string target : {"/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt",
                             "/..%5csecret.txt", "/assets/%2e%2e/%2e%2e/secret.txt"}) {
    auto r = c.get(target);
    EXPECT_EQ(r.body.find("TOP SECRET"), std::string::npos) << target;
  }
}

TEST_P(AppServerTest, GracefulShutdownFinishesTheInFlightRequest) {
  start();
  {
    std::lock_guard lk(gate().mu);
    gate().entered = false;
    gate().released = false;
  }
  HttpResponse slow;
  std::thread t([&] {
    HttpClient c(port());
    slow = c.get("/api/v1/test-only/slow");
  });
  {
    std::unique_lock lk(gate().mu);
    ASSERT_TRUE(gate().cv.wait_for(lk, std::chrono::seconds(20), [] { return gate().entered; }));
  }
  uint16_t p = port();
  server_->stop();
  // The listener closes while the request is still running.
  for (int i = 0; i < 200; ++i) {
    HttpClient probe(p);
    if (probe.get("/api/v1/health").status == 0) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  HttpClient late(p);
  EXPECT_EQ(late.get("/api/v1/health").status, 0) << "new connections must be refused during shutdown";
  {
    std::lock_guard lk(gate().mu);
    gate().released = true;
  }
  gate().cv.notify_all();
  t.join();
  EXPECT_EQ(slow.status, 200) << slow.error;
  EXPECT_EQ(slow.json()["data"]["slow"], true);
  EXPECT_EQ(slow.header("Connection"), "close");
  server_->wait();
  server_.reset();
}

INSTANTIATE_TEST_SUITE_P(Both, AppServerTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);
