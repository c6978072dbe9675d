// `qingfeng reports init-keys --username <discipline secretary>`: sets up the keys of
// petitions and reports (信访举报) at the console — the same step as
// POST /api/v1/reports/keys/init — and prints the recovery code ONCE, to be printed
// and kept by the discipline secretary (docs/security/reports-threat-model.md M6).
// The secretary's login password is read from standard input (never a flag, so it
// stays out of the shell history and the process list).
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "core/clock.h"
#include "core/config.h"
#include "domain/audit/audit_event.h"
#include "domain/auth/accounts.h"
#include "domain/reports/reader_keys.h"
#include "store/database.h"
#include "store/database_url.h"

namespace {
using qf::cli::bi;
using qf::cli::fail;

void init_keys(const std::string& username) {
  auto opened = qf::cli::open_database(2, /*migrate=*/true);
  auto* config = &opened.config;
  auto* db = &opened.db;
  std::cerr << "请输入 " << username << " 的登录密码 / enter the sign-in password of " << username << ": " << std::flush;
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  const int64_t now = qf::SystemClock().now_ms();
  auto code = (*db)->transaction([&](qf::store::Connection& c) -> qf::Result<std::string> {
    QF_TRY(auto account, qf::auth::find_by_username(c, username));
    if (!account)
      return qf::Error::make(qf::ErrorKind::kNotFound, "account.not_found", "账号不存在：" + username,
                             "No such account: " + username, "--username");
    QF_TRY(auto grants, qf::auth::grants_of(c, account->id));
    bool secretary = false;
    for (const auto& gr : grants) secretary = secretary || gr.role == qf::auth::Role::kDisciplineSecretary;
    if (!secretary)
      return qf::Error::invalid("report.not_secretary", "只有纪委书记账号可以持有信访举报恢复码",
                                "Only the discipline secretary's account can set up the report keys", "--username");
    QF_TRY(std::string recovery, qf::reports::init_keys(c, config->security, account->id, password, now));
    qf::audit::AuditEvent ev;
    ev.actor = username;
    ev.account_id = account->id;
    ev.action = "report.keys_init";
    ev.object_type = "report_keys";
    ev.summary = "控制台初始化信访举报密钥 / report keys set up at the console";
    ev.client_addr = "cli";
    ev.at_ms = now;
    QF_TRY_STATUS(qf::audit::append(c, ev));
    return recovery;
  });
  if (!code.ok()) fail(code.error());
  std::cout << "\n信访举报密钥已设置。以下恢复码只显示这一次，请立即打印并交纪委书记妥善保管；\n"
               "系统不保存它。忘记密码或更换纪委书记时，须凭此码恢复全部举报。\n"
               "The report keys are set up. The recovery code below is shown ONLY NOW: print it and give it to the\n"
               "discipline secretary; it is not stored. It is the only way back to the reports after a lost password.\n\n  "
            << *code << "\n\n";
}

void add_reports(CLI::App& root) {
  auto* cmd = root.add_subcommand("reports", bi("信访举报（控制台）", "Petitions and reports (console)"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  cmd->require_subcommand(1);
  auto username = std::make_shared<std::string>();
  auto* init = cmd->add_subcommand(
      "init-keys", bi("设置信访举报密钥并打印一次性恢复码（密码从标准输入读取）",
                      "Set up the report keys and print the one-time recovery code (password read from stdin)"));
  init->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  init->add_option("--username", *username, bi("纪委书记的用户名", "Username of the discipline secretary"))->required();
  init->callback([username] { init_keys(*username); });
}
QF_REGISTER_COMMAND(160, add_reports);
}  // namespace
