// `qingfeng security rotate-key`: replaces the server secret key file
// (security.secret_key_file) with a new random key and seals every TOTP secret again
// with it, for a key file that may have been copied or that policy says to renew.
//
// Order, so that no failure leaves the database and the file apart:
// 1. the current key is loaded (refused: nothing done);
// 2. the new key is written to <file>.new, which must not exist — one left there means
//    an earlier rotation stopped between steps 4 and 5 (the message says what to do);
// 3. the current file is copied to <file>.retired-<time> (0600): backups made before the
//    rotation hold secrets sealed with it, and restoring one needs it;
// 4. one transaction seals every secret again (refused, nothing written, when one does
//    not open with the current key) and appends the audit entry;
// 5. <file>.new is renamed over <file> (atomic). Running servers read the key file at
//    each TOTP operation, so they use the new key from then on.
// A failure in step 4 removes <file>.new and the retired copy again.
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "core/clock.h"
#include "core/config.h"
#include "domain/audit/audit_event.h"
#include "domain/auth/server_key.h"
#include "domain/auth/totp_seal.h"
#include "domain/approvals/approval_seal.h"
#include "domain/coop/coop_store.h"
#include "domain/declarations/declaration_seal.h"
#include "domain/clues/clue_attachment_seal.h"
#include "domain/opinions/opinion_store.h"
#include "domain/talks/talk_seal.h"
#include "domain/verification/verification_seal.h"
#include "domain/clues/clue_registration.h"
#include "store/database.h"

