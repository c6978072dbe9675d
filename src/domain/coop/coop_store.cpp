// Co-construction store functions: see coop_store.h.
#include "domain/coop/coop_store.h"

#include <fmt/format.h>

#include <array>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/calendar.h"
#include "core/sealed_bytes.h"
#include "domain/auth/value_seal.h"
#include "domain/dictionary/dictionary.h"
#include "domain/org/data_scope.h"

namespace qf::coop {
namespace {

struct Label {
  std::string_view code, zh, en;
};
// 合作状态.
constexpr std::array<Label, 3> kStatuses{{
    {"active", "共建中", "Active"},
    {"suspended", "暂停", "Suspended"},
    {"ended", "已到期 / 终止", "Ended"},
}};
// 回访反馈表的评价项目 (scored 1 很不满意 … 5 很满意).
constexpr std::array<Label, 5> kFeedbackItems{{
    {"integrity", "廉洁自律（不吃拿卡要）", "Integrity (no gifts, meals or favours asked)"},
    {"service", "服务态度", "Service attitude"},
    {"efficiency", "办事效率", "Efficiency"},
    {"rules", "依规依程序办事", "Following rules and procedures"},
    {"coop", "共建活动成效", "Results of the joint activities"},
}};

Error bad(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("coop.invalid", zh, en, field);
}
Error partner_not_found() {
  return Error::make(ErrorKind::kNotFound, "coop.partner_not_found", "合作单位不存在", "The partner unit does not exist");
}

bool known(const auto& table, std::string_view code) {
  for (const auto& l : table)
    if (l.code == code) return true;
  return false;
}

Result<std::string> checked_date(const std::string& text, const std::string& field, const std::string& label_zh,
                                 bool required) {
  if (text.empty()) {
    if (required) return bad(field, label_zh + "不能为空", field + " is required");
    return std::string();
  }
  auto d = Date::parse(text, field);
  if (!d.ok()) return bad(field, label_zh + "应为日期 YYYY-MM-DD", field + " must be a date YYYY-MM-DD");
  return d->to_string();
}

store::Value date_or_null(const std::string& d) { return d.empty() ? store::Value{nullptr} : store::Value{d}; }

// AEAD associated data: a sealed value copied onto another row or part does not open.
std::string ad(std::string_view part, int64_t id) { return fmt::format("qf-coop:v1:{}:{}", part, id); }
std::string seal(const auth::ServerKey& key, std::string_view part, int64_t id, std::string_view plain) {
  return auth::seal_value(key, kSealContext, kSealSubkey, ad(part, id), plain);
}
Result<std::string> open(const auth::ServerKey& key, std::string_view part, int64_t id, const std::string& stored) {
  if (stored.empty()) return std::string();
  auto fail = [] {
    return Error::make(ErrorKind::kUnavailable, "coop.sealed",
                       "加密保存的内容无法解密（服务器密钥文件与加密时不同？）",
                       "A sealed value cannot be opened (is the server key file the one it was sealed with?)");
  };
  auto plain = auth::open_value(key, kSealContext, kSealSubkey, ad(part, id), stored);
  if (!plain) return fail();
  return *plain;
}

Result<PartnerInput> checked(store::Connection& c, int64_t self_id, const PartnerInput& raw) {
  PartnerInput in = raw;
  if (in.name.empty()) return bad("name", "合作单位名称不能为空", "name is required");
  if (in.name.size() > 200) return bad("name", "合作单位名称过长（不超过 200 字节）", "name is too long");
  if (in.status.empty()) in.status = "active";
  if (!known(kStatuses, in.status))
    return bad("status", "状态应为 active（共建中）、suspended（暂停）或 ended（已到期 / 终止）",
               "status must be active, suspended or ended");
  QF_TRY(in.agreement_signed_on, checked_date(in.agreement_signed_on, "agreement_signed_on", "协议签订日期", false));
  QF_TRY(in.agreement_start, checked_date(in.agreement_start, "agreement_start", "协议期限起始日", false));
  QF_TRY(in.agreement_end, checked_date(in.agreement_end, "agreement_end", "协议期限截止日", false));
  if (!in.agreement_start.empty() && !in.agreement_end.empty() && in.agreement_end < in.agreement_start)
    return bad("agreement_end", "协议期限截止日不能早于起始日", "agreement_end is before agreement_start");
  QF_TRY(auto same, c.query(store::sql(c, "coop/partner_by_name"), {in.name, self_id}));
  if (!same.empty())
    return Error::make(ErrorKind::kConflict, "coop.partner_exists", "已有同名的合作单位：" + in.name,
                       "A partner unit with this name already exists: " + in.name, "name");
  return in;
}

Partner partner_of(const store::Row& r) {
  Partner p;
  p.id = r.i64("id");
  p.fields.name = r.text("name");
  p.fields.contact_name = r.text("contact_name");
  p.fields.contact_phone = r.text("contact_phone");
  p.fields.agreement_no = r.text("agreement_no");
  p.fields.agreement_signed_on = r.text("agreement_signed_on");
  p.fields.agreement_start = r.text("agreement_start");
  p.fields.agreement_end = r.text("agreement_end");
  p.fields.agreement_summary = r.text("agreement_summary");
  p.fields.status = r.text("status");
  p.public_key = r.opt_text("public_key");
  p.key_fingerprint = r.opt_text("key_fingerprint");
  p.key_registered_at = r.opt_i64("key_registered_at");
  p.keys_replaced = r.i64("keys_replaced");
  p.created_at = r.i64("created_at");
  p.updated_at = r.i64("updated_at");
  p.archived_at = r.opt_i64("archived_at");
  p.archive_reason = r.text("archive_reason");
  return p;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) out.push_back(line);
  }
  return out;
}
std::string join_lines(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v)
    if (!s.empty()) out += (out.empty() ? "" : "\n") + s;
  return out;
}

