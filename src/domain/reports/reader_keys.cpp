// Readers' keys over the tables of migration 0008_reports.
#include "domain/reports/reader_keys.h"

#include "domain/auth/credentials.h"
#include "domain/reports/report_crypto.h"
#include "domain/reports/report_types.h"
#include "store/database.h"

#include <map>
#include <set>

namespace qf::reports {
namespace {

using store::Blob;

Error not_initialised() {
  return Error::make(ErrorKind::kConflict, "report.keys_not_initialised",
                     "信访举报密钥尚未设置，请纪委书记先完成密钥初始化",
                     "The report keys are not set up yet; the discipline secretary must initialise them first");
}

Error not_enrolled() {
  return Error::make(ErrorKind::kConflict, "report.not_enrolled", "该账号尚未建立阅读密钥",
                     "This account has no reader key yet");
}

Error key_locked() {
  return Error::make(ErrorKind::kLocked, "report.key_locked", "请先输入密码解锁阅读密钥",
                     "Unlock your reader key with your password first");
}

struct StoredReader {
  std::string public_key;
  PasswordWrap wrap;
};

Result<std::optional<StoredReader>> load_reader(store::Connection& conn, int64_t account_id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/reader_get"), {account_id}));
  if (rs.empty()) return std::optional<StoredReader>{};
  const auto& r = rs.front();
  StoredReader s;
  s.public_key = r.text("public_key");
  s.wrap.boxed = r.text("secret_wrapped");
  s.wrap.salt = r.text("kdf_salt");
  s.wrap.opslimit = r.i64("kdf_opslimit");
  s.wrap.memlimit = r.i64("kdf_memlimit");
  return std::optional<StoredReader>{std::move(s)};
}

Status insert_reader(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                     const ReaderKeyPair& kp, std::string_view password, int64_t now_ms) {
  QF_TRY(PasswordWrap w, wrap_with_password(kp.secret_key, password, sec.argon2_opslimit, sec.argon2_memlimit));
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/reader_insert"),
                             {account_id, Blob{kp.public_key}, Blob{w.boxed}, Blob{w.salt}, w.opslimit, w.memlimit,
                              now_ms}));
  return {};
}

Status mark_endorsed(store::Connection& conn, int64_t account_id, int64_t endorsed_by, int64_t now_ms) {
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/reader_endorse"), {endorsed_by, now_ms, account_id}));
  return {};
}

Status insert_wrap(store::Connection& conn, std::optional<int64_t> report_id, KeyPart part,
                   std::optional<int64_t> account_id, const std::string& sealed, int64_t now_ms) {
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/wrap_insert"),
                             {store::opt(report_id), std::string(key_part_code(part)), store::opt(account_id),
                              Blob{sealed}, now_ms}));
  return {};
}

Result<std::vector<KeyWrap>> load_wraps(store::Connection& conn, int64_t report_id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/wraps_of"), {report_id}));
  std::vector<KeyWrap> out;
  for (const auto& r : rs) {
    auto part = key_part_from_code(r.text("part"));
    if (!part) continue;
    out.push_back(KeyWrap{*part, r.opt_i64("account_id"), r.text("sealed")});
  }
  return out;
}

}  // namespace

Result<KeySettings> key_settings(store::Connection& conn) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/settings_get")));
  if (rs.empty()) return not_initialised();
  return KeySettings{rs.front().text("recovery_public_key"), rs.front().text("server_secret")};
}

Result<bool> keys_initialised(store::Connection& conn) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/settings_get")));
  return !rs.empty();
}

Result<KeyStatus> key_status(store::Connection& conn, int64_t account_id) {
  KeyStatus s;
  QF_TRY(s.initialised, keys_initialised(conn));
  QF_TRY(auto reader, load_reader(conn, account_id));
  s.enrolled = reader.has_value();
  return s;
}

