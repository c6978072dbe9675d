#include "domain/reports/reporter_access.h"

#include "core/chinese_text.h"
#include "core/text_encoding.h"
#include "domain/reports/intake_limits.h"
#include "domain/reports/query_code.h"
#include "domain/reports/reader_keys.h"
#include "domain/reports/report_crypto.h"
#include "store/database.h"

#include <variant>

namespace qf::reports {
namespace {

using store::Blob;

// One Argon2id derivation that cannot succeed, so that a wrong or unknown code costs
// the same time as a wrong password.
void dummy_derivation(const SecurityConfig& sec, std::string_view password) {
  PasswordWrap w;
  w.salt = random_bytes(16);
  w.opslimit = sec.argon2_opslimit;
  w.memlimit = sec.argon2_memlimit;
  w.boxed = random_bytes(64);
  (void)unwrap_with_password(w, password);
}

struct Opened {
  int64_t report_id = 0;
  std::string uid;
  std::string conversation_key;
  ReporterView view;
};

Result<std::variant<Opened, ReporterAccess>> open_as_reporter_checked(store::Connection& conn,
                                                                       const ReportsConfig& cfg,
                                                                       const SecurityConfig& sec,
                                                                       std::string_view client_addr,
                                                                       std::string_view typed_code,
                                                                       std::string_view password, int64_t now_ms) {
  using Out = std::variant<Opened, ReporterAccess>;
  QF_TRY(KeySettings settings, key_settings(conn));  // refuses until the reports keys exist
  (void)settings;
  QF_TRY(const std::string addr_bucket, rate_bucket(sec, "lookup", client_addr, now_ms));
  ReporterAccess limited;
  limited.kind = ReporterAccess::Kind::kLimited;
  limited.retry_after_seconds = retry_after_seconds(now_ms);
  QF_TRY(bool over, over_limit(conn, addr_bucket, cfg.lookup_per_address_per_hour, now_ms));
  if (over) return Out{limited};
  auto fail = [&]() -> Result<Out> {
    (void)count_hit(conn, addr_bucket, cfg.lookup_per_address_per_hour, now_ms, "report.lookup_limited", "", "");
    return Out{ReporterAccess{}};
  };
  const std::string code = normalise_query_code(typed_code);
  if (code.empty()) {
    dummy_derivation(sec, password);
    return fail();
  }
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/report_by_code"), {query_code_hash(code)}));
  if (rs.empty()) {
    dummy_derivation(sec, password);
    return fail();
  }
  const store::Row& r = rs.front();
  const int64_t id = r.i64("id");
  if (r.i64("locked_until") > now_ms) {
    limited.retry_after_seconds = (r.i64("locked_until") - now_ms + 999) / 1000;
    return Out{limited};
  }
  PasswordWrap w;
  w.salt = r.text("reporter_kdf_salt");
  w.opslimit = r.i64("reporter_kdf_opslimit");
  w.memlimit = r.i64("reporter_kdf_memlimit");
  w.boxed = r.text("reporter_wrap");
  auto key = open_as_reporter(w, code, password);
  if (!key.ok()) {
    if (key.error().kind == ErrorKind::kUnavailable) return key.take_error();
    QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_lookup_failed"),
                               {int64_t{cfg.lookup_max_failures},
                                now_ms + static_cast<int64_t>(cfg.lookup_lock_minutes) * 60000, id}));
    return fail();
  }
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_lookup_ok"), {id}));
  Opened o;
  o.report_id = id;
  o.uid = r.text("uid");
  o.conversation_key = std::move(*key);
  auto status = status_from_code(r.text("status")).value_or(ReportStatus::kReceived);
  o.view.stage = stage_of(status);
  o.view.received_on = r.text("received_date");
  o.view.real_name = r.boolean("real_name");
  o.view.awaiting_reply = r.boolean("awaiting_reply");
  std::optional<std::string> feedback;
  QF_TRY(o.view.messages, open_messages(conn, id, o.uid, o.conversation_key, &feedback));
  if (o.view.real_name && status == ReportStatus::kClosed) o.view.feedback = feedback;
  return Out{std::move(o)};
}

}  // namespace

Error lookup_failed() {
  return Error::make(ErrorKind::kUnauthenticated, "report.lookup_failed", "查询码或密码不正确",
                     "The query code or the password is not correct", "query_code");
}