Result<Notice> notice_of(const store::Row& r, const auth::ServerKey& key) {
  Notice n;
  n.id = r.i64("id");
  n.partner_id = r.i64("partner_id");
  n.partner_name = r.text("partner_name");
  n.direction = r.text("direction");
  n.notice_no = r.text("notice_no");
  n.issued_on = r.text("issued_on");
  n.signed_at = r.text("signed_at");
  n.signer_unit = r.text("signer_unit");
  n.signer_fingerprint = r.text("signer_fingerprint");
  n.file_sha256 = r.text("file_sha256");
  n.created_at = r.i64("created_at");
  QF_TRY(std::string file, open(key, "notice", n.id, r.text("sealed_file")));
  QF_TRY(NoticeEnvelope env, parse_notice_file(file));
  // Stored files were verified when stored; the payload is read, not trusted blindly.
  auto p = nlohmann::json::parse(env.payload, nullptr, false);
  if (p.is_object()) {
    auto s = [&](const char* k) { return p.contains(k) && p[k].is_string() ? p[k].get<std::string>() : std::string(); };
    n.payload = NoticePayload{s("notice_no"), s("title"), s("body"), s("from_unit"), s("to_unit"), s("issued_on"),
                              s("signed_at")};
  }
  return n;
}

std::string where_notices(const NoticeQuery& q, store::Params& params) {
  std::string w = "1=1";
  if (q.partner_id) {
    w += " AND n.partner_id = ?";
    params.emplace_back(*q.partner_id);
  }
  if (q.direction) {
    w += " AND n.direction = ?";
    params.emplace_back(*q.direction);
  }
  return w;
}

