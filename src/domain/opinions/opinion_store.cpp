#include "domain/opinions/opinion_store.h"

#include <set>

#include "core/calendar.h"
#include "core/config_section.h"
#include "domain/auth/value_seal.h"
#include "domain/opinions/opinion_draft.h"
#include "domain/org/data_scope.h"
#include "domain/verification/opinion_facts.h"
#include "store/like.h"

namespace qf::opinions {
namespace {

using json = nlohmann::json;

constexpr const char* kKdfContext = "qfopin01";
constexpr uint64_t kSubkeyV1 = 1;
constexpr size_t kMaxText = 2000;
constexpr size_t kMaxPeople = 50;

std::string associated(int64_t id, std::string_view part) {
  return "qf-opin:v1:answer:" + std::to_string(id) + ":" + std::string(part);
}
std::string seal(const auth::ServerKey& key, int64_t id, std::string_view part, std::string_view plain) {
  return auth::seal_value(key, kKdfContext, kSubkeyV1, associated(id, part), plain);
}
Result<std::string> open(const auth::ServerKey& key, int64_t id, std::string_view part, std::string_view stored) {
  auto plain = auth::open_value(key, kKdfContext, kSubkeyV1, associated(id, part), stored);
  if (!plain) {
    Error e = Error::make(ErrorKind::kUnavailable, "opinions.sealed", "意见回复内容无法解密，请联系系统管理员核对服务器密钥文件",
                          "The opinion cannot be opened: ask the system administrator to check the server key file");
    e.internal_detail = "opinion answer " + std::to_string(id) + " " + std::string(part) + " does not open";
    return e;
  }
  return std::move(*plain);
}

Error request_not_found() { return Error::not_found("征求意见", "Opinion request"); }
Error answer_not_found() { return Error::not_found("意见回复", "Opinion"); }
Error stale() {
  return Error::make(ErrorKind::kConflict, "opinions.stale", "意见回复已被他人修改或已审批，请刷新后再试",
                     "The opinion was changed or approved meanwhile: reload and try again");
}

bool handler(const auth::Principal& who) { return !who.is_admin() && who.can(perm::kHandle); }
bool own(const auth::Principal& who, int64_t person) { return who.person_id && *who.person_id == person; }

size_t utf8_chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
  return n;
}
std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

Request request_of(const store::Row& r) {
  Request q;
  q.id = r.i64("id");
  q.purpose = r.text("purpose");
  q.purpose_note = r.text("purpose_note");
  q.requested_by = r.text("requested_by");
  q.requester_name = r.text("requester_name");
  q.created_at = r.i64("created_at");
  q.total = r.i64("total");
  q.approved = r.i64("approved");
  return q;
}

// The answer as `who` may see it.
Result<Answer> answer_of(const store::Row& r, const auth::Principal& who, const auth::ServerKey& key) {
  Answer a;
  a.id = r.i64("id");
  a.request_id = r.i64("request_id");
  a.person_id = r.i64("person_id");
  a.person_name = r.text("person_name");
  a.employee_no = r.text("employee_no");
  a.department_name = r.text("department_name");
  a.position_name = r.text("position_name");
  a.status = r.text("status");
  a.number = r.is_null("number") ? "" : r.text("number");
  a.approved_by_name = r.text("approved_by_name");
  a.edited_by_name = r.text("edited_by_name");
  a.approved_at = r.opt_i64("approved_at");
  a.edited_at = r.opt_i64("edited_at");
  a.drafted_at = r.i64("drafted_at");
  a.version = r.i64("version");
  a.grounds = nullptr;
  const bool approved = a.status == "approved";
  if (handler(who)) {
    if (own(who, a.person_id)) {
      a.recused = true;
      return a;
    }
    QF_TRY(a.text, open(key, a.id, "text", r.text("text_sealed")));
    QF_TRY(std::string g, open(key, a.id, "grounds", r.text("grounds_sealed")));
    json gj = json::parse(g, nullptr, false);
    a.grounds = gj.is_discarded() ? json(nullptr) : gj.value("facts", json(nullptr));
    a.hold = !gj.is_discarded() && gj.value("hold", false);
    a.can_edit = !approved;
    a.can_approve = !approved && who.can(perm::kApprove);
  } else if (approved) {
    QF_TRY(a.text, open(key, a.id, "text", r.text("text_sealed")));
  }
  return a;
}

struct Located {
  int64_t request_id = 0, person_id = 0;
  std::string status, purpose;
  std::string person_name;
};

// The answer for a handler acting on it: kNotFound unless a handler who is not its person.
Result<Located> locate_for_handler(store::Connection& conn, const auth::Principal& who, int64_t answer_id) {
  if (!handler(who)) return answer_not_found();
  QF_TRY(auto rows, conn.query(store::sql(conn, "opinions/answer_request"), {answer_id}));
  if (rows.empty() || own(who, rows.front().i64("person_id"))) return answer_not_found();
  Located l{rows.front().i64("request_id"), rows.front().i64("person_id"), rows.front().text("status"), "", ""};
  QF_TRY(auto req, conn.query(store::sql(conn, "opinions/request_get"), {l.request_id}));
  if (req.empty()) return answer_not_found();
  l.purpose = req.front().text("purpose");
  QF_TRY(auto p, conn.query(store::sql(conn, "verification/person_get"), {l.person_id}));
  if (!p.empty()) l.person_name = p.front().text("name");
  return l;
}

Result<std::pair<std::string, std::string>> draft_for(store::Connection& conn, const auth::ServerKey& key,
                                                      const OpinionsConfig& cfg, int64_t person_id,
                                                      const std::string& person_name, const std::string& purpose,
                                                      int64_t now) {
  QF_TRY(verification::IntegrityFacts facts, verification::integrity_facts(conn, key, person_id));
  Draft d = draft_answer(person_name, purpose, Date::from_unix_ms(now), static_cast<int>(cfg.concealed_years), facts);
  json g{{"hold", d.hold}, {"facts", d.grounds}};
  return std::pair<std::string, std::string>{d.text, g.dump()};
}

Result<Answer> reload(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key, int64_t id) {
  QF_TRY(auto pair, get_answer(conn, who, key, id));
  return pair.second;
}

}  // namespace

