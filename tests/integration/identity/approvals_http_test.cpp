// Issue 14 "Critical", through the real server on both databases: no one of the three
// administrators, and no two of them together, reach case content without a
// discipline-committee holder.
//   Route 1: the sysadmin resets the discipline secretary's password or TOTP — the
//            answer carries no password and nothing changes until a discipline holder
//            approves; the one-time password goes to the approver only.
//   Route 2: the sysadmin creates an account, resets the secadmin's password, and as
//            secadmin grants the new account the discipline-secretary role — the grant
//            waits for the sitting secretary; approving it re-issues the account's
//            password to the approver, so what the administrators knew stops working.
// And the holes around them: approving one's own, by an administrator, by an approver
// whose own account is pending; stripping every discipline holder does not bootstrap.
#include "identity_fixture.h"

namespace qf::identity_testing {
namespace {

using qf::testing::HttpClient;
using nlohmann::json;

class ApprovalsHttpTest : public IdentityServerTest {
 protected:
  void SetUp() override {
    IdentityServerTest::SetUp();
    if (IsSkipped()) return;
    using auth::Role;
    using auth::ScopeKind;
    ids_["jiwei"] = make("jiwei", {{Role::kDisciplineSecretary, ScopeKind::kUnit, {}}});
    ids_["jijian"] = make("jijian", {{Role::kDisciplineMember, ScopeKind::kUnit, {}}});
  }
  std::string account_path(const std::string& user, const std::string& verb) {
    return "/api/v1/admin/accounts/" + std::to_string(ids_[user]) + "/" + verb;
  }
  // The open approvals the caller sees.
  json approvals(HttpClient& c) {
    auto r = c.get("/api/v1/admin/approvals");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"];
  }
  qf::testing::HttpResponse decide(HttpClient& c, int64_t id, bool approve) {
    return c.post_json("/api/v1/admin/approvals/" + std::to_string(id) + "/decision",
                       {{"approve", approve}, {"opinion", "已当面核实"}});
  }
  bool can_sign_in(const std::string& user, const std::string& pw) {
    HttpClient c(server_->port());
    return login(c, user, pw).status == 200;
  }
};

TEST_P(ApprovalsHttpTest, ResetOfTheSecretaryWaitsForADisciplineHolderAndOnlyTheApproverGetsThePassword) {
  ASSERT_TRUE(server_);
  // The secretary has a second factor.
  HttpClient jiwei(server_->port());
  ASSERT_EQ(login(jiwei, "jiwei").status, 200);
  ASSERT_NO_FATAL_FAILURE(enrol_totp(jiwei));

  HttpClient sys(server_->port());
  ASSERT_EQ(login(sys, "sysadmin").status, 200);
  auto reset = sys.post_json(account_path("jiwei", "reset-password"));
  ASSERT_EQ(reset.status, 200) << reset.body;
  // Today's main answered the one-time password here: the sysadmin signed in as the secretary.
  EXPECT_FALSE(reset.json()["data"].contains("one_time_password")) << reset.body;
  EXPECT_EQ(reset.json()["data"]["pending"], true);
  const int64_t pw_approval = reset.json()["data"]["approval"]["id"];
  auto totp = sys.post_json(account_path("jiwei", "reset-totp"));
  ASSERT_EQ(totp.status, 200) << totp.body;
  EXPECT_EQ(totp.json()["data"]["pending"], true);
  const int64_t totp_approval = totp.json()["data"]["approval"]["id"];
  // Nothing changed yet: the secretary's session, password and second factor stand.
  EXPECT_EQ(jiwei.get("/api/v1/auth/me").status, 200);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM accounts WHERE username = 'jiwei' AND totp_enabled = 1 AND "
                   "must_change_password = 0"),
            1);
  EXPECT_EQ(sys.post_json(account_path("jiwei", "reset-password")).error_code(), "approval.pending");

  // Neither an administrator nor the secretary herself decides it.
  HttpClient sec(server_->port()), aud(server_->port());
  ASSERT_EQ(login(sec, "secadmin").status, 200);
  ASSERT_EQ(login(aud, "auditor").status, 200);
  EXPECT_EQ(decide(sys, pw_approval, true).status, 403);
  EXPECT_EQ(decide(sec, pw_approval, true).status, 403);
  EXPECT_EQ(decide(aud, pw_approval, true).status, 403);
  auto own = decide(jiwei, pw_approval, true);
  EXPECT_EQ(own.status, 403);
  EXPECT_EQ(own.error_code(), "approval.own");

