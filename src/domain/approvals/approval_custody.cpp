#include "domain/approvals/approval_custody.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "domain/approvals/approval_seal.h"
#include "domain/declarations/declaration_form.h"
#include "domain/org/data_scope.h"
#include "store/like.h"

namespace qf::approvals {
namespace {

Error not_found() { return Error::not_found("证照", "Travel document"); }
Error invalid(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("approval.invalid", zh, en, field);
}
Error wrong_state(const std::string& zh, const std::string& en) {
  return Error::make(ErrorKind::kConflict, "approval.state", zh, en);
}

struct Loaded {
  Document d;
  std::string number_sealed;
  std::optional<int64_t> department_id, branch_id;
};

Loaded from_row(const store::Row& r, Date today) {
  Loaded l;
  l.d.id = r.i64("id");
  l.d.person_id = r.i64("person_id");
  l.d.person_name = r.text("person_name");
  l.d.department_name = r.text("department_name");
  l.d.type = doc_type_from_code(r.text("doc_type")).value_or(DocType::kPassport);
  l.d.expires_on = r.text("expires_on");
  l.d.status = r.text("status");
  l.d.loan_id = r.opt_i64("loan_id");
  l.d.loan_request_id = r.opt_i64("loan_request_id");
  l.d.lent_on = r.opt_text("lent_on").value_or("");
  l.d.due_on = r.opt_text("due_on").value_or("");
  l.d.overdue = l.d.loan_id && !l.d.due_on.empty() && l.d.due_on < today.to_string();
  l.number_sealed = r.text("number_sealed");
  l.department_id = r.opt_i64("department_id");
  l.branch_id = r.opt_i64("branch_id");
  return l;
}

bool keeps(const auth::Principal& who, const Loaded& l) {
  return !who.is_admin() && who.can(perm::kCustody) &&
         org::can_see_person(who, l.d.person_id, l.department_id, l.branch_id);
}
bool reads(const auth::Principal& who, const Loaded& l) {
  if (who.is_admin()) return false;
  if (who.person_id && *who.person_id == l.d.person_id && who.can(perm::kOwn)) return true;
  return (who.can(perm::kCustody) || who.can(perm::kRead)) &&
         org::can_see_person(who, l.d.person_id, l.department_id, l.branch_id);
}

Result<std::optional<Loaded>> load(store::Connection& conn, int64_t id, Date today) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "approvals/doc_get"), {id}));
  if (rows.empty()) return std::optional<Loaded>{};
  return std::optional<Loaded>{from_row(rows.front(), today)};
}

Result<Document> opened(const auth::ServerKey& key, Loaded l) {
  QF_TRY(l.d.number, open_sealed(key, "document", l.d.id, "number", l.number_sealed));
  return std::move(l.d);
}

Result<Date> date_field(const std::string& text, const std::string& field, const std::string& zh) {
  auto d = Date::parse(text, field);
  if (!d.ok()) return invalid(field, zh + "应为 YYYY-MM-DD 格式的日期", field + " must be a date YYYY-MM-DD");
  return *d;
}

}  // namespace

std::string_view doc_type_code(DocType t) {
  return t == DocType::kPassport ? "passport" : t == DocType::kHkMacaoPermit ? "hk_macao_permit" : "taiwan_permit";
}
std::optional<DocType> doc_type_from_code(std::string_view s) {
  for (DocType t : {DocType::kPassport, DocType::kHkMacaoPermit, DocType::kTaiwanPermit})
    if (doc_type_code(t) == s) return t;
  return std::nullopt;
}
std::string_view doc_type_label_zh(DocType t) {
  return t == DocType::kPassport ? "护照" : t == DocType::kHkMacaoPermit ? "往来港澳通行证" : "往来台湾通行证";
}