Result<std::string> init_keys(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                              std::string_view password, int64_t now_ms) {
  QF_TRY(bool done, keys_initialised(conn));
  if (done)
    return Error::make(ErrorKind::kConflict, "report.keys_initialised", "信访举报密钥已经设置过，不能再次初始化",
                       "The report keys are already set up and cannot be initialised again");
  QF_TRY_STATUS(auth::check_own_password(conn, account_id, password, "password"));
  ReaderKeyPair recovery = new_reader_keypair();
  std::string server_secret = random_bytes(32);
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/settings_insert"),
                             {Blob{recovery.public_key}, Blob{server_secret}, account_id, now_ms}));
  QF_TRY(auto existing, load_reader(conn, account_id));
  std::string caller_public;
  if (existing) {
    caller_public = existing->public_key;
  } else {
    ReaderKeyPair kp = new_reader_keypair();
    QF_TRY_STATUS(insert_reader(conn, sec, account_id, kp, password, now_ms));
    caller_public = kp.public_key;
    wipe(kp.secret_key);
  }
  QF_TRY_STATUS(mark_endorsed(conn, account_id, account_id, now_ms));  // the first holder: holds the recovery code
  std::string link_key = new_data_key();
  QF_TRY_STATUS(insert_wrap(conn, std::nullopt, KeyPart::kLink, account_id, wrap_for(caller_public, link_key), now_ms));
  QF_TRY_STATUS(
      insert_wrap(conn, std::nullopt, KeyPart::kLink, std::nullopt, wrap_for(recovery.public_key, link_key), now_ms));
  wipe(link_key);
  std::string code = recovery_code(recovery.secret_key);
  wipe(recovery.secret_key);
  return code;
}

Status enrol_reader(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                    std::string_view password, int64_t now_ms) {
  QF_TRY(auto existing, load_reader(conn, account_id));
  if (existing)
    return Error::make(ErrorKind::kConflict, "report.key_enrolled", "您已建立阅读密钥", "You already have a reader key");
  QF_TRY_STATUS(auth::check_own_password(conn, account_id, password, "password"));
  ReaderKeyPair kp = new_reader_keypair();
  auto st = insert_reader(conn, sec, account_id, kp, password, now_ms);
  wipe(kp.secret_key);
  return st;
}

Result<std::string> unlock_reader_key(store::Connection& conn, int64_t account_id, int64_t session_id,
                                      std::string_view password, int64_t now_ms) {
  QF_TRY(auto reader, load_reader(conn, account_id));
  if (!reader) return not_enrolled();
  auto secret = unwrap_with_password(reader->wrap, password);
  if (!secret.ok()) {
    if (secret.error().kind == ErrorKind::kUnavailable) return secret.take_error();
    if (auth::check_own_password(conn, account_id, password, "password").ok())
      return Error::make(ErrorKind::kConflict, "report.key_stale",
                         "您的密码已被管理员重置，原阅读密钥无法打开，请联系纪委书记重新授权",
                         "Your password was reset by an administrator and your old reader key cannot be opened; "
                         "ask the discipline secretary to grant access again",
                         "password");
    return Error::make(ErrorKind::kUnauthenticated, "report.key_password", "密码不正确", "The password is not correct",
                       "password");
  }
  std::string cookie_key = random_bytes(kKeyBytes);
  std::string boxed = box_with_key(cookie_key, *secret);
  wipe(*secret);
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/key_session_delete"), {session_id}));
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/key_session_insert"),
                             {session_id, account_id, Blob{boxed}, now_ms}));
  std::string hex = to_hex(cookie_key);
  wipe(cookie_key);
  return hex;
}

Status lock_reader_key(store::Connection& conn, int64_t session_id) {
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/key_session_delete"), {session_id}));
  return {};
}

Result<std::string> session_reader_secret(store::Connection& conn, int64_t account_id, int64_t session_id,
                                          std::string_view cookie_value) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/key_session_get"), {session_id}));
  if (rs.empty() || rs.front().i64("account_id") != account_id) return key_locked();
  auto key = from_hex(cookie_value);
  if (!key || key->size() != kKeyBytes) return key_locked();
  auto secret = open_with_key(*key, rs.front().text("secret_boxed"));
  wipe(*key);
  if (!secret.ok()) return key_locked();
  return std::move(*secret);
}