namespace {
using qf::cli::bi;
using qf::cli::fail;
namespace fs = std::filesystem;

qf::Error rotation_error(const std::string& code, const std::string& zh, const std::string& en) {
  return qf::Error::make(qf::ErrorKind::kConflict, code, zh, en, "security.secret_key_file");
}

void rotate_key() {
  auto o = qf::cli::open_database(1, /*migrate=*/true);
  const std::string path = o.config.security.secret_key_file;
  auto old_key = qf::auth::load_server_key(path);
  if (!old_key.ok()) fail(old_key.error(), 1);

  const std::string next = path + ".new";
  std::error_code ec;
  if (fs::exists(next, ec))
    fail(rotation_error("security.rotate_leftover",
                        "已存在 " + next + "：上一次密钥轮换未完成。若其输出说数据库已更新，该文件就是正在使用的密钥，请把它改名为 " +
                            path + "；否则删除它后重试",
                        next + " exists: an earlier key rotation did not finish. If its output said the database "
                               "was updated, that file is the key in use: rename it to " + path +
                            "; otherwise delete it and try again"),
         1);
  auto new_key = qf::auth::create_server_key(next);
  if (!new_key.ok()) fail(new_key.error(), 1);

  const std::string retired = qf::cli::unused_path(path + ".retired-" + qf::cli::timestamp());
  fs::copy_file(path, retired, fs::copy_options::none, ec);
  if (!ec) fs::permissions(retired, fs::perms::owner_read | fs::perms::owner_write, ec);
  if (ec) {
    fs::remove(next, ec);
    fs::remove(retired, ec);
    fail(rotation_error("security.rotate_copy", "无法保存旧密钥文件到 " + retired + "，未做任何更改",
                        "cannot keep the old key file as " + retired + "; nothing was changed"),
         1);
  }

  // One transaction for every value sealed with the server key: the TOTP secrets and the
  // personal-matters reports. If one does not open, nothing is written.
  int64_t declarations = 0, coop = 0, talk_records = 0, clue_documents = 0;
  auto resealed = o.db->transaction([&](qf::store::Connection& c) -> qf::Result<int64_t> {
    QF_TRY(int64_t n, qf::auth::reseal_totp_secrets(c, *old_key, *new_key));
    QF_TRY(declarations, qf::declarations::reseal_declarations(c, *old_key, *new_key));
    QF_TRY(int64_t approvals, qf::approvals::reseal_approvals(c, *old_key, *new_key));
    declarations += approvals;  // approvals' trips, side jobs, relatives' businesses, documents
    QF_TRY(int64_t verification, qf::verification::reseal_verification(c, *old_key, *new_key));
    declarations += verification;  // verification items and candidates' proposed posts
    QF_TRY(int64_t opinions, qf::opinions::reseal_opinions(c, *old_key, *new_key));
    declarations += opinions;  // integrity opinions' texts and grounds
    QF_TRY(int64_t clue_reporters, qf::clues::reseal_clue_reporters(c, *old_key, *new_key));
    declarations += clue_reporters;  // the reporters of problem clues (线索登记要素)
    QF_TRY(coop, qf::coop::reseal_coop(c, *old_key, *new_key));
    QF_TRY(talk_records, qf::talks::reseal_talks(c, *old_key, *new_key));
    QF_TRY(clue_documents, qf::clues::reseal_clue_attachments(c, *old_key, *new_key));
    qf::audit::AuditEvent ev;
    ev.actor = "system";
    ev.action = "security.rotate_key";
    ev.object_type = "server_key";
    ev.object_id = path;
    ev.summary = "qingfeng security rotate-key 轮换服务器密钥，重新加密动态口令密钥 " + std::to_string(n) +
                 " 个、个人有关事项报告数据 " + std::to_string(declarations) + " 项、廉政共建通报与回访意见 " +
                 std::to_string(coop) + " 项、谈话记录 " + std::to_string(talk_records) + " 条、线索附件 " +
                 std::to_string(clue_documents) + " 个 / server key rotated, " +
                 std::to_string(n) + " TOTP secrets, " + std::to_string(declarations) + " personal-matters values, " +
                 std::to_string(coop) + " co-construction values, " + std::to_string(talk_records) +
                 " talk records and " + std::to_string(clue_documents) + " clue documents sealed again";
    ev.client_addr = "cli";
    ev.at_ms = qf::SystemClock().now_ms();
    QF_TRY_STATUS(qf::audit::append(c, ev));
    return n;
  });
  if (!resealed.ok()) {
    fs::remove(next, ec);
    fs::remove(retired, ec);
    fail(resealed.error(), 1);
  }
  std::cout << "数据库已更新：重新加密动态口令密钥 " << *resealed << " 个 / database updated: " << *resealed
            << " TOTP secrets sealed with the new key\n";
  std::cout << "数据库已更新：重新加密个人有关事项报告数据 " << declarations << " 项 / database updated: "
            << declarations << " personal-matters values sealed with the new key\n";
  std::cout << "数据库已更新：重新加密谈话记录 " << talk_records << " 条 / database updated: " << talk_records
            << " talk records (summaries, follow-ups) sealed with the new key\n";
  std::cout << "数据库已更新：重新加密线索附件 " << clue_documents << " 个 / database updated: " << clue_documents
            << " clue documents sealed with the new key\n";
  std::cout << "数据库已更新：重新加密廉政共建通报与回访意见 " << coop << " 项 / database updated: " << coop
            << " co-construction values (notices, visit comments) sealed with the new key\n"
            << "  本单位廉政共建签名公钥随之改变，请把新公钥（qingfeng coop bureau-key）交给合作单位。\n"
               "  The bureau's co-construction signing key changes too: give partners the new public key "
               "(qingfeng coop bureau-key).\n";
  fs::rename(next, path, ec);
  if (ec)
    fail(rotation_error("security.rotate_rename",
                        "无法把 " + next + " 改名为 " + path + "（" + ec.message() + "）：数据库已使用新密钥，请手工改名",
                        "cannot rename " + next + " to " + path + " (" + ec.message() +
                            "): the database now uses the new key, rename it by hand"),
         1);
  std::cout << "新密钥 / new key: " << path << "\n"
            << "旧密钥已保存为 / old key kept as: " << retired << "\n"
            << "  轮换前的备份须用旧密钥恢复：请与这些备份一起妥善保存，不再需要时删除。\n"
               "  Backups made before now need the old key to restore: keep it with them, delete it when they go.\n"
            << "  多台服务器共用此数据库时，请把新密钥文件复制到每一台。\n"
               "  Copy the new key file to every server that uses this database.\n";
}

void add_security(CLI::App& root) {
  auto* cmd = root.add_subcommand("security", bi("安全工具", "Security tools"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  cmd->require_subcommand(1);
  auto* rotate = cmd->add_subcommand(
      "rotate-key", bi("轮换服务器密钥文件（security.secret_key_file）并用新密钥重新加密所有动态口令密钥；旧密钥另存，"
                       "供恢复轮换前的备份",
                       "Rotate the server secret key file (security.secret_key_file) and seal every TOTP secret "
                       "again with the new key; the old key is kept aside to restore backups made before"));
  rotate->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  rotate->callback([] { rotate_key(); });
}
QF_REGISTER_COMMAND(155, add_security);
}  // namespace