Result<OpinionsConfig> OpinionsConfig::from_toml(std::string_view toml_text, std::string_view source_name) {
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, std::string(source_name), "opinions"));
  OpinionsConfig cfg;
  for (auto&& [key, node] : parsed.table()) {
    const std::string k(key.str());
    if (k == "concealed_years") {
      QF_TRY(cfg.concealed_years, parsed.integer(k, node, 1, 20));
    } else {
      return parsed.unknown_key(k, node);
    }
  }
  return cfg;
}

bool can_read(const auth::Principal& who) {
  return !who.is_admin() && (who.can(perm::kRequest) || who.can(perm::kHandle));
}

Result<std::vector<Request>> list_requests(store::Connection& conn, const auth::Principal& who) {
  std::vector<Request> out;
  if (!can_read(who)) return request_not_found();
  QF_TRY(auto rows, conn.query(store::sql(conn, "opinions/requests_list")));
  for (const auto& r : rows) out.push_back(request_of(r));
  return out;
}

Result<int64_t> create_request(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                               const OpinionsConfig& cfg, const NewRequest& in, int64_t now) {
  if (who.is_admin() || !who.can(perm::kRequest)) return request_not_found();
  if (!known_purpose(in.purpose))
    return Error::invalid("opinions.invalid", "征求意见事由 purpose 应为 提拔、评优、调任 或 其他",
                          "purpose must be promotion, award, transfer or other", "purpose");
  const std::string note = trim(in.purpose_note);
  if (in.purpose == "other" && note.empty())
    return Error::invalid("opinions.invalid", "事由为“其他”时须填写具体事由 purpose_note",
                          "purpose_note is required when the purpose is other", "purpose_note");
  if (utf8_chars(note) > 100)
    return Error::invalid("opinions.invalid", "具体事由 purpose_note 不超过 100 字", "purpose_note: at most 100 characters",
                          "purpose_note");
  auto by = Date::parse(in.requested_by, "requested_by");
  if (!by.ok())
    return Error::invalid("opinions.invalid", "回复期限 requested_by 应为日期（YYYY-MM-DD）",
                          "requested_by must be a date (YYYY-MM-DD)", "requested_by");
  if (*by < Date::from_unix_ms(now))
    return Error::invalid("opinions.invalid", "回复期限 requested_by 不能早于今天", "requested_by cannot be in the past",
                          "requested_by");
  if (in.person_ids.empty() || in.person_ids.size() > kMaxPeople)
    return Error::invalid("opinions.invalid", "征求意见人员 person_ids 应为 1 至 50 人",
                          "person_ids must list 1 to 50 people", "person_ids");
  std::set<int64_t> seen;
  std::vector<std::pair<int64_t, std::string>> people;
  for (int64_t pid : in.person_ids) {
    if (!seen.insert(pid).second)
      return Error::invalid("opinions.invalid", "征求意见人员 person_ids 中有重复人员", "person_ids lists someone twice",
                            "person_ids");
    QF_TRY(auto rows, conn.query(store::sql(conn, "verification/person_get"), {pid}));
    if (rows.empty() || rows.front().text("status") != "active" ||
        !org::can_see_person(who, pid, rows.front().opt_i64("department_id"), rows.front().opt_i64("branch_id")))
      return Error::invalid("opinions.invalid", "征求意见人员 person_ids 中有不存在、不在职或不在数据范围内的人员（" +
                                                    std::to_string(pid) + "）",
                            "person_ids: " + std::to_string(pid) + " is not an active person in your data scope",
                            "person_ids");
    people.emplace_back(pid, rows.front().text("name"));
  }
  QF_TRY(auto req, conn.query_one(store::sql(conn, "opinions/request_insert"),
                                  {in.purpose, note, by->to_string(), who.account_id, now}));
  const int64_t id = req.i64("id");
  for (const auto& [pid, name] : people) {
    QF_TRY(auto row, conn.query_one(store::sql(conn, "opinions/answer_insert"), {id, pid, now}));
    const int64_t aid = row.i64("id");
    QF_TRY(auto draft, draft_for(conn, key, cfg, pid, name, in.purpose, now));
    QF_TRY_STATUS(conn.execute(store::sql(conn, "opinions/answer_seal"),
                               {seal(key, aid, "text", draft.first), seal(key, aid, "grounds", draft.second), aid}));
  }
  return id;
}

