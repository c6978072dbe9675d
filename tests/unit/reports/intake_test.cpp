// Query codes, the proof-of-work challenge and the settings sections.
#include <gtest/gtest.h>

#include <set>

#include "domain/reports/intake_challenge.h"
#include "domain/reports/query_code.h"
#include "domain/reports/report_crypto.h"
#include "domain/reports/report_config.h"

namespace qf::reports {
namespace {

TEST(QueryCode, LongUnambiguousAndNormalisedWhenTyped) {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    std::string c = new_query_code();
    EXPECT_EQ(c.size(), 20u);
    for (char ch : c) EXPECT_NE(kQueryCodeAlphabet.find(ch), std::string_view::npos) << c;
    for (char bad : std::string("01OIL")) EXPECT_EQ(c.find(bad), std::string::npos);
    seen.insert(c);
  }
  EXPECT_EQ(seen.size(), 200u);
  std::string c = new_query_code();
  std::string typed = display_query_code(c);
  for (auto& ch : typed) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  EXPECT_EQ(normalise_query_code(" " + typed + " "), c);
  EXPECT_EQ(normalise_query_code(c.substr(1)), "");
  EXPECT_EQ(normalise_query_code(c.substr(1) + "0"), "") << "0 is not in the alphabet";
}

TEST(QueryCode, ReporterWrapNeedsCodeAndPassword) {
  std::string key = new_data_key();
  std::string code = new_query_code(), other = new_query_code();
  auto w = wrap_for_reporter(key, code, "my-password", 1, 8 << 20);
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(*open_as_reporter(*w, code, "my-password"), key);
  EXPECT_FALSE(open_as_reporter(*w, code, "my-passwordX").ok());
  EXPECT_FALSE(open_as_reporter(*w, other, "my-password").ok());
}

TEST(IntakeChallenge, SolvedChallengeVerifiesOnceSigned) {
  const std::string secret = "server-secret";
  IntakeChallenge c = issue_challenge(secret, 10, 1000, 60000);
  std::string nonce = solve_challenge(c.salt, c.bits);
  EXPECT_TRUE(work_is_done(c.salt, nonce, 10));
  auto ok = verify_challenge(secret, c.token, nonce, 2000);
  ASSERT_TRUE(ok.ok()) << ok.error().to_string();
  EXPECT_EQ(ok->id, c.id);
  // Wrong nonce, other secret, expired, tampered.
  std::string wrong = nonce == "0" ? "1" : "0";
  if (!work_is_done(c.salt, wrong, 10)) {
    EXPECT_EQ(verify_challenge(secret, c.token, wrong, 2000).error().code, "report.challenge_invalid");
  }
  EXPECT_EQ(verify_challenge("other", c.token, nonce, 2000).error().code, "report.challenge_invalid");
  EXPECT_EQ(verify_challenge(secret, c.token, nonce, 70000).error().code, "report.challenge_expired");
  std::string tampered = c.token;
  tampered[3] = tampered[3] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(verify_challenge(secret, tampered, nonce, 2000).ok());
  EXPECT_FALSE(verify_challenge(secret, c.token, "12a", 2000).ok());
}

TEST(IntakeChallenge, LeadingZeroBitsAsTheBrowserComputesThem) {
  // The definition: SHA-256 over the ASCII bytes of salt + decimal nonce, most
  // significant bit of byte 0 first.
  EXPECT_TRUE(work_is_done("ab", "12", 0));
  std::string n = solve_challenge("ab", 8);
  EXPECT_TRUE(work_is_done("ab", n, 8));
  EXPECT_EQ(sha256("ab" + n)[0], '\0');
  for (int i = 0; i < 100; ++i) {
    std::string nonce = std::to_string(i);
    unsigned char first = static_cast<unsigned char>(sha256("ab" + nonce)[0]);
    EXPECT_EQ(work_is_done("ab", nonce, 1), (first & 0x80) == 0) << nonce;
    EXPECT_EQ(work_is_done("ab", nonce, 3), (first & 0xE0) == 0) << nonce;
  }
}

TEST(ReportSettings, DefaultsAndRefusals) {
  auto d = ReportsConfig::from_toml("");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->pow_bits, 18);
  EXPECT_EQ(d->lookup_max_failures, 5);
  auto c = ReportsConfig::from_toml("[reports]\nlookup_max_failures = 3\nnumber_pattern = \"信访{year}-{seq:4}\"\n");
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  EXPECT_EQ(c->lookup_max_failures, 3);
  auto typo = ReportsConfig::from_toml("[reports]\nlookup_max_failure = 3\n", "q.toml");
  ASSERT_FALSE(typo.ok());
  EXPECT_NE(typo.error().field.find("q.toml:2"), std::string::npos) << typo.error().field;
  EXPECT_FALSE(ReportsConfig::from_toml("[reports]\npow_bits = 40\n").ok());
  auto p = PublicListenerConfig::from_toml("[public]\nenabled = false\nport = 9091\n");
  ASSERT_TRUE(p.ok());
  EXPECT_FALSE(p->enabled);
  EXPECT_EQ(p->port, 9091);
  EXPECT_FALSE(PublicListenerConfig::from_toml("[public]\nport = 70000\n").ok());
  EXPECT_FALSE(PublicListenerConfig::from_toml("[public]\ntls_cert_file = \"a.pem\"\n").ok());
}

}  // namespace
}  // namespace qf::reports