Error lookup_limited(int64_t retry_after_seconds) {
  int64_t minutes = (retry_after_seconds + 59) / 60;
  return Error::make(ErrorKind::kRateLimited, "report.lookup_limited",
                     "查询失败次数过多，已暂时锁定，请约 " + std::to_string(minutes) + " 分钟后再试",
                     "Too many failed lookups; locked for now — try again in about " + std::to_string(minutes) +
                         " minutes",
                     "retry_after=" + std::to_string(retry_after_seconds));
}

Result<std::vector<ConversationMessage>> open_messages(store::Connection& conn, int64_t report_id,
                                                       const std::string& uid, const std::string& conversation_key,
                                                       std::optional<std::string>* feedback) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/messages_of"), {report_id}));
  std::vector<ConversationMessage> out;
  for (const auto& r : rs) {
    QF_TRY(std::string text, open_part(conversation_key, uid, message_part(r.i64("ord")), r.text("body_sealed")));
    const std::string dir = r.text("direction");
    if (dir == "feedback") {
      if (feedback) *feedback = std::move(text);
      continue;
    }
    ConversationMessage m;
    m.id = r.i64("id");
    m.from = dir == "from_reporter" ? "reporter" : "handler";
    m.text = std::move(text);
    m.at = r.i64("created_at");
    m.in_reply_to = r.opt_i64("in_reply_to");
    out.push_back(std::move(m));
  }
  return out;
}

Result<ReporterAccess> look_up_as_reporter(store::Connection& conn, const ReportsConfig& cfg,
                                           const SecurityConfig& sec, std::string_view client_addr,
                                           std::string_view code, std::string_view password, int64_t now_ms) {
  QF_TRY(auto opened, open_as_reporter_checked(conn, cfg, sec, client_addr, code, password, now_ms));
  if (auto* a = std::get_if<ReporterAccess>(&opened)) return *a;
  auto& o = std::get<Opened>(opened);
  ReporterAccess out;
  out.kind = ReporterAccess::Kind::kOk;
  out.view = std::move(o.view);
  wipe(o.conversation_key);
  return out;
}

Result<ReporterAccess> reply_as_reporter(store::Connection& conn, const ReportsConfig& cfg,
                                         const SecurityConfig& sec, std::string_view client_addr,
                                         std::string_view code, std::string_view password, int64_t in_reply_to,
                                         const std::string& text, int64_t now_ms) {
  QF_TRY(auto opened, open_as_reporter_checked(conn, cfg, sec, client_addr, code, password, now_ms));
  if (auto* a = std::get_if<ReporterAccess>(&opened)) return *a;
  auto& o = std::get<Opened>(opened);
  bool question = false;
  for (const auto& m : o.view.messages) question = question || (m.id == in_reply_to && m.from == "handler");
  if (!question)
    return Error::invalid("report.invalid", "要回复的问题不存在", "The question you answer does not exist",
                          "in_reply_to");
  if (stage_is_final(o.view.stage))
    return Error::make(ErrorKind::kConflict, "report.closed", "此举报已办结，不能再回复",
                       "This report is closed; answers are no longer taken", "text");
  if (text::trim(text).empty() || !text::is_valid_utf8(text))
    return Error::invalid("report.invalid", "请填写回复内容", "Write your answer", "text");
  if (text.size() > static_cast<size_t>(cfg.max_text_chars) * 4)
    return Error::make(ErrorKind::kTooLarge, "report.too_large",
                       "回复超过 " + std::to_string(cfg.max_text_chars) + " 字的上限",
                       "The answer is longer than " + std::to_string(cfg.max_text_chars) + " characters", "text");
  QF_TRY(store::Row next, conn.query_one(store::sql(conn, "reports/message_next_ord"), {o.report_id}));
  const int64_t ord = next.i64("ord");
  // The instant of a reporter's answer is kept to the day only (M8).
  const int64_t at = now_ms / 86400000 * 86400000;
  QF_TRY(int64_t mid, conn.insert(store::sql(conn, "reports/message_insert"),
                                  {o.report_id, ord, std::string("from_reporter"),
                                   Blob{seal_part(o.conversation_key, o.uid, message_part(ord), text)}, nullptr,
                                   in_reply_to, at}));
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_set_awaiting"), {int64_t{0}, now_ms, o.report_id}));
  o.view.messages.push_back(ConversationMessage{mid, "reporter", text, at, in_reply_to});
  o.view.awaiting_reply = false;
  ReporterAccess out;
  out.kind = ReporterAccess::Kind::kOk;
  out.view = std::move(o.view);
  wipe(o.conversation_key);
  return out;
}

}  // namespace qf::reports
