// Two-person control over resets and case-role grants (account_approvals.h).
#include "domain/auth/account_approvals.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "domain/auth/accounts.h"
#include "domain/auth/credentials.h"
#include "domain/auth/permissions.h"
#include "domain/auth/sessions.h"
#include "domain/messages/inbox.h"
#include "domain/org/data_scope.h"
#include "store/database.h"

namespace qf::auth {
namespace {

constexpr std::string_view kCasePermissions[] = {perm::kClueHandle,   perm::kClueStats,          perm::kTalkRead,
                                                 perm::kTalkManage,   perm::kReportHandle,       perm::kReportIdentityApprove,
                                                 perm::kReportStats};

std::string grants_code(const std::vector<RoleGrant>& grants) {
  std::string s;
  for (const auto& g : grants) {
    if (!s.empty()) s += ';';
    s += std::string(role_code(g.role)) + "/" + std::string(scope_code(g.scope)) + "/" +
         (g.scope_ref ? std::to_string(*g.scope_ref) : "");
  }
  return s;
}

std::vector<RoleGrant> grants_from_code(const std::string& s) {
  std::vector<RoleGrant> out;
  std::stringstream ss(s);
  for (std::string item; std::getline(ss, item, ';');) {
    const size_t a = item.find('/'), b = item.find('/', a == std::string::npos ? a : a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    auto role = role_from_code(item.substr(0, a));
    auto scope = scope_from_code(item.substr(a + 1, b - a - 1));
    if (!role || !scope) continue;
    RoleGrant g{*role, *scope, std::nullopt};
    if (b + 1 < item.size()) g.scope_ref = std::stoll(item.substr(b + 1));
    out.push_back(g);
  }
  return out;
}

Approval approval_from_row(const store::Row& r) {
  Approval a;
  a.id = r.i64("id");
  a.kind = r.text("kind");
  a.account_id = r.i64("account_id");
  a.account_username = r.text("account_username");
  a.account_name = r.text("account_name");
  a.requested_by = r.opt_i64("requested_by");
  a.requester_username = r.text("requester_username");
  a.requested_at = r.i64("requested_at");
  a.grants = grants_from_code(r.text("grants"));
  a.summary = r.text("summary");
  a.status = r.text("status");
  a.decided_by = r.opt_i64("decided_by");
  a.decider_name = r.text("decider_name");
  a.decided_at = r.opt_i64("decided_at");
  a.opinion = r.text("opinion");
  return a;
}

struct Holder {
  int64_t id = 0;
  bool must_change = false;
};

Result<std::vector<Holder>> holders_of(store::Connection& conn, Role role) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "auth/role_holders"), {std::string(role_code(role))}));
  std::vector<Holder> out;
  for (const auto& r : rs) out.push_back(Holder{r.i64("id"), r.boolean("must_change_password")});
  return out;
}

// Everyone who may ever decide approvals about `account_id` (before the "pending" rule):
// the discipline secretaries other than it, or, when there is none, the members.
Result<std::vector<Holder>> eligible_pool(store::Connection& conn, int64_t account_id,
                                          std::optional<int64_t> requested_by) {
  std::vector<Holder> pool;
  for (Role role : {Role::kDisciplineSecretary, Role::kDisciplineMember}) {
    QF_TRY(auto hs, holders_of(conn, role));
    for (const auto& h : hs)
      if (h.id != account_id && (!requested_by || h.id != *requested_by)) pool.push_back(h);
    if (!pool.empty()) break;
  }
  return pool;
}

Result<bool> has_open_approval(store::Connection& conn, int64_t account_id, std::string_view kind = "") {
  QF_TRY(auto rs, conn.query(store::sql(conn, "auth/approval_open_for"),
                             {account_id, std::string(kind), std::string(kind)}));
  return !rs.empty();
}

std::string_view kind_label_zh(std::string_view kind) {
  if (kind == "reset_password") return "重置密码";
  if (kind == "reset_totp") return "重置动态口令";
  return "授予业务角色";
}
std::string_view kind_label_en(std::string_view kind) {
  if (kind == "reset_password") return "password reset";
  if (kind == "reset_totp") return "TOTP reset";
  return "role grant";
}

}  // namespace

