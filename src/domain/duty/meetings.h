#pragma once
// The committee's meetings on the two responsibilities (会议): the Party committee's
// hearing of the discipline committee's work report (党委听取纪委工作汇报) and the
// situation analyses (形势分析会): date, minutes (会议纪要), attendees (参会人员) and
// decisions (会议决定); each decision can become a duty task in one step (同部署), and
// the decision keeps the link to its task (and the task shows where it came from).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/duty/duty.h"
#include "store/database.h"

namespace qf::duty {

// kRiskConsultation is no duty meeting: it names the integrity-risk consultation
// (廉政风险会商会诊, domain/risk/consult.h) a task came from (task_source); create_meeting
// refuses it.
enum class MeetingKind { kReportHearing, kSituationAnalysis, kRiskConsultation };
std::string_view meeting_kind_code(MeetingKind k);
std::optional<MeetingKind> meeting_kind_from_code(std::string_view code);
std::string_view meeting_kind_label_zh(MeetingKind k);

struct MeetingSummary {
  int64_t id = 0;
  MeetingKind kind = MeetingKind::kReportHearing;
  std::string meeting_date;
  std::string title;
  int64_t decision_total = 0;
  int64_t decision_tasks = 0;  // decisions that became tasks
  int64_t attendee_total = 0;
  int64_t updated_at = 0;
};
struct Attendee {
  int64_t person_id = 0;
  std::string name;
  std::string department_name;
};
struct Decision {
  int64_t id = 0;
  int sort_order = 0;
  std::string content;
  std::optional<int64_t> task_id;
};
struct Meeting {
  MeetingSummary summary;
  std::string minutes;
  std::vector<Attendee> attendees;
  std::vector<Decision> decisions;
};
struct MeetingInput {
  std::string kind;
  std::string meeting_date;
  std::string title;
  std::string minutes;
  std::vector<int64_t> attendee_ids;
  std::vector<std::string> decisions;
};

// Meetings of a year (by meeting date), optionally of one kind, newest first.
Result<std::vector<MeetingSummary>> list_meetings(store::Connection& conn, std::optional<int> year,
                                                  std::optional<MeetingKind> kind);
// kNotFound "duty.meeting.not_found".
Result<Meeting> get_meeting(store::Connection& conn, int64_t id);
// Errors name the field: kind, meeting_date, title, minutes, attendee_ids[i], decisions[i].
Result<int64_t> create_meeting(store::Connection& conn, const MeetingInput& in, int64_t account_id, int64_t now_ms);
Result<int64_t> add_decision(store::Connection& conn, int64_t meeting_id, const std::string& content, int64_t now_ms);

// Turns a decision into a task (created with create_task) and keeps the link. kNotFound
// "duty.meeting.decision_not_found"; kConflict "duty.meeting.decision_has_task" when the
// decision is a task already. An empty title takes the decision's text (first 200
// characters). Returns the task id.
Result<int64_t> decision_to_task(store::Connection& conn, int64_t meeting_id, int64_t decision_id, TaskInput in,
                                 int64_t now_ms);

// The meeting decision a task came from: a duty meeting's, or an integrity-risk
// consultation's (kind kRiskConsultation, meeting_id = the consultation).
struct TaskSource {
  int64_t meeting_id = 0;
  int64_t decision_id = 0;
  MeetingKind kind = MeetingKind::kReportHearing;
  std::string meeting_date;
  std::string meeting_title;
};
Result<std::optional<TaskSource>> task_source(store::Connection& conn, int64_t task_id);

}  // namespace qf::duty
