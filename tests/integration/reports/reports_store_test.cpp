// The reports module on both databases: what is stored is sealed (a grep of the
// database file / a plain dump and of the audit log finds none of the plaintext),
// attachments are stored without metadata, a handler sees only assigned reports and
// never the identity without the secretary's approval, wrong query-code attempts are
// locked, rotation locks out a reader who left, the recovery code restores access,
// and triage registers problem clues through the supervision module.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "domain/auth/accounts.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/server_key.h"
#include "domain/auth/sessions.h"
#include "domain/clues/clue_store.h"
#include "domain/reports/attachment_sanitiser.h"
#include "domain/reports/intake_limits.h"
#include "domain/reports/query_code.h"
#include "domain/reports/reader_keys.h"
#include "domain/reports/report_crypto.h"
#include "domain/reports/report_handling.h"
#include "domain/reports/report_intake.h"
#include "domain/reports/reporter_access.h"
#include "domain/reports/zip_in_memory.h"
#include "sample_files.h"
#include "support/test_databases.h"

namespace qf::reports {
namespace {

constexpr int64_t kT0 = 1795651200000;  // 2026-11-26T00:00:00Z
constexpr const char* kSecretaryPw = "Secretary-Pass-1";
constexpr const char* kMemberPw = "Member-Pass-22";

// Plaintext that must never be found at rest.
const std::vector<std::string> kPlain = {"被举报人赵钱孙", "规划审批科室甲", "收受礼金二十万元整", "皇冠假日酒店八楼",
                                         "举报人周吴郑", "13912345678", "110101199001011234", "幸福路九十九号"};

SecurityConfig fast_security() {
  SecurityConfig s;
  s.argon2_opslimit = 1;
  s.argon2_memlimit = 8 * 1024 * 1024;
  // The server key file (outside the database) keys the public rate counters.
  static const std::string key_file = [] {
    const std::string path = ::testing::TempDir() + "qf-reports-store-" + std::to_string(::getpid()) + ".key";
    EXPECT_TRUE(auth::ensure_server_key(path).ok());
    return path;
  }();
  s.secret_key_file = key_file;
  return s;
}

class ReportsStoreTest : public qf::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (::testing::Test::IsSkipped()) return;
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    secretary_ = make_account(lease->get(), "jiwei", "纪委书记甲", kSecretaryPw, auth::Role::kDisciplineSecretary);
    member_ = make_account(lease->get(), "jijian", "纪检干部乙", kMemberPw, auth::Role::kDisciplineMember);
    other_ = make_account(lease->get(), "jijian2", "纪检干部丙", kMemberPw, auth::Role::kDisciplineMember);
  }

  int64_t make_account(store::Connection& conn, const std::string& user, const std::string& name,
                       const std::string& pw, auth::Role role) {
    auth::NewAccount a{user, name, std::nullopt, pw, false};
    auto id = auth::create_account(conn, sec_, a, kT0);
    EXPECT_TRUE(id.ok()) << id.error().to_string();
    EXPECT_TRUE(auth::grant_roles(conn, *id, {auth::RoleGrant{role, auth::ScopeKind::kUnit, std::nullopt}},
                                  std::nullopt, kT0)
                    .ok());
    return *id;
  }

  // A signed-in principal with a session (the unlocked key hangs off the session).
  auth::Principal sign_in(int64_t account) {
    auto lease = db().acquire();
    auto tokens = auth::start_session(lease->get(), sec_, account, kT0, "127.0.0.1", "test");
    EXPECT_TRUE(tokens.ok());
    auto p = auth::load_principal(lease->get(), account, kT0);
    EXPECT_TRUE(p.ok());
    p->session_id = tokens->session_id;
    return *p;
  }

  // Unlocks and returns the reader's private key as the API would get it.
  std::string unlock(const auth::Principal& p, const std::string& pw) {
    auto lease = db().acquire();
    auto cookie = unlock_reader_key(lease->get(), p.account_id, p.session_id, pw, kT0);
    EXPECT_TRUE(cookie.ok()) << cookie.error().to_string();
    auto secret = session_reader_secret(lease->get(), p.account_id, p.session_id, *cookie);
    EXPECT_TRUE(secret.ok());
    return *secret;
  }

