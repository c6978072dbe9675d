// `qingfeng audit verify`: checks the whole audit hash chain. Exit code 0 when intact;
// 1 naming (in Chinese and English) the first entry that was altered, removed or
// reordered, by sequence number; 2 when the database cannot be read.
#include <iostream>

#include "cli/command.h"
#include "core/config.h"
#include "domain/audit/audit_chain.h"
#include "store/database.h"
#include "store/database_url.h"

namespace {
using qf::cli::bi;
using qf::cli::fail;

void add_audit(CLI::App& root) {
  auto* cmd = root.add_subcommand("audit", bi("审计日志工具", "Audit log tools"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  cmd->require_subcommand(1);
  auto* verify = cmd->add_subcommand(
      "verify", bi("校验审计日志哈希链，指出第一条被篡改、删除或调换顺序的记录（完好时退出码 0，否则 1）",
                   "Verify the audit hash chain and name the first altered, removed or reordered entry "
                   "(exit 0 when intact, 1 otherwise)"));
  verify->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  verify->callback([] {
    auto opened = qf::cli::open_database(1);
    auto* db = &opened.db;
    auto lease = (*db)->acquire();
    if (!lease.ok()) fail(lease.error());
    auto verdict = qf::audit::verify_chain(lease->get());
    if (!verdict.ok()) fail(verdict.error());
    if (verdict->ok) {
      std::cout << "审计日志完好，共校验 " << verdict->checked << " 条 / audit log intact, " << verdict->checked
                << " entries checked\n";
      return;
    }
    std::cout << verdict->reason_zh << "\n" << verdict->reason_en << "\n"
              << "此前 " << verdict->checked << " 条完好 / " << verdict->checked << " entries before it are intact\n";
    throw CLI::RuntimeError(1);
  });
}
QF_REGISTER_COMMAND(150, add_audit);
}  // namespace
