#include "domain/reports/report_handling.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "core/chinese_text.h"
#include "core/text_encoding.h"
#include "domain/auth/permissions.h"
#include "domain/clues/clue_state_machine.h"
#include "domain/clues/clue_store.h"
#include "domain/reports/reader_keys.h"
#include "domain/reports/report_crypto.h"
#include "domain/reports/report_intake.h"
#include "domain/reports/report_keys.h"

namespace qf::reports {
namespace {

using store::Blob;

bool is_secretary(const auth::Principal& who) { return who.can(auth::perm::kReportIdentityApprove); }

Result<store::Row> load_visible(store::Connection& conn, const auth::Principal& who, int64_t id) {
  QF_TRY(bool visible, can_see_report(conn, who, id));
  if (!visible) return report_not_found();
  return conn.query_one(store::sql(conn, "reports/report_get"), {id});
}

Result<std::vector<KeyWrap>> wraps_of(store::Connection& conn, int64_t id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/wraps_of"), {id}));
  std::vector<KeyWrap> out;
  for (const auto& r : rs)
    if (auto p = key_part_from_code(r.text("part"))) out.push_back(KeyWrap{*p, r.opt_i64("account_id"), r.text("sealed")});
  return out;
}

Result<ReportKeys> keys_for(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                            int64_t id) {
  QF_TRY(auto wraps, wraps_of(conn, id));
  return open_report_keys(wraps, who.account_id, secret);
}

Status insert_wrap(store::Connection& conn, int64_t report_id, KeyPart part, int64_t account_id,
                   const std::string& sealed, int64_t now_ms) {
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/wrap_insert"),
                             {report_id, std::string(key_part_code(part)), account_id, Blob{sealed}, now_ms}));
  return {};
}

Error only_secretary() {
  return Error::make(ErrorKind::kForbidden, "forbidden", "只有纪委书记可以执行此操作",
                     "Only the discipline secretary can do this");
}

Error already_triaged() {
  return Error::make(ErrorKind::kConflict, "report.already_triaged", "此举报已经分办，不能重复分办",
                     "This report has already been triaged");
}

Result<std::vector<NamedAccount>> assignees_of(store::Connection& conn, int64_t id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/assignees_of"), {id}));
  std::vector<NamedAccount> out;
  for (const auto& r : rs) out.push_back(NamedAccount{r.i64("account_id"), r.text("display_name")});
  return out;
}

Status require_text(const std::string& value, const std::string& field, const std::string& zh,
                    const std::string& en) {
  if (text::trim(value).empty() || !text::is_valid_utf8(value)) return Error::invalid("report.invalid", zh, en, field);
  if (value.size() > 200000)
    return Error::make(ErrorKind::kTooLarge, "report.too_large", "内容过长", "The text is too long", field);
  return {};
}

RevealRequest reveal_of(const store::Row& r) {
  RevealRequest q;
  q.id = r.i64("id");
  q.report_id = r.i64("report_id");
  q.requester_id = r.i64("requester_id");
  q.requester_name = r.text("requester_name");
  q.reason = r.text("reason");
  q.status = r.text("status");
  q.opinion = r.text("opinion");
  q.created_at = r.i64("created_at");
  q.decided_at = r.opt_i64("decided_at");
  return q;
}

}  // namespace

Error report_not_found() {
  return Error::make(ErrorKind::kNotFound, "report.not_found", "举报不存在", "Report not found");
}

ReportVisibility visible_reports(const auth::Principal& who) {
  if (who.can(auth::perm::kReportIdentityApprove)) return {"1=1", {}};
  if (!who.can(auth::perm::kReportHandle)) return {"1=0", {}};
  return {"(r.registered_by = ? OR EXISTS (SELECT 1 FROM report_assignments va WHERE va.report_id = r.id AND "
          "va.account_id = ?))",
          {who.account_id, who.account_id}};
}

Result<bool> can_see_report(store::Connection& conn, const auth::Principal& who, int64_t id) {
  auto v = visible_reports(who);
  std::string sql = "SELECT 1 AS yes FROM reports r WHERE r.id = ? AND " + v.sql;
  store::Params p{id};
  p.insert(p.end(), v.params.begin(), v.params.end());
  QF_TRY(auto rs, conn.query(sql, p));
  return !rs.empty();
}