  std::string init_and_enrol() {
    auto lease = db().acquire();
    auto code = init_keys(lease->get(), sec_, secretary_, kSecretaryPw, kT0);
    EXPECT_TRUE(code.ok()) << code.error().to_string();
    EXPECT_TRUE(enrol_reader(lease->get(), sec_, member_, kMemberPw, kT0).ok());
    EXPECT_TRUE(enrol_reader(lease->get(), sec_, other_, kMemberPw, kT0).ok());
    return *code;
  }

  NewReport online_report(bool anonymous) {
    NewReport r;
    r.channel = Channel::kOnline;
    r.anonymous = anonymous;
    r.identity = {"举报人周吴郑", "13912345678", "110101199001011234", "幸福路九十九号", ""};
    r.matter = {"被举报人赵钱孙", "规划审批科室甲", "科长", "收受礼金二十万元整", "皇冠假日酒店八楼", "有照片"};
    r.attachments = {{"现场.jpg", testing::jpeg_with_exif()},
                     {"材料.docx", testing::docx_with_author()},
                     {"证据.pdf", testing::pdf_with_author()}};
    r.password = "reporter-pass";
    return r;
  }

  SubmittedReport submit(const NewReport& r) {
    auto out = db().transaction([&](store::Connection& c) {
      return submit_report(c, r, cfg_, sec_, kT0 + 3600 * 1000, std::nullopt, std::nullopt);
    });
    EXPECT_TRUE(out.ok()) << out.error().to_string();
    return *out;
  }