Status rewrap_reader_key(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                         std::string_view old_password, std::string_view new_password) {
  QF_TRY(auto reader, load_reader(conn, account_id));
  if (!reader) return {};
  auto secret = unwrap_with_password(reader->wrap, old_password);
  if (!secret.ok()) return {};
  QF_TRY(PasswordWrap w, wrap_with_password(*secret, new_password, sec.argon2_opslimit, sec.argon2_memlimit));
  wipe(*secret);
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/reader_update_wrap"),
                             {Blob{w.boxed}, Blob{w.salt}, w.opslimit, w.memlimit, account_id}));
  return {};
}

Result<int64_t> recover_with_code(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                                  std::string_view code, std::string_view password, int64_t now_ms) {
  QF_TRY(KeySettings settings, key_settings(conn));
  QF_TRY_STATUS(auth::check_own_password(conn, account_id, password, "password"));
  QF_TRY(std::string recovery_secret, parse_recovery_code(code));
  if (!equal_bytes(public_key_of(recovery_secret), settings.recovery_public_key))
    return Error::make(ErrorKind::kUnauthenticated, "report.recovery_code", "恢复码不正确，请逐字核对打印件",
                       "The recovery code is not correct; check it against the printed copy", "recovery_code");
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/key_sessions_delete_account"), {account_id}));
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/reader_delete"), {account_id}));
  ReaderKeyPair kp = new_reader_keypair();
  QF_TRY_STATUS(insert_reader(conn, sec, account_id, kp, password, now_ms));
  QF_TRY_STATUS(mark_endorsed(conn, account_id, account_id, now_ms));  // proven by the recovery code
  QF_TRY(auto ids, conn.query(store::sql(conn, "reports/all_report_ids")));
  int64_t n = 0;
  for (const auto& row : ids) {
    int64_t rid = row.i64("id");
    QF_TRY(auto wraps, load_wraps(conn, rid));
    QF_TRY(ReportKeys keys, open_report_keys(wraps, std::nullopt, recovery_secret));
    QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/wraps_delete_holder_all"), {rid, account_id}));
    QF_TRY_STATUS(insert_wrap(conn, rid, KeyPart::kMatter, account_id, wrap_for(kp.public_key, keys.matter), now_ms));
    QF_TRY_STATUS(insert_wrap(conn, rid, KeyPart::kConversation, account_id,
                              wrap_for(kp.public_key, keys.conversation), now_ms));
    if (keys.identity)
      QF_TRY_STATUS(
          insert_wrap(conn, rid, KeyPart::kIdentity, account_id, wrap_for(kp.public_key, *keys.identity), now_ms));
    ++n;
  }
  QF_TRY(auto links, conn.query(store::sql(conn, "reports/link_wraps")));
  for (const auto& r : links) {
    if (!r.is_null("account_id")) continue;
    auto link = unwrap_with(recovery_secret, r.text("sealed"));
    if (!link.ok()) continue;
    QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/link_wrap_delete_holder"), {account_id}));
    QF_TRY_STATUS(insert_wrap(conn, std::nullopt, KeyPart::kLink, account_id, wrap_for(kp.public_key, *link), now_ms));
    wipe(*link);
    break;
  }
  wipe(recovery_secret);
  wipe(kp.secret_key);
  return n;
}

Result<std::vector<Holder>> readers_with_role(store::Connection& conn, std::string_view role_code) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/readers_endorsed_with_role"), {std::string(role_code)}));
  std::vector<Holder> out;
  for (const auto& r : rs) out.push_back(Holder{r.i64("account_id"), r.text("public_key")});
  return out;
}