bool is_case_permission(std::string_view permission) {
  return std::find(std::begin(kCasePermissions), std::end(kCasePermissions), permission) != std::end(kCasePermissions);
}

bool is_case_role(Role r) {
  for (const auto& p : permissions_of(r))
    if (is_case_permission(p)) return true;
  return false;
}

bool has_case_role(const std::vector<RoleGrant>& grants) {
  return std::any_of(grants.begin(), grants.end(), [](const RoleGrant& g) { return is_case_role(g.role); });
}

bool is_discipline_role(Role r) { return r == Role::kDisciplineSecretary || r == Role::kDisciplineMember; }

bool grant_needs_approval(const std::vector<RoleGrant>& before, const std::vector<RoleGrant>& after,
                          bool leading_cadre) {
  for (const auto& g : after) {
    if (!leading_cadre && !is_case_role(g.role)) continue;
    const bool had = std::any_of(before.begin(), before.end(), [&](const RoleGrant& b) {
      return b.role == g.role && b.scope == g.scope && b.scope_ref == g.scope_ref;
    });
    if (!had) return true;
  }
  return false;
}

std::string_view approval_kind_code(ApprovalKind k) {
  switch (k) {
    case ApprovalKind::kResetPassword: return "reset_password";
    case ApprovalKind::kResetTotp: return "reset_totp";
    case ApprovalKind::kRoleGrant: return "role_grant";
  }
  return "";
}

Result<bool> account_is_leading_cadre(store::Connection& conn, int64_t account_id) {
  QF_TRY(store::Row cadre, conn.query_one(store::sql(conn, "auth/account_is_leading_cadre"), {account_id}));
  return cadre.i64("n") > 0;
}

Result<bool> reset_needs_approval(store::Connection& conn, int64_t account_id) {
  QF_TRY(auto grants, grants_of(conn, account_id));
  if (has_case_role(grants)) return true;
  // A leading cadre's own account opens their personal-matters reports: a reset would
  // hand the administrator the cadre's declarations, so it waits for approval too.
  QF_TRY(bool cadre, account_is_leading_cadre(conn, account_id));
  if (cadre) return true;
  return has_open_approval(conn, account_id, approval_kind_code(ApprovalKind::kRoleGrant));
}

Status check_person_link(store::Connection& conn, int64_t account_id, std::optional<int64_t> before,
                         std::optional<int64_t> after) {
  if (!after || after == before) return {};
  QF_TRY(store::Row cadre, conn.query_one(store::sql(conn, "auth/person_is_leading_cadre"), {*after}));
  if (cadre.i64("n") == 0) return {};
  QF_TRY(auto grants, grants_of(conn, account_id));
  if (grants.empty()) return {};
  return Error::make(ErrorKind::kConflict, "account.cadre_link_with_roles",
                     "不能把已有角色的账号改为关联领导干部：请先撤销该账号的角色，关联后再由安全管理员分配",
                     "An account that holds roles cannot be linked to a leading cadre: remove its roles first, "
                     "then the security administrator grants them after the link",
                     "person_id");
}

Result<bool> case_bootstrap_open(store::Connection& conn) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "auth/case_roles_seen_get")));
  return rs.empty();
}

Status mark_case_roles_seen(store::Connection& conn, int64_t now_ms) {
  QF_TRY_STATUS(conn.execute(store::sql(conn, "auth/case_roles_seen_set"), {now_ms}));
  return {};
}

Status notify_account(store::Connection& conn, int64_t account_id, const std::string& key,
                      const std::string& title_zh, const std::string& title_en, int64_t now_ms) {
  messages::Reminder r;
  r.account_id = account_id;
  r.kind = messages::MessageKind::kNotice;
  r.event_key = std::string(kNoticeSource) + ":" + key;
  r.title_zh = title_zh;
  r.title_en = title_en;
  r.link = "/account/security";
  r.object_type = "account";
  r.object_id = std::to_string(account_id);
  return messages::notify(conn, kNoticeSource, r, now_ms);
}

