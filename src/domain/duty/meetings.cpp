#include "domain/duty/meetings.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "core/calendar.h"
#include "domain/org/data_scope.h"

namespace qf::duty {
namespace {

using store::Params;
using store::Row;

constexpr size_t kTitleMax = 200;
constexpr size_t kMinutesMax = 20000;
constexpr size_t kDecisionMax = 1000;

Error invalid(const std::string& code, const std::string& zh, const std::string& en, const std::string& field) {
  return Error::invalid(code, zh, en, field);
}
bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}
Status check_text(const std::string& text, size_t max, const std::string& field, const std::string& label_zh,
                  const std::string& label_en) {
  if (blank(text)) return invalid("duty.required", label_zh + "不能为空", label_en + " is required", field);
  if (text_length(text) > max)
    return invalid("duty.too_long", fmt::format("{}不能超过 {} 个字", label_zh, max),
                   fmt::format("{} must be at most {} characters", label_en, max), field);
  return {};
}
Error meeting_not_found() {
  return Error::make(ErrorKind::kNotFound, "duty.meeting.not_found", "会议不存在", "Meeting not found");
}

// The first `n` code points of a UTF-8 text.
std::string prefix(const std::string& s, size_t n) {
  size_t count = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (count == n) break;
      ++count;
    }
  }
  return s.substr(0, i);
}

MeetingSummary summary_of(const Row& r) {
  MeetingSummary m;
  m.id = r.i64("id");
  m.kind = meeting_kind_from_code(r.text("kind")).value_or(MeetingKind::kReportHearing);
  m.meeting_date = r.text("meeting_date");
  m.title = r.text("title");
  m.updated_at = r.i64("updated_at");
  return m;
}

}  // namespace

std::string_view meeting_kind_code(MeetingKind k) {
  if (k == MeetingKind::kRiskConsultation) return "risk_consultation";
  return k == MeetingKind::kReportHearing ? "report_hearing" : "situation_analysis";
}
std::optional<MeetingKind> meeting_kind_from_code(std::string_view code) {
  if (code == "report_hearing") return MeetingKind::kReportHearing;
  if (code == "situation_analysis") return MeetingKind::kSituationAnalysis;
  if (code == "risk_consultation") return MeetingKind::kRiskConsultation;
  return std::nullopt;
}
std::string_view meeting_kind_label_zh(MeetingKind k) {
  if (k == MeetingKind::kRiskConsultation) return "廉政风险会商会诊";
  return k == MeetingKind::kReportHearing ? "党委听取纪委工作汇报" : "形势分析会";
}

Result<std::vector<MeetingSummary>> list_meetings(store::Connection& conn, std::optional<int> year,
                                                  std::optional<MeetingKind> kind) {
  std::string where = "1=1";
  Params ps;
  if (year) {
    where += " AND m.meeting_date >= ? AND m.meeting_date <= ?";
    ps.emplace_back(fmt::format("{:04}-01-01", *year));
    ps.emplace_back(fmt::format("{:04}-12-31", *year));
  }
  if (kind) {
    where += " AND m.kind = ?";
    ps.emplace_back(std::string(meeting_kind_code(*kind)));
  }
  QF_TRY(store::ResultSet rs, conn.query(org::splice(store::sql(conn, "duty/meetings"), "/*WHERE*/", where), ps));
  std::vector<MeetingSummary> out;
  for (const Row& r : rs) {
    MeetingSummary m = summary_of(r);
    m.decision_total = r.i64("decision_total");
    m.decision_tasks = r.i64("decision_tasks");
    m.attendee_total = r.i64("attendee_total");
    out.push_back(std::move(m));
  }
  return out;
}

Result<Meeting> get_meeting(store::Connection& conn, int64_t id) {
  QF_TRY(store::ResultSet rs, conn.query(store::sql(conn, "duty/meeting_get"), {id}));
  if (rs.empty()) return meeting_not_found();
  Meeting m;
  m.summary = summary_of(rs.front());
  m.minutes = rs.front().text("minutes");
  QF_TRY(store::ResultSet people, conn.query(store::sql(conn, "duty/meeting_attendees"), {id}));
  for (const Row& r : people) m.attendees.push_back({r.i64("id"), r.text("name"), r.text("department_name")});
  QF_TRY(store::ResultSet ds, conn.query(store::sql(conn, "duty/meeting_decisions"), {id}));
  for (const Row& r : ds)
    m.decisions.push_back({r.i64("id"), static_cast<int>(r.i64("sort_order")), r.text("content"), r.opt_i64("task_id")});
  m.summary.attendee_total = static_cast<int64_t>(m.attendees.size());
  m.summary.decision_total = static_cast<int64_t>(m.decisions.size());
  m.summary.decision_tasks = std::count_if(m.decisions.begin(), m.decisions.end(),
                                           [](const Decision& d) { return d.task_id.has_value(); });
  return m;
}