  // Everything the database holds, as bytes: the SQLite file (after a checkpoint) or
  // a plain pg_dump; plus a backup file made by the store.
  std::string everything_at_rest() {
    std::string out;
    if (GetParam() == qf::testing::DatabaseKind::kSqlite) {
      {
        auto lease = db().acquire();
        (void)lease->get().execute("PRAGMA wal_checkpoint(TRUNCATE)");
      }
      std::string path = url().substr(std::string("sqlite:").size());
      for (const std::string& f : {path, path + "-wal"}) {
        std::ifstream in(f, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        out += ss.str();
      }
      EXPECT_GT(out.size(), 10000u);
    } else {
      std::string cmd = "pg_dump --format=plain --no-owner '" + url() + "' 2>/dev/null";
      FILE* p = popen(cmd.c_str(), "r");
      EXPECT_NE(p, nullptr);
      char buf[65536];
      size_t n;
      while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
      pclose(p);
      EXPECT_NE(out.find("CREATE TABLE public.reports"), std::string::npos) << "pg_dump produced no dump";
    }
    return out;
  }

  std::string audit_text() {
    auto lease = db().acquire();
    auto rs = lease->get().query("SELECT * FROM audit_log");
    std::string all;
    if (rs.ok())
      for (const auto& r : *rs)
        for (size_t i = 0; i < r.size(); ++i) all += r.text(i) + "\n";
    return all;
  }

  SecurityConfig sec_ = fast_security();
  ReportsConfig cfg_;
  int64_t secretary_ = 0, member_ = 0, other_ = 0;
};

TEST_P(ReportsStoreTest, NothingReadableAtRestAndMetadataGone) {
  init_and_enrol();
  SubmittedReport s = submit(online_report(false));
  EXPECT_EQ(s.register_number, "〔2026〕信访第1号");
  EXPECT_EQ(s.query_code.size(), 20u);

  // The secretary reads it, and the stored attachments have no metadata.
  auth::Principal sec = sign_in(secretary_);
  std::string key = unlock(sec, kSecretaryPw);
  {
  auto lease = db().acquire();
  auto opened = open_report(lease->get(), sec, key, s.id);
  ASSERT_TRUE(opened.ok()) << opened.error().to_string();
  EXPECT_EQ(opened->matter.matter, "收受礼金二十万元整");
  EXPECT_FALSE(opened->identity_sealed);
  ASSERT_EQ(opened->attachments.size(), 3u);
  auto jpeg = open_attachment(lease->get(), sec, key, s.id, opened->attachments[0].id);
  ASSERT_TRUE(jpeg.ok());
  EXPECT_EQ(jpeg->summary.filename, "现场.jpg");
  EXPECT_EQ(jpeg->summary.content_type, "image/jpeg");
  for (const auto& m : testing::kJpegMarkers) EXPECT_EQ(jpeg->bytes.find(m), std::string::npos) << m;
  EXPECT_NE(jpeg->bytes.find(std::string("\x11\x22\x33\xFF\x00\x44", 6)), std::string::npos);
  auto docx = open_attachment(lease->get(), sec, key, s.id, opened->attachments[1].id);
  ASSERT_TRUE(docx.ok());
  auto entries = read_zip(docx->bytes, 1 << 20);
  ASSERT_TRUE(entries.has_value());
  std::string all;
  for (const auto& e : *entries) all += e.content;
  for (const auto& m : testing::kDocxMarkers) EXPECT_EQ(all.find(m), std::string::npos) << m;
  EXPECT_NE(all.find("DocxBodyText"), std::string::npos);
  EXPECT_NE(all.find("DocxInserted"), std::string::npos) << "the tracked insertion's text stays";
  auto pdf = open_attachment(lease->get(), sec, key, s.id, opened->attachments[2].id);
  ASSERT_TRUE(pdf.ok()) << pdf.error().to_string();
  EXPECT_EQ(pdf->summary.filename, "证据.pdf");
  EXPECT_EQ(pdf->summary.content_type, "application/pdf");
  std::string pdf_text = testing::pdf_readable_content(pdf->bytes);
  ASSERT_NE(pdf_text.find(testing::kPdfPageText), std::string::npos) << "the stored PDF parses and keeps its page";
  for (const auto& m : testing::kPdfMarkers) EXPECT_EQ(pdf_text.find(m), std::string::npos) << m;
  auto identity = open_identity(lease->get(), sec, key, s.id);
  ASSERT_TRUE(identity.ok());
  EXPECT_EQ(identity->phone, "13912345678");

  // A question and an answer are sealed too.
  ASSERT_TRUE(ask_reporter(lease->get(), sec, key, s.id, "请补充皇冠假日酒店八楼的具体日期", cfg_, kT0).ok());
  auto reply = reply_as_reporter(lease->get(), cfg_, sec_, "10.0.0.9", s.query_code, "reporter-pass",
                                 open_report(lease->get(), sec, key, s.id)->messages[0].id, "回复：收受礼金二十万元整那天",
                                 kT0);
  ASSERT_TRUE(reply.ok());
  ASSERT_EQ(reply->kind, ReporterAccess::Kind::kOk);
  }

  std::string at_rest = everything_at_rest();
  for (const auto& p : kPlain) EXPECT_EQ(at_rest.find(p), std::string::npos) << "found at rest: " << p;
  for (const auto& m : testing::kJpegMarkers) EXPECT_EQ(at_rest.find(m), std::string::npos) << m;
  for (const auto& m : testing::kDocxMarkers) EXPECT_EQ(at_rest.find(m), std::string::npos) << m;
  for (const auto& m : testing::kPdfMarkers) EXPECT_EQ(at_rest.find(m), std::string::npos) << m;
  EXPECT_EQ(at_rest.find("DocxBodyText"), std::string::npos);
  EXPECT_EQ(at_rest.find(s.query_code), std::string::npos) << "the query code itself is never stored";
  EXPECT_EQ(at_rest.find("reporter-pass"), std::string::npos);
  EXPECT_EQ(at_rest.find("10.0.0.9"), std::string::npos) << "no reporter address";
  EXPECT_NE(at_rest.find(s.register_number), std::string::npos) << "the dump is real (register numbers are not secret)";
}

TEST_P(ReportsStoreTest, HandlerSeesOnlyAssignedReportsAndNeverTheIdentityWithoutApproval) {
  init_and_enrol();
  SubmittedReport s = submit(online_report(false));
  auth::Principal sec = sign_in(secretary_), member = sign_in(member_), other = sign_in(other_);
  std::string sec_key = unlock(sec, kSecretaryPw), member_key = unlock(member, kMemberPw);
  auto lease = db().acquire();
  // Not assigned: answers exactly like an absent report, and the list is empty.
  auto hidden = open_report(lease->get(), member, member_key, s.id);
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().code, "report.not_found");
  EXPECT_EQ(open_report(lease->get(), member, member_key, s.id + 1000).error().code, "report.not_found");
  ReportListFilter f;
  auto listed = list_reports(lease->get(), member, f);
  ASSERT_TRUE(listed.ok()) << listed.error().to_string();
  EXPECT_EQ(listed->second, 0);
  EXPECT_EQ(list_reports(lease->get(), sec, f)->second, 1);