Result<std::pair<std::vector<ReportListItem>, int64_t>> list_reports(store::Connection& conn,
                                                                     const auth::Principal& who,
                                                                     const ReportListFilter& f) {
  auto v = visible_reports(who);
  std::string where = v.sql;
  store::Params params = v.params;
  if (f.status) {
    where += " AND r.status = ?";
    params.emplace_back(std::string(status_code(*f.status)));
  }
  if (f.channel) {
    where += " AND r.channel = ?";
    params.emplace_back(std::string(channel_code(*f.channel)));
  }
  if (f.year) {
    where += " AND r.number_year = ?";
    params.emplace_back(int64_t{*f.year});
  }
  if (f.real_name) {
    where += " AND r.real_name = ?";
    params.emplace_back(int64_t{*f.real_name ? 1 : 0});
  }
  std::string column = f.sort == "register_number" ? "r.number_year, r.number_seq"
                       : f.sort == "status"         ? "r.status"
                                                    : "r.received_date";
  std::string dir = f.descending ? " DESC" : " ASC";
  std::string order;
  if (f.sort == "register_number")
    order = "r.number_year" + dir + ", r.number_seq" + dir;
  else
    order = column + dir + ", r.id" + dir;
  auto fill = [&](std::string sql) {
    auto replace = [&](const std::string& marker, const std::string& with) {
      auto pos = sql.find(marker);
      if (pos != std::string::npos) sql.replace(pos, marker.size(), with);
    };
    replace("/*WHERE*/", where);
    replace("/*ORDER*/", order);
    return sql;
  };
  QF_TRY(store::Row count, conn.query_one(fill(std::string(store::sql(conn, "reports/report_count"))), params));
  store::Params page = params;
  page.emplace_back(f.limit);
  page.emplace_back(f.offset);
  QF_TRY(auto rs, conn.query(fill(std::string(store::sql(conn, "reports/report_list"))), page));
  std::vector<ReportListItem> items;
  for (const auto& r : rs) {
    ReportListItem it;
    it.id = r.i64("id");
    it.register_number = r.text("register_number");
    it.channel = channel_from_code(r.text("channel")).value_or(Channel::kOnline);
    it.real_name = r.boolean("real_name");
    it.status = status_from_code(r.text("status")).value_or(ReportStatus::kReceived);
    it.received_on = r.text("received_date");
    it.awaiting_reply = r.boolean("awaiting_reply");
    it.clue_count = r.i64("clue_count");
    it.linked_count = r.i64("linked_count");
    QF_TRY(it.assignees, assignees_of(conn, it.id));
    items.push_back(std::move(it));
  }
  return std::make_pair(std::move(items), count.i64(0));
}

