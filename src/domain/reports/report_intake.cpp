#include "domain/reports/report_intake.h"

#include "core/calendar.h"
#include "core/chinese_text.h"
#include "core/text_encoding.h"
#include "domain/clues/clue_number.h"
#include "domain/reports/attachment_sanitiser.h"
#include "domain/reports/query_code.h"
#include "domain/reports/reader_keys.h"
#include "domain/reports/report_crypto.h"
#include "store/database.h"

#include <set>

namespace qf::reports {
namespace {

using store::Blob;

Error invalid(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("report.invalid", zh, en, field);
}

size_t chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

Status check_text(const std::string& value, const std::string& field, const std::string& label_zh,
                  const std::string& label_en, const ReportsConfig& cfg) {
  if (!text::is_valid_utf8(value))
    return invalid(field, label_zh + "含有无法识别的字符", label_en + " contains characters that cannot be read");
  if (chars(value) > static_cast<size_t>(cfg.max_text_chars))
    return Error::make(ErrorKind::kTooLarge, "report.too_large",
                       label_zh + "超过 " + std::to_string(cfg.max_text_chars) + " 字的上限，请精简或改为附件",
                       label_en + " is longer than the limit of " + std::to_string(cfg.max_text_chars) +
                           " characters; shorten it or attach it as a file",
                       field);
  return {};
}

std::string mb(int64_t bytes) { return std::to_string(bytes >> 20) + " MB"; }

}  // namespace

Status validate_new_report(const NewReport& r, const ReportsConfig& cfg) {
  QF_TRY_STATUS(check_text(r.matter.reported_name, "reported.name", "被反映人姓名", "The reported person's name", cfg));
  QF_TRY_STATUS(check_text(r.matter.reported_unit, "reported.unit", "被反映人单位", "The reported person's unit", cfg));
  QF_TRY_STATUS(
      check_text(r.matter.reported_position, "reported.position", "被反映人职务", "The reported person's position", cfg));
  QF_TRY_STATUS(check_text(r.matter.matter, "matter", "反映的问题", "The matter", cfg));
  QF_TRY_STATUS(check_text(r.matter.time_place, "time_place", "时间地点", "Time and place", cfg));
  QF_TRY_STATUS(check_text(r.matter.evidence, "evidence", "证据说明", "Evidence", cfg));
  if (text::trim(r.matter.reported_name).empty())
    return invalid("reported.name", "请填写被反映人姓名", "Enter the name of the person reported");
  if (text::trim(r.matter.matter).empty())
    return invalid("matter", "请填写反映的主要问题", "Describe the matter you report");
  if (!r.anonymous) {
    QF_TRY_STATUS(check_text(r.identity.name, "identity.name", "举报人姓名", "Your name", cfg));
    QF_TRY_STATUS(check_text(r.identity.phone, "identity.phone", "联系电话", "Phone", cfg));
    QF_TRY_STATUS(check_text(r.identity.id_number, "identity.id_number", "身份证号", "ID number", cfg));
    QF_TRY_STATUS(check_text(r.identity.address, "identity.address", "联系地址", "Address", cfg));
    QF_TRY_STATUS(check_text(r.identity.contact, "identity.contact", "其他联系方式", "Other contact", cfg));
    if (text::trim(r.identity.name).empty())
      return invalid("identity.name", "实名举报请填写您的姓名", "A real-name report needs your name");
    if (text::trim(r.identity.phone).empty() && text::trim(r.identity.address).empty())
      return invalid("identity.phone", "实名举报请至少填写联系电话或联系地址之一",
                     "A real-name report needs a phone number or an address");
  }
  if (r.channel == Channel::kOnline && r.password.empty())
    return invalid("password", "请设置查询密码", "Choose a password for the query code");
  if (!r.password.empty() && chars(r.password) < static_cast<size_t>(cfg.password_min_length))
    return invalid("password", "查询密码至少 " + std::to_string(cfg.password_min_length) + " 个字符",
                   "The query password needs at least " + std::to_string(cfg.password_min_length) + " characters");
  if (r.password.size() > 1024) return invalid("password", "查询密码过长", "The query password is too long");
  if (r.attachments.size() > static_cast<size_t>(cfg.max_attachments))
    return Error::make(ErrorKind::kTooLarge, "report.too_large",
                       "附件最多 " + std::to_string(cfg.max_attachments) + " 个，请删去多余的附件",
                       "At most " + std::to_string(cfg.max_attachments) + " attachments; remove the extra ones",
                       "attachments");
  int64_t total = 0;
  for (size_t i = 0; i < r.attachments.size(); ++i) {
    const auto& a = r.attachments[i];
    std::string field = "attachments[" + std::to_string(i) + "]";
    int64_t size = static_cast<int64_t>(a.bytes.size());
    total += size;
    if (size > cfg.max_attachment_bytes())
      return Error::make(ErrorKind::kTooLarge, "report.too_large",
                         "附件“" + a.filename + "”超过单个附件 " + mb(cfg.max_attachment_bytes()) + " 的上限",
                         "Attachment \"" + a.filename + "\" is larger than the limit of " +
                             mb(cfg.max_attachment_bytes()) + " per file",
                         field);
    if (a.filename.empty() || !text::is_valid_utf8(a.filename) || chars(a.filename) > 255)
      return invalid(field + ".filename", "附件文件名无效", "The attachment's file name is not valid");
  }
  if (total > cfg.max_total_attachment_bytes())
    return Error::make(ErrorKind::kTooLarge, "report.too_large",
                       "附件合计超过 " + mb(cfg.max_total_attachment_bytes()) + " 的上限",
                       "The attachments together are larger than the limit of " +
                           mb(cfg.max_total_attachment_bytes()),
                       "attachments");
  if (!r.received_on.empty()) QF_TRY_STATUS(Date::parse(r.received_on, "received_on"));
  return {};
}

std::string subject_hash(const std::string& link_key, const ReportMatter& m) {
  std::string name = text::normalize_person_name(m.reported_name);
  if (name.empty()) return {};
  std::string unit = text::normalize(m.reported_unit, text::kCompanyName);
  return to_hex(hmac_sha256(link_key, name + "|" + unit));
}

Result<PreparedReport> prepare_report(const NewReport& r, const ReportsConfig& cfg, const SecurityConfig& sec,
                                      int64_t now_ms) {
  QF_TRY_STATUS(validate_new_report(r, cfg));
  PreparedReport p;
  p.number_pattern = cfg.number_pattern;
  p.channel = r.channel;
  p.anonymous = r.anonymous;
  p.registered_by = r.registered_by;
  p.matter = r.matter;
  const Date today = Date::from_unix_ms(now_ms);
  Date received = today;
  if (r.channel != Channel::kOnline && !r.received_on.empty()) {
    QF_TRY(received, Date::parse(r.received_on, "received_on"));
    if (received > today)
      return invalid("received_on", "收到日期不能晚于今天", "The day of receipt cannot be in the future");
  }
  p.received_year = received.year();
  p.received_on = received.to_string();
  // Online reports keep no fine timing (M8): the instant is rounded to the day.
  p.created_at = r.channel == Channel::kOnline ? now_ms / 86400000 * 86400000 : now_ms;
  const bool with_identity = !r.anonymous && !r.identity.empty();
  p.keys = new_report_keys(with_identity);
  p.uid = to_hex(random_bytes(16));
  for (size_t i = 0; i < r.attachments.size(); ++i) {
    QF_TRY(CleanAttachment c, sanitise_attachment(r.attachments[i].filename, r.attachments[i].bytes,
                                                  "attachments[" + std::to_string(i) + "]"));
    const int64_t ord = static_cast<int64_t>(i + 1);
    PreparedAttachment a;
    a.name_sealed = seal_part(p.keys.matter, p.uid, attachment_name_part(ord), c.name);
    a.content_type = content_type_of(c.type);
    a.size = static_cast<int64_t>(c.bytes.size());
    a.content_sealed = seal_part(p.keys.matter, p.uid, attachment_content_part(ord), c.bytes);
    wipe(c.bytes);
    p.attachments.push_back(std::move(a));
  }
  p.matter_sealed = seal_part(p.keys.matter, p.uid, kPartMatter, serialise(r.matter));
  if (with_identity) p.identity_sealed = seal_part(*p.keys.identity, p.uid, kPartIdentity, serialise(r.identity));
  if (!r.password.empty()) {
    p.query_code = new_query_code();
    QF_TRY(PasswordWrap w, wrap_for_reporter(p.keys.conversation, p.query_code, r.password, sec.argon2_opslimit,
                                             sec.argon2_memlimit));
    p.code_hash = query_code_hash(p.query_code);
    p.wrap_salt = w.salt;
    p.wrap_opslimit = w.opslimit;
    p.wrap_memlimit = w.memlimit;
    p.wrap_boxed = w.boxed;
  }
  return p;
}

Result<SubmittedReport> store_report(store::Connection& conn, const PreparedReport& p,
                                     const std::optional<Holder>& registering_reader,
                                     const std::optional<std::string>& link_key) {
  QF_TRY(bool ready, keys_initialised(conn));
  if (!ready)
    return Error::make(ErrorKind::kUnavailable, "report.intake_closed",
                       "举报受理尚未开通（密钥未设置），请稍后再试或通过来信来访反映",
                       "Report intake is not open yet (keys not set up); try later or report by letter or visit");
  QF_TRY(auto pattern, clues::ClueNumberPattern::compile(p.number_pattern));
  QF_TRY(store::Row counter, conn.query_one(store::sql(conn, "reports/counter_next"), {int64_t{p.received_year}}));
  const int64_t seq = counter.i64("high_water");
  SubmittedReport out;
  out.register_number = pattern.format(p.received_year, seq);
  out.received_on = p.received_on;
  out.query_code = p.query_code;
  auto opt_blob = [](const std::optional<std::string>& v) -> store::Value {
    return v ? store::Value(Blob{*v}) : store::Value(nullptr);
  };
  store::Value code_hash = p.code_hash ? store::Value(*p.code_hash) : store::Value(nullptr);
  store::Value ops = p.code_hash ? store::Value(p.wrap_opslimit) : store::Value(nullptr);
  store::Value mem = p.code_hash ? store::Value(p.wrap_memlimit) : store::Value(nullptr);
  QF_TRY(out.id, conn.insert(store::sql(conn, "reports/report_insert"),
                             {p.uid, out.register_number, int64_t{p.received_year}, seq,
                              std::string(channel_code(p.channel)), int64_t{p.anonymous ? 0 : 1},
                              std::string(status_code(ReportStatus::kReceived)), out.received_on,
                              Blob{p.matter_sealed}, opt_blob(p.identity_sealed), code_hash, opt_blob(p.wrap_salt), ops,
                              mem, opt_blob(p.wrap_boxed), store::opt(p.registered_by), p.created_at, p.created_at}));
  for (size_t i = 0; i < p.attachments.size(); ++i) {
    const PreparedAttachment& a = p.attachments[i];
    QF_TRY_STATUS(conn.insert(store::sql(conn, "reports/attachment_insert"),
                              {out.id, static_cast<int64_t>(i + 1), Blob{a.name_sealed}, a.content_type, a.size,
                               Blob{a.content_sealed}, p.created_at}));
  }

  QF_TRY(std::vector<Holder> secretaries, readers_with_role(conn, "discipline_secretary"));
  std::vector<Holder> readers = secretaries;
  if (registering_reader) {
    bool present = false;
    for (const auto& h : readers) present = present || h.account_id == registering_reader->account_id;
    if (!present) readers.push_back(*registering_reader);
  }
  QF_TRY(Holder recovery, recovery_holder(conn));
  for (const auto& w : wrap_report_keys(p.keys, readers, secretaries, recovery))
    QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/wrap_insert"),
                               {out.id, std::string(key_part_code(w.part)), store::opt(w.account_id), Blob{w.sealed},
                                p.created_at}));
  if (p.registered_by) {
    bool secretary = false;
    for (const auto& h : secretaries) secretary = secretary || h.account_id == p.registered_by;
    if (!secretary)
      QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/assignment_insert"),
                                 {out.id, *p.registered_by, *p.registered_by, p.created_at}));
  }
  if (link_key) {
    std::string h = subject_hash(*link_key, p.matter);
    if (!h.empty()) QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_set_subject"), {h, out.id}));
  }
  return out;
}

Result<SubmittedReport> submit_report(store::Connection& conn, const NewReport& r, const ReportsConfig& cfg,
                                      const SecurityConfig& sec, int64_t now_ms,
                                      const std::optional<Holder>& registering_reader,
                                      const std::optional<std::string>& link_key) {
  QF_TRY(PreparedReport p, prepare_report(r, cfg, sec, now_ms));
  return store_report(conn, p, registering_reader, link_key);
}

}  // namespace qf::reports
