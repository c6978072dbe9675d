// Co-construction (廉政共建) through a real `qingfeng serve` on both databases: a
// partner-signed notice file is verified and stored once; a tampered file, a file
// signed by another partner, by an unregistered key, a malformed file and a file for a
// partner without a key are each refused with a bilingual message naming what failed,
// and nothing is stored; outgoing notices verify with the bureau's published key and
// are sealed at rest; replacing a key needs a reason and is audited; trainings and
// return visits summarise per partner; each role reaches what it may and the three
// administrators nothing.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>

#include "core/calendar.h"
#include "core/clock.h"
#include "core/sealed_bytes.h"
#include "domain/coop/notice_file.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;
namespace co = qf::coop;

class CoopHttpTest : public testing::ServedDatabaseTest {
 protected:
  void SetUp() override {
    today_ = Date::from_unix_ms(SystemClock().now_ms());
    ServedDatabaseTest::SetUp();
  }
  void seed(store::Connection& conn) override {
    using auth::Role;
    using auth::ScopeKind;
    auto account = [&](const std::string& user, auth::RoleGrant g) {
      testing::add_test_account(conn, user, {g}, std::nullopt, "显示" + user);
    };
    account("shuji", {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("jijian", {Role::kDisciplineMember, ScopeKind::kUnit, {}});
    account("dangwei", {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("banzi", {Role::kCommitteeMember, ScopeKind::kUnit, {}});
    account("chuzhang", {Role::kDeptHead, ScopeKind::kUnit, {}});
    account("zhigong", {Role::kStaff, ScopeKind::kSelf, {}});
    account("sysadmin", {Role::kSysAdmin, ScopeKind::kUnit, {}});
    account("secadmin", {Role::kSecAdmin, ScopeKind::kUnit, {}});
    account("auditor", {Role::kAuditor, ScopeKind::kUnit, {}});
  }
  testing::HttpClient& as(const std::string& user) {
    auto it = clients_.find(user);
    if (it != clients_.end()) return *it->second;
    return *(clients_[user] = login(user));
  }
  std::string day(int n) const { return today_.add_days(n).to_string(); }
  int64_t stored(const std::string& table) {
    auto lease = db().acquire();
    auto r = lease->get().query_one("SELECT COUNT(*) AS n FROM " + table);
    EXPECT_TRUE(r.ok());
    return r.ok() ? r->i64("n") : -1;
  }
  int64_t make_partner(const std::string& name, const co::SigningKey* key) {
    auto r = as("shuji").post_json("/api/v1/coop/partners", {{"name", name},
                                                             {"contact_name", "王主任"},
                                                             {"agreement_no", "GJXY-01"},
                                                             {"agreement_signed_on", day(-100)},
                                                             {"agreement_start", day(-100)},
                                                             {"agreement_end", day(600)},
                                                             {"agreement_summary", "互通廉政信息"}});
    EXPECT_EQ(r.status, 200) << r.body;
    const int64_t id = r.json()["data"]["id"].get<int64_t>();
    if (key) {
      auto k = as("shuji").post_json("/api/v1/coop/partners/" + std::to_string(id) + "/key",
                                     {{"public_key", co::public_key_pem(key->public_key)}});
      EXPECT_EQ(k.status, 200) << k.body;
      EXPECT_EQ(k.json()["data"]["key_fingerprint"], co::fingerprint(key->public_key));
    }
    return id;
  }
  co::NoticePayload payload(const std::string& from, const std::string& no = "交易中心廉通〔2026〕3号") {
    return {no, "关于上半年交易活动中廉政情况的通报", "未发现贵局工作人员违规干预评标的问题。", from, "示范局", day(-1),
            day(-1) + "T15:00:00+08:00"};
  }
  testing::HttpResponse upload(int64_t partner, const std::string& file, const std::string& user = "shuji") {
    return as(user).request("POST", "/api/v1/coop/partners/" + std::to_string(partner) + "/notices?filename=n.json",
                            file, {{"Content-Type", "application/octet-stream"}});
  }
  // Expects a refusal with `code` whose messages say `zh` and `en`, and nothing stored.
  void expect_refused(const testing::HttpResponse& r, const std::string& code, const std::string& zh,
                      const std::string& en, int64_t notices_before) {
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_EQ(r.error_code(), code) << r.body;
    const json e = r.json()["error"];
    EXPECT_NE(e["message_zh"].get<std::string>().find(zh), std::string::npos) << r.body;
    EXPECT_NE(e["message_en"].get<std::string>().find(en), std::string::npos) << r.body;
    EXPECT_EQ(e["field"], "file");
    EXPECT_EQ(stored("coop_notices"), notices_before);
  }

  Date today_;
  std::map<std::string, std::unique_ptr<testing::HttpClient>> clients_;
};

TEST_P(CoopHttpTest, APartnerSignedFileVerifiesAndIsStoredOnce) {
  const co::SigningKey key = co::generate_signing_key();
  const int64_t partner = make_partner("市公共资源交易中心", &key);
  const std::string file = co::sign_notice_file(key, payload("市公共资源交易中心"));
  auto r = upload(partner, file);
  ASSERT_EQ(r.status, 200) << r.body;
  const json n = r.json()["data"];
  EXPECT_EQ(n["direction"], "in");
  EXPECT_EQ(n["notice_no"], "交易中心廉通〔2026〕3号");
  EXPECT_EQ(n["title"], "关于上半年交易活动中廉政情况的通报");
  EXPECT_EQ(n["body"], "未发现贵局工作人员违规干预评标的问题。");
  EXPECT_EQ(n["signer_fingerprint"], co::fingerprint(key.public_key));
  EXPECT_EQ(audit_count("coop.notice.receive"), 1);
  // The stored file is byte for byte the one received.
  auto f = as("jijian").get("/api/v1/coop/notices/" + std::to_string(n["id"].get<int64_t>()) + "/file");
  ASSERT_EQ(f.status, 200);
  EXPECT_EQ(f.body, file);
  EXPECT_EQ(audit_count("coop_notice.read"), 1);  // downloading the file is an audited read
  // The same file again is refused: stored once.
  auto again = upload(partner, file);
  EXPECT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(again.error_code(), "coop.notice.duplicate");
  EXPECT_EQ(stored("coop_notices"), 1);
  // At rest the notice's text is sealed: the database holds no body or title.
  auto lease = db().acquire();
  auto row = lease->get().query_one("SELECT sealed_file FROM coop_notices");
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->text("sealed_file").find("违规干预"), std::string::npos);
  EXPECT_EQ(row->text("sealed_file").rfind("v1:", 0), 0u);
}

TEST_P(CoopHttpTest, ATamperedOrMalformedFileIsRefusedNamingWhatFailedAndNothingIsStored) {
  const co::SigningKey key = co::generate_signing_key();
  const int64_t partner = make_partner("市公共资源交易中心", &key);
  const std::string good = co::sign_notice_file(key, payload("市公共资源交易中心"));
  // The payload altered after signing (one word of the body), signature kept.
  json env = json::parse(good);
  std::string bytes = *crypto::from_base64(env["payload"].get<std::string>(), crypto::Base64::kStandard);
  const auto at = bytes.find("未发现");
  ASSERT_NE(at, std::string::npos);
  bytes.replace(at, std::string("未发现").size(), "已发现");
  env["payload"] = crypto::to_base64(bytes, crypto::Base64::kStandard);
  expect_refused(upload(partner, env.dump(2)), "coop.signature.invalid", "签名校验失败",
                 "Signature verification failed", 0);
  // The envelope's signer altered (the signed payload still names the real one).
  json env2 = json::parse(good);
  env2["signer_unit"] = "冒名单位";
  expect_refused(upload(partner, env2.dump(2)), "coop.file.malformed", "信封被改动", "envelope was altered", 0);
  // Not JSON at all, a truncated file, a missing signature, another algorithm.
  expect_refused(upload(partner, "PK\x03\x04 not a notice"), "coop.file.malformed", "不是 JSON", "not a JSON object", 0);
  expect_refused(upload(partner, good.substr(0, good.size() / 2)), "coop.file.malformed", "不是 JSON",
                 "not a JSON object", 0);
  json env3 = json::parse(good);
  env3.erase("signature");
  expect_refused(upload(partner, env3.dump()), "coop.file.malformed", "\"signature\"", "\"signature\"", 0);
  json env4 = json::parse(good);
  env4["algorithm"] = "RSA";
  expect_refused(upload(partner, env4.dump()), "coop.file.algorithm", "RSA", "RSA", 0);
  // The untouched file is accepted: the refusals were about the changes.
  EXPECT_EQ(upload(partner, good).status, 200);
  EXPECT_EQ(stored("coop_notices"), 1);
}

TEST_P(CoopHttpTest, AFileSignedWithAnotherKeyIsRefusedAndTheSignerIsNamedWhenKnown) {
  const co::SigningKey a_key = co::generate_signing_key(), b_key = co::generate_signing_key(),
                       stranger = co::generate_signing_key();
  const int64_t a = make_partner("甲单位", &a_key);
  const int64_t b = make_partner("乙单位", &b_key);
  const int64_t keyless = make_partner("丙单位", nullptr);
  (void)b;
  // Signed by 乙 but uploaded as 甲's.
  expect_refused(upload(a, co::sign_notice_file(b_key, payload("甲单位"))), "coop.signature.wrong_partner", "乙单位",
                 "乙单位", 0);
  // Signed by a key no partner registered.
  expect_refused(upload(a, co::sign_notice_file(stranger, payload("甲单位"))), "coop.signature.invalid", "甲单位",
                 "甲单位", 0);
  // A partner with no key registered: nothing can be verified.
  expect_refused(upload(keyless, co::sign_notice_file(stranger, payload("丙单位"))), "coop.key.unregistered",
                 "尚未登记公钥", "no registered public key", 0);
  // An unknown partner answers like any absent record.
  auto none = upload(999999, co::sign_notice_file(a_key, payload("甲单位")));
  EXPECT_EQ(none.status, 404) << none.body;
  EXPECT_EQ(stored("coop_notices"), 0);
}

TEST_P(CoopHttpTest, OutgoingNoticesAreNumberedAndVerifyWithTheBureausPublishedKey) {
  const int64_t partner = make_partner("市公共资源交易中心", nullptr);
  auto bk = as("dangwei").get("/api/v1/coop/bureau-key");
  ASSERT_EQ(bk.status, 200) << bk.body;
  const json bureau = bk.json()["data"];
  auto pk = co::parse_public_key(bureau["public_key_pem"].get<std::string>(), "pem");
  ASSERT_TRUE(pk.ok());
  EXPECT_EQ(co::fingerprint(*pk), bureau["fingerprint"]);
  std::vector<json> sent;
  for (const char* title : {"关于规范评标专家抽取工作的廉政提醒", "关于节日期间廉洁自律的提醒"}) {
    auto r = as("jijian").post_json("/api/v1/coop/notices",
                                    {{"partner_id", partner}, {"title", title}, {"body", "请协助核对。"}, {"issued_on", day(0)}});
    ASSERT_EQ(r.status, 200) << r.body;
    sent.push_back(r.json()["data"]);
  }
  const std::string year = day(0).substr(0, 4);
  EXPECT_EQ(sent[0]["notice_no"], "〔" + year + "〕廉政共建通报第1号");
  EXPECT_EQ(sent[1]["notice_no"], "〔" + year + "〕廉政共建通报第2号");
  EXPECT_EQ(sent[0]["to_unit"], "市公共资源交易中心");
  auto f = as("jijian").get("/api/v1/coop/notices/" + std::to_string(sent[0]["id"].get<int64_t>()) + "/file");
  ASSERT_EQ(f.status, 200);
  auto verified = co::verify_notice_file(f.body, *pk, "示范局");
  ASSERT_TRUE(verified.ok()) << verified.error().message_en;
  EXPECT_EQ(verified->title, "关于规范评标专家抽取工作的廉政提醒");
  // The same file fails with any other key.
  EXPECT_FALSE(co::verify_notice_file(f.body, co::generate_signing_key().public_key, "x").ok());
  // Bad input names the field; nothing stored.
  auto bad = as("jijian").post_json("/api/v1/coop/notices", {{"partner_id", partner}, {"title", "标题"}, {"body", "x"},
                                                             {"issued_on", "2026-13-01"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "issued_on");
  EXPECT_EQ(stored("coop_notices"), 2);
  auto list = as("dangwei").get("/api/v1/coop/notices?direction=out");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.json()["meta"]["total"], 2);
}

TEST_P(CoopHttpTest, ReplacingAKeyNeedsAReasonIsAuditedAndRetiresTheOldKey) {
  const co::SigningKey old_key = co::generate_signing_key(), new_key = co::generate_signing_key();
  const int64_t partner = make_partner("市公共资源交易中心", &old_key);
  const std::string path = "/api/v1/coop/partners/" + std::to_string(partner) + "/key";
  auto plain = as("shuji").post_json(path, {{"public_key", co::public_key_base64(new_key.public_key)}});
  EXPECT_EQ(plain.status, 409) << plain.body;
  EXPECT_EQ(plain.error_code(), "coop.key.registered");
  auto no_reason = as("shuji").post_json(path, {{"public_key", co::public_key_base64(new_key.public_key)}, {"replace", true}});
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_EQ(no_reason.json()["error"]["field"], "reason");
  auto garbage = as("shuji").post_json(path, {{"public_key", "not-a-key"}, {"replace", true}, {"reason", "x"}});
  EXPECT_EQ(garbage.status, 400);
  EXPECT_EQ(garbage.json()["error"]["field"], "public_key");
  EXPECT_EQ(audit_count("coop.partner.key.replace"), 0);
  auto ok = as("shuji").post_json(path, {{"public_key", co::public_key_base64(new_key.public_key)},
                                         {"replace", true},
                                         {"reason", "对方单位更换了签名设备"}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json()["data"]["key_fingerprint"], co::fingerprint(new_key.public_key));
  EXPECT_EQ(ok.json()["data"]["keys_replaced"], 1);
  EXPECT_EQ(audit_count("coop.partner.key.replace"), 1);
  EXPECT_EQ(audit_count("coop.partner.key"), 1);  // the first registration
  expect_refused(upload(partner, co::sign_notice_file(old_key, payload("市公共资源交易中心"))), "coop.signature.invalid",
                 "签名校验失败", "Signature verification failed", 0);
  EXPECT_EQ(upload(partner, co::sign_notice_file(new_key, payload("市公共资源交易中心"))).status, 200);
  // The same key cannot belong to two partners.
  const int64_t other = make_partner("乙单位", nullptr);
  auto dup = as("shuji").post_json("/api/v1/coop/partners/" + std::to_string(other) + "/key",
                                   {{"public_key", co::public_key_base64(new_key.public_key)}});
  EXPECT_EQ(dup.status, 409);
  EXPECT_EQ(dup.error_code(), "coop.key.in_use");
}

TEST_P(CoopHttpTest, TrainingsAndReturnVisitsAreSummarisedPerPartner) {
  const int64_t partner = make_partner("市公共资源交易中心", nullptr);
  auto t = as("jijian").post_json("/api/v1/coop/trainings", {{"partner_id", partner},
                                                             {"held_on", day(-20)},
                                                             {"topic", "招投标领域廉洁风险防控联合培训"},
                                                             {"our_participants", json::array({"张三", "李四"})},
                                                             {"partner_participants", "王五\n赵六\n"}});
  ASSERT_EQ(t.status, 200) << t.body;
  EXPECT_EQ(t.json()["data"]["partner_participants"].size(), 2u);
  auto visit = [&](json scores) {
    return as("jijian").post_json("/api/v1/coop/visits", {{"partner_id", partner},
                                                          {"visited_on", day(-5)},
                                                          {"visitors", "纪委 赵六"},
                                                          {"interviewees", "王主任"},
                                                          {"scores", scores},
                                                          {"comments", "无吃拿卡要现象"}});
  };
  ASSERT_EQ(visit({{"integrity", 5}, {"service", 4}, {"efficiency", 3}, {"rules", 5}, {"coop", 5}}).status, 200);
  ASSERT_EQ(visit({{"integrity", 4}, {"service", 4}, {"efficiency", 4}, {"rules", 4}, {"coop", 4}}).status, 200);
  // A score out of range and a missing item are refused naming the item; nothing stored.
  auto bad = visit({{"integrity", 6}, {"service", 4}, {"efficiency", 4}, {"rules", 4}, {"coop", 4}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "scores.integrity");
  auto missing = visit({{"integrity", 4}});
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(missing.json()["error"]["field"], "scores.service");
  EXPECT_EQ(stored("coop_visits"), 2);
  EXPECT_EQ(stored("coop_visit_scores"), 10);
  auto s = as("dangwei").get("/api/v1/coop/summary");
  ASSERT_EQ(s.status, 200) << s.body;
  const json rows = s.json()["data"];
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["visits"], 2);
  EXPECT_EQ(rows[0]["trainings"], 1);
  EXPECT_DOUBLE_EQ(rows[0]["average_by_item"]["integrity"].get<double>(), 4.5);
  EXPECT_DOUBLE_EQ(rows[0]["average_by_item"]["efficiency"].get<double>(), 3.5);
  EXPECT_DOUBLE_EQ(rows[0]["average"].get<double>(), 4.2);
  EXPECT_EQ(rows[0]["last_visit_on"], day(-5));
  // The comments come back opened, and are sealed at rest.
  auto v = as("dangwei").get("/api/v1/coop/visits?partner_id=" + std::to_string(partner));
  ASSERT_EQ(v.status, 200);
  EXPECT_EQ(v.json()["data"][0]["comments"], "无吃拿卡要现象");
  auto lease = db().acquire();
  auto row = lease->get().query_one("SELECT sealed_comments FROM coop_visits ORDER BY id LIMIT 1");
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->text("sealed_comments").find("吃拿卡要"), std::string::npos);
}

TEST_P(CoopHttpTest, TheCommitteeManagesThePartySecretaryReadsAndNoOtherRoleReachesAnything) {
  const co::SigningKey key = co::generate_signing_key();
  const int64_t partner = make_partner("市公共资源交易中心", &key);
  auto up = upload(partner, co::sign_notice_file(key, payload("市公共资源交易中心")));
  ASSERT_EQ(up.status, 200) << up.body;
  const std::string notice = "/api/v1/coop/notices/" + std::to_string(up.json()["data"]["id"].get<int64_t>());
  const std::vector<std::string> reads = {"/api/v1/coop/partners", "/api/v1/coop/partners/" + std::to_string(partner),
                                          "/api/v1/coop/notices", notice, notice + "/file", "/api/v1/coop/trainings",
                                          "/api/v1/coop/visits", "/api/v1/coop/summary", "/api/v1/coop/bureau-key"};
  for (const std::string user : {"shuji", "jijian", "dangwei"})
    for (const auto& p : reads) EXPECT_EQ(as(user).get(p).status, 200) << user << " " << p;
  // The Party secretary reads but changes nothing.
  auto w = as("dangwei").post_json("/api/v1/coop/partners", {{"name", "丁单位"}});
  EXPECT_EQ(w.status, 403) << w.body;
  EXPECT_EQ(upload(partner, co::sign_notice_file(key, payload("市公共资源交易中心", "另一号")), "dangwei").status, 403);
  // Other roles and the three administrators: refused everywhere, an existing notice
  // exactly like an absent one.
  for (const std::string user : {"banzi", "chuzhang", "zhigong", "sysadmin", "secadmin", "auditor"}) {
    for (const auto& p : reads) EXPECT_EQ(as(user).get(p).status, 403) << user << " " << p;
    auto present = as(user).get(notice);
    auto absent = as(user).get("/api/v1/coop/notices/999999");
    EXPECT_EQ(present.status, absent.status) << user;
    EXPECT_EQ(present.body, absent.body) << user;
    EXPECT_EQ(as(user).post_json("/api/v1/coop/partners", {{"name", "丁单位"}}).status, 403) << user;
  }
  EXPECT_EQ(stored("coop_partners"), 1);
  EXPECT_EQ(stored("coop_notices"), 1);
}

TEST_P(CoopHttpTest, BadPartnerInputNamesTheFieldAndStoresNothing) {
  auto r = as("shuji").post_json("/api/v1/coop/partners", {{"name", ""}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["error"]["field"], "name");
  r = as("shuji").post_json("/api/v1/coop/partners", {{"name", "甲"}, {"agreement_signed_on", "2026/01/01"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["error"]["field"], "agreement_signed_on");
  EXPECT_FALSE(r.json()["error"]["message_zh"].get<std::string>().empty());
  EXPECT_FALSE(r.json()["error"]["message_en"].get<std::string>().empty());
  r = as("shuji").post_json("/api/v1/coop/partners",
                            {{"name", "甲"}, {"agreement_start", "2026-05-01"}, {"agreement_end", "2026-01-01"}});
  EXPECT_EQ(r.json()["error"]["field"], "agreement_end");
  r = as("shuji").post_json("/api/v1/coop/partners", {{"name", "甲"}, {"status", "gone"}});
  EXPECT_EQ(r.json()["error"]["field"], "status");
  EXPECT_EQ(stored("coop_partners"), 0);
  make_partner("甲", nullptr);
  r = as("shuji").post_json("/api/v1/coop/partners", {{"name", "甲"}});
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(stored("coop_partners"), 1);
}

// SM2 (国密): a partner's SM2 key made and used by the openssl command line (interop in
// both directions), the product's own SM2 signatures, and the refusals.
TEST_P(CoopHttpTest, Sm2FilesVerifyBothWaysWithTheOpensslCommandAndBadOnesAreRefused) {
  char tmpl[] = "/tmp/qf-sm2-XXXXXX";
  ASSERT_NE(::mkdtemp(tmpl), nullptr);
  const std::string dir = tmpl;
  auto run = [&](const std::string& cmd) {
    const int rc = std::system((cmd + " >" + dir + "/out.txt 2>&1").c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  };
  auto write = [&](const std::string& name, const std::string& bytes) {
    std::ofstream(dir + "/" + name, std::ios::binary) << bytes;
    return dir + "/" + name;
  };
  auto read = [&](const std::string& name) {
    std::ifstream in(dir + "/" + name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  const std::string sm3 = " -rawin -digest sm3 -pkeyopt distid:1234567812345678";
  // The partner's key, made by openssl (as a partner unit without our tool would).
  ASSERT_EQ(run("openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:SM2 -out " + dir + "/p.key"), 0)
      << read("out.txt");
  ASSERT_EQ(run("openssl pkey -in " + dir + "/p.key -pubout -out " + dir + "/p.pub"), 0) << read("out.txt");
  const std::string partner_pem = read("p.pub");
  auto r = as("shuji").post_json("/api/v1/coop/partners", {{"name", "市国密试点单位"}});
  ASSERT_EQ(r.status, 200) << r.body;
  const int64_t partner = r.json()["data"]["id"].get<int64_t>();
  auto k = as("shuji").post_json("/api/v1/coop/partners/" + std::to_string(partner) + "/key",
                                 {{"public_key", partner_pem}});
  ASSERT_EQ(k.status, 200) << k.body;
  const json kp = k.json()["data"];
  EXPECT_EQ(kp["key_algorithm"], "SM2");
  EXPECT_EQ(kp["public_key_pem"], partner_pem);  // stored and exported as PEM
  auto pk = co::parse_public_key(partner_pem, "pem");
  ASSERT_TRUE(pk.ok());
  EXPECT_EQ(pk->algorithm, co::KeyAlgorithm::kSM2);
  EXPECT_EQ(kp["key_fingerprint"], co::fingerprint(*pk));

  // openssl signs the payload bytes; the envelope around them is plain JSON.
  const json pl{{"format", "qingfeng.coop-notice-payload.v1"}, {"notice_no", "国密试点廉通〔2026〕1号"},
                {"title", "关于国密签名通报的试发"}, {"body", "本单位未发现贵局人员违规问题。"},
                {"from_unit", "市国密试点单位"}, {"to_unit", "示范局"}, {"issued_on", day(-1)},
                {"signed_at", day(-1) + "T09:00:00+08:00"}};
  const std::string bytes = pl.dump();
  write("payload.bin", bytes);
  ASSERT_EQ(run("openssl pkeyutl -sign -in " + dir + "/payload.bin -inkey " + dir + "/p.key" + sm3 + " -out " + dir +
                "/payload.sig"),
            0)
      << read("out.txt");
  auto envelope = [&](const std::string& payload, const std::string& sig) {
    return json{{"format", "qingfeng.coop-notice.v1"}, {"algorithm", "SM2"}, {"signer_unit", "市国密试点单位"},
                {"signed_at", day(-1) + "T09:00:00+08:00"}, {"key_fingerprint", co::fingerprint(*pk)},
                {"payload", crypto::to_base64(payload, crypto::Base64::kStandard)},
                {"signature", crypto::to_base64(sig, crypto::Base64::kStandard)}}
        .dump(2);
  };
  const std::string sig = read("payload.sig");
  // Tampered after signing: refused, nothing stored.
  std::string altered = bytes;
  altered.replace(altered.find("未发现"), std::string("未发现").size(), "已发现");
  expect_refused(upload(partner, envelope(altered, sig)), "coop.signature.invalid", "签名校验失败",
                 "Signature verification failed", 0);
  // Signed with another SM2 key (the product's), or with an Ed25519 key: refused.
  const co::SigningKey other = co::generate_sm2_signing_key();
  co::NoticePayload np{"国密试点廉通〔2026〕1号", "关于国密签名通报的试发", "x", "市国密试点单位", "示范局", day(-1),
                       day(-1) + "T09:00:00+08:00"};
  expect_refused(upload(partner, co::sign_notice_file(other, np)), "coop.signature.invalid", "市国密试点单位",
                 "市国密试点单位", 0);
  expect_refused(upload(partner, co::sign_notice_file(co::generate_signing_key(), np)), "coop.signature.invalid",
                 "Ed25519", "Ed25519", 0);
  // The openssl-signed file verifies and is stored.
  auto in = upload(partner, envelope(bytes, sig));
  ASSERT_EQ(in.status, 200) << in.body;
  EXPECT_EQ(in.json()["data"]["title"], "关于国密签名通报的试发");
  EXPECT_EQ(stored("coop_notices"), 1);
  // The product's own SM2 round trip: a second partner registers the product-made key;
  // its file verifies there, and uploaded as the first partner's it names the signer.
  auto r2 = as("shuji").post_json("/api/v1/coop/partners", {{"name", "乙国密单位"}});
  const int64_t p2 = r2.json()["data"]["id"].get<int64_t>();
  ASSERT_EQ(as("shuji")
                .post_json("/api/v1/coop/partners/" + std::to_string(p2) + "/key",
                           {{"public_key", co::public_key_pem(other.public_key)}})
                .status,
            200);
  np.from_unit = "乙国密单位";
  const std::string own = co::sign_notice_file(other, np);
  expect_refused(upload(partner, own), "coop.signature.wrong_partner", "乙国密单位", "乙国密单位", 1);
  EXPECT_EQ(upload(p2, own).status, 200);

  // Outgoing to an SM2 partner: the bureau signs with SM2, and openssl verifies it with
  // the bureau's published SM2 key.
  auto out = as("jijian").post_json("/api/v1/coop/notices", {{"partner_id", partner},
                                                             {"title", "关于节日期间廉洁自律的提醒"},
                                                             {"body", "请协助提醒。"},
                                                             {"issued_on", day(0)}});
  ASSERT_EQ(out.status, 200) << out.body;
  auto f = as("jijian").get("/api/v1/coop/notices/" + std::to_string(out.json()["data"]["id"].get<int64_t>()) + "/file");
  ASSERT_EQ(f.status, 200);
  const json env = json::parse(f.body);
  EXPECT_EQ(env["algorithm"], "SM2");
  const json bureau = as("jijian").get("/api/v1/coop/bureau-key").json()["data"];
  EXPECT_EQ(env["key_fingerprint"], bureau["sm2"]["fingerprint"]);
  write("bureau.pub", bureau["sm2"]["public_key_pem"].get<std::string>());
  const std::string out_payload = *crypto::from_base64(env["payload"].get<std::string>(), crypto::Base64::kStandard);
  write("out.bin", out_payload);
  write("out.sig", *crypto::from_base64(env["signature"].get<std::string>(), crypto::Base64::kStandard));
  const std::string verify_cmd = "openssl pkeyutl -verify -pubin -inkey " + dir + "/bureau.pub -in " + dir +
                                 "/out.bin -sigfile " + dir + "/out.sig" + sm3;
  EXPECT_EQ(run(verify_cmd), 0) << read("out.txt");
  write("out.bin", out_payload + " ");  // one byte more: openssl refuses it too
  EXPECT_NE(run(verify_cmd), 0);
  std::filesystem::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Both, CoopHttpTest, testing::AllDatabases(), testing::DatabaseName);

// `qingfeng security rotate-key` seals notices and visit comments again with the new key:
// a server with the new key file reads them unchanged, the stored values have changed,
// and the bureau's signing key (derived from the server key) is a new one.
class CoopKeyRotationTest : public CoopHttpTest {
 protected:
  void configure(testing::ServerProcessOptions& o) override {
    static int counter = 0;
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("qf-coop-rotate-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
    toml_ = "[security]\nsecret_key_file = \"" + (dir_ / "qingfeng.key").string() + "\"\n";
    o.config_toml = toml_;
  }
  void TearDown() override {
    CoopHttpTest::TearDown();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::string sealed_values() {
    auto lease = db().acquire();
    std::string all;
    for (const char* q : {"SELECT sealed_file AS s FROM coop_notices ORDER BY id",
                          "SELECT sealed_comments AS s FROM coop_visits ORDER BY id"}) {
      auto rows = lease->get().query(q);
      EXPECT_TRUE(rows.ok());
      if (rows.ok())
        for (const auto& r : *rows) all += r.text("s") + "\n";
    }
    return all;
  }
  std::filesystem::path dir_;
  std::string toml_;
};

TEST_P(CoopKeyRotationTest, RotateKeySealsNoticesAndCommentsAgainAndTheNewServerReadsThem) {
  if (!started()) GTEST_SKIP();
  const co::SigningKey key = co::generate_signing_key();
  const int64_t partner = make_partner("市公共资源交易中心", &key);
  const std::string file = co::sign_notice_file(key, payload("市公共资源交易中心"));
  auto in = upload(partner, file);
  ASSERT_EQ(in.status, 200) << in.body;
  auto out = as("jijian").post_json("/api/v1/coop/notices",
                                    {{"partner_id", partner}, {"title", "提醒"}, {"body", "请协助核对。"}, {"issued_on", day(0)}});
  ASSERT_EQ(out.status, 200) << out.body;
  auto v = as("jijian").post_json("/api/v1/coop/visits", {{"partner_id", partner},
                                                         {"visited_on", day(-1)},
                                                         {"visitors", "纪委"},
                                                         {"scores", {{"integrity", 5}, {"service", 5}, {"efficiency", 5}, {"rules", 5}, {"coop", 5}}},
                                                         {"comments", "无吃拿卡要现象"}});
  ASSERT_EQ(v.status, 200) << v.body;
  const std::string bureau_before = as("jijian").get("/api/v1/coop/bureau-key").json()["data"]["fingerprint"];
  const std::string before = sealed_values();
  clients_.clear();
  ASSERT_EQ(server_->stop(), 0) << server_->output();
  server_.reset();

  const std::string cfg = (dir_ / "cli.toml").string();
  std::ofstream(cfg) << toml_;
  auto r = testing::run_qingfeng({"--config", cfg, "--database", url(), "security", "rotate-key"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find(" 3 co-construction values"), std::string::npos) << r.out;
  EXPECT_NE(sealed_values(), before);

  testing::ServerProcessOptions o;
  o.database_url = url();
  o.config_toml = toml_;
  auto s = testing::ServerProcess::start(o);
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  server_ = std::move(*s);
  const int64_t in_id = in.json()["data"]["id"].get<int64_t>();
  auto f = as("jijian").get("/api/v1/coop/notices/" + std::to_string(in_id) + "/file");
  ASSERT_EQ(f.status, 200) << f.body;
  EXPECT_EQ(f.body, file);
  auto visits = as("jijian").get("/api/v1/coop/visits");
  EXPECT_EQ(visits.json()["data"][0]["comments"], "无吃拿卡要现象");
  const std::string bureau_after = as("jijian").get("/api/v1/coop/bureau-key").json()["data"]["fingerprint"];
  EXPECT_NE(bureau_after, bureau_before);
}

INSTANTIATE_TEST_SUITE_P(Both, CoopKeyRotationTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