  ASSERT_TRUE(assign_report(lease->get(), sec, sec_key, s.id, {member_}, kT0).ok());
  auto opened = open_report(lease->get(), member, member_key, s.id);
  ASSERT_TRUE(opened.ok()) << opened.error().to_string();
  EXPECT_EQ(opened->matter.reported_name, "被举报人赵钱孙");
  EXPECT_TRUE(opened->identity_sealed);
  EXPECT_EQ(opened->status, ReportStatus::kUnderReview);
  auto sealed = open_identity(lease->get(), member, member_key, s.id);
  ASSERT_FALSE(sealed.ok());
  EXPECT_EQ(sealed.error().code, "report.identity_sealed");
  // The other member (not assigned) still sees nothing.
  EXPECT_EQ(list_reports(lease->get(), other, f)->second, 0);

  // Reveal: reason recorded, the secretary approves, then (only then) the handler reads it.
  auto rid = request_reveal(lease->get(), member, s.id, "需向举报人核实细节", kT0);
  ASSERT_TRUE(rid.ok());
  EXPECT_FALSE(open_identity(lease->get(), member, member_key, s.id).ok());
  auto refused_by_member = decide_reveal(lease->get(), member, member_key, *rid, true, "", kT0);
  ASSERT_FALSE(refused_by_member.ok());
  EXPECT_EQ(refused_by_member.error().kind, ErrorKind::kForbidden);
  ASSERT_TRUE(decide_reveal(lease->get(), sec, sec_key, *rid, true, "同意", kT0).ok());
  auto revealed = open_identity(lease->get(), member, member_key, s.id);
  ASSERT_TRUE(revealed.ok()) << revealed.error().to_string();
  EXPECT_EQ(revealed->name, "举报人周吴郑");
  auto pending = reveal_requests(lease->get(), "approved");
  ASSERT_EQ(pending->size(), 1u);
  EXPECT_EQ(pending->front().reason, "需向举报人核实细节");
}

