// Config: TOML loading, unknown keys and type errors with file:line, env and flag overrides.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/calendar.h"
#include "core/config.h"

#include <toml++/toml.h>

namespace {
class ConfigFile {
 public:
  explicit ConfigFile(const std::string& text) {
    path_ = (std::filesystem::temp_directory_path() /
             ("qf_config_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++) + ".toml"))
                .string();
    std::ofstream(path_) << text;
  }
  ~ConfigFile() { std::filesystem::remove(path_); }
  const std::string& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  std::string path_;
};

struct EnvVar {
  EnvVar(const char* n, const char* v) : name(n) { setenv(n, v, 1); }
  ~EnvVar() { unsetenv(name); }
  const char* name;
};
}  // namespace

TEST(Config, MissingFileGivesDefaults) {
  auto c = qf::Config::load("/nonexistent/qingfeng.toml");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->server.port, 8080);
  EXPECT_EQ(c->security.lockout_failures, 5);
  EXPECT_EQ(c->source_path, "");
}

TEST(Config, MissingRequiredFileIsRefused) {
  auto c = qf::Config::load("/nonexistent/qingfeng.toml", true);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().code, "config.file_missing");
}

TEST(Config, ReadsValuesFromFile) {
  ConfigFile f(
      "[server]\nport = 9091\ntrusted_proxies = [\"10.0.0.1\"]\n"
      "[security]\nlockout_failures = 3\n[security.password]\nmin_length = 12\n"
      "[log]\nlevel = \"debug\"\n");
  auto c = qf::Config::load(f.path());
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  EXPECT_EQ(c->server.port, 9091);
  EXPECT_EQ(c->server.trusted_proxies, std::vector<std::string>{"10.0.0.1"});
  EXPECT_EQ(c->security.lockout_failures, 3);
  EXPECT_EQ(c->security.password.min_length, 12);
  EXPECT_EQ(c->log.level, "debug");
  EXPECT_EQ(c->source_path, f.path());
}

TEST(Config, UnknownKeyNamesFileAndLine) {
  ConfigFile f("[server]\nport = 9091\n\nprot = 1\n");
  auto c = qf::Config::load(f.path());
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().code, "config.unknown_key");
  EXPECT_EQ(c.error().field, f.path() + ":4");
  EXPECT_NE(c.error().message_en.find("server.prot"), std::string::npos);
  EXPECT_NE(c.error().message_zh.find("server.prot"), std::string::npos);
}

TEST(Config, TypeErrorNamesFileAndLine) {
  ConfigFile f("[security]\nlockout_failures = \"five\"\n");
  auto c = qf::Config::load(f.path());
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().code, "config.type");
  EXPECT_EQ(c.error().field, f.path() + ":2");
}

TEST(Config, OutOfRangeIsRefusedBilingually) {
  ConfigFile f("[server]\nport = 70000\n");
  auto c = qf::Config::load(f.path());
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().code, "config.range");
  EXPECT_EQ(c.error().field, f.path() + ":2");
  EXPECT_NE(c.error().message_zh.find("65535"), std::string::npos);
  EXPECT_NE(c.error().message_en.find("65535"), std::string::npos);
}

TEST(Config, SyntaxErrorNamesLine) {
  ConfigFile f("[server]\nport = = 1\n");
  auto c = qf::Config::load(f.path());
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().code, "config.syntax");
  EXPECT_EQ(c.error().field, f.path() + ":2");
}

TEST(Config, ModuleSectionsAreKeptRaw) {
  ConfigFile f("[crosscheck]\nmax_rows = 5\nname = \"x\"\n");
  auto c = qf::Config::load(f.path());
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  std::string raw = c->section_toml("crosscheck");
  EXPECT_NE(raw.find("max_rows = 5"), std::string::npos);
  EXPECT_EQ(c->section_toml("absent"), "");
}

TEST(Config, AModuleSectionFromAFileComesWithTheFileSoLinesAreReal) {
  // A module that parses module_section() and reports a bad key must be able to name
  // the line in the user's file, not a line of a re-serialised copy.
  ConfigFile f("[server]\nport = 9091\n\n# comment\n[talks]\npending_days = 30\n");
  auto c = qf::Config::load(f.path());
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  auto s = c->module_section("talks");
  EXPECT_EQ(s.source, f.path());
  auto tbl = toml::parse(s.toml, s.source);
  auto* key = tbl["talks"].as_table()->get("pending_days");
  ASSERT_NE(key, nullptr);
  EXPECT_EQ(key->source().begin.line, 6u);

  auto absent = c->module_section("clues");  // not in the file: the kept text, no file line
  EXPECT_EQ(absent.toml, "");
  auto defaults = qf::Config::load("/nonexistent.toml");
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->module_section("talks").source, "qingfeng.toml");
}

TEST(Config, WorkerThreadsAutoFollowsCoresAndDatabase) {
  qf::ServerConfig s;  // default 0 = auto
  EXPECT_EQ(s.resolved_worker_threads(2, /*postgres=*/false, 16), 2);
  EXPECT_EQ(s.resolved_worker_threads(1, false, 16), 2);   // at least two
  EXPECT_EQ(s.resolved_worker_threads(0, false, 16), 2);   // core count unknown
  EXPECT_EQ(s.resolved_worker_threads(12, false, 16), 12);
  EXPECT_EQ(s.resolved_worker_threads(2, /*postgres=*/true, 16), 8);
  EXPECT_EQ(s.resolved_worker_threads(3, true, 16), 12);
  EXPECT_EQ(s.resolved_worker_threads(8, true, 16), 16);   // never more than the pool
  EXPECT_EQ(s.resolved_worker_threads(64, false, 16), 16);
  s.worker_threads = 5;                                    // an explicit number wins
  EXPECT_EQ(s.resolved_worker_threads(2, true, 16), 5);
  EXPECT_EQ(s.resolved_worker_threads(2, false, 1), 5);
}