Result<int64_t> store_notice(store::Connection& c, const auth::ServerKey& key, int64_t partner_id,
                             const std::string& direction, const NoticePayload& p, const std::string& fp,
                             const std::string& file, int64_t by, int64_t now_ms) {
  const std::string sha = sha256_hex(file);
  QF_TRY(auto dup, c.query(store::sql(c, "coop/notice_by_sha"), {sha}));
  if (!dup.empty())
    return Error::make(ErrorKind::kConflict, "coop.notice.duplicate", "这个通报文件已经登记过（同一文件不重复保存）",
                       "This notice file is already stored (the same file is stored once)", "file");
  QF_TRY(int64_t id, c.insert(store::sql(c, "coop/notice_insert"),
                              {partner_id, direction, p.notice_no, p.issued_on, p.signed_at, p.from_unit, fp, sha,
                               by > 0 ? store::Value{by} : store::Value{nullptr}, now_ms}));
  QF_TRY_STATUS(c.execute(store::sql(c, "coop/notice_set_file"), {seal(key, "notice", id, file), id}));
  return id;
}

}  // namespace

void register_coop_dictionaries() {
  dictionary::Dictionary st{"coop.partner_status", "共建状态", "Co-construction status", {}};
  int sort = 0;
  for (const auto& s : kStatuses) st.entries.push_back({std::string(s.code), std::string(s.zh), std::string(s.en), sort += 10});
  dictionary::register_dictionary(std::move(st));
  dictionary::Dictionary fb{"coop.feedback_item", "回访评价项目", "Return-visit feedback item", {}};
  sort = 0;
  for (const auto& s : kFeedbackItems)
    fb.entries.push_back({std::string(s.code), std::string(s.zh), std::string(s.en), sort += 10});
  dictionary::register_dictionary(std::move(fb));
}

Result<std::vector<Partner>> list_partners(store::Connection& c, bool include_archived) {
  QF_TRY(auto rows, c.query(org::splice(store::sql(c, "coop/partners_list"), "/*WHERE*/",
                                        include_archived ? "1=1" : "p.archived_at IS NULL")));
  std::vector<Partner> out;
  for (const auto& r : rows) out.push_back(partner_of(r));
  return out;
}

Result<Partner> get_partner(store::Connection& c, int64_t id) {
  QF_TRY(auto rows, c.query(org::splice(store::sql(c, "coop/partners_list"), "/*WHERE*/", "p.id = ?"), {id}));
  if (rows.empty()) return partner_not_found();
  return partner_of(rows.front());
}

Result<int64_t> create_partner(store::Connection& c, const PartnerInput& raw, int64_t by, int64_t now_ms) {
  QF_TRY(PartnerInput in, checked(c, 0, raw));
  return c.insert(store::sql(c, "coop/partner_insert"),
                  {in.name, in.contact_name, in.contact_phone, in.agreement_no, date_or_null(in.agreement_signed_on),
                   date_or_null(in.agreement_start), date_or_null(in.agreement_end), in.agreement_summary, in.status,
                   by > 0 ? store::Value{by} : store::Value{nullptr}, now_ms, now_ms});
}

Status update_partner(store::Connection& c, int64_t id, const PartnerInput& raw, int64_t now_ms) {
  QF_TRY(Partner old, get_partner(c, id));
  if (old.archived_at)
    return Error::make(ErrorKind::kConflict, "coop.partner_archived", "合作单位已归档，不能修改",
                       "The partner unit is archived and cannot be changed");
  QF_TRY(PartnerInput in, checked(c, id, raw));
  QF_TRY_STATUS(c.execute(store::sql(c, "coop/partner_update"),
                          {in.name, in.contact_name, in.contact_phone, in.agreement_no,
                           date_or_null(in.agreement_signed_on), date_or_null(in.agreement_start),
                           date_or_null(in.agreement_end), in.agreement_summary, in.status, now_ms, id}));
  return {};
}

Status archive_partner(store::Connection& c, int64_t id, const std::string& reason, int64_t now_ms) {
  QF_TRY(Partner old, get_partner(c, id));
  if (reason.empty()) return bad("reason", "请填写归档原因", "reason is required");
  if (old.archived_at)
    return Error::make(ErrorKind::kConflict, "coop.partner_archived", "合作单位已归档", "The partner unit is already archived");
  QF_TRY_STATUS(c.execute(store::sql(c, "coop/partner_archive"), {now_ms, reason, now_ms, id}));
  return {};
}