  // The only secretary's reset is decided by a discipline member, who alone gets the password.
  HttpClient jijian(server_->port());
  ASSERT_EQ(login(jijian, "jijian").status, 200);
  json open = approvals(jijian);
  ASSERT_EQ(open.size(), 2u) << open.dump();
  EXPECT_EQ(open[0]["can_decide"], true);
  EXPECT_FALSE(approvals(sys)[0]["can_decide"].get<bool>());
  auto todo = jijian.get("/api/v1/messages?kind=todo");
  ASSERT_EQ(todo.status, 200) << todo.body;
  EXPECT_NE(todo.body.find("identity.approvals"), std::string::npos) << todo.body;
  auto ok = decide(jijian, pw_approval, true);
  ASSERT_EQ(ok.status, 200) << ok.body;
  const std::string otp = ok.json()["data"]["one_time_password"];
  EXPECT_EQ(decide(jijian, pw_approval, true).error_code(), "approval.decided");
  auto ok2 = decide(jijian, totp_approval, true);
  ASSERT_EQ(ok2.status, 200) << ok2.body;
  EXPECT_FALSE(ok2.json()["data"].contains("one_time_password"));
  EXPECT_EQ(jiwei.get("/api/v1/auth/me").status, 401);  // her sessions ended
  EXPECT_FALSE(can_sign_in("jiwei", kPassword));
  HttpClient back(server_->port());
  auto first = login(back, "jiwei", otp);
  ASSERT_EQ(first.status, 200) << first.body;  // the password alone: TOTP was reset too
  EXPECT_EQ(first.json()["data"]["must_change_password"], true);
  // She is told, in the message centre (requested twice, decided twice).
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM inbox_messages WHERE source = 'identity.notice' AND kind = 'notice' AND "
                   "account_id = " + std::to_string(ids_["jiwei"])),
            4);
  // No secret in the audit log; the requests and the decisions are in it.
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE summary LIKE '%" + otp + "%'"), 0);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'account.reset_password_request' AND success = 1"), 1);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'account.approval' AND success = 1"), 2);
}