TEST_P(ReportsStoreTest, WrongCodeAndPasswordAttemptsAreLocked) {
  init_and_enrol();
  cfg_.lookup_max_failures = 3;
  cfg_.lookup_per_address_per_hour = 6;
  SubmittedReport s = submit(online_report(true));
  auto look = [&](const std::string& addr, const std::string& code, const std::string& pw, int64_t at) {
    auto r = db().transaction(
        [&](store::Connection& c) { return look_up_as_reporter(c, cfg_, sec_, addr, code, pw, at); });
    EXPECT_TRUE(r.ok()) << r.error().to_string();
    return r->kind;
  };
  using K = ReporterAccess::Kind;
  EXPECT_EQ(look("1.1.1.1", s.query_code, "reporter-pass", kT0), K::kOk);
  // Wrong password three times from three addresses → the code locks, even for the right password.
  EXPECT_EQ(look("2.2.2.1", s.query_code, "wrong-1", kT0), K::kFailed);
  EXPECT_EQ(look("2.2.2.2", s.query_code, "wrong-2", kT0), K::kFailed);
  EXPECT_EQ(look("2.2.2.3", s.query_code, "wrong-3", kT0), K::kFailed);
  EXPECT_EQ(look("1.1.1.1", s.query_code, "reporter-pass", kT0 + 1000), K::kLimited);
  // After the lock time it opens again.
  EXPECT_EQ(look("1.1.1.1", s.query_code, "reporter-pass", kT0 + 31 * 60 * 1000), K::kOk);
  // Guessing codes from one address: the same "failed" answer, then limited.
  for (int i = 0; i < 6; ++i) EXPECT_EQ(look("3.3.3.3", new_query_code(), "x", kT0), K::kFailed) << i;
  EXPECT_EQ(look("3.3.3.3", s.query_code, "reporter-pass", kT0), K::kLimited);
  EXPECT_EQ(look("4.4.4.4", "not a code", "x", kT0), K::kFailed);
  // No address is stored in clear.
  auto lease = db().acquire();
  auto rs = lease->get().query("SELECT bucket FROM report_rate_counters");
  ASSERT_TRUE(rs.ok());
  EXPECT_FALSE(rs->empty());
  for (const auto& r : *rs) EXPECT_EQ(r.text("bucket").find("3.3.3.3"), std::string::npos);
  // Nor can a copy of the database be brute-forced back to an address: the buckets are
  // not keyed by anything stored in it (the reports' server secret, as they once were).
  auto secret = lease->get().query_one("SELECT server_secret FROM report_key_settings");
  ASSERT_TRUE(secret.ok()) << secret.error().to_string();
  const std::string from_dump = "lookup:" + to_hex(hmac_sha256(secret->text("server_secret"), "3.3.3.3")).substr(0, 16);
  for (const auto& r : *rs) EXPECT_NE(r.text("bucket"), from_dump);
  // The same address has unrelated buckets in two windows.
  auto a = rate_bucket(sec_, "lookup", "3.3.3.3", kT0), b = rate_bucket(sec_, "lookup", "3.3.3.3", kT0 + kRateWindowMs);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(*a, *b);
  EXPECT_EQ(*a, *rate_bucket(sec_, "lookup", "3.3.3.3", kT0 + 1));
}

TEST_P(ReportsStoreTest, RotationWhenAReaderLeaves) {
  init_and_enrol();
  SubmittedReport s = submit(online_report(false));
  auth::Principal sec = sign_in(secretary_), member = sign_in(member_);
  std::string sec_key = unlock(sec, kSecretaryPw), member_key = unlock(member, kMemberPw);
  std::string old_matter_key;
  {
    auto lease = db().acquire();
    ASSERT_TRUE(assign_report(lease->get(), sec, sec_key, s.id, {member_}, kT0).ok());
    ASSERT_TRUE(ask_reporter(lease->get(), sec, sec_key, s.id, "问题一", cfg_, kT0).ok());
    // What the leaver could have copied while a reader: its private key and the matter key.
    auto rs = lease->get().query("SELECT sealed FROM report_key_wraps WHERE report_id = ? AND account_id = ? AND part = 'matter'",
                           {s.id, member_});
    ASSERT_EQ(rs->size(), 1u);
    old_matter_key = *unwrap_with(member_key, rs->front().text("sealed"));
  }
  auto n = db().transaction(
      [&](store::Connection& c) { return revoke_reader(c, secretary_, sec_key, member_, kT0 + 1000); });
  ASSERT_TRUE(n.ok()) << n.error().to_string();
  EXPECT_EQ(*n, 1);
  auto lease = db().acquire();
  auto wraps = lease->get().query("SELECT COUNT(*) AS n FROM report_key_wraps WHERE account_id = ?", {member_});
  EXPECT_EQ(wraps->front().i64("n"), 0) << "the leaver's wraps are removed";
  auto row = lease->get().query_one("SELECT uid, matter_sealed FROM reports WHERE id = ?", {s.id});
  EXPECT_FALSE(open_part(old_matter_key, row->text("uid"), "matter", row->text("matter_sealed")).ok())
      << "re-encrypted under a new key";
  // The leaver's old private key opens nothing and its session key is gone.
  EXPECT_FALSE(open_report(lease->get(), member, member_key, s.id).ok());
  auto locked = session_reader_secret(lease->get(), member_, member.session_id, "00");
  EXPECT_EQ(locked.error().code, "report.key_locked");
  // The secretary still reads everything, attachments included; the reporter still follows it.
  auto opened = open_report(lease->get(), sec, sec_key, s.id);
  ASSERT_TRUE(opened.ok()) << opened.error().to_string();
  EXPECT_EQ(opened->matter.evidence, "有照片");
  EXPECT_TRUE(open_attachment(lease->get(), sec, sec_key, s.id, opened->attachments[0].id).ok());
  EXPECT_EQ(open_identity(lease->get(), sec, sec_key, s.id)->id_number, "110101199001011234");
  auto reporter = look_up_as_reporter(lease->get(), cfg_, sec_, "5.5.5.5", s.query_code, "reporter-pass", kT0);
  ASSERT_EQ(reporter->kind, ReporterAccess::Kind::kOk);
  ASSERT_EQ(reporter->view.messages.size(), 1u);
  EXPECT_EQ(reporter->view.messages[0].text, "问题一");
}