Result<RequestDetail> get_request(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                  int64_t id) {
  if (!can_read(who)) return request_not_found();
  QF_TRY(auto rows, conn.query(store::sql(conn, "opinions/request_get"), {id}));
  if (rows.empty()) return request_not_found();
  RequestDetail d;
  d.request = request_of(rows.front());
  QF_TRY(auto arows, conn.query(store::sql(conn, "opinions/answers_of_request"), {id}));
  for (const auto& r : arows) {
    QF_TRY(Answer a, answer_of(r, who, key));
    d.answers.push_back(std::move(a));
  }
  return d;
}

Result<std::pair<Request, Answer>> get_answer(store::Connection& conn, const auth::Principal& who,
                                              const auth::ServerKey& key, int64_t answer_id) {
  if (!can_read(who)) return answer_not_found();
  QF_TRY(auto loc, conn.query(store::sql(conn, "opinions/answer_request"), {answer_id}));
  if (loc.empty()) return answer_not_found();
  auto d = get_request(conn, who, key, loc.front().i64("request_id"));
  if (!d.ok()) return answer_not_found();
  for (auto& a : d->answers)
    if (a.id == answer_id) {
      if (a.recused) return answer_not_found();
      return std::pair<Request, Answer>{d->request, std::move(a)};
    }
  return answer_not_found();
}

Result<Answer> edit_answer(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                           int64_t answer_id, const std::string& text, int64_t version, int64_t now) {
  QF_TRY(Located l, locate_for_handler(conn, who, answer_id));
  const std::string t = trim(text);
  if (t.empty() || utf8_chars(t) > kMaxText)
    return Error::invalid("opinions.invalid", "回复意见 text 应为 1 至 2000 字", "text must be 1 to 2000 characters", "text");
  if (l.status != "drafted")
    return Error::make(ErrorKind::kConflict, "opinions.approved", "意见回复已审批归档，不能修改",
                       "The opinion is approved and archived: it cannot be changed");
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "opinions/answer_edit"),
                                 {seal(key, answer_id, "text", t), who.account_id, now, answer_id, version}));
  if (n != 1) return stale();
  return reload(conn, who, key, answer_id);
}

Result<Answer> redraft_answer(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                              const OpinionsConfig& cfg, int64_t answer_id, int64_t version, int64_t now) {
  QF_TRY(Located l, locate_for_handler(conn, who, answer_id));
  if (l.status != "drafted")
    return Error::make(ErrorKind::kConflict, "opinions.approved", "意见回复已审批归档，不能修改",
                       "The opinion is approved and archived: it cannot be changed");
  QF_TRY(auto draft, draft_for(conn, key, cfg, l.person_id, l.person_name, l.purpose, now));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "opinions/answer_redraft"),
                                 {seal(key, answer_id, "text", draft.first), seal(key, answer_id, "grounds", draft.second),
                                  now, answer_id, version}));
  if (n != 1) return stale();
  return reload(conn, who, key, answer_id);
}