Result<KeyChange> register_key(store::Connection& c, int64_t partner_id, const std::string& key_text, bool replace,
                               const std::string& reason, int64_t by, int64_t now_ms) {
  QF_TRY(Partner p, get_partner(c, partner_id));
  if (p.archived_at)
    return Error::make(ErrorKind::kConflict, "coop.partner_archived", "合作单位已归档，不能登记公钥",
                       "The partner unit is archived");
  QF_TRY(PublicKey key, parse_public_key(key_text, "public_key"));
  const std::string fp = fingerprint(key);
  if (p.public_key) {
    if (!replace)
      return Error::make(ErrorKind::kConflict, "coop.key.registered",
                         "该单位已登记公钥（指纹 " + p.key_fingerprint.value_or("").substr(0, 16) +
                             "…）；更换公钥须选择“更换”并说明原因，更换将记入审计日志",
                         "This partner already has a registered key; replacing it needs replace=true and a reason "
                         "(the replacement is audited)",
                         "public_key");
    if (reason.empty()) return bad("reason", "更换公钥须说明原因", "A reason is required to replace the key");
    if (p.key_fingerprint == fp)
      return bad("public_key", "新公钥与已登记的公钥相同", "The new key is the one already registered");
  }
  QF_TRY(auto other, c.query(store::sql(c, "coop/partner_by_fingerprint"), {fp, partner_id}));
  if (!other.empty())
    return Error::make(ErrorKind::kConflict, "coop.key.in_use",
                       "该公钥已登记为合作单位“" + other.front().text("name") + "”的公钥",
                       "This key is registered for another partner unit: " + other.front().text("name"), "public_key");
  KeyChange out;
  out.old_fingerprint = p.key_fingerprint;
  out.new_fingerprint = fp;
  QF_TRY_STATUS(c.execute(store::sql(c, "coop/key_retire"), {now_ms, partner_id}));
  QF_TRY(int64_t kid, c.insert(store::sql(c, "coop/key_insert"),
                               {partner_id, stored_key_text(key), fp, reason,
                                by > 0 ? store::Value{by} : store::Value{nullptr}, now_ms}));
  (void)kid;
  QF_TRY_STATUS(c.execute(store::sql(c, "coop/partner_set_key"), {stored_key_text(key), fp, now_ms, now_ms, partner_id}));
  return out;
}

Result<int64_t> create_outgoing(store::Connection& c, const auth::ServerKey& server_key, const std::string& unit_name,
                                int64_t partner_id, const OutgoingNotice& in, const std::string& signed_at, int64_t by,
                                int64_t now_ms) {
  QF_TRY(Partner p, get_partner(c, partner_id));
  if (p.archived_at)
    return Error::make(ErrorKind::kConflict, "coop.partner_archived", "合作单位已归档，不能再通报",
                       "The partner unit is archived");
  if (in.title.empty()) return bad("title", "通报标题不能为空", "title is required");
  if (in.body.empty()) return bad("body", "通报内容不能为空", "body is required");
  QF_TRY(std::string issued_on, checked_date(in.issued_on, "issued_on", "通报日期", true));
  QF_TRY(auto cnt, c.query(store::sql(c, "coop/notice_count_out"), {issued_on.substr(0, 4)}));
  NoticePayload payload;
  payload.notice_no = fmt::format("〔{}〕廉政共建通报第{}号", issued_on.substr(0, 4), cnt.front().i64("n") + 1);
  payload.title = in.title;
  payload.body = in.body;
  payload.from_unit = unit_name;
  payload.to_unit = p.fields.name;
  payload.issued_on = issued_on;
  payload.signed_at = signed_at;
  // The bureau signs with the partner's algorithm: SM2 to a partner whose key is SM2.
  KeyAlgorithm alg = KeyAlgorithm::kEd25519;
  if (p.public_key) {
    auto pk = parse_public_key(*p.public_key, "public_key");
    if (pk.ok()) alg = pk->algorithm;
  }
  const SigningKey key = bureau_signing_key(server_key, alg);
  const std::string file = sign_notice_file(key, payload);
  return store_notice(c, server_key, partner_id, "out", payload, fingerprint(key.public_key), file, by, now_ms);
}