Result<OpenedReport> open_report(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                                 int64_t id) {
  QF_TRY(store::Row r, load_visible(conn, who, id));
  QF_TRY(ReportKeys keys, keys_for(conn, who, secret, id));
  const std::string uid = r.text("uid");
  OpenedReport o;
  o.id = id;
  o.register_number = r.text("register_number");
  o.channel = channel_from_code(r.text("channel")).value_or(Channel::kOnline);
  o.real_name = r.boolean("real_name");
  o.status = status_from_code(r.text("status")).value_or(ReportStatus::kReceived);
  o.received_on = r.text("received_date");
  QF_TRY(std::string matter, open_part(keys.matter, uid, kPartMatter, r.text("matter_sealed")));
  QF_TRY(o.matter, parse_matter(matter));
  o.identity_sealed = r.is_null("identity_sealed") || !keys.identity;
  o.has_query_code = !r.is_null("query_code_hash");
  o.awaiting_reply = r.boolean("awaiting_reply");
  if (!r.is_null("reason_sealed")) {
    QF_TRY(std::string reason, open_part(keys.matter, uid, kPartReason, r.text("reason_sealed")));
    if (o.status == ReportStatus::kFiled) o.filed_reason = std::move(reason);
    else o.out_of_scope_reason = std::move(reason);
  }
  if (!r.is_null("transfer_sealed")) {
    QF_TRY(std::string t, open_part(keys.matter, uid, kPartTransfer, r.text("transfer_sealed")));
    auto j = nlohmann::json::parse(t, nullptr, false);
    if (j.is_object())
      o.transfer = ReportTransfer{j.value("unit", std::string()), j.value("document_number", std::string()),
                                  j.value("transferred_on", std::string())};
  }
  if (!r.is_null("person_link_sealed")) {
    QF_TRY(std::string t, open_part(keys.matter, uid, kPartPersonLink, r.text("person_link_sealed")));
    auto j = nlohmann::json::parse(t, nullptr, false);
    if (j.is_object() && j.contains("person_id") && j["person_id"].is_number_integer()) {
      ReportPersonLink link;
      link.person_id = j["person_id"].get<int64_t>();
      QF_TRY(auto ps, conn.query(store::sql(conn, "reports/person_brief"), {link.person_id}));
      if (ps.empty()) {
        link.exists = false;
      } else {
        link.name = ps.front().text("name");
        link.department_name = ps.front().text("department_name");
        link.position_name = ps.front().text("position_name");
      }
      o.person_link = std::move(link);
    }
  }
  QF_TRY(auto atts, conn.query(store::sql(conn, "reports/attachments_of"), {id}));
  for (const auto& a : atts) {
    AttachmentSummary s;
    s.id = a.i64("id");
    QF_TRY(s.filename, open_part(keys.matter, uid, attachment_name_part(a.i64("ord")), a.text("filename_sealed")));
    s.content_type = a.text("content_type");
    s.size = a.i64("size");
    o.attachments.push_back(std::move(s));
  }
  QF_TRY(auto msgs, conn.query(store::sql(conn, "reports/messages_of"), {id}));
  for (const auto& m : msgs) {
    QF_TRY(std::string body, open_part(keys.conversation, uid, message_part(m.i64("ord")), m.text("body_sealed")));
    if (m.text("direction") == "feedback") {
      o.feedback = std::move(body);
      continue;
    }
    StaffMessage s;
    s.id = m.i64("id");
    s.from = m.text("direction") == "from_reporter" ? "reporter" : "handler";
    s.author_name = m.text("author_name");
    s.text = std::move(body);
    s.at = m.i64("created_at");
    s.in_reply_to = m.opt_i64("in_reply_to");
    o.messages.push_back(std::move(s));
  }
  QF_TRY(o.assignees, assignees_of(conn, id));
  QF_TRY(auto clue_rows, conn.query(store::sql(conn, "reports/clues_of"), {id}));
  for (const auto& c : clue_rows) o.clues.emplace_back(c.i64("id"), c.text("number"));
  // Same-person link: computed at the first read by a holder of the link key.
  std::optional<std::string> subject = r.opt_text("subject_hash");
  if (!subject) {
    QF_TRY(auto link_key, open_link_key(conn, who.account_id, secret));
    if (link_key) {
      std::string h = subject_hash(*link_key, o.matter);
      wipe(*link_key);
      if (!h.empty()) {
        QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_set_subject"), {h, id}));
        subject = h;
      }
    }
  }
  if (subject) {
    QF_TRY(auto linked, conn.query(store::sql(conn, "reports/linked_reports"), {*subject, id}));
    for (const auto& l : linked) {
      QF_TRY(bool visible, can_see_report(conn, who, l.i64("id")));
      if (visible) o.linked.push_back(LinkedReport{l.i64("id"), l.text("register_number"), l.text("status")});
    }
  }
  QF_TRY(auto reveals, conn.query(store::sql(conn, "reports/reveals_of"), {id}));
  for (const auto& q : reveals) {
    RevealRequest rq = reveal_of(q);
    rq.register_number = o.register_number;
    if (is_secretary(who) || rq.requester_id == who.account_id) o.reveal_requests.push_back(std::move(rq));
  }
  o.created_at = r.i64("created_at");
  o.updated_at = r.i64("updated_at");
  return o;
}