Result<std::string> check_number(DocType t, const std::string& number) {
  std::string n;
  for (char c : number)
    if (!std::isspace(static_cast<unsigned char>(c))) n += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (n.empty()) return invalid("number", "证件号码必填", "The document number is required");
  switch (t) {
    case DocType::kPassport:
      if (declarations::valid_passport_number(n)) return n;
      return invalid("number", "护照号码“" + n + "”格式不正确：应为 E + 8 位数字、E + 字母 + 7 位数字或 G + 8 位数字（外交、公务护照 D、S、P + 7–8 位数字）",
                     "Passport number \"" + n + "\" is not valid: E + 8 digits, E + a letter + 7 digits, or G + 8 digits (D, S, P + 7–8 digits)");
    case DocType::kHkMacaoPermit:
      if (declarations::valid_hk_macao_permit(n)) return n;
      return invalid("number", "往来港澳通行证号码“" + n + "”格式不正确：应为 C + 8 位数字或 C + 字母 + 7 位数字",
                     "Hong Kong/Macao permit number \"" + n + "\" is not valid: C + 8 digits or C + a letter + 7 digits");
    case DocType::kTaiwanPermit:
      if (declarations::valid_taiwan_permit(n)) return n;
      return invalid("number", "往来台湾通行证号码“" + n + "”格式不正确：应为 L + 8 位数字或 8 位数字",
                     "Taiwan permit number \"" + n + "\" is not valid: L + 8 digits or 8 digits");
  }
  return invalid("number", "证件类别不正确", "Unknown document type");
}

Result<int64_t> register_document(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                  const NewDocument& nd, int64_t now) {
  if (who.is_admin() || !who.can(perm::kCustody)) return not_found();
  auto type = doc_type_from_code(nd.type);
  if (!type)
    return invalid("doc_type", "证件类别应为 passport（护照）、hk_macao_permit（往来港澳通行证）或 taiwan_permit（往来台湾通行证）",
                   "doc_type must be passport, hk_macao_permit or taiwan_permit");
  QF_TRY(std::string number, check_number(*type, nd.number));
  QF_TRY(Date expires, date_field(nd.expires_on, "expires_on", "有效期至"));
  QF_TRY(auto people, conn.query(store::sql(conn, "approvals/person"), {nd.person_id}));
  if (people.empty() || !org::can_see_person(who, nd.person_id, people.front().opt_i64("department_id"),
                                             people.front().opt_i64("branch_id")))
    return invalid("person_id", "持证人不存在或不在您的数据范围内", "The holder does not exist or is outside your data scope");
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "approvals/doc_insert"),
                                 {nd.person_id, std::string(doc_type_code(*type)), expires.to_string(), who.account_id, now,
                                  now}));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "approvals/doc_set_number"),
                                 {seal(key, "document", id, "number", number), id}));
  (void)n;
  return id;
}

Result<Document> get_document(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                              int64_t id, Date today) {
  QF_TRY(auto l, load(conn, id, today));
  if (!l || !reads(who, *l)) return not_found();
  return opened(key, std::move(*l));
}

Result<Document> lend_document(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                               int64_t id, int64_t request_id, const std::string& lent_on, int return_days, Date today,
                               int64_t now) {
  QF_TRY(auto l, load(conn, id, today));
  if (!l || !keeps(who, *l)) return not_found();
  QF_TRY(Date lent, date_field(lent_on, "lent_on", "借出日期"));
  if (lent > today) return invalid("lent_on", "借出日期不能晚于今天", "lent_on must not be after today");
  auto trip = visible_request(conn, who, request_id);
  if (!trip.ok() || trip->person_id != l->d.person_id || trip->kind != Kind::kTrip)
    return invalid("request_id", "请选择持证人本人的因私出国（境）申请", "Choose a trip application of the document's holder");
  if (trip->state != State::kApproved)
    return invalid("request_id", "该因私出国（境）申请尚未批准，不能借出证照", "The trip is not approved: the document cannot be lent");
  if (l->d.status != "in_custody") return wrong_state("该证照已借出，尚未归还", "The document is lent and not yet back");
  QF_TRY(Date back, Date::parse(trip->actual_return_date.empty() ? trip->return_date : trip->actual_return_date));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "approvals/doc_set_status"), {std::string("lent"), now, id, std::string("in_custody")}));
  if (n != 1) return wrong_state("该证照已借出，尚未归还", "The document is lent and not yet back");
  QF_TRY(int64_t loan, conn.insert(store::sql(conn, "approvals/loan_insert"),
                                   {id, request_id, lent.to_string(), back.add_days(return_days).to_string(),
                                    who.account_id, now}));
  (void)loan;
  QF_TRY(auto again, load(conn, id, today));
  return opened(key, std::move(*again));
}