Result<int64_t> receive_notice(store::Connection& c, const auth::ServerKey& server_key, int64_t partner_id,
                               std::string_view file, int64_t by, int64_t now_ms) {
  QF_TRY(Partner p, get_partner(c, partner_id));
  if (p.archived_at)
    return Error::make(ErrorKind::kConflict, "coop.partner_archived", "合作单位已归档，不能接收通报",
                       "The partner unit is archived");
  QF_TRY(NoticeEnvelope env, parse_notice_file(file));
  if (!p.public_key)
    return Error::invalid("coop.key.unregistered",
                          "合作单位“" + p.fields.name + "”尚未登记公钥，无法校验签名；请先登记其公钥。文件未保存",
                          "The partner unit \"" + p.fields.name +
                              "\" has no registered public key, so the signature cannot be checked; register its key "
                              "first. Nothing was stored",
                          "file");
  QF_TRY(PublicKey expected, parse_public_key(*p.public_key, "public_key"));
  if (!signature_verifies(env, expected)) {
    // Name the unit whose key did sign it, when it is another registered partner.
    QF_TRY(auto others, c.query(store::sql(c, "coop/partners_with_key"), {partner_id}));
    for (const auto& r : others) {
      auto k = parse_public_key(r.text("public_key"), "public_key");
      if (k.ok() && signature_verifies(env, *k))
        return Error::invalid("coop.signature.wrong_partner",
                              "签名校验失败：该文件是“" + r.text("name") + "”签名的，不是所选的合作单位“" +
                                  p.fields.name + "”。文件未保存",
                              "Signature verification failed: the file was signed by \"" + r.text("name") +
                                  "\", not by the selected partner unit \"" + p.fields.name + "\". Nothing was stored",
                              "file");
    }
  }
  QF_TRY(NoticePayload payload, verify_notice_file(file, expected, p.fields.name));
  QF_TRY(std::string issued_on, checked_date(payload.issued_on, "file", "通报内容中的通报日期", true));
  payload.issued_on = issued_on;
  return store_notice(c, server_key, partner_id, "in", payload, fingerprint(expected), std::string(file), by, now_ms);
}

Result<std::pair<std::vector<Notice>, int64_t>> list_notices(store::Connection& c, const auth::ServerKey& key,
                                                             const NoticeQuery& q) {
  store::Params params;
  const std::string w = where_notices(q, params);
  QF_TRY(auto cnt, c.query(org::splice(store::sql(c, "coop/notices_count"), "/*WHERE*/", w), params));
  store::Params page = params;
  page.emplace_back(q.limit > 0 ? q.limit : int64_t{1000000});
  page.emplace_back(q.offset);
  QF_TRY(auto rows, c.query(org::splice(store::sql(c, "coop/notices_page"), "/*WHERE*/", w), page));
  std::vector<Notice> out;
  for (const auto& r : rows) {
    QF_TRY(Notice n, notice_of(r, key));
    out.push_back(std::move(n));
  }
  return std::make_pair(std::move(out), cnt.front().i64("n"));
}

Result<Notice> get_notice(store::Connection& c, const auth::ServerKey& key, int64_t id) {
  QF_TRY(auto rows, c.query(org::splice(store::sql(c, "coop/notices_page"), "/*WHERE*/", "n.id = ?"),
                            {id, int64_t{1}, int64_t{0}}));
  if (rows.empty())
    return Error::make(ErrorKind::kNotFound, "coop.notice_not_found", "通报不存在", "The notice does not exist");
  return notice_of(rows.front(), key);
}