Result<OpenedAttachment> open_attachment(store::Connection& conn, const auth::Principal& who,
                                         const std::string& secret, int64_t report_id, int64_t attachment_id) {
  QF_TRY(store::Row r, load_visible(conn, who, report_id));
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/attachment_get"), {report_id, attachment_id}));
  if (rs.empty())
    return Error::make(ErrorKind::kNotFound, "report.attachment_not_found", "附件不存在", "Attachment not found");
  QF_TRY(ReportKeys keys, keys_for(conn, who, secret, report_id));
  const std::string uid = r.text("uid");
  const auto& a = rs.front();
  OpenedAttachment out;
  out.summary.id = attachment_id;
  out.summary.content_type = a.text("content_type");
  out.summary.size = a.i64("size");
  QF_TRY(out.summary.filename,
         open_part(keys.matter, uid, attachment_name_part(a.i64("ord")), a.text("filename_sealed")));
  QF_TRY(out.bytes, open_part(keys.matter, uid, attachment_content_part(a.i64("ord")), a.text("content_sealed")));
  return out;
}

Result<ReporterIdentity> open_identity(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                                       int64_t report_id) {
  QF_TRY(store::Row r, load_visible(conn, who, report_id));
  QF_TRY(ReportKeys keys, keys_for(conn, who, secret, report_id));
  if (r.is_null("identity_sealed"))
    return Error::make(ErrorKind::kNotFound, "report.no_identity", "这是匿名举报，没有举报人身份信息",
                       "This is an anonymous report; there is no reporter identity");
  if (!keys.identity)
    return Error::make(ErrorKind::kForbidden, "report.identity_sealed",
                       "举报人身份已密封：需说明理由并经纪委书记批准后方可查看",
                       "The reporter's identity is sealed: it can be seen only after a request with a reason is "
                       "approved by the discipline secretary");
  QF_TRY(std::string plain, open_part(*keys.identity, r.text("uid"), kPartIdentity, r.text("identity_sealed")));
  auto out = parse_identity(plain);
  wipe(plain);
  return out;
}

Status assign_report(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                     int64_t report_id, const std::vector<int64_t>& account_ids, int64_t now_ms) {
  if (!is_secretary(who)) return only_secretary();
  QF_TRY(store::Row r, load_visible(conn, who, report_id));
  QF_TRY(ReportKeys keys, keys_for(conn, who, secret, report_id));
  QF_TRY(auto current, assignees_of(conn, report_id));
  std::set<int64_t> wanted(account_ids.begin(), account_ids.end());
  std::vector<Holder> added;
  for (int64_t a : wanted) {
    bool had = std::any_of(current.begin(), current.end(), [&](const NamedAccount& n) { return n.account_id == a; });
    if (had) continue;
    QF_TRY(auto member, conn.query(store::sql(conn, "reports/account_has_role"), {a, std::string("discipline_member")}));
    QF_TRY(auto secretary,
           conn.query(store::sql(conn, "reports/account_has_role"), {a, std::string("discipline_secretary")}));
    if (member.empty() && secretary.empty())
      return Error::invalid("report.invalid", "只能指派纪检干部办理举报", "Only discipline staff can handle reports",
                            "account_ids");
    auto holder = reader_holder(conn, a);
    if (!holder.ok()) {
      QF_TRY(auto name, conn.query(store::sql(conn, "reports/account_name"), {a}));
      std::string n = name.empty() ? std::to_string(a) : name.front().text("display_name");
      return Error::make(ErrorKind::kConflict, "report.not_enrolled",
                         n + " 尚未建立阅读密钥，请其登录后在信访举报页面建立密钥再指派",
                         n + " has no reader key yet; ask them to set it up on the reports page, then assign",
                         "account_ids");
    }
    added.push_back(*holder);
  }
  for (const auto& h : added) {
    QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/assignment_insert"),
                               {report_id, *h.account_id, who.account_id, now_ms}));
    QF_TRY(auto has, conn.query(store::sql(conn, "reports/has_wrap"), {report_id, *h.account_id, std::string("matter")}));
    if (has.empty()) {
      QF_TRY_STATUS(insert_wrap(conn, report_id, KeyPart::kMatter, *h.account_id, wrap_for(h.public_key, keys.matter), now_ms));
      QF_TRY_STATUS(insert_wrap(conn, report_id, KeyPart::kConversation, *h.account_id,
                                wrap_for(h.public_key, keys.conversation), now_ms));
    }
  }
  for (const auto& c : current) {
    if (wanted.count(c.account_id)) continue;
    QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/assignment_delete"), {report_id, c.account_id}));
    QF_TRY(auto sec, conn.query(store::sql(conn, "reports/account_has_role"),
                                {c.account_id, std::string("discipline_secretary")}));
    if (sec.empty() && r.opt_i64("registered_by") != c.account_id)
      QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/wraps_delete_holder"), {report_id, c.account_id}));
  }
  if (r.text("status") == status_code(ReportStatus::kReceived) && !wanted.empty())
    QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_set_status"),
                               {std::string(status_code(ReportStatus::kUnderReview)), now_ms, report_id}));
  return {};
}

