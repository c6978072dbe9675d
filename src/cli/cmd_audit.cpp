// `qingfeng audit verify [--checkpoint FILE]…`: checks the whole audit hash chain with the
// keyring of the server key file (security.secret_key_file and its .retired- copies),
// and that the chain still reaches each checkpoint given. Exit code 0 when intact; 1
// naming (in Chinese and English) the first entry that was altered, removed, reordered,
// left unkeyed, or no longer matches a checkpoint; 2 when the database or a checkpoint
// file cannot be read.
//
// `qingfeng audit checkpoint [--output FILE]`: writes a checkpoint (锚点) of the current
// head — seq, hash, time, MAC under the audit checkpoint key — to keep outside the
// database (print it, or copy it to separate media). Refused when the chain does not
// verify. Audited as audit.checkpoint.
#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "core/clock.h"
#include "core/config.h"
#include "domain/audit/audit_chain.h"
#include "domain/audit/audit_key.h"
#include "domain/audit/audit_log.h"
#include "store/database.h"
#include "store/database_url.h"

namespace {
using qf::cli::bi;
using qf::cli::fail;

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    fail(qf::Error::invalid("audit.checkpoint_unreadable", "无法读取锚点文件 " + path,
                            "Cannot read the checkpoint file " + path, path),
         2);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void add_audit(CLI::App& root) {
  auto* cmd = root.add_subcommand("audit", bi("审计日志工具", "Audit log tools"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  cmd->require_subcommand(1);
  auto* verify = cmd->add_subcommand(
      "verify", bi("用服务器密钥校验审计日志哈希链，指出第一条被篡改、删除或调换顺序的记录；给出锚点时还检查日志仍到达"
                   "锚点且哈希相同（完好时退出码 0，否则 1）",
                   "Verify the keyed audit hash chain and name the first altered, removed or reordered entry; with "
                   "checkpoints, also check that the log still reaches each with the same hash (exit 0 when intact, "
                   "1 otherwise)"));
  verify->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  auto checkpoint_files = std::make_shared<std::vector<std::string>>();
  verify->add_option("--checkpoint", *checkpoint_files,
                     bi("由 qingfeng audit checkpoint 或审计页面导出的锚点文件（可多次给出）",
                        "A checkpoint file exported by qingfeng audit checkpoint or the audit page (may be repeated)"));
  verify->callback([checkpoint_files] {
    auto opened = qf::cli::open_database(1);
    const auto ring = qf::audit::load_keyring(opened.config.security.secret_key_file);
    std::vector<qf::audit::Checkpoint> cps;
    for (const auto& f : *checkpoint_files) {
      auto cp = qf::audit::parse_checkpoint(read_text(f), ring, f);
      if (!cp.ok()) fail(cp.error(), 2);
      cps.push_back(*cp);
    }
    auto lease = opened.db->acquire();
    if (!lease.ok()) fail(lease.error());
    auto verdict = qf::audit::verify_chain(lease->get(), &ring, cps);
    if (!verdict.ok()) fail(verdict.error());
    if (verdict->ok) {
      std::cout << "审计日志完好，共校验 " << verdict->checked << " 条 / audit log intact, " << verdict->checked
                << " entries checked\n";
      if (verdict->keyed_from)
        std::cout << "自第 " << *verdict->keyed_from << " 条起以服务器密钥保护 / keyed with the server key from entry "
                  << *verdict->keyed_from << " on\n";
      if (!cps.empty())
        std::cout << "锚点 " << verdict->checkpoints_checked << " 个均相符 / " << verdict->checkpoints_checked
                  << " checkpoints match\n";
      return;
    }
    std::cout << verdict->reason_zh << "\n" << verdict->reason_en << "\n"
              << "此前 " << verdict->checked << " 条完好 / " << verdict->checked << " entries before it are intact\n";
    throw CLI::RuntimeError(1);
  });

  auto* checkpoint = cmd->add_subcommand(
      "checkpoint", bi("导出审计日志锚点（最新条目的流水号、哈希、时间及校验码），请打印或保存到数据库以外的介质",
                       "Export an audit checkpoint (the latest entry's seq, hash, time and MAC); print it or keep it "
                       "on media outside the database"));
  checkpoint->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  auto output = std::make_shared<std::string>();
  checkpoint->add_option("-o,--output", *output,
                         bi("锚点文件路径（默认打印到标准输出）", "Checkpoint file path (default: standard output)"));
  checkpoint->callback([output] {
    auto opened = qf::cli::open_database(1);
    auto key = qf::audit::chain_key();
    if (!key) {
      auto loaded = qf::auth::load_server_key(opened.config.security.secret_key_file);
      fail(loaded.ok() ? qf::Error::internal("audit key not set") : loaded.error(), 2);
    }
    const auto ring = qf::audit::load_keyring(opened.config.security.secret_key_file);
    const int64_t now = qf::SystemClock().now_ms();
    auto made = opened.db->transaction([&](qf::store::Connection& c) -> qf::Result<qf::audit::Checkpoint> {
      QF_TRY(qf::audit::Checkpoint cp, qf::audit::make_checkpoint(c, *key, ring, now));
      qf::audit::AuditEvent ev;
      ev.actor = "system";
      ev.action = "audit.checkpoint";
      ev.object_type = "audit_log";
      ev.object_id = std::to_string(cp.seq);
      ev.summary = "qingfeng audit checkpoint 导出锚点：第 " + std::to_string(cp.seq) +
                   " 条 / checkpoint exported at entry " + std::to_string(cp.seq);
      ev.client_addr = "cli";
      ev.at_ms = now;
      QF_TRY_STATUS(qf::audit::append(c, ev));
      return cp;
    });
    if (!made.ok()) fail(made.error(), 1);
    const std::string text = qf::audit::checkpoint_json(*made);
    if (output->empty()) {
      std::cout << text;
      return;
    }
    int fd = ::open(output->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 || ::write(fd, text.data(), text.size()) != static_cast<ssize_t>(text.size()) || ::close(fd) != 0)
      fail(qf::Error::invalid("audit.checkpoint_write", "无法写入锚点文件 " + *output + "（文件已存在或不可写）",
                              "Cannot write the checkpoint file " + *output + " (it exists or is not writable)",
                              *output),
           2);
    std::cout << "锚点已写入 / checkpoint written: " << *output << "（第 / entry " << made->seq << "）\n"
              << "请打印或保存到数据库以外的介质；日后用 qingfeng audit verify --checkpoint " << *output << " 校验\n"
              << "Print it or keep it outside the database; check later with qingfeng audit verify --checkpoint "
              << *output << "\n";
  });
}
QF_REGISTER_COMMAND(150, add_audit);
}  // namespace