Result<int64_t> create_meeting(store::Connection& conn, const MeetingInput& in, int64_t account_id, int64_t now_ms) {
  auto kind = meeting_kind_from_code(in.kind);
  if (!kind || *kind == MeetingKind::kRiskConsultation)
    return invalid("duty.meeting.bad_kind", "会议类别应为 report_hearing（党委听取纪委工作汇报）或 situation_analysis（形势分析会）",
                   "Kind must be report_hearing or situation_analysis", "kind");
  QF_TRY(Date date, Date::parse(in.meeting_date, "meeting_date"));
  (void)date;
  QF_TRY_STATUS(check_text(in.title, kTitleMax, "title", "会议名称", "Meeting title"));
  QF_TRY_STATUS(check_text(in.minutes, kMinutesMax, "minutes", "会议纪要", "Minutes"));
  std::set<int64_t> seen;
  for (size_t i = 0; i < in.attendee_ids.size(); ++i) {
    QF_TRY(store::ResultSet p, conn.query(store::sql(conn, "duty/person_exists"), {in.attendee_ids[i]}));
    if (p.empty())
      return invalid("duty.person_unknown", fmt::format("人员（编号 {}）不存在", in.attendee_ids[i]),
                     fmt::format("No person with id {}", in.attendee_ids[i]), fmt::format("attendee_ids[{}]", i));
  }
  for (size_t i = 0; i < in.decisions.size(); ++i)
    QF_TRY_STATUS(check_text(in.decisions[i], kDecisionMax, fmt::format("decisions[{}]", i), "会议决定", "Decision"));
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "duty/meeting_insert"),
                                 {std::string(meeting_kind_code(*kind)), in.meeting_date, in.title, in.minutes,
                                  account_id, now_ms, now_ms}));
  for (int64_t p : in.attendee_ids) {
    if (!seen.insert(p).second) continue;
    QF_TRY(int64_t n, conn.execute(store::sql(conn, "duty/meeting_attendee_insert"), {id, p}));
    (void)n;
  }
  for (size_t i = 0; i < in.decisions.size(); ++i) {
    QF_TRY(int64_t d, conn.insert(store::sql(conn, "duty/meeting_decision_insert"),
                                  {id, static_cast<int64_t>(i + 1), in.decisions[i], now_ms}));
    (void)d;
  }
  return id;
}

Result<int64_t> add_decision(store::Connection& conn, int64_t meeting_id, const std::string& content, int64_t now_ms) {
  QF_TRY(store::ResultSet rs, conn.query(store::sql(conn, "duty/meeting_get"), {meeting_id}));
  if (rs.empty()) return meeting_not_found();
  QF_TRY_STATUS(check_text(content, kDecisionMax, "content", "会议决定", "Decision"));
  QF_TRY(Row n, conn.query_one(store::sql(conn, "duty/meeting_decision_max"), {meeting_id}));
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "duty/meeting_decision_insert"),
                                 {meeting_id, n.i64("n") + 1, content, now_ms}));
  QF_TRY(int64_t t, conn.execute(store::sql(conn, "duty/meeting_touch"), {now_ms, meeting_id}));
  (void)t;
  return id;
}

Result<int64_t> decision_to_task(store::Connection& conn, int64_t meeting_id, int64_t decision_id, TaskInput in,
                                 int64_t now_ms) {
  QF_TRY(store::ResultSet rs, conn.query(store::sql(conn, "duty/meeting_decision_get"), {decision_id, meeting_id}));
  if (rs.empty())
    return Error::make(ErrorKind::kNotFound, "duty.meeting.decision_not_found", "会议决定不存在",
                       "Meeting decision not found");
  if (!rs.front().is_null("task_id"))
    return Error::make(ErrorKind::kConflict, "duty.meeting.decision_has_task", "该会议决定已转为任务",
                       "This decision is already a task");
  if (blank(in.title)) in.title = prefix(rs.front().text("content"), 200);
  QF_TRY(int64_t task, create_task(conn, in, now_ms));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "duty/meeting_decision_link"), {task, decision_id}));
  if (n != 1)
    return Error::make(ErrorKind::kConflict, "duty.meeting.decision_has_task", "该会议决定已转为任务",
                       "This decision is already a task");
  QF_TRY(int64_t t, conn.execute(store::sql(conn, "duty/meeting_touch"), {now_ms, meeting_id}));
  (void)t;
  return task;
}

Result<std::optional<TaskSource>> task_source(store::Connection& conn, int64_t task_id) {
  QF_TRY(store::ResultSet rs, conn.query(store::sql(conn, "duty/decision_of_task"), {task_id, task_id}));
  if (rs.empty()) return std::optional<TaskSource>{};
  const Row& r = rs.front();
  return std::optional<TaskSource>{TaskSource{r.i64("meeting_id"), r.i64("id"),
                                              meeting_kind_from_code(r.text("kind")).value_or(MeetingKind::kReportHearing),
                                              r.text("meeting_date"), r.text("title")}};
}

}  // namespace qf::duty