Result<int64_t> ask_reporter(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                             int64_t report_id, const std::string& text, const ReportsConfig& cfg, int64_t now_ms) {
  QF_TRY(store::Row r, load_visible(conn, who, report_id));
  if (r.is_null("query_code_hash"))
    return Error::make(ErrorKind::kConflict, "report.no_query_code", "该举报人没有查询码，无法在线提问",
                       "This reporter has no query code, so questions cannot be sent online");
  const std::string st = r.text("status");
  if (auto s = status_from_code(st); s && stage_is_final(stage_of(*s)))
    return Error::make(ErrorKind::kConflict, "report.closed", "此举报已办结", "This report is closed");
  QF_TRY_STATUS(require_text(text, "text", "请填写要询问举报人的内容", "Write the question to the reporter"));
  if (text.size() > static_cast<size_t>(cfg.max_text_chars) * 4)
    return Error::make(ErrorKind::kTooLarge, "report.too_large", "内容过长", "The text is too long", "text");
  QF_TRY(ReportKeys keys, keys_for(conn, who, secret, report_id));
  QF_TRY(store::Row next, conn.query_one(store::sql(conn, "reports/message_next_ord"), {report_id}));
  const int64_t ord = next.i64("ord");
  QF_TRY(int64_t mid, conn.insert(store::sql(conn, "reports/message_insert"),
                                  {report_id, ord, std::string("to_reporter"),
                                   Blob{seal_part(keys.conversation, r.text("uid"), message_part(ord), text)},
                                   who.account_id, nullptr, now_ms}));
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_set_awaiting"), {int64_t{1}, now_ms, report_id}));
  return mid;
}

Status triage_out_of_scope(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                           int64_t report_id, const std::string& reason, int64_t now_ms) {
  if (!is_secretary(who)) return only_secretary();
  QF_TRY(store::Row r, load_visible(conn, who, report_id));
  const std::string st = r.text("status");
  if (st != status_code(ReportStatus::kReceived) && st != status_code(ReportStatus::kUnderReview))
    return already_triaged();
  QF_TRY_STATUS(require_text(reason, "reason", "请填写不予受理的理由", "Give the reason why it is out of scope"));
  QF_TRY(ReportKeys keys, keys_for(conn, who, secret, report_id));
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_set_reason"),
                             {std::string(status_code(ReportStatus::kOutOfScope)),
                              Blob{seal_part(keys.matter, r.text("uid"), kPartReason, reason)}, now_ms, report_id}));
  return {};
}

namespace {
size_t chars_of(std::string_view s) {
  size_t n = 0;
  for (unsigned char ch : s)
    if ((ch & 0xC0) != 0x80) ++n;
  return n;
}
Status require_short(const std::string& value, const std::string& field, const std::string& zh_name,
                     const std::string& en_name, size_t max) {
  if (text::trim(value).empty() || !text::is_valid_utf8(value))
    return Error::invalid("report.invalid", "请填写" + zh_name, "Fill in " + en_name, field);
  if (chars_of(text::trim(value)) > max)
    return Error::invalid("report.invalid", zh_name + "不能超过 " + std::to_string(max) + " 个字",
                          en_name + " must be at most " + std::to_string(max) + " characters", field);
  return {};
}
Status require_untriaged(const store::Row& r) {
  const std::string st = r.text("status");
  if (st != status_code(ReportStatus::kReceived) && st != status_code(ReportStatus::kUnderReview))
    return already_triaged();
  return {};
}
}  // namespace

