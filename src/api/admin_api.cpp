// Administration of accounts (sysadmin: account.manage) and of role grants (secadmin:
// role.assign) — 三员分立: the system administrator cannot assign roles, the security
// administrator cannot create or change accounts, nobody changes their own roles.
// Resets of accounts that reach case content and grants of case roles are requests that
// a discipline-committee holder decides (/admin/approvals, domain/auth/account_approvals.h).
#include <fmt/format.h>

#include "api/api.h"
#include "api/export_layout.h"
#include "api/request_fields.h"
#include "domain/auth/account_approvals.h"
#include "domain/auth/accounts.h"
#include "domain/auth/credentials.h"
#include "domain/auth/login.h"
#include "domain/auth/permissions.h"
#include "domain/auth/sessions.h"
#include "domain/spreadsheet/xlsx_writer.h"
#include "store/database.h"

namespace qf::api {
namespace {

using auth::perm::kAccountManage;
using auth::perm::kRoleAssign;

json account_json(const auth::Account& a, int64_t now_ms) {
  return json{{"id", a.id},
              {"username", a.username},
              {"display_name", a.display_name},
              {"person_id", a.person_id ? json(*a.person_id) : json(nullptr)},
              {"person_name", a.person_name},
              {"person_employee_no", a.person_employee_no},
              {"status", a.status},
              {"locked", a.locked_at(now_ms)},
              {"locked_until", a.locked_at(now_ms) ? json(*a.locked_until_ms) : json(nullptr)},
              {"failed_count", a.failed_count},
              {"must_change_password", a.must_change_password},
              {"totp_enabled", a.totp_enabled},
              {"created_at", a.created_at_ms},
              {"last_login_at", a.last_login_at_ms ? json(*a.last_login_at_ms) : json(nullptr)}};
}

json grants_json(const std::vector<auth::RoleGrant>& grants) {
  json out = json::array();
  for (const auto& g : grants)
    out.push_back({{"role", auth::role_code(g.role)},
                   {"role_label_zh", auth::role_label_zh(g.role)},
                   {"role_label_en", auth::role_label_en(g.role)},
                   {"scope", auth::scope_code(g.scope)},
                   {"scope_ref", g.scope_ref ? json(*g.scope_ref) : json(nullptr)}});
  return out;
}

std::string grants_text(const std::vector<auth::RoleGrant>& grants) {
  std::string s;
  for (const auto& g : grants) {
    if (!s.empty()) s += ", ";
    s += fmt::format("{}/{}", auth::role_code(g.role), auth::scope_code(g.scope));
    if (g.scope_ref) s += fmt::format("#{}", *g.scope_ref);
  }
  return s.empty() ? "-" : s;
}

Result<auth::AccountFilter> account_filter(const Call& c) {
  auth::AccountFilter f;
  if (auto q = c.req.query_param("q"); q && !q->empty()) f.q = *q;
  if (auto l = c.req.query_param("locked"); l && !l->empty()) {
    if (*l == "true" || *l == "1") f.locked = true;
    else if (*l == "false" || *l == "0") f.locked = false;
    else
      return Error::invalid("request.locked", "locked 应为 true 或 false", "locked must be true or false", "locked");
  }
  return f;
}

// Parses {"grants":[{role, scope, scope_ref}]}, naming the offending element.
Result<std::vector<auth::RoleGrant>> parse_grants(const json& body) {
  auto it = body.find("grants");
  if (it == body.end() || !it->is_array())
    return Error::invalid("request.required", "请提供角色列表 grants", "grants (an array) is required", "grants");
  std::vector<auth::RoleGrant> out;
  for (size_t i = 0; i < it->size(); ++i) {
    const json& g = (*it)[i];
    const std::string at = fmt::format("grants[{}]", i);
    if (!g.is_object()) return Error::invalid("role.grant", "角色格式不正确", "Each grant must be an object", at);
    auto role = auth::role_from_code(text_field(g, "role"));
    if (!role)
      return Error::invalid("role.unknown", "未知角色：" + text_field(g, "role"), "Unknown role: " + text_field(g, "role"),
                            at + ".role");
    std::string scope_s = text_field(g, "scope");
    if (scope_s.empty()) scope_s = auth::is_admin_role(*role) ? "unit" : "self";
    auto scope = auth::scope_from_code(scope_s);
    if (!scope)
      return Error::invalid("role.scope", "未知数据范围：" + scope_s, "Unknown scope: " + scope_s, at + ".scope");
    QF_TRY(auto scope_ref, id_field(g, "scope_ref", at + ".scope_ref"));
    out.push_back(auth::RoleGrant{*role, *scope, scope_ref});
  }
  return out;
}

// A change to account `id`: the call's audit object is that account, and `fn(conn,
// before)` runs in the call's transaction with the account as it was (404 when absent),
// answering the account to return.
template <class Fn>
Result<auth::Account> change_account(Call& c, int64_t id, Fn&& fn) {
  c.audit_object_type = "account";
  c.audit_object_id = std::to_string(id);
  return c.tx([&](store::Connection& conn) -> Result<auth::Account> {
    QF_TRY(auth::Account before, auth::get_account(conn, id));
    return fn(conn, before);
  });
}

Result<json> one_time_password_answer(const auth::Account& a, const std::string& pw) {
  return json{{"id", a.id}, {"username", a.username}, {"one_time_password", pw}, {"must_change_password", true}};
}

json approval_json(const auth::Approval& a) {
  return json{{"id", a.id},
              {"kind", a.kind},
              {"account_id", a.account_id},
              {"account_username", a.account_username},
              {"account_name", a.account_name},
              {"requested_by", a.requested_by ? json(*a.requested_by) : json(nullptr)},
              {"requester_username", a.requester_username},
              {"requested_at", a.requested_at},
              {"grants", grants_json(a.grants)},
              {"summary", a.summary},
              {"status", a.status},
              {"decided_by", a.decided_by ? json(*a.decided_by) : json(nullptr)},
              {"decider_name", a.decider_name},
              {"decided_at", a.decided_at ? json(*a.decided_at) : json(nullptr)},
              {"opinion", a.opinion}};
}

// The answer to an administrator whose change waits for a discipline holder: never a secret.
json pending_answer(const auth::Account& a, const auth::Approval& p) {
  return json{{"id", a.id}, {"username", a.username}, {"pending", true}, {"approval", approval_json(p)}};
}

// A reset of `id` that needs approval becomes a request (audited as such); otherwise
// `apply` runs. Either way the affected user is told.
template <class Fn>
Result<std::pair<auth::Account, std::optional<auth::Approval>>> reset_or_request(Call& c, int64_t id,
                                                                                  auth::ApprovalKind kind, Fn&& apply) {
  std::optional<auth::Approval> pending;
  const std::string what_zh = kind == auth::ApprovalKind::kResetPassword ? "密码" : "动态口令";
  const std::string what_en = kind == auth::ApprovalKind::kResetPassword ? "password" : "TOTP";
  QF_TRY(auth::Account a, change_account(c, id, [&](store::Connection& conn, const auth::Account& before) -> Result<auth::Account> {
    if (kind == auth::ApprovalKind::kResetTotp && !before.totp_enabled)
      return Error::make(ErrorKind::kConflict, "account.totp_not_enabled", "该账号未启用动态口令，无需重置",
                         "This account has no TOTP to reset");
    QF_TRY(bool gated, auth::reset_needs_approval(conn, id));
    if (gated) {
      c.audit_action = std::string(kind == auth::ApprovalKind::kResetPassword ? "account.reset_password_request"
                                                                             : "account.reset_totp_request");
      QF_TRY(auto p, auth::request_approval(conn, kind, id, c.who().account_id, {},
                                            fmt::format("重置{} / reset {}", what_zh, what_en), c.now_ms()));
      c.audit_summary = fmt::format("申请重置 {} 的{}，待纪检人员审批（审批 #{}）/ asked to reset the {} of {}, awaiting "
                                    "approval #{}",
                                    before.username, what_zh, p.id, what_en, before.username, p.id);
      pending = std::move(p);
      return before;
    }
    QF_TRY(auth::Account after, apply(conn, before));
    QF_TRY_STATUS(auth::notify_account(conn, id, fmt::format("reset:{}:{}", what_en, c.now_ms()),
                                       fmt::format("系统管理员重置了您的{}", what_zh),
                                       fmt::format("The system administrator reset your {}", what_en), c.now_ms()));
    return after;
  }));
  return std::make_pair(std::move(a), std::move(pending));
}

void register_admin(Routes& routes, AppContext& app) {
  // The approvers' to-dos in the message centre (resolved when decided).
  app.feeds.add({auth::kFeedSource, [](store::Connection& conn, const messages::FeedContext&) {
                   return auth::approval_reminders(conn);
                 }});
  // Listing accounts serves both the sysadmin (accounts) and the secadmin (choosing whom
  // to grant roles); hence the check here instead of a single route permission.
  routes.list_route("/admin/accounts",
                    RouteSpec{"账号列表", "List accounts", "", "", "", R"({"data":[{"id":1,"username":"renshi"}]})"},
                    [](Call& c) -> Result<std::pair<json, int64_t>> {
                      if (!c.who().can(kAccountManage) && !c.who().can(kRoleAssign)) return Error::forbidden();
                      QF_TRY(Paging pg, c.paging({"username"}));
                      QF_TRY(auth::AccountFilter f, account_filter(c));
                      f.limit = pg.page_size;
                      f.offset = pg.offset();
                      QF_TRY(auto lease, c.app.db->acquire());
                      QF_TRY(auto r, auth::list_accounts(lease.get(), f, c.now_ms()));
                      json items = json::array();
                      for (const auto& a : r.first) {
                        json j = account_json(a, c.now_ms());
                        QF_TRY(auto g, auth::grants_of(lease.get(), a.id));
                        j["roles"] = grants_json(g);
                        items.push_back(std::move(j));
                      }
                      return std::make_pair(std::move(items), r.second);
                    });

  routes.raw_route("GET", "/admin/accounts/export", RouteSpec{"导出账号列表", "Export accounts", ""},
                   [](Call& c) -> Result<http::Response> {
                     if (!c.who().can(kAccountManage) && !c.who().can(kRoleAssign)) return Error::forbidden();
                     QF_TRY(auth::AccountFilter f, account_filter(c));
                     f.limit = 0;
                     QF_TRY(auto lease, c.app.db->acquire());
                     QF_TRY(auto r, auth::list_accounts(lease.get(), f, c.now_ms()));
                     spreadsheet::XlsxSheet sheet;
                     sheet.name = "账号";
                     sheet.columns = {{"用户名", 16}, {"姓名", 14}, {"关联人员", 22}, {"状态", 8},
                                      {"锁定", 8},    {"角色", 40}, {"最近登录", 18}, {"创建时间", 18}};
                     for (const auto& a : r.first) {
                       QF_TRY(auto g, auth::grants_of(lease.get(), a.id));
                       std::string roles;
                       for (const auto& x : g) roles += (roles.empty() ? "" : "、") + std::string(auth::role_label_zh(x.role));
                       sheet.rows.push_back({a.username, a.display_name,
                                             a.person_id ? spreadsheet::XlsxCell(a.person_name + "（工号 " +
                                                                                 a.person_employee_no + "）")
                                                         : spreadsheet::XlsxCell(),
                                             std::string(a.status == "active" ? "正常" : "停用"),
                                             std::string(a.locked_at(c.now_ms()) ? "是" : "否"), roles,
                                             a.last_login_at_ms ? auth::beijing_time(*a.last_login_at_ms) : std::string(),
                                             auth::beijing_time(a.created_at_ms)});
                     }
                     const std::string filter =
                         filter_words(lease.get(), c,
                                      {{"q", "关键字"}, {"status", "状态"}, {"locked", "仅锁定", FilterWord::Kind::kBool}});
                     ledger_layout(lease.get(), c, sheet, "账号列表", filter);
                     QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
                     return http::Response::bytes(
                         200, std::move(bytes), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         "账号列表.xlsx");
                   });

  routes.post("/admin/accounts",
              RouteSpec{"创建账号（返回一次性密码）", "Create an account (answers a one-time password)",
                        std::string(kAccountManage), "account.create",
                        R"({"username":"zhangsan","display_name":"张三","person_id":12})",
                        R"({"data":{"id":5,"username":"zhangsan","one_time_password":"…"}})"},
              [](Call& c) -> Result<json> {
                QF_TRY(json body, c.body());
                auth::NewAccount a;
                a.username = text_field(body, "username");
                a.display_name = text_field(body, "display_name");
                QF_TRY(a.person_id, id_field(body, "person_id"));
                a.password = auth::generate_password(c.app.config.security.password);
                a.must_change_password = true;
                c.audit_object_type = "account";
                c.audit_summary = fmt::format("创建账号 {}（{}） / created account {}", a.username, a.display_name,
                                              a.username);
                QF_TRY(auth::Account created, c.tx([&](store::Connection& conn) -> Result<auth::Account> {
                  QF_TRY(int64_t id, auth::create_account(conn, c.app.config.security, a, c.now_ms()));
                  c.audit_object_id = std::to_string(id);
                  return auth::get_account(conn, id);
                }));
                return one_time_password_answer(created, a.password);
              });

  routes.put("/admin/accounts/{id}",
             RouteSpec{"修改账号", "Update an account", std::string(kAccountManage), "account.update",
                       R"({"display_name":"张三","person_id":12})"},
             [](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(json body, c.body());
               QF_TRY(const auto person_given, id_field(body, "person_id"));
               QF_TRY(auth::Account a, change_account(c, id, [&](store::Connection& conn, const auth::Account& before) -> Result<auth::Account> {
                 const std::string name = body.contains("display_name") ? text_field(body, "display_name") : before.display_name;
                 const auto person = body.contains("person_id") ? person_given : before.person_id;
                 c.audit_summary = fmt::format("姓名 {} → {}；人员 {} → {}", before.display_name, name,
                                               before.person_id ? std::to_string(*before.person_id) : "-",
                                               person ? std::to_string(*person) : "-");
                 QF_TRY_STATUS(auth::check_person_link(conn, id, before.person_id, person));
                 QF_TRY_STATUS(auth::update_account(conn, id, name, person));
                 return auth::get_account(conn, id);
               }));
               return account_json(a, c.now_ms());
             });

  auto lock_route = [&routes](const std::string& verb, bool lock) {
    routes.post("/admin/accounts/{id}/" + verb,
                RouteSpec{lock ? "锁定账号" : "解锁账号", lock ? "Lock an account" : "Unlock an account",
                          std::string(kAccountManage), lock ? "account.lock" : "account.unlock"},
                [lock](Call& c) -> Result<json> {
                  QF_TRY(int64_t id, c.id_param());
                  if (lock && id == c.who().account_id)
                    return Error::make(ErrorKind::kForbidden, "account.self_lock", "不能锁定自己的账号",
                                       "You cannot lock your own account");
                  QF_TRY(auth::Account a, change_account(c, id, [&](store::Connection& conn, const auth::Account& before) -> Result<auth::Account> {
                    c.audit_summary = lock ? fmt::format("锁定账号 {} 并注销其会话 / locked {}", before.username,
                                                         before.username)
                                           : fmt::format("解锁账号 {} / unlocked {}", before.username, before.username);
                    QF_TRY_STATUS(lock ? auth::lock_account(conn, id, c.now_ms()) : auth::unlock_account(conn, id));
                    return auth::get_account(conn, id);
                  }));
                  return account_json(a, c.now_ms());
                });
  };
  lock_route("lock", true);
  lock_route("unlock", false);

  routes.post("/admin/accounts/{id}/reset-password",
              RouteSpec{"重置密码（一次性密码；涉及案件内容的账号须纪检人员审批，密码只交审批人）",
                        "Reset the password (one-time password; for accounts reaching case content a discipline "
                        "holder approves and only the approver receives it)",
                        std::string(kAccountManage), "account.reset_password"},
              [](Call& c) -> Result<json> {
                QF_TRY(int64_t id, c.id_param());
                const std::string pw = auth::generate_password(c.app.config.security.password);
                QF_TRY(auto r, reset_or_request(c, id, auth::ApprovalKind::kResetPassword,
                                                [&](store::Connection& conn, const auth::Account& before) -> Result<auth::Account> {
                  c.audit_summary = fmt::format("重置 {} 的密码（须首次登录修改），注销其会话 / reset password of {}",
                                                before.username, before.username);
                  QF_TRY_STATUS(auth::set_password(conn, c.app.config.security, id, pw, true, c.now_ms()));
                  QF_TRY_STATUS(auth::end_other_sessions(conn, id, 0));
                  return before;
                }));
                if (r.second) return pending_answer(r.first, *r.second);
                return one_time_password_answer(r.first, pw);
              });

  routes.post("/admin/accounts/{id}/reset-totp",
              RouteSpec{"重置动态口令（用户须重新绑定；涉及案件内容的账号须纪检人员审批）",
                        "Reset TOTP (the user enrols again; for accounts reaching case content a discipline holder "
                        "approves)",
                        std::string(kAccountManage), "account.reset_totp"},
              [](Call& c) -> Result<json> {
                QF_TRY(int64_t id, c.id_param());
                if (id == c.who().account_id)
                  return Error::make(ErrorKind::kForbidden, "account.self_reset_totp",
                                     "不能重置自己的动态口令，请在“账号安全”中停用后重新绑定",
                                     "You cannot reset your own TOTP: disable and enrol it again under Security");
                QF_TRY(auto r, reset_or_request(c, id, auth::ApprovalKind::kResetTotp,
                                                [&](store::Connection& conn, const auth::Account& before) -> Result<auth::Account> {
                  c.audit_summary = fmt::format("重置 {} 的动态口令（须重新绑定），注销其会话 / reset TOTP of {}",
                                                before.username, before.username);
                  QF_TRY_STATUS(auth::reset_totp(conn, id));
                  return auth::get_account(conn, id);
                }));
                if (r.second) return pending_answer(r.first, *r.second);
                return account_json(r.first, c.now_ms());
              });

  routes.get("/admin/accounts/{id}/roles",
             RouteSpec{"账号的角色", "Roles of an account", std::string(kRoleAssign)}, [](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(auth::Account a, auth::get_account(lease.get(), id));
               QF_TRY(auto g, auth::grants_of(lease.get(), a.id));
               return json{{"account_id", a.id}, {"username", a.username}, {"grants", grants_json(g)}};
             });

  routes.put("/admin/accounts/{id}/roles",
             RouteSpec{"分配角色", "Assign roles", std::string(kRoleAssign), "role.assign",
                       R"({"grants":[{"role":"dept_head","scope":"department","scope_ref":3}]})"},
             [](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(json body, c.body());
               QF_TRY(auto grants, parse_grants(body));
               if (id == c.who().account_id)
                 return Error::make(ErrorKind::kForbidden, "role.self_grant", "不能给自己分配角色",
                                    "You cannot change your own roles", "account_id");
               c.audit_object_type = "account";
               c.audit_object_id = std::to_string(id);
               std::optional<auth::Approval> pending;
               QF_TRY(auto after, c.tx([&](store::Connection& conn) -> Result<std::vector<auth::RoleGrant>> {
                 QF_TRY(auth::Account a, auth::get_account(conn, id));
                 QF_TRY(auto before, auth::grants_of(conn, id));
                 c.audit_summary = fmt::format("{} 的角色：{} → {}", a.username, grants_text(before), grants_text(grants));
                 QF_TRY(bool bootstrap, auth::case_bootstrap_open(conn));
                 QF_TRY(bool cadre, auth::account_is_leading_cadre(conn, id));
                 if (auth::grant_needs_approval(before, grants, cadre) && !bootstrap) {
                   // A case role reaches case content, any role on a leading cadre's own
                   // account their personal-matters reports: the discipline secretary decides.
                   QF_TRY(auto p, auth::request_approval(conn, auth::ApprovalKind::kRoleGrant, id, c.who().account_id,
                                                         grants, grants_text(before) + " → " + grants_text(grants),
                                                         c.now_ms()));
                   c.audit_action = "role.assign_request";
                   c.audit_summary += fmt::format("（待纪检人员审批 #{} / awaiting approval #{}）", p.id, p.id);
                   pending = std::move(p);
                   return before;
                 }
                 QF_TRY_STATUS(auth::grant_roles(conn, id, grants, c.who().account_id, c.now_ms()));
                 return auth::grants_of(conn, id);
               }));
               json out{{"account_id", id}, {"grants", grants_json(after)}};
               if (pending) {
                 out["pending"] = true;
                 out["approval"] = approval_json(*pending);
               }
               return out;
             });

  // ---- approvals (two-person control, domain/auth/account_approvals.h) ----------------
  // Listed to those who request them (account.manage, role.assign) and to discipline
  // holders (who decide them); identifiers only, never a secret.
  routes.get("/admin/approvals",
             RouteSpec{"账号变更审批", "Account changes awaiting approval", "", "",
                       "", R"({"data":[{"id":1,"kind":"reset_password","account_username":"jjszr","status":"pending","can_decide":true}]})"},
             [](Call& c) -> Result<json> {
               const bool discipline = c.who().can(auth::perm::kClueHandle) || c.who().can(auth::perm::kReportHandle);
               if (!c.who().can(kAccountManage) && !c.who().can(kRoleAssign) && !discipline) return Error::forbidden();
               const auto status = c.req.query_param("status");
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(auto list, auth::list_approvals(lease.get(), !status || *status != "all"));
               json out = json::array();
               for (const auto& a : list) {
                 json j = approval_json(a);
                 bool can = false;
                 if (a.status == "pending" && discipline) {
                   QF_TRY(auto who, auth::approvers_of(lease.get(), a));
                   can = std::find(who.begin(), who.end(), c.who().account_id) != who.end();
                 }
                 j["can_decide"] = can;
                 out.push_back(std::move(j));
               }
               return out;
             });

  routes.post("/admin/approvals/{id}/decision",
              RouteSpec{"审批账号变更（批准时一次性密码只交审批人）",
                        "Decide an account change (an approved reset answers the one-time password to the approver only)",
                        "", "account.approval", R"({"approve":true,"opinion":"已核实本人"})",
                        R"({"data":{"approval":{"id":1,"status":"approved"},"one_time_password":"…"}})"},
              [](Call& c) -> Result<json> {
                QF_TRY(int64_t id, c.id_param());
                QF_TRY(json body, c.body());
                auto ap = body.find("approve");
                if (ap == body.end() || !ap->is_boolean())
                  return Error::invalid("request.required", "请选择批准或不批准", "approve (true or false) is required",
                                        "approve");
                const bool approve = ap->get<bool>();
                const std::string opinion = text_field(body, "opinion");
                c.audit_object_type = "account_approval";
                c.audit_object_id = std::to_string(id);
                QF_TRY(auto d, c.tx([&](store::Connection& conn) -> Result<auth::Decision> {
                  QF_TRY(auto dec, auth::decide_approval(conn, c.app.config.security, id, c.who().account_id, approve,
                                                         opinion, c.now_ms()));
                  c.audit_summary = fmt::format("{} {} 的{}申请（#{}）{} / {} {} for {}",
                                                approve ? "批准" : "不批准", dec.approval.account_username,
                                                dec.approval.kind, id,
                                                dec.one_time_password ? "，一次性密码交审批人" : "",
                                                approve ? "approved" : "refused", dec.approval.kind,
                                                dec.approval.account_username);
                  return dec;
                }));
                json out{{"approval", approval_json(d.approval)}};
                if (d.one_time_password) out["one_time_password"] = *d.one_time_password;
                return out;
              });

  routes.get("/admin/roles", RouteSpec{"角色及其权限", "Roles and their permissions", ""}, [](Call& c) -> Result<json> {
    if (!c.who().can(kAccountManage) && !c.who().can(kRoleAssign)) return Error::forbidden();
    json roles = json::array();
    for (auth::Role r : auth::all_roles()) {
      json perms = json::array();
      for (const auto& p : auth::permissions_of(r)) perms.push_back(p);
      roles.push_back({{"role", auth::role_code(r)},
                       {"label_zh", auth::role_label_zh(r)},
                       {"label_en", auth::role_label_en(r)},
                       {"administrator", auth::is_admin_role(r)},
                       {"permissions", perms}});
    }
    json perms = json::array();
    for (const auto& p : auth::all_permissions())
      perms.push_back({{"code", p.code}, {"label_zh", p.label_zh}, {"label_en", p.label_en}});
    json scopes = json::array();
    for (auth::ScopeKind s : auth::all_scopes())
      scopes.push_back({{"code", auth::scope_code(s)}, {"label_zh", auth::scope_label_zh(s)},
                        {"label_en", auth::scope_label_en(s)}});
    return json{{"roles", roles}, {"permissions", perms}, {"scopes", scopes}};
  });
}

QF_REGISTER_API(register_admin);

}  // namespace
}  // namespace qf::api