Result<Document> return_document(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                 int64_t id, const std::string& returned_on, Date today, int64_t now) {
  QF_TRY(auto l, load(conn, id, today));
  if (!l || !keeps(who, *l)) return not_found();
  QF_TRY(Date back, date_field(returned_on, "returned_on", "归还日期"));
  if (l->d.status != "lent" || !l->d.loan_id) return wrong_state("该证照在保管中，未借出", "The document is in custody, not lent");
  if (back > today) return invalid("returned_on", "归还日期不能晚于今天", "returned_on must not be after today");
  if (back.to_string() < l->d.lent_on)
    return invalid("returned_on", "归还日期不能早于借出日期 " + l->d.lent_on, "returned_on must not be before lent_on " + l->d.lent_on);
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "approvals/loan_return"), {back.to_string(), who.account_id, *l->d.loan_id}));
  if (n != 1) return wrong_state("该证照已归还", "The document is already back");
  QF_TRY(int64_t m, conn.execute(store::sql(conn, "approvals/doc_set_status"), {std::string("in_custody"), now, id, std::string("lent")}));
  (void)m;
  QF_TRY(auto again, load(conn, id, today));
  return opened(key, std::move(*again));
}

Result<std::pair<std::vector<Document>, int64_t>> list_documents(store::Connection& conn, const auth::Principal& who,
                                                                 const auth::ServerKey& key, const DocQuery& q,
                                                                 Date today) {
  std::pair<std::vector<Document>, int64_t> out{{}, 0};
  if (who.is_admin()) return out;
  std::string where;
  store::Params params;
  if (q.mine) {
    if (!who.person_id || !who.can(perm::kOwn)) return out;
    where = "d.person_id = ?";
    params.emplace_back(*who.person_id);
  } else {
    if (!who.can(perm::kCustody) && !who.can(perm::kRead)) return out;
    auto scope = org::people_scope(who, "p");
    where = scope.sql;
    for (auto& v : scope.params) params.push_back(std::move(v));
  }
  if (q.overdue) {
    where += " AND l.id IS NOT NULL AND l.due_on < ?";
    params.emplace_back(today.to_string());
  }
  if (q.person_id) {
    where += " AND d.person_id = ?";
    params.emplace_back(*q.person_id);
  }
  if (!q.name.empty()) {
    where += " AND p.name LIKE ? ESCAPE '\\'";
    params.emplace_back(store::like_contains(q.name));
  }
  QF_TRY(auto count, conn.query_one(org::splice(store::sql(conn, "approvals/doc_count"), "/*WHERE*/", where), params));
  out.second = count.i64("n");
  params.emplace_back(q.limit);
  params.emplace_back(q.offset);
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "approvals/doc_list"), "/*WHERE*/", where), params));
  for (const auto& r : rows) {
    QF_TRY(Document d, opened(key, from_row(r, today)));
    out.first.push_back(std::move(d));
  }
  return out;
}