Status triage_transfer(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                       int64_t report_id, const ReportTransfer& t, const std::string& today, int64_t now_ms) {
  if (!is_secretary(who)) return only_secretary();
  QF_TRY(store::Row r, load_visible(conn, who, report_id));
  QF_TRY_STATUS(require_untriaged(r));
  QF_TRY_STATUS(require_short(t.unit, "transfer.unit", "承办单位（转往单位）", "the receiving unit", 100));
  QF_TRY_STATUS(require_short(t.document_number, "transfer.document_number", "转办文号", "the transfer document number", 100));
  auto day = Date::parse(t.transferred_on, "transfer.transferred_on");
  if (!day.ok())
    return Error::invalid("report.invalid", "转办日期应为 YYYY-MM-DD 格式的日期", "The transfer date must be a date YYYY-MM-DD",
                          "transfer.transferred_on");
  if (day->to_string() > today)
    return Error::invalid("report.invalid", "转办日期不能晚于今天", "The transfer date cannot be in the future",
                          "transfer.transferred_on");
  if (day->to_string() < r.text("received_date"))
    return Error::invalid("report.invalid", "转办日期不能早于收到举报的日期",
                          "The transfer date cannot be before the report was received", "transfer.transferred_on");
  QF_TRY(ReportKeys keys, keys_for(conn, who, secret, report_id));
  nlohmann::json j = {{"unit", std::string(text::trim(t.unit))},
                      {"document_number", std::string(text::trim(t.document_number))},
                      {"transferred_on", day->to_string()}};
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_set_transfer"),
                             {std::string(status_code(ReportStatus::kTransferred)),
                              Blob{seal_part(keys.matter, r.text("uid"), kPartTransfer, j.dump())}, now_ms, report_id}));
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_set_awaiting"), {int64_t{0}, now_ms, report_id}));
  return {};
}

Status triage_file(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                   int64_t report_id, const std::string& reason, int64_t now_ms) {
  if (!is_secretary(who)) return only_secretary();
  QF_TRY(store::Row r, load_visible(conn, who, report_id));
  QF_TRY_STATUS(require_untriaged(r));
  QF_TRY_STATUS(require_text(reason, "reason", "请填写留存备查的理由", "Give the reason for keeping it on file"));
  QF_TRY(ReportKeys keys, keys_for(conn, who, secret, report_id));
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_set_reason"),
                             {std::string(status_code(ReportStatus::kFiled)),
                              Blob{seal_part(keys.matter, r.text("uid"), kPartReason, reason)}, now_ms, report_id}));
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_set_awaiting"), {int64_t{0}, now_ms, report_id}));
  return {};
}

Status reopen_filed(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                    int64_t report_id, int64_t now_ms) {
  if (!is_secretary(who)) return only_secretary();
  QF_TRY(store::Row r, load_visible(conn, who, report_id));
  if (r.text("status") != status_code(ReportStatus::kFiled))
    return Error::make(ErrorKind::kConflict, "report.not_filed", "只有留存备查的举报可以重新启用",
                       "Only a report kept on file can be taken up again");
  QF_TRY(ReportKeys keys, keys_for(conn, who, secret, report_id));  // the caller must be able to read it
  (void)keys;
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_reopen"),
                             {std::string(status_code(ReportStatus::kUnderReview)), now_ms, report_id}));
  return {};
}

Status set_person_link(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                       int64_t report_id, std::optional<int64_t> person_id, int64_t now_ms) {
  QF_TRY(store::Row r, load_visible(conn, who, report_id));
  QF_TRY(ReportKeys keys, keys_for(conn, who, secret, report_id));
  store::Value sealed = nullptr;
  if (person_id) {
    QF_TRY(auto ps, conn.query(store::sql(conn, "reports/person_brief"), {*person_id}));
    if (ps.empty())
      return Error::invalid("report.invalid", "人员编号 " + std::to_string(*person_id) + " 不存在",
                            "No person has the id " + std::to_string(*person_id), "person_id");
    nlohmann::json j = {{"person_id", *person_id}, {"linked_by", who.account_id}, {"linked_at", now_ms}};
    sealed = Blob{seal_part(keys.matter, r.text("uid"), kPartPersonLink, j.dump())};
  }
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_set_person_link"), {sealed, now_ms, report_id}));
  return {};
}