Result<std::string> notice_file(store::Connection& c, const auth::ServerKey& key, int64_t id) {
  QF_TRY(auto rows, c.query(org::splice(store::sql(c, "coop/notices_page"), "/*WHERE*/", "n.id = ?"),
                            {id, int64_t{1}, int64_t{0}}));
  if (rows.empty())
    return Error::make(ErrorKind::kNotFound, "coop.notice_not_found", "通报不存在", "The notice does not exist");
  return open(key, "notice", id, rows.front().text("sealed_file"));
}

Result<int64_t> create_training(store::Connection& c, const Training& in, int64_t by, int64_t now_ms) {
  QF_TRY(Partner p, get_partner(c, in.partner_id));
  (void)p;
  if (in.kind != "training" && in.kind != "seminar")
    return bad("kind", "活动类别应为廉政教育联合培训或纪检业务研讨交流", "kind must be training or seminar");
  QF_TRY(std::string held_on, checked_date(in.held_on, "held_on", "培训日期", true));
  if (in.topic.empty()) return bad("topic", "培训主题不能为空", "topic is required");
  if (join_lines(in.our_participants).empty())
    return bad("our_participants", "请填写我方参训人员", "our_participants is required");
  if (join_lines(in.partner_participants).empty())
    return bad("partner_participants", "请填写合作单位参训人员", "partner_participants is required");
  return c.insert(store::sql(c, "coop/training_insert"),
                  {in.partner_id, held_on, in.topic, in.place, join_lines(in.our_participants),
                   join_lines(in.partner_participants), by > 0 ? store::Value{by} : store::Value{nullptr}, now_ms,
                   in.kind});
}

Result<std::vector<Training>> list_trainings(store::Connection& c, std::optional<int64_t> partner_id) {
  store::Params params;
  std::string w = "1=1";
  if (partner_id) {
    w = "t.partner_id = ?";
    params.emplace_back(*partner_id);
  }
  QF_TRY(auto rows, c.query(org::splice(store::sql(c, "coop/trainings_list"), "/*WHERE*/", w), params));
  std::vector<Training> out;
  for (const auto& r : rows) {
    Training t;
    t.id = r.i64("id");
    t.partner_id = r.i64("partner_id");
    t.partner_name = r.text("partner_name");
    t.kind = r.text("kind");
    t.held_on = r.text("held_on");
    t.topic = r.text("topic");
    t.place = r.text("place");
    t.our_participants = lines_of(r.text("our_participants"));
    t.partner_participants = lines_of(r.text("partner_participants"));
    t.created_at = r.i64("created_at");
    out.push_back(std::move(t));
  }
  return out;
}

Result<int64_t> create_visit(store::Connection& c, const auth::ServerKey& key, const Visit& in, int64_t by,
                             int64_t now_ms) {
  QF_TRY(Partner p, get_partner(c, in.partner_id));
  (void)p;
  QF_TRY(std::string visited_on, checked_date(in.visited_on, "visited_on", "回访日期", true));
  if (in.visitors.empty()) return bad("visitors", "请填写回访人员", "visitors is required");
  for (const auto& item : kFeedbackItems) {
    auto it = in.scores.find(std::string(item.code));
    const std::string field = "scores." + std::string(item.code);
    if (it == in.scores.end())
      return bad(field, "反馈表缺少评价项“" + std::string(item.zh) + "”的评分",
                 "The feedback form has no score for \"" + std::string(item.en) + "\"");
    if (it->second < 1 || it->second > 5)
      return bad(field, "“" + std::string(item.zh) + "”的评分应为 1 至 5",
                 "The score for \"" + std::string(item.en) + "\" must be 1 to 5");
  }
  for (const auto& [code, score] : in.scores)
    if (!known(kFeedbackItems, code))
      return bad("scores." + code, "未知的评价项目：" + code, "Unknown feedback item: " + code);
  QF_TRY(int64_t id, c.insert(store::sql(c, "coop/visit_insert"),
                              {in.partner_id, visited_on, in.visitors, in.interviewees,
                               by > 0 ? store::Value{by} : store::Value{nullptr}, now_ms}));
  for (const auto& [code, score] : in.scores)
    QF_TRY_STATUS(c.execute(store::sql(c, "coop/score_insert"), {id, code, int64_t{score}}));
  if (!in.comments.empty())
    QF_TRY_STATUS(c.execute(store::sql(c, "coop/visit_set_comments"), {seal(key, "visit", id, in.comments), id}));
  return id;
}