TEST(Config, AMisspeltSectionIsRefusedWithItsLine) {
  // [clue] instead of [clues]: without this check the whole section would be silently
  // ignored and the defaults used.
  ConfigFile f("[server]\nport = 9091\n\n[clue]\nnumber_pattern = \"x\"\n");
  auto c = qf::Config::load(f.path());
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().code, "config.unknown_section");
  EXPECT_EQ(c.error().field, f.path() + ":4");
  EXPECT_NE(c.error().message_zh.find("[clue]"), std::string::npos);
  EXPECT_NE(c.error().message_en.find("[clue]"), std::string::npos);
}

TEST(Config, EnvironmentOverridesFile) {
  ConfigFile f("[server]\nport = 9091\n");
  EnvVar port("QF_SERVER_PORT", "9092");
  EnvVar minlen("QF_SECURITY_PASSWORD_MIN_LENGTH", "14");
  auto c = qf::Config::load(f.path());
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  EXPECT_EQ(c->server.port, 9092);
  EXPECT_EQ(c->security.password.min_length, 14);
}

TEST(Config, BadEnvironmentValueNamesTheVariable) {
  EnvVar port("QF_SERVER_PORT", "eighty");
  auto c = qf::Config::load("/nonexistent.toml");
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().field, "QF_SERVER_PORT");
}

TEST(Config, SetOverridesAndValidates) {
  qf::Config c;
  ASSERT_TRUE(c.set("server.port", "0").ok());
  EXPECT_EQ(c.server.port, 0);
  ASSERT_TRUE(c.set("server.test_mode", "true").ok());
  EXPECT_TRUE(c.server.test_mode);
  ASSERT_TRUE(c.set("server.trusted_proxies", "10.0.0.1, 10.0.0.2").ok());
  EXPECT_EQ(c.server.trusted_proxies.size(), 2u);
  auto bad = c.set("security.lockout_failures", "0");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "config.range");
  EXPECT_EQ(c.security.lockout_failures, 5);  // unchanged after a refused value
  EXPECT_EQ(c.set("server.nope", "1").error().code, "config.unknown_key");
  EXPECT_EQ(c.set("audit.hash", "md5").error().code, "config.range");
}

TEST(Config, TlsNeedsCertAndKey) {
  qf::Config c;
  auto st = c.set("server.tls_cert_file", "/etc/cert.pem");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().field, "server.tls_key_file");
}

TEST(Config, ShippedFileLoadsAndMatchesDefaults) {
  // The repository's qingfeng.toml documents every key with its default value.
  std::string path = std::string(QF_SOURCE_DIR) + "/qingfeng.toml";
  auto c = qf::Config::load(path, true);
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  qf::Config d;
  EXPECT_EQ(c->server.port, d.server.port);
  EXPECT_EQ(c->server.max_body_bytes, d.server.max_body_bytes);
  EXPECT_EQ(c->security.session_idle_minutes, d.security.session_idle_minutes);
  EXPECT_EQ(c->security.password.min_length, d.security.password.min_length);
  EXPECT_EQ(c->database.url, d.database.url);
  EXPECT_EQ(c->org.unit_name, d.org.unit_name);
}

// One business time zone: [org] utc_offset_minutes moves every civil day of the
// process; the [clues]/[reports] keys of earlier versions only when they agree.
TEST(Config, BusinessTimeZoneIsOneSetting) {
  struct Restore {
    ~Restore() { qf::Date::set_business_utc_offset_minutes(qf::Date::kBureauUtcOffsetMinutes); }
  } restore;
  // 2025-12-31T17:00Z: already 2026-01-01 in UTC+8, still 2025-12-31 in UTC.
  const int64_t at = 1767200400000;
  ConfigFile f("[org]\nutc_offset_minutes = 0\n");
  auto c = qf::Config::load(f.path());
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  EXPECT_EQ(c->org.utc_offset_minutes, 0);
  EXPECT_EQ(qf::Date::from_unix_ms(at).to_string(), "2025-12-31");
  EXPECT_EQ(qf::business_iso_time(at), "2025-12-31T17:00:00+00:00");
  EXPECT_EQ(qf::business_day_start_ms(*qf::Date::from_ymd(2026, 1, 1)), 1767225600000);

  ASSERT_TRUE(c->set("org.utc_offset_minutes", "480").ok());
  EXPECT_EQ(qf::Date::from_unix_ms(at).to_string(), "2026-01-01");
  EXPECT_EQ(qf::business_iso_time(at), "2026-01-01T01:00:00+08:00");
  EXPECT_EQ(qf::business_day_start_ms(*qf::Date::from_ymd(2026, 1, 1)), 1767196800000);

  auto bad = c->set("org.utc_offset_minutes", "900");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "config.range");

  // An old [clues] key that disagrees is refused, naming where it is.
  EXPECT_TRUE(qf::check_legacy_utc_offset("clues", 480, "qingfeng.toml:147").ok());
  auto moved = qf::check_legacy_utc_offset("clues", 0, "qingfeng.toml:147");
  ASSERT_FALSE(moved.ok());
  EXPECT_EQ(moved.error().code, "config.utc_offset_moved");
  EXPECT_NE(moved.error().message_zh.find("qingfeng.toml:147"), std::string::npos);
  EXPECT_NE(moved.error().message_en.find("org.utc_offset_minutes"), std::string::npos);
}