Result<std::vector<std::pair<int64_t, std::string>>> triage_into_clues(store::Connection& conn,
                                                                       const auth::Principal& who,
                                                                       const std::string& secret, int64_t report_id,
                                                                       const std::vector<ClueFromReport>& list,
                                                                       const clues::ClueConfig& clue_cfg,
                                                                       int64_t now_ms) {
  if (!is_secretary(who)) return only_secretary();
  QF_TRY(store::Row r, load_visible(conn, who, report_id));
  const std::string st = r.text("status");
  if (st != status_code(ReportStatus::kReceived) && st != status_code(ReportStatus::kUnderReview))
    return already_triaged();
  if (list.empty())
    return Error::invalid("report.invalid", "请至少形成一条问题线索", "Register at least one problem clue", "clues");
  QF_TRY(ReportKeys keys, keys_for(conn, who, secret, report_id));  // the caller must be able to read it
  QF_TRY(Date received, Date::parse(r.text("received_date"), "received_on"));
  clues::ClueActor actor{who.account_id, who.display_name, clues::ClueActorRole::kDisciplineSecretary};
  std::vector<std::pair<int64_t, std::string>> out;
  QF_TRY(WorkingDayCalendar cal, clues::load_calendar(conn));
  const clues::DueRules due{clue_cfg, cal};
  for (size_t i = 0; i < list.size(); ++i) {
    const auto& c = list[i];
    clues::NewClue in;
    in.source = clues::ClueSource::kPetition;
    in.category = c.category;
    in.persons = c.persons;
    in.matter = c.matter;
    in.received_on = received;
    clues::StoredClueNumberAllocator numbers(conn);
    auto clue = clues::register_clue(in, actor, now_ms, clue_cfg, numbers);
    if (!clue.ok()) {
      Error e = clue.take_error();
      if (!e.field.empty()) e.field = "clues[" + std::to_string(i) + "]." + e.field;
      return e;
    }
    QF_TRY(int64_t cid, clues::insert_clue(conn, *clue, who.account_id, now_ms, due));
    for (const auto& [account, part] : c.assignments)
      QF_TRY_STATUS(clues::add_assignment(conn, cid, account, part, who.account_id, now_ms));
    QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/clue_link_insert"), {report_id, cid}));
    out.emplace_back(cid, clue->number);
  }
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_set_status"),
                             {std::string(status_code(ReportStatus::kInHandling)), now_ms, report_id}));
  return out;
}

Status close_report(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                    int64_t report_id, const std::string& feedback, int64_t now_ms) {
  if (!is_secretary(who)) return only_secretary();
  QF_TRY(store::Row r, load_visible(conn, who, report_id));
  const std::string st = r.text("status");
  if (st == status_code(ReportStatus::kClosed))
    return Error::make(ErrorKind::kConflict, "report.closed", "此举报已办结", "This report is closed");
  if (st == status_code(ReportStatus::kTransferred) || st == status_code(ReportStatus::kFiled))
    return Error::make(ErrorKind::kConflict, "report.final", "已转办或留存备查的举报不再另行办结",
                       "A report transferred or kept on file is not closed separately");
  const bool real_name = r.boolean("real_name");
  if (real_name) {
    QF_TRY_STATUS(require_text(feedback, "feedback", "实名举报办结时须填写反馈意见",
                               "A real-name report needs feedback when it is closed"));
  } else if (!text::trim(feedback).empty()) {
    return Error::invalid("report.invalid", "匿名举报不提供办理结果反馈",
                          "Anonymous reports get no closure feedback", "feedback");
  }
  QF_TRY(ReportKeys keys, keys_for(conn, who, secret, report_id));
  if (real_name) {
    QF_TRY(store::Row next, conn.query_one(store::sql(conn, "reports/message_next_ord"), {report_id}));
    const int64_t ord = next.i64("ord");
    QF_TRY_STATUS(conn.insert(store::sql(conn, "reports/message_insert"),
                              {report_id, ord, std::string("feedback"),
                               Blob{seal_part(keys.conversation, r.text("uid"), message_part(ord), feedback)},
                               who.account_id, nullptr, now_ms}));
  }
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_close"), {now_ms, now_ms, report_id}));
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/report_set_awaiting"), {int64_t{0}, now_ms, report_id}));
  return {};
}