Result<Approval> request_approval(store::Connection& conn, ApprovalKind kind, int64_t account_id,
                                  int64_t requested_by, const std::vector<RoleGrant>& grants,
                                  const std::string& summary, int64_t now_ms) {
  QF_TRY(Account target, get_account(conn, account_id));
  QF_TRY(bool open, has_open_approval(conn, account_id, approval_kind_code(kind)));
  if (open)
    return Error::make(ErrorKind::kConflict, "approval.pending", "该账号已有一项同类申请等待审批",
                       "A request of this kind for this account already waits for approval");
  QF_TRY(auto pool, eligible_pool(conn, account_id, requested_by));
  if (pool.empty())
    return Error::make(ErrorKind::kConflict, "approval.no_approver",
                       "没有可以审批此项申请的纪委书记或纪检干部：涉及案件内容的账号变更须经纪检人员同意",
                       "No discipline secretary or member can approve this: changes that reach case content need a "
                       "discipline-committee holder's consent");
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "auth/approval_insert"),
                                 {std::string(approval_kind_code(kind)), account_id, requested_by, now_ms,
                                  grants_code(grants), summary}));
  QF_TRY(Approval a, get_approval(conn, id));
  QF_TRY_STATUS(notify_account(
      conn, account_id, "approval:" + std::to_string(id) + ":requested",
      "管理员申请对您的账号" + std::string(kind_label_zh(a.kind)) + "，待纪检人员审批",
      "An administrator asked for a " + std::string(kind_label_en(a.kind)) +
          " of your account; it waits for a discipline officer's approval",
      now_ms));
  (void)target;
  return a;
}

Result<Approval> get_approval(store::Connection& conn, int64_t id) {
  QF_TRY(auto rs, conn.query(org::splice(store::sql(conn, "auth/approval_select"), "/*WHERE*/", "p.id = ?"), {id}));
  if (rs.empty())
    return Error::make(ErrorKind::kNotFound, "approval.not_found", "审批事项不存在", "No such approval");
  return approval_from_row(rs.front());
}

Result<std::vector<Approval>> list_approvals(store::Connection& conn, bool pending_only) {
  QF_TRY(auto rs, conn.query(org::splice(store::sql(conn, "auth/approval_select"), "/*WHERE*/",
                                         pending_only ? "p.status = 'pending'" : "1 = 1")));
  std::vector<Approval> out;
  for (const auto& r : rs) out.push_back(approval_from_row(r));
  return out;
}

Result<std::vector<int64_t>> approvers_of(store::Connection& conn, const Approval& a) {
  QF_TRY(auto pool, eligible_pool(conn, a.account_id, a.requested_by));
  std::vector<int64_t> out;
  for (const auto& h : pool) {
    if (h.must_change) continue;
    QF_TRY(bool pending, has_open_approval(conn, h.id));
    if (!pending) out.push_back(h.id);
  }
  return out;
}