Result<std::vector<messages::Reminder>> overdue_reminders(store::Connection& conn, const messages::FeedContext& f) {
  std::vector<messages::Reminder> out;
  QF_TRY(auto rows, conn.query(store::sql(conn, "approvals/loans_overdue"), {f.today.to_string()}));
  if (rows.empty()) return out;
  QF_TRY(auto custodians, holders_of(conn, "org_hr", f.now_ms));
  for (const auto& r : rows) {
    const std::string loan = std::to_string(r.i64("loan_id"));
    const auto type = doc_type_from_code(r.text("doc_type")).value_or(DocType::kPassport);
    const std::string label(doc_type_label_zh(type));
    const std::string due = r.text("due_on");
    const int64_t person = r.i64("person_id");
    auto add = [&](int64_t account, const std::string& zh, const std::string& en) {
      messages::Reminder m;
      m.account_id = account;
      m.kind = messages::MessageKind::kOverdue;
      m.event_key = std::string(kOverdueFeed) + ":" + loan;
      m.title_zh = zh;
      m.title_en = en;
      m.link = "/approvals/documents";
      m.object_type = "approval_document";
      m.object_id = std::to_string(r.i64("document_id"));
      m.due_date = due;
      out.push_back(std::move(m));
    };
    QF_TRY(auto holders, conn.query(store::sql(conn, "approvals/person_accounts"), {person}));
    for (const auto& h : holders)
      add(h.i64("id"), "您借出的" + label + "应于 " + due + " 前交回组织集中保管，已逾期",
          "The travel document you borrowed was due back in custody by " + due + ": it is overdue");
    for (const auto& c : custodians) {
      if (!c.can(perm::kCustody) || (c.person_id && *c.person_id == person)) continue;
      if (!org::can_see_person(c, person, r.opt_i64("department_id"), r.opt_i64("branch_id"))) continue;
      add(c.account_id, r.text("person_name") + "借出的" + label + "应于 " + due + " 前归还，已逾期",
          "A travel document lent to " + r.text("person_name") + " was due back by " + due + ": overdue");
    }
  }
  return out;
}

Result<std::vector<messages::Reminder>> todo_reminders(store::Connection& conn, const messages::FeedContext& f,
                                                      bool returned) {
  std::vector<messages::Reminder> out;
  QF_TRY(auto rows, conn.query(store::sql(conn, "approvals/pending_all")));
  std::map<std::string, std::vector<auth::Principal>> by_role;
  for (const auto& r : rows) {
    const std::string id = std::to_string(r.i64("id"));
    const auto kind = kind_from_code(r.text("kind")).value_or(Kind::kTrip);
    const int64_t person = r.i64("person_id");
    if ((r.text("status") == "returned") != returned) continue;
    if (returned) {
      QF_TRY(auto owners, conn.query(store::sql(conn, "approvals/person_accounts"), {person}));
      for (const auto& o : owners) {
        messages::Reminder m;
        m.account_id = o.i64("id");
        m.kind = messages::MessageKind::kTodo;
        m.event_key = std::string(kReturnedFeed) + ":" + id;
        m.title_zh = "您的" + std::string(kind_label_zh(kind)) + "已被退回，请修改后重新提交";
        m.title_en = "Your application was returned: correct it and submit again";
        m.link = "/approvals/" + id;
        m.object_type = "approval";
        m.object_id = id;
        out.push_back(std::move(m));
      }
      continue;
    }
    const std::string role = r.text("acting_role");
    if (role.empty()) continue;
    if (!by_role.count(role)) {
      QF_TRY(by_role[role], holders_of(conn, role, f.now_ms));
    }
    for (const auto& h : by_role[role]) {
      if (!h.can(perm::kDecide) || (h.person_id && *h.person_id == person)) continue;
      if (!org::can_see_person(h, person, r.opt_i64("department_id"), r.opt_i64("branch_id"))) continue;
      messages::Reminder m;
      m.account_id = h.account_id;
      m.kind = messages::MessageKind::kTodo;
      m.event_key = std::string(kTodoFeed) + ":" + id + ":" + role;
      m.title_zh = "待审批：" + r.text("person_name") + "的" + std::string(kind_label_zh(kind));
      m.title_en = "To approve: an application of " + r.text("person_name");
      m.link = "/approvals/" + id;
      m.object_type = "approval";
      m.object_id = id;
      out.push_back(std::move(m));
    }
  }
  return out;
}

Result<int64_t> overdue_count(store::Connection& conn, const auth::Principal& who, Date today) {
  if (who.is_admin() || !who.can(perm::kCustody)) return int64_t{0};
  QF_TRY(auto rows, conn.query(store::sql(conn, "approvals/loans_overdue"), {today.to_string()}));
  int64_t n = 0;
  for (const auto& r : rows)
    if (org::can_see_person(who, r.i64("person_id"), r.opt_i64("department_id"), r.opt_i64("branch_id"))) ++n;
  return n;
}

}  // namespace qf::approvals