Status endorse_reader(store::Connection& conn, int64_t actor_id, const std::string& actor_secret, int64_t reader_id,
                      int64_t now_ms) {
  if (actor_id == reader_id)
    return Error::invalid("report.endorse_self", "不能认可自己的阅读密钥", "You cannot endorse your own reader key",
                          "account_id");
  QF_TRY(auto actor, conn.query(store::sql(conn, "reports/reader_endorsement"), {actor_id}));
  if (actor.empty() || actor.front().is_null("endorsed_at"))
    return Error::make(ErrorKind::kForbidden, "report.not_endorsed",
                       "您的阅读密钥本身尚未被认可，不能认可他人的密钥",
                       "Your own reader key is not endorsed yet, so you cannot endorse another");
  QF_TRY(auto reader, conn.query(store::sql(conn, "reports/reader_endorsement"), {reader_id}));
  if (reader.empty()) return not_enrolled();
  if (!reader.front().is_null("endorsed_at"))
    return Error::make(ErrorKind::kConflict, "report.reader_endorsed", "该阅读密钥已经认可过",
                       "This reader key is already endorsed");
  QF_TRY_STATUS(mark_endorsed(conn, reader_id, actor_id, now_ms));
  QF_TRY(auto secretary, conn.query(store::sql(conn, "reports/account_has_role"),
                                    {reader_id, std::string("discipline_secretary")}));
  if (secretary.empty()) return {};
  QF_TRY(auto link, open_link_key(conn, actor_id, actor_secret));
  if (!link) return {};
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/link_wrap_delete_holder"), {reader_id}));
  QF_TRY_STATUS(insert_wrap(conn, std::nullopt, KeyPart::kLink, reader_id,
                            wrap_for(reader.front().text("public_key"), *link), now_ms));
  wipe(*link);
  return {};
}

Result<Holder> reader_holder(store::Connection& conn, int64_t account_id) {
  QF_TRY(auto reader, load_reader(conn, account_id));
  if (!reader) return not_enrolled();
  return Holder{account_id, reader->public_key};
}

Result<Holder> recovery_holder(store::Connection& conn) {
  QF_TRY(KeySettings s, key_settings(conn));
  return Holder{std::nullopt, s.recovery_public_key};
}

Result<std::optional<std::string>> open_link_key(store::Connection& conn, int64_t account_id,
                                                 const std::string& secret_key) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/link_wraps")));
  for (const auto& r : rs) {
    if (r.opt_i64("account_id") != account_id) continue;
    auto k = unwrap_with(secret_key, r.text("sealed"));
    if (k.ok()) return std::optional<std::string>{std::move(*k)};
  }
  return std::optional<std::string>{};
}

Result<std::vector<ReaderRow>> list_readers(store::Connection& conn) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/readers_list_endorsed")));
  std::vector<ReaderRow> out;
  for (const auto& r : rs)
    out.push_back(ReaderRow{r.i64("account_id"), r.text("display_name"), r.text("username"), r.i64("enrolled_at"),
                            r.i64("reports"), r.opt_i64("endorsed_at"), r.text("endorsed_by_name")});
  return out;
}