Result<Decision> decide_approval(store::Connection& conn, const SecurityConfig& sec, int64_t id,
                                 int64_t approver_id, bool approve, const std::string& opinion, int64_t now_ms) {
  QF_TRY(Approval a, get_approval(conn, id));
  if (a.account_id == approver_id)
    return Error::make(ErrorKind::kForbidden, "approval.own", "不能审批涉及自己账号的申请",
                       "You cannot decide a request about your own account");
  if (a.status != "pending")
    return Error::make(ErrorKind::kConflict, "approval.decided", "该申请已经处理", "This request was already decided");
  QF_TRY(auto pool, eligible_pool(conn, a.account_id, a.requested_by));
  const auto in_pool = std::find_if(pool.begin(), pool.end(), [&](const Holder& h) { return h.id == approver_id; });
  if (in_pool == pool.end())
    return Error::make(ErrorKind::kForbidden, "approval.not_approver",
                       "此项申请须由纪委书记审批（无在任纪委书记时由纪检干部审批）",
                       "This request is decided by the discipline secretary (by a discipline member when there is none)");
  QF_TRY(bool own_pending, has_open_approval(conn, approver_id));
  if (in_pool->must_change || own_pending)
    return Error::make(ErrorKind::kForbidden, "approval.approver_pending",
                       "您的账号本身有待处理的变更（重置或授权），处理完成前不能审批",
                       "Your own account has a change waiting (a reset or a grant); you cannot approve until it is settled");
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/approval_decide"),
                                 {std::string(approve ? "approved" : "refused"), approver_id, now_ms, opinion, id}));
  if (n == 0)
    return Error::make(ErrorKind::kConflict, "approval.decided", "该申请已经处理", "This request was already decided");
  Decision d;
  if (approve) {
    auto reissue_password = [&]() -> Status {
      std::string pw = generate_password(sec.password);
      QF_TRY_STATUS(set_password(conn, sec, a.account_id, pw, true, now_ms));
      QF_TRY_STATUS(end_other_sessions(conn, a.account_id, 0));
      d.one_time_password = std::move(pw);
      return {};
    };
    if (a.kind == approval_kind_code(ApprovalKind::kResetPassword)) {
      QF_TRY_STATUS(reissue_password());
    } else if (a.kind == approval_kind_code(ApprovalKind::kResetTotp)) {
      QF_TRY_STATUS(reset_totp(conn, a.account_id));
    } else {
      QF_TRY(auto before, grants_of(conn, a.account_id));
      QF_TRY(Account target, get_account(conn, a.account_id));
      QF_TRY_STATUS(grant_roles(conn, a.account_id, a.grants, a.requested_by, now_ms));
      QF_TRY(bool cadre, account_is_leading_cadre(conn, a.account_id));
      // First case role, or a leading cadre's account given its first role: credentials
      // into the approver's hands, so what an administrator knew of the account stops
      // working before the role does.
      if (!has_case_role(before) && (has_case_role(a.grants) || (cadre && before.empty()))) {
        QF_TRY_STATUS(reissue_password());
        if (target.totp_enabled) QF_TRY_STATUS(reset_totp(conn, a.account_id));
      }
    }
  }
  QF_TRY(d.approval, get_approval(conn, id));
  const std::string verdict_zh = approve ? "已批准" : "未批准";
  const std::string verdict_en = approve ? "approved" : "refused";
  std::string zh = "对您账号的" + std::string(kind_label_zh(a.kind)) + "申请" + verdict_zh + "（审批人 " +
                   d.approval.decider_name + "）";
  std::string en = "The " + std::string(kind_label_en(a.kind)) + " of your account was " + verdict_en + " by " +
                   d.approval.decider_name;
  if (d.one_time_password) {
    zh += "；一次性密码由审批人当面交给您，登录后须立即修改";
    en += "; the approver hands you the one-time password in person, to be changed at sign-in";
  }
  QF_TRY_STATUS(notify_account(conn, a.account_id, "approval:" + std::to_string(id) + ":decided", zh, en, now_ms));
  if (a.requested_by)
    QF_TRY_STATUS(notify_account(conn, *a.requested_by, "approval:" + std::to_string(id) + ":requester",
                                 "您提交的" + a.account_username + "的" + std::string(kind_label_zh(a.kind)) +
                                     "申请" + verdict_zh,
                                 "Your " + std::string(kind_label_en(a.kind)) + " request for " + a.account_username +
                                     " was " + verdict_en,
                                 now_ms));
  return d;
}

Result<std::vector<messages::Reminder>> approval_reminders(store::Connection& conn) {
  QF_TRY(auto open, list_approvals(conn, true));
  std::vector<messages::Reminder> out;
  for (const auto& a : open) {
    QF_TRY(auto who, approvers_of(conn, a));
    for (int64_t approver : who) {
      messages::Reminder r;
      r.account_id = approver;
      r.kind = messages::MessageKind::kTodo;
      r.event_key = std::string(kFeedSource) + ":" + std::to_string(a.id);
      r.title_zh = "待审批：" + a.account_name + "（" + a.account_username + "）的" + std::string(kind_label_zh(a.kind));
      r.title_en = "To approve: " + std::string(kind_label_en(a.kind)) + " of " + a.account_username;
      r.link = "/admin/approvals";
      r.object_type = "account_approval";
      r.object_id = std::to_string(a.id);
      out.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace qf::auth
