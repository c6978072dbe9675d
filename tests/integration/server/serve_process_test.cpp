// `qingfeng serve` as a real process: starts on both databases, answers with the
// envelope and security headers, exposes the test clock only in test mode, refuses a
// bad configuration with file:line, and exits 0 on SIGTERM.
#include <cstdio>
#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

#include "support/http_client.h"
#include "support/server_process.h"
#include "support/test_databases.h"

using qf::testing::HttpClient;
using qf::testing::ServerProcess;
using qf::testing::ServerProcessOptions;

class ServeProcessTest : public qf::testing::DatabaseTest {};

TEST_P(ServeProcessTest, ServesHealthVersionAndStopsCleanlyOnSigterm) {
  ServerProcessOptions o;
  o.database_url = url();
  o.test_mode = false;
  auto s = ServerProcess::start(o);
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  HttpClient c((*s)->port());
  auto health = c.get("/api/v1/health");
  ASSERT_EQ(health.status, 200) << health.body;
  EXPECT_EQ(health.json()["data"]["status"], "ok");
  EXPECT_FALSE(health.header("Content-Security-Policy").empty());
  EXPECT_EQ(health.header("Cache-Control"), "no-store");
  auto version = c.get("/api/v1/version");
  ASSERT_EQ(version.status, 200);
  EXPECT_FALSE(version.json()["data"]["version"].get<std::string>().empty());
  EXPECT_GT(version.json()["data"]["schema_version"].get<int>(), 0);
  // Without test mode the clock endpoint does not exist.
  EXPECT_EQ(c.get("/api/v1/test/clock").status, 404);
  EXPECT_EQ(c.post_json("/api/v1/test/clock", {{"offset_ms", 1000}}).status, 404);
  EXPECT_EQ((*s)->stop(), 0);
  std::string out = (*s)->output();
  EXPECT_NE(out.find("Qingfeng is listening on http://127.0.0.1:"), std::string::npos) << out;
  // Access log: one JSON line per request, without query strings.
  EXPECT_NE(out.find("\"path\":\"/api/v1/health\""), std::string::npos) << out;
}

TEST_P(ServeProcessTest, TestModeMovesTheClock) {
  ServerProcessOptions o;
  o.database_url = url();
  o.test_mode = true;
  auto s = ServerProcess::start(o);
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  HttpClient c((*s)->port());
  auto before = c.get("/api/v1/test/clock");
  ASSERT_EQ(before.status, 200);
  EXPECT_EQ(before.json()["data"]["offset_ms"], 0);
  auto set = c.post_json("/api/v1/test/clock", {{"offset_ms", 86400000}});
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(set.json()["data"]["offset_ms"], 86400000);
  EXPECT_GE(set.json()["data"]["now_ms"].get<int64_t>(), before.json()["data"]["now_ms"].get<int64_t>() + 86400000);
  auto bad = c.post_json("/api/v1/test/clock", {{"offset_ms", "soon"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "offset_ms");
  EXPECT_EQ((*s)->stop(), 0);
}

TEST_P(ServeProcessTest, AccessLogNeverContainsQueryStringsOrCookies) {
  ServerProcessOptions o;
  o.database_url = url();
  auto s = ServerProcess::start(o);
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  HttpClient c((*s)->port());
  c.set_cookie("qf_session", "cookie-secret-value");
  ASSERT_EQ(c.get("/api/v1/health?token=query-secret-value").status, 200);
  EXPECT_EQ((*s)->stop(), 0);
  std::string out = (*s)->output();
  EXPECT_NE(out.find("/api/v1/health"), std::string::npos);
  EXPECT_EQ(out.find("query-secret-value"), std::string::npos) << out;
  EXPECT_EQ(out.find("cookie-secret-value"), std::string::npos) << out;
}

TEST_P(ServeProcessTest, UnknownConfigKeyIsRefusedWithFileAndLine) {
  ServerProcessOptions o;
  o.database_url = url();
  o.config_toml = "[server]\nworker_threads = 4\nwokrer_threads = 5\n";
  o.start_timeout_ms = 30000;
  auto s = ServerProcess::start(o);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message_en.find("server.wokrer_threads"), std::string::npos) << s.error().message_en;
  EXPECT_NE(s.error().message_en.find("qingfeng.toml:3"), std::string::npos) << s.error().message_en;
}

TEST_P(ServeProcessTest, NewerSchemaIsRefused) {
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    auto st = lease->get().execute("INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'future', 0)");
    ASSERT_TRUE(st.ok()) << st.error().to_string();
  }
  ServerProcessOptions o;
  o.database_url = url();
  auto s = ServerProcess::start(o);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message_en.find("9999"), std::string::npos) << s.error().message_en;
}

TEST(ServeHelp, IsBilingual) {
  auto r = qf::testing::run_qingfeng({"serve", "--help"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("--port-file"), std::string::npos);
  EXPECT_NE(r.out.find("监听端口"), std::string::npos);
  EXPECT_NE(r.out.find("Listen port"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Both, ServeProcessTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

// The release executable is linked with mimalloc, and it must really serve malloc (a
// library that is linked but not interposed would silently give nothing).
TEST(QingfengVersion, NamesTheMemoryAllocatorInUse) {
  const char* bin = std::getenv("QF_BINARY");
  if (bin == nullptr) GTEST_SKIP() << "QF_BINARY is not set";
  std::string cmd = std::string("'") + bin + "' version 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[256];
  while (fgets(buf, sizeof buf, p) != nullptr) out += buf;
  ASSERT_EQ(pclose(p), 0) << out;
#if defined(QF_EXPECT_MIMALLOC)
  EXPECT_NE(out.find("memory allocator mimalloc 2."), std::string::npos) << out;
#else
  EXPECT_NE(out.find("memory allocator glibc malloc"), std::string::npos) << out;
#endif
}