Result<Answer> approve_answer(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                              const OpinionsConfig& cfg, int64_t answer_id, int64_t version, int64_t now) {
  QF_TRY(Located l, locate_for_handler(conn, who, answer_id));
  if (!who.can(perm::kApprove)) return Error::forbidden();
  if (l.status != "drafted")
    return Error::make(ErrorKind::kConflict, "opinions.approved", "意见回复已审批归档", "The opinion is already approved");
  const int year = Date::from_unix_ms(now).year();
  QF_TRY(auto seq_row, conn.query_one(store::sql(conn, "opinions/next_seq"), {static_cast<int64_t>(year)}));
  const int64_t seq = seq_row.i64("n");
  const std::string number = cfg.number_prefix + "〔" + std::to_string(year) + "〕" + std::to_string(seq) + "号";
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "opinions/answer_approve"),
                                 {who.account_id, now, static_cast<int64_t>(year), seq, number, answer_id, version}));
  if (n != 1) return stale();
  // The organisation department's account that asked: a notice (number only, no content).
  QF_TRY(auto req, conn.query(store::sql(conn, "opinions/request_get"), {l.request_id}));
  if (!req.empty()) {
    messages::Reminder m;
    m.account_id = req.front().i64("requester_account_id");
    m.kind = messages::MessageKind::kNotice;
    m.event_key = std::string(kApprovedNotice) + ":" + std::to_string(answer_id);
    m.title_zh = "征求党风廉政意见的回复已审批（" + number + "）";
    m.title_en = "The reply on integrity opinions is approved (" + number + ")";
    m.link = "/opinions/" + std::to_string(l.request_id);
    m.object_type = "opinion_request";
    m.object_id = std::to_string(l.request_id);
    QF_TRY_STATUS(messages::notify(conn, kApprovedNotice, m, now));
  }
  return reload(conn, who, key, answer_id);
}

Result<std::vector<PersonChoice>> people(store::Connection& conn, const auth::Principal& who, const std::string& name) {
  std::vector<PersonChoice> out;
  if (who.is_admin() || !who.can(perm::kRequest)) return out;
  auto scope = org::people_scope(who, "p");
  std::string where = scope.sql;
  store::Params params = scope.params;
  if (!trim(name).empty()) {
    where += " AND p.name LIKE ? ESCAPE '\\'";
    params.emplace_back(store::like_contains(trim(name)));
  }
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "opinions/people"), "/*WHERE*/", where), params));
  for (const auto& r : rows)
    out.push_back({r.i64("id"), r.text("name"), r.text("employee_no"), r.text("department_name"), r.text("position_name"),
                   r.boolean("is_leading_cadre")});
  return out;
}

Result<int64_t> reseal_opinions(store::Connection& c, const auth::ServerKey& old_key, const auth::ServerKey& new_key) {
  int64_t n = 0;
  QF_TRY(auto rows, c.query(store::sql(c, "opinions/sealed_answers")));
  for (const auto& r : rows) {
    const int64_t id = r.i64("id");
    QF_TRY(std::string text, open(old_key, id, "text", r.text("text_sealed")));
    QF_TRY(std::string grounds, open(old_key, id, "grounds", r.text("grounds_sealed")));
    QF_TRY_STATUS(c.execute(store::sql(c, "opinions/reseal_answer"),
                            {seal(new_key, id, "text", text), seal(new_key, id, "grounds", grounds), id}));
    n += 2;
  }
  return n;
}

Result<int64_t> awaiting_approval(store::Connection& conn, const auth::Principal& who) {
  if (who.is_admin() || !who.can(perm::kApprove)) return int64_t{0};
  QF_TRY(auto row, conn.query_one(store::sql(conn, "opinions/count_drafted"), {who.person_id.value_or(int64_t{-1})}));
  return row.i64("n");
}

Result<std::vector<messages::Reminder>> approval_reminders(store::Connection& conn) {
  std::vector<messages::Reminder> out;
  QF_TRY(auto rows, conn.query(store::sql(conn, "opinions/feed_approve")));
  for (const auto& r : rows) {
    messages::Reminder m;
    m.account_id = r.i64("account_id");
    m.kind = messages::MessageKind::kTodo;
    const std::string id = std::to_string(r.i64("answer_id"));
    m.event_key = std::string(kApproveFeed) + ":" + id;
    m.title_zh = "征求党风廉政意见：有一份意见回复待您审批";
    m.title_en = "Integrity opinions: a reply awaits your approval";
    m.link = "/opinions/" + std::to_string(r.i64("request_id"));
    m.object_type = "opinion_answer";
    m.object_id = id;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace qf::opinions