Result<int64_t> request_reveal(store::Connection& conn, const auth::Principal& who, int64_t report_id,
                               const std::string& reason, int64_t now_ms) {
  QF_TRY(store::Row r, load_visible(conn, who, report_id));
  if (r.is_null("identity_sealed"))
    return Error::make(ErrorKind::kConflict, "report.no_identity", "这是匿名举报，没有可查看的举报人身份",
                       "This is an anonymous report; there is no identity to reveal");
  QF_TRY_STATUS(require_text(reason, "reason", "请说明需要查看举报人身份的理由",
                             "Give the reason why you need the reporter's identity"));
  return conn.insert(store::sql(conn, "reports/reveal_insert"), {report_id, who.account_id, reason, now_ms});
}

Result<int64_t> decide_reveal(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                              int64_t request_id, bool approve, const std::string& opinion, int64_t now_ms) {
  if (!is_secretary(who)) return only_secretary();
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/reveal_get"), {request_id}));
  if (rs.empty())
    return Error::make(ErrorKind::kNotFound, "report.reveal_not_found", "查看身份的申请不存在",
                       "Identity request not found");
  const auto& q = rs.front();
  if (q.text("status") != "pending")
    return Error::make(ErrorKind::kConflict, "report.reveal_decided", "此申请已处理", "This request was already decided");
  const int64_t report_id = q.i64("report_id");
  const int64_t requester = q.i64("requester_id");
  if (approve) {
    QF_TRY(ReportKeys keys, keys_for(conn, who, secret, report_id));
    if (!keys.identity)
      return Error::make(ErrorKind::kForbidden, "report.no_key", "您的密钥无法打开该举报人的身份部分",
                         "Your key cannot open this reporter's identity part");
    QF_TRY(Holder h, reader_holder(conn, requester));
    QF_TRY(auto has, conn.query(store::sql(conn, "reports/has_wrap"), {report_id, requester, std::string("identity")}));
    if (has.empty())
      QF_TRY_STATUS(insert_wrap(conn, report_id, KeyPart::kIdentity, requester, wrap_for(h.public_key, *keys.identity), now_ms));
  }
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "reports/reveal_decide"),
                                 {std::string(approve ? "approved" : "refused"), who.account_id, now_ms, opinion,
                                  request_id}));
  if (n != 1)
    return Error::make(ErrorKind::kConflict, "report.reveal_decided", "此申请已处理", "This request was already decided");
  return report_id;
}

Result<std::vector<RevealRequest>> reveal_requests(store::Connection& conn, const std::string& status) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/reveals_by_status"), {status}));
  std::vector<RevealRequest> out;
  for (const auto& r : rs) {
    RevealRequest q = reveal_of(r);
    q.register_number = r.text("register_number");
    out.push_back(std::move(q));
  }
  return out;
}

Result<ReportStats> report_stats(store::Connection& conn, int year) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/stats_by"), {int64_t{year}}));
  ReportStats s;
  s.year = year;
  for (Channel c : all_channels()) s.by_channel.emplace_back(c, 0);
  for (ReportStatus st : all_statuses()) s.by_status.emplace_back(st, 0);
  for (const auto& r : rs) {
    int64_t n = r.i64("n");
    s.total += n;
    if (r.boolean("real_name")) s.real_name += n;
    else s.anonymous += n;
    if (auto c = channel_from_code(r.text("channel")))
      for (auto& [k, v] : s.by_channel) if (k == *c) v += n;
    if (auto st = status_from_code(r.text("status")))
      for (auto& [k, v] : s.by_status) if (k == *st) v += n;
  }
  return s;
}

}  // namespace qf::reports