TEST_P(ApprovalsHttpTest, TwoAdministratorsCannotMakeASecretaryWithoutTheSittingOne) {
  ASSERT_TRUE(server_);
  HttpClient sys(server_->port());
  ASSERT_EQ(login(sys, "sysadmin").status, 200);
  auto created = sys.post_json("/api/v1/admin/accounts", {{"username", "mole"}, {"display_name", "鼹鼠"}});
  ASSERT_EQ(created.status, 200) << created.body;
  ids_["mole"] = created.json()["data"]["id"];
  const std::string mole_pw = created.json()["data"]["one_time_password"];
  // The secadmin's password: an administrator's account, no case content — a direct reset.
  auto sec_reset = sys.post_json(account_path("secadmin", "reset-password"));
  ASSERT_EQ(sec_reset.status, 200) << sec_reset.body;
  const std::string sec_otp = sec_reset.json()["data"]["one_time_password"];
  HttpClient sec(server_->port());
  ASSERT_EQ(login(sec, "secadmin", sec_otp).status, 200);
  ASSERT_EQ(sec.post_json("/api/v1/auth/password", {{"old_password", sec_otp}, {"new_password", "Taken@Over2026"}}).status,
            200);

  auto grant = sec.put_json(account_path("mole", "roles"),
                            {{"grants", {{{"role", "discipline_secretary"}, {"scope", "unit"}}}}});
  ASSERT_EQ(grant.status, 200) << grant.body;
  // Today's main applied the grant here, and the new account enrolled a report key.
  EXPECT_EQ(grant.json()["data"]["pending"], true) << grant.body;
  EXPECT_TRUE(grant.json()["data"]["grants"].empty()) << grant.body;
  const int64_t approval = grant.json()["data"]["approval"]["id"];
  HttpClient mole(server_->port());
  ASSERT_EQ(login(mole, "mole", mole_pw).status, 200);
  ASSERT_EQ(mole.post_json("/api/v1/auth/password", {{"old_password", mole_pw}, {"new_password", "Burrow@Deep2026"}}).status,
            200);
  EXPECT_EQ(mole.get("/api/v1/reports/keys/status").status, 403);
  EXPECT_EQ(mole.post_json("/api/v1/reports/keys/enrol", {{"password", "Burrow@Deep2026"}}).status, 403);
  EXPECT_EQ(mole.get("/api/v1/clues").status, 403);
  // A reset of an account with a pending case grant is gated too.
  EXPECT_EQ(sys.post_json(account_path("mole", "reset-password")).json()["data"]["pending"], true);

  // An approver whose own account is pending may not decide; a member may not while a
  // secretary sits; the administrators never.
  HttpClient jiwei(server_->port()), jijian(server_->port());
  ASSERT_EQ(login(jiwei, "jiwei").status, 200);
  ASSERT_EQ(login(jijian, "jijian").status, 200);
  auto jiwei_reset = sys.post_json(account_path("jiwei", "reset-totp"));  // she has no TOTP
  EXPECT_EQ(jiwei_reset.error_code(), "account.totp_not_enabled");
  auto pending_self = sys.post_json(account_path("jiwei", "reset-password"));
  ASSERT_EQ(pending_self.json()["data"]["pending"], true) << pending_self.body;
  auto blocked = decide(jiwei, approval, true);
  EXPECT_EQ(blocked.status, 403);
  EXPECT_EQ(blocked.error_code(), "approval.approver_pending");
  auto member = decide(jijian, approval, true);
  EXPECT_EQ(member.status, 403);
  EXPECT_EQ(member.error_code(), "approval.not_approver");
  EXPECT_EQ(decide(sec, approval, true).status, 403);
  EXPECT_EQ(decide(sys, approval, true).status, 403);
  ASSERT_EQ(decide(jijian, pending_self.json()["data"]["approval"]["id"], false).status, 200);  // refused

  // The sitting secretary approves: the grant applies and the credentials of the new
  // case account go to her, not to whoever created the account.
  auto ok = decide(jiwei, approval, true);
  ASSERT_EQ(ok.status, 200) << ok.body;
  const std::string handed = ok.json()["data"]["one_time_password"];
  EXPECT_EQ(mole.get("/api/v1/auth/me").status, 401);
  EXPECT_FALSE(can_sign_in("mole", "Burrow@Deep2026"));
  EXPECT_TRUE(can_sign_in("mole", handed));
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM role_grants WHERE role = 'discipline_secretary'"), 2);
}

TEST_P(ApprovalsHttpTest, StrippingEveryDisciplineHolderDoesNotBootstrapANewSecretary) {
  ASSERT_TRUE(server_);
  HttpClient sec(server_->port());
  ASSERT_EQ(login(sec, "secadmin").status, 200);
  // Taking roles away needs nobody's approval.
  for (const char* user : {"jiwei", "jijian"}) {
    auto strip = sec.put_json(account_path(user, "roles"), {{"grants", {{{"role", "staff"}, {"scope", "self"}}}}});
    ASSERT_EQ(strip.status, 200) << strip.body;
    EXPECT_FALSE(strip.json()["data"].contains("pending"));
  }
  // Now "no secretary exists" — yet that does not open the door.
  auto grant = sec.put_json(account_path("zhigong", "roles"),
                            {{"grants", {{{"role", "discipline_secretary"}, {"scope", "unit"}}}}});
  EXPECT_EQ(grant.status, 409) << grant.body;
  EXPECT_EQ(grant.error_code(), "approval.no_approver");
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM role_grants WHERE role IN ('discipline_secretary', 'discipline_member')"), 0);
  // Nor through the other case roles (the Party secretary reads statistics and talks).
  auto party = sec.put_json(account_path("zhigong", "roles"), {{"grants", {{{"role", "party_secretary"}, {"scope", "unit"}}}}});
  EXPECT_EQ(party.error_code(), "approval.no_approver");
  // Roles without case content are granted at once, as before.
  auto plain = sec.put_json(account_path("zhigong", "roles"), {{"grants", {{{"role", "dept_head"}, {"scope", "unit"}}}}});
  ASSERT_EQ(plain.status, 200) << plain.body;
  EXPECT_FALSE(plain.json()["data"].contains("pending"));
}

INSTANTIATE_TEST_SUITE_P(Both, ApprovalsHttpTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
}  // namespace qf::identity_testing
