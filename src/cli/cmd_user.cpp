// `qingfeng user add|passwd|reset-totp|lock|unlock|list`: account administration at the server
// console (for recovery and scripting; day-to-day administration is in the web UI).
// Passwords are generated and printed once (or read from standard input with
// --password-stdin); every change is written to the audit log as actor "system".
//
// The console is the way back for the ADMINISTRATORS' own lock-outs (and for accounts
// without a case role). It refuses what would let the operator alone reach case content
// (domain/auth/account_approvals.h): resetting the password or TOTP of an account that
// holds (or awaits) a case role, and creating an account with a case role once a
// discipline role exists — those go through the web, where a discipline-committee
// holder approves. On a fresh database (no discipline role ever granted) `user add
// --role discipline_secretary` sets up the first secretary. Whoever can write to the
// database directly is beyond any such rule (docs/security/access-control.md).
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "core/clock.h"
#include "core/config.h"
#include "domain/audit/audit_event.h"
#include "domain/auth/account_approvals.h"
#include "domain/auth/accounts.h"
#include "domain/auth/credentials.h"
#include "domain/auth/login.h"
#include "domain/auth/sessions.h"
#include "store/database.h"
#include "store/database_url.h"

namespace {
using qf::cli::bi;
using qf::cli::fail;

qf::cli::OpenedDatabase open() { return qf::cli::open_database(2, /*migrate=*/true); }

qf::Status audit(qf::store::Connection& c, const std::string& action, int64_t account_id, std::string summary) {
  qf::audit::AuditEvent ev;
  ev.actor = "system";
  ev.action = action;
  ev.object_type = "account";
  ev.object_id = std::to_string(account_id);
  ev.summary = std::move(summary);
  ev.client_addr = "cli";
  ev.at_ms = qf::SystemClock().now_ms();
  return qf::audit::append(c, ev);
}

qf::Result<qf::auth::Account> require_account(qf::store::Connection& c, const std::string& username) {
  QF_TRY(auto a, qf::auth::find_by_username(c, username));
  if (!a)
    return qf::Error::make(qf::ErrorKind::kNotFound, "account.not_found", "账号不存在：" + username,
                           "No such account: " + username, "username");
  return *a;
}

// "role", "role:scope" or "role:scope:ref".
qf::Error needs_approval(const std::string& what_zh, const std::string& what_en) {
  return qf::Error::make(qf::ErrorKind::kForbidden, "approval.console_refused",
                         "控制台不能" + what_zh + "：涉及案件内容的账号变更须在系统中申请，由纪委书记（无在任时由纪检干部）审批",
                         "The console cannot " + what_en + ": changes that reach case content are requested in the web "
                         "application and approved by the discipline secretary (or a discipline member when there is none)");
}

// Refuses a console reset of an account that reaches (or awaits) case content.
qf::Status console_reset_allowed(qf::store::Connection& c, const qf::auth::Account& acc) {
  QF_TRY(bool gated, qf::auth::reset_needs_approval(c, acc.id));
  if (gated) return needs_approval("重置 " + acc.username + " 的凭据", "reset the credentials of " + acc.username);
  return {};
}

qf::auth::RoleGrant parse_role(const std::string& spec) {
  std::string parts[3];
  int n = 0;
  std::stringstream ss(spec);
  for (std::string p; n < 3 && std::getline(ss, p, ':');) parts[n++] = p;
  auto role = qf::auth::role_from_code(parts[0]);
  if (!role) fail(qf::Error::invalid("role.unknown", "未知角色：" + parts[0], "Unknown role: " + parts[0], "--role"));
  std::string scope_s = n > 1 ? parts[1] : (qf::auth::is_admin_role(*role) ? "unit" : "self");
  auto scope = qf::auth::scope_from_code(scope_s);
  if (!scope) fail(qf::Error::invalid("role.scope", "未知数据范围：" + scope_s, "Unknown scope: " + scope_s, "--role"));
  qf::auth::RoleGrant g{*role, *scope, std::nullopt};
  if (n > 2) {
    try {
      g.scope_ref = std::stoll(parts[2]);
    } catch (...) {
      fail(qf::Error::invalid("role.scope_ref", "范围编号应为整数：" + parts[2], "Scope id must be an integer: " + parts[2],
                              "--role"));
    }
  }
  return g;
}

std::string read_password_or_generate(bool from_stdin, const qf::PasswordPolicy& policy, bool& generated) {
  generated = !from_stdin;
  if (!from_stdin) return qf::auth::generate_password(policy);
  std::string pw;
  std::getline(std::cin, pw);
  if (!pw.empty() && pw.back() == '\r') pw.pop_back();
  return pw;
}

void add_user(CLI::App& root) {
  auto* cmd = root.add_subcommand("user", bi("账号管理（控制台）", "Account administration (console)"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  cmd->require_subcommand(1);

  {  // user add
    struct Args {
      std::string username, name;
      int64_t person_id = 0;
      std::vector<std::string> roles;
      bool password_stdin = false;
      bool no_force_change = false;
    };
    auto a = std::make_shared<Args>();
    auto* add = cmd->add_subcommand("add", bi("新建账号并打印一次性密码", "Create an account and print a one-time password"));
    add->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
    add->add_option("username", a->username, bi("用户名", "Username"))->required();
    add->add_option("--name", a->name, bi("姓名（显示名）", "Display name"))->required();
    add->add_option("--person-id", a->person_id, bi("对应人员编号（people.id）", "Linked person id (people.id)"));
    add->add_option("--role", a->roles,
                    bi("角色，可重复：角色[:范围[:部门或支部编号]]，如 dept_head:department:3",
                       "Role, repeatable: role[:scope[:department or branch id]], e.g. dept_head:department:3"));
    add->add_flag("--password-stdin", a->password_stdin, bi("从标准输入读取密码", "Read the password from standard input"));
    add->add_flag("--no-force-change", a->no_force_change,
                  bi("首次登录不强制修改密码", "Do not force a password change at first sign-in"));
    add->callback([a] {
      auto o = open();
      std::vector<qf::auth::RoleGrant> grants;
      for (const auto& r : a->roles) grants.push_back(parse_role(r));
      bool generated = false;
      qf::auth::NewAccount n;
      n.username = a->username;
      n.display_name = a->name;
      if (a->person_id > 0) n.person_id = a->person_id;
      n.password = read_password_or_generate(a->password_stdin, o.config.security.password, generated);
      n.must_change_password = !a->no_force_change;
      const int64_t now = qf::SystemClock().now_ms();
      auto id = o.db->transaction([&](qf::store::Connection& c) -> qf::Result<int64_t> {
        if (qf::auth::has_case_role(grants)) {
          QF_TRY(bool bootstrap, qf::auth::case_bootstrap_open(c));
          if (!bootstrap) return needs_approval("授予涉及案件内容的角色", "grant a role that reaches case content");
        }
        QF_TRY(int64_t id, qf::auth::create_account(c, o.config.security, n, now));
        if (!grants.empty()) QF_TRY_STATUS(qf::auth::grant_roles(c, id, grants, std::nullopt, now));
        QF_TRY_STATUS(audit(c, "account.create", id, "qingfeng user add 创建账号 " + n.username + " / created account"));
        return id;
      });
      if (!id.ok()) fail(id.error(), 1);
      std::cout << "已创建账号 / account created: " << n.username << " (id " << *id << ")\n";
      if (generated) std::cout << "一次性密码 / one-time password: " << n.password << "\n";
    });
  }

  {  // user passwd
    struct Args {
      std::string username;
      bool password_stdin = false;
    };
    auto a = std::make_shared<Args>();
    auto* pw = cmd->add_subcommand("passwd", bi("重置密码（须在下次登录时修改），注销该账号的会话",
                                                "Reset the password (to be changed at next sign-in) and end the account's sessions"));
    pw->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
    pw->add_option("username", a->username, bi("用户名", "Username"))->required();
    pw->add_flag("--password-stdin", a->password_stdin, bi("从标准输入读取密码", "Read the password from standard input"));
    pw->callback([a] {
      auto o = open();
      bool generated = false;
      const std::string password = read_password_or_generate(a->password_stdin, o.config.security.password, generated);
      const int64_t now = qf::SystemClock().now_ms();
      auto st = o.db->transaction([&](qf::store::Connection& c) -> qf::Status {
        QF_TRY(auto acc, require_account(c, a->username));
        QF_TRY_STATUS(console_reset_allowed(c, acc));
        QF_TRY_STATUS(qf::auth::set_password(c, o.config.security, acc.id, password, true, now));
        QF_TRY_STATUS(qf::auth::end_other_sessions(c, acc.id, 0));
        return audit(c, "account.reset_password", acc.id, "qingfeng user passwd 重置密码 " + acc.username + " / password reset");
      });
      if (!st.ok()) fail(st.error(), 1);
      std::cout << "已重置密码 / password reset: " << a->username << "\n";
      if (generated) std::cout << "一次性密码 / one-time password: " << password << "\n";
    });
  }

  {  // user reset-totp: the way back for an administrator who lost the authenticator
    auto username = std::make_shared<std::string>();
    auto* sub = cmd->add_subcommand(
        "reset-totp", bi("重置动态口令（用户须重新绑定），注销该账号的会话",
                         "Reset TOTP (the user enrols again) and end the account's sessions"));
    sub->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
    sub->add_option("username", *username, bi("用户名", "Username"))->required();
    sub->callback([username] {
      auto o = open();
      auto st = o.db->transaction([&](qf::store::Connection& c) -> qf::Status {
        QF_TRY(auto acc, require_account(c, *username));
        QF_TRY_STATUS(console_reset_allowed(c, acc));
        QF_TRY_STATUS(qf::auth::reset_totp(c, acc.id));
        return audit(c, "account.reset_totp", acc.id,
                     "qingfeng user reset-totp 重置动态口令 " + acc.username + " / TOTP reset");
      });
      if (!st.ok()) fail(st.error(), 1);
      std::cout << "已重置动态口令 / TOTP reset: " << *username << "\n";
    });
  }

  for (bool lock : {true, false}) {
    auto username = std::make_shared<std::string>();
    auto* sub = cmd->add_subcommand(lock ? "lock" : "unlock",
                                    lock ? bi("锁定账号并注销其会话", "Lock an account and end its sessions")
                                         : bi("解锁账号（清除失败次数）", "Unlock an account (clears the failure count)"));
    sub->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
    sub->add_option("username", *username, bi("用户名", "Username"))->required();
    sub->callback([lock, username] {
      auto o = open();
      const int64_t now = qf::SystemClock().now_ms();
      auto st = o.db->transaction([&](qf::store::Connection& c) -> qf::Status {
        QF_TRY(auto acc, require_account(c, *username));
        QF_TRY_STATUS(lock ? qf::auth::lock_account(c, acc.id, now) : qf::auth::unlock_account(c, acc.id));
        return audit(c, lock ? "account.lock" : "account.unlock", acc.id,
                     std::string(lock ? "qingfeng user lock 锁定 " : "qingfeng user unlock 解锁 ") + acc.username);
      });
      if (!st.ok()) fail(st.error(), 1);
      std::cout << (lock ? "已锁定 / locked: " : "已解锁 / unlocked: ") << *username << "\n";
    });
  }

  {  // user list
    auto* list = cmd->add_subcommand("list", bi("列出账号", "List accounts"));
    list->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
    list->callback([] {
      auto o = open();
      auto lease = o.db->acquire();
      if (!lease.ok()) fail(lease.error());
      const int64_t now = qf::SystemClock().now_ms();
      qf::auth::AccountFilter f;
      f.limit = 0;
      auto r = qf::auth::list_accounts(lease->get(), f, now);
      if (!r.ok()) fail(r.error());
      std::cout << std::left << std::setw(20) << "username" << std::setw(10) << "state"
                << "roles  name（用户名 状态 角色 姓名）\n";
      for (const auto& a : r->first) {
        auto g = qf::auth::grants_of(lease->get(), a.id);
        std::string roles;
        if (g.ok())
          for (const auto& x : *g) roles += (roles.empty() ? "" : ",") + std::string(qf::auth::role_code(x.role));
        std::string state = a.status != "active" ? "disabled" : a.locked_at(now) ? "locked" : "active";
        std::cout << std::left << std::setw(20) << a.username << std::setw(10) << state << roles << "  "
                  << a.display_name << "\n";
      }
      std::cout << "共 " << r->second << " 个账号 / " << r->second << " accounts\n";
    });
  }
}
QF_REGISTER_COMMAND(140, add_user);
}  // namespace