Result<std::vector<Visit>> list_visits(store::Connection& c, const auth::ServerKey& key,
                                       std::optional<int64_t> partner_id) {
  store::Params params;
  std::string w = "1=1";
  if (partner_id) {
    w = "v.partner_id = ?";
    params.emplace_back(*partner_id);
  }
  QF_TRY(auto rows, c.query(org::splice(store::sql(c, "coop/visits_list"), "/*WHERE*/", w), params));
  std::vector<Visit> out;
  std::string in;
  store::Params ids;
  for (const auto& r : rows) {
    Visit v;
    v.id = r.i64("id");
    v.partner_id = r.i64("partner_id");
    v.partner_name = r.text("partner_name");
    v.visited_on = r.text("visited_on");
    v.visitors = r.text("visitors");
    v.interviewees = r.text("interviewees");
    QF_TRY(v.comments, open(key, "visit", v.id, r.text("sealed_comments")));
    v.created_at = r.i64("created_at");
    in += in.empty() ? "?" : ",?";
    ids.emplace_back(v.id);
    out.push_back(std::move(v));
  }
  if (out.empty()) return out;
  QF_TRY(auto scores, c.query(org::splice(store::sql(c, "coop/scores_of"), "/*IDS*/", in), ids));
  for (auto& v : out)
    for (const auto& r : scores)
      if (r.i64("visit_id") == v.id) v.scores[r.text("item")] = static_cast<int>(r.i64("score"));
  return out;
}

Result<std::vector<PartnerSummary>> summary(store::Connection& c) {
  QF_TRY(auto rows, c.query(store::sql(c, "coop/summary_counts")));
  QF_TRY(auto scores, c.query(store::sql(c, "coop/summary_scores")));
  std::vector<PartnerSummary> out;
  for (const auto& r : rows) {
    PartnerSummary s;
    s.partner_id = r.i64("id");
    s.partner_name = r.text("name");
    s.trainings = r.i64("trainings");
    s.notices_out = r.i64("notices_out");
    s.notices_in = r.i64("notices_in");
    s.visits = r.i64("visits");
    s.last_visit_on = r.text("last_visit_on");
    int64_t total = 0, n = 0;
    for (const auto& sr : scores) {
      if (sr.i64("partner_id") != s.partner_id) continue;
      const int64_t t = sr.i64("total"), k = sr.i64("n");
      if (k > 0) s.average_by_item[sr.text("item")] = static_cast<double>(t) / static_cast<double>(k);
      total += t;
      n += k;
    }
    if (n > 0) s.average = static_cast<double>(total) / static_cast<double>(n);
    out.push_back(std::move(s));
  }
  return out;
}

Result<int64_t> reseal_coop(store::Connection& c, const auth::ServerKey& old_key, const auth::ServerKey& new_key) {
  int64_t n = 0;
  struct Part {
    const char* select;
    const char* update;
    const char* part;
  };
  for (const Part& p : {Part{"coop/notices_sealed", "coop/notice_set_file", "notice"},
                        Part{"coop/visits_sealed", "coop/visit_set_comments", "visit"}}) {
    QF_TRY(auto rows, c.query(store::sql(c, p.select)));
    for (const auto& r : rows) {
      const int64_t id = r.i64("id");
      QF_TRY(std::string plain, open(old_key, p.part, id, r.text("sealed")));
      QF_TRY_STATUS(c.execute(store::sql(c, p.update), {seal(new_key, p.part, id, plain), id}));
      ++n;
    }
  }
  return n;
}

}  // namespace qf::coop