TEST_P(ReportsStoreTest, RecoveryCodeRestoresTheSecretaryAfterAPasswordReset) {
  std::string code = init_and_enrol();
  SubmittedReport s = submit(online_report(false));
  auth::Principal sec = sign_in(secretary_);
  {
    auto lease = db().acquire();
    ASSERT_TRUE(auth::set_password(lease->get(), sec_, secretary_, "Reset-By-Admin-9", false, kT0).ok());
    auto stale = unlock_reader_key(lease->get(), secretary_, sec.session_id, "Reset-By-Admin-9", kT0);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, "report.key_stale");
    std::string typo = code;
    typo[0] = typo[0] == 'A' ? 'B' : 'A';  // changes the secret bytes: refused by the check or the public key
    auto wrong = recover_with_code(lease->get(), sec_, secretary_, typo, "Reset-By-Admin-9", kT0);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, "report.recovery_code");
  }
  auto n = db().transaction([&](store::Connection& c) {
    return recover_with_code(c, sec_, secretary_, code, "Reset-By-Admin-9", kT0);
  });
  ASSERT_TRUE(n.ok()) << n.error().to_string();
  EXPECT_EQ(*n, 1);
  std::string key = unlock(sec, "Reset-By-Admin-9");
  auto lease = db().acquire();
  auto opened = open_report(lease->get(), sec, key, s.id);
  ASSERT_TRUE(opened.ok()) << opened.error().to_string();
  EXPECT_EQ(open_identity(lease->get(), sec, key, s.id)->name, "举报人周吴郑");
  // A password change re-wraps the key: the new password unlocks, the old does not.
  ASSERT_TRUE(rewrap_reader_key(lease->get(), sec_, secretary_, "Reset-By-Admin-9", "Changed-Again-77").ok());
  EXPECT_TRUE(unlock_reader_key(lease->get(), secretary_, sec.session_id, "Changed-Again-77", kT0).ok());
}

