// `qingfeng init`: migrates the database and creates the three separated administrators
// (三员分立) — sysadmin, secadmin, auditor — each with a random one-time password that
// is printed once and must be changed at first sign-in. Idempotent: existing accounts
// are never recreated or changed (their passwords stay as they are). Also creates the
// server secret key file (security.secret_key_file) when absent and seals any
// clear-text TOTP secret with it (domain/auth/totp_seal.h).
#include <iostream>

#include "cli/command.h"
#include "core/clock.h"
#include "core/config.h"
#include "domain/audit/audit_event.h"
#include "domain/auth/accounts.h"
#include "store/database.h"
#include "store/database_url.h"

namespace {
using qf::cli::bi;
using qf::cli::fail;

struct AdminSpec {
  const char* username;
  const char* display_name;
  qf::auth::Role role;
};

void add_init(CLI::App& root) {
  auto* cmd = root.add_subcommand(
      "init", bi("初始化数据库并创建三员（系统管理员、安全管理员、审计管理员），打印一次性密码",
                 "Initialise the database and create the three administrators (sysadmin, secadmin, auditor) "
                 "with one-time passwords"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  cmd->callback([] {
    auto opened = qf::cli::open_database(2);
    auto* config = &opened.config;
    auto* db = &opened.db;
    auto version = qf::store::migrate(**db);
    if (!version.ok()) fail(version.error());
    std::cout << "数据库 / database: " << (*db)->display_url() << "（结构版本 / schema version " << *version << "）\n";
    qf::cli::seal_totp_secrets(*config, **db);

    const AdminSpec admins[] = {
        {"sysadmin", "系统管理员", qf::auth::Role::kSysAdmin},
        {"secadmin", "安全管理员", qf::auth::Role::kSecAdmin},
        {"auditor", "审计管理员", qf::auth::Role::kAuditor},
    };
    qf::SystemClock clock;
    bool created_any = false;
    for (const auto& a : admins) {
      std::string password = qf::auth::generate_password(config->security.password);
      auto created = (*db)->transaction([&](qf::store::Connection& c) -> qf::Result<bool> {
        QF_TRY(auto existing, qf::auth::find_by_username(c, a.username));
        if (existing) return false;
        qf::auth::NewAccount n;
        n.username = a.username;
        n.display_name = a.display_name;
        n.password = password;
        n.must_change_password = true;
        QF_TRY(int64_t id, qf::auth::create_account(c, config->security, n, clock.now_ms()));
        QF_TRY_STATUS(qf::auth::grant_roles(c, id, {qf::auth::RoleGrant{a.role, qf::auth::ScopeKind::kUnit, {}}},
                                            std::nullopt, clock.now_ms()));
        qf::audit::AuditEvent ev;
        ev.actor = "system";
        ev.action = "account.create";
        ev.object_type = "account";
        ev.object_id = std::to_string(id);
        ev.summary = std::string("qingfeng init 创建") + a.display_name + " " + a.username + "（角色 " +
                     std::string(qf::auth::role_code(a.role)) + "，须首次登录修改密码） / created by qingfeng init";
        ev.client_addr = "cli";
        ev.at_ms = clock.now_ms();
        QF_TRY_STATUS(qf::audit::append(c, ev));
        return true;
      });
      if (!created.ok()) fail(created.error());
      if (*created) {
        created_any = true;
        std::cout << a.display_name << " / " << a.username << "  一次性密码 / one-time password: " << password
                  << "\n";
      } else {
        std::cout << a.display_name << " / " << a.username
                  << "  已存在，未更改 / already exists, left unchanged\n";
      }
    }
    if (created_any)
      std::cout << "请妥善保管以上一次性密码，它们只显示这一次；首次登录时须修改。\n"
                   "Keep the one-time passwords above safe: they are shown only now and must be changed at first "
                   "sign-in.\n";
  });
}
QF_REGISTER_COMMAND(90, add_init);
}  // namespace