Status rekey_report(store::Connection& conn, int64_t report_id, const ReportKeys& old_keys,
                    const std::vector<Holder>& readers, const std::vector<Holder>& identity_readers,
                    int64_t now_ms) {
  QF_TRY(store::Row rep, conn.query_one(store::sql(conn, "reports/report_get"), {report_id}));
  const std::string uid = rep.text("uid");
  std::vector<SealedField> fields;
  fields.push_back(SealedField{"matter", KeyPart::kMatter, std::string(kPartMatter), rep.text("matter_sealed")});
  if (!rep.is_null("identity_sealed"))
    fields.push_back(
        SealedField{"identity", KeyPart::kIdentity, std::string(kPartIdentity), rep.text("identity_sealed")});
  if (!rep.is_null("reason_sealed"))
    fields.push_back(SealedField{"reason", KeyPart::kMatter, std::string(kPartReason), rep.text("reason_sealed")});
  QF_TRY(auto atts, conn.query(store::sql(conn, "reports/attachments_full"), {report_id}));
  for (const auto& a : atts) {
    std::string id = std::to_string(a.i64("id"));
    fields.push_back(SealedField{"name:" + id, KeyPart::kMatter, attachment_name_part(a.i64("ord")),
                                 a.text("filename_sealed")});
    fields.push_back(SealedField{"content:" + id, KeyPart::kMatter, attachment_content_part(a.i64("ord")),
                                 a.text("content_sealed")});
  }
  QF_TRY(RotatedReport rotated, rotate_report(uid, old_keys, fields));
  store::Value matter = nullptr, identity = nullptr, reason = nullptr;
  std::map<std::string, std::pair<std::string, std::string>> att;  // id → name, content
  for (const auto& f : rotated.fields) {
    if (f.ref == "matter") matter = Blob{f.sealed};
    else if (f.ref == "identity") identity = Blob{f.sealed};
    else if (f.ref == "reason") reason = Blob{f.sealed};
    else if (f.ref.rfind("name:", 0) == 0) att[f.ref.substr(5)].first = f.sealed;
    else if (f.ref.rfind("content:", 0) == 0) att[f.ref.substr(8)].second = f.sealed;
  }
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_set_sealed"),
                             {matter, identity, reason, now_ms, report_id}));
  for (const auto& [id, nc] : att)
    QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/attachment_set_sealed"),
                               {Blob{nc.first}, Blob{nc.second}, static_cast<int64_t>(std::stoll(id))}));
  QF_TRY(Holder recovery, recovery_holder(conn));
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/wraps_delete_report"), {report_id}));
  for (const auto& w : wrap_report_keys(rotated.keys, readers, identity_readers, recovery))
    QF_TRY_STATUS(insert_wrap(conn, report_id, w.part, w.account_id, w.sealed, now_ms));
  return {};
}

Result<int64_t> revoke_reader(store::Connection& conn, int64_t actor_id, const std::string& actor_secret,
                              int64_t leaver_id, int64_t now_ms) {
  if (actor_id == leaver_id)
    return Error::invalid("report.revoke_self", "不能撤销自己的阅读密钥", "You cannot revoke your own reader key",
                          "account_id");
  QF_TRY(auto ids, conn.query(store::sql(conn, "reports/reports_of_holder"), {leaver_id}));
  int64_t n = 0;
  for (const auto& row : ids) {
    int64_t rid = row.i64("report_id");
    QF_TRY(auto wraps, load_wraps(conn, rid));
    QF_TRY(ReportKeys keys, open_report_keys(wraps, actor_id, actor_secret));
    QF_TRY(store::Row rep, conn.query_one(store::sql(conn, "reports/report_get"), {rid}));
    if (!rep.is_null("identity_sealed") && !keys.identity)
      return Error::make(ErrorKind::kForbidden, "report.no_key",
                         "您的密钥无法打开举报 " + rep.text("register_number") + " 的身份部分，无法轮换；请先用恢复码恢复",
                         "Your key cannot open the identity part of report " + rep.text("register_number") +
                             ", so it cannot be rotated; use the recovery code first");
    std::vector<Holder> readers, identity_readers;
    std::set<int64_t> seen_m, seen_i;
    for (const auto& w : wraps) {
      if (!w.account_id || *w.account_id == leaver_id) continue;
      auto h = reader_holder(conn, *w.account_id);
      if (!h.ok()) continue;  // no longer enrolled
      if (w.part == KeyPart::kMatter && seen_m.insert(*w.account_id).second) readers.push_back(*h);
      if (w.part == KeyPart::kIdentity && seen_i.insert(*w.account_id).second) identity_readers.push_back(*h);
    }
    QF_TRY_STATUS(rekey_report(conn, rid, keys, readers, identity_readers, now_ms));
    ++n;
  }
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/link_wrap_delete_holder"), {leaver_id}));
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/key_sessions_delete_account"), {leaver_id}));
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/assignments_delete_account"), {leaver_id}));
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/reader_delete"), {leaver_id}));
  return n;
}

}  // namespace qf::reports