TEST_P(ReportsStoreTest, TriageTurnsAReportIntoCluesAndTheReporterSeesTheStage) {
  init_and_enrol();
  SubmittedReport first = submit(online_report(true));
  SubmittedReport second = submit(online_report(true));  // about the same person
  auth::Principal sec = sign_in(secretary_);
  std::string key = unlock(sec, kSecretaryPw);
  auto lease = db().acquire();
  ASSERT_TRUE(open_report(lease->get(), sec, key, first.id).ok());  // computes the link hash
  auto opened = open_report(lease->get(), sec, key, second.id);
  ASSERT_TRUE(opened.ok());
  ASSERT_EQ(opened->linked.size(), 1u) << "reports about the same person are linked";
  EXPECT_EQ(opened->linked[0].id, first.id);
  auto subject = lease->get().query_one("SELECT subject_hash FROM reports WHERE id = ?", {first.id});
  EXPECT_EQ(subject->text("subject_hash").find("赵钱孙"), std::string::npos);

  ClueFromReport clue;
  clue.matter = "反映某科长收受礼金（来源：信访举报）";
  clue.persons = {clues::ReportedPerson{std::nullopt, "某科长", "科长"}};
  clue.assignments = {{member_, clues::ClueActorRole::kHandler}};
  clues::ClueConfig clue_cfg;
  auto made = triage_into_clues(lease->get(), sec, key, first.id, {clue}, clue_cfg, kT0);
  ASSERT_TRUE(made.ok()) << made.error().to_string();
  ASSERT_EQ(made->size(), 1u);
  auto stored = clues::load_clue(lease->get(), made->front().first);
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->clue.source, clues::ClueSource::kPetition);
  EXPECT_EQ(stored->clue.received_on.to_string(), first.received_on);
  EXPECT_EQ(triage_out_of_scope(lease->get(), sec, key, first.id, "x", kT0).error().code, "report.already_triaged");
  auto view = look_up_as_reporter(lease->get(), cfg_, sec_, "6.6.6.6", first.query_code, "reporter-pass", kT0);
  EXPECT_EQ(view->view.stage, Stage::kInHandling);
  // Out of scope with a sealed reason; the reporter sees "not accepted" but not the reason.
  ASSERT_TRUE(triage_out_of_scope(lease->get(), sec, key, second.id, "属于民事纠纷不予受理", kT0).ok());
  auto v2 = look_up_as_reporter(lease->get(), cfg_, sec_, "6.6.6.6", second.query_code, "reporter-pass", kT0);
  EXPECT_EQ(v2->view.stage, Stage::kNotAccepted);
  EXPECT_EQ(open_report(lease->get(), sec, key, second.id)->out_of_scope_reason.value_or(""), "属于民事纠纷不予受理");
  auto stats = report_stats(lease->get(), 2026);
  EXPECT_EQ(stats->total, 2);
  EXPECT_EQ(stats->anonymous, 2);
}

TEST_P(ReportsStoreTest, StaffRegistrationOfALetterIsProtectedTheSameWay) {
  init_and_enrol();
  auth::Principal member = sign_in(member_), sec = sign_in(secretary_);
  std::string member_key = unlock(member, kMemberPw), sec_key = unlock(sec, kSecretaryPw);
  int64_t id = 0;
  NewReport r = online_report(false);
  r.channel = Channel::kLetter;
  r.received_on = "2026-11-20";
  r.password.clear();
  r.registered_by = member_;
  auto s = db().transaction([&](store::Connection& c) -> Result<SubmittedReport> {
    QF_TRY(Holder me, reader_holder(c, member_));
    return submit_report(c, r, cfg_, sec_, kT0, me, std::nullopt);
  });
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  EXPECT_TRUE(s->query_code.empty());
  id = s->id;
  {
  auto lease = db().acquire();
  auto opened = open_report(lease->get(), member, member_key, s->id);
  ASSERT_TRUE(opened.ok()) << opened.error().to_string();
  EXPECT_EQ(opened->channel, Channel::kLetter);
  EXPECT_EQ(opened->received_on, "2026-11-20");
  EXPECT_TRUE(opened->identity_sealed) << "the registering member keeps no access to the identity";
  EXPECT_EQ(open_identity(lease->get(), member, member_key, s->id).error().code, "report.identity_sealed");
  EXPECT_EQ(open_identity(lease->get(), sec, sec_key, s->id)->address, "幸福路九十九号");
  EXPECT_EQ(ask_reporter(lease->get(), member, member_key, s->id, "q", cfg_, kT0).error().code, "report.no_query_code");
  }
  EXPECT_GT(id, 0);
  std::string at_rest = everything_at_rest();
  for (const auto& p : kPlain) EXPECT_EQ(at_rest.find(p), std::string::npos) << "found at rest: " << p;
}

INSTANTIATE_TEST_SUITE_P(Both, ReportsStoreTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
}  // namespace qf::reports
