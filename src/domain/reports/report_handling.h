#pragma once
// Handling of reports by the discipline committee (staff side): who sees which
// report (need-to-know, threat model M4), opening a report with the reader's
// unlocked key, assigning handlers (their matter key wraps), questions to the
// reporter, triage into problem clues (through the supervision module's own
// functions) or out of scope, closure with feedback, identity reveal requests and
// the secretary's decision (M5), and statistics (aggregates only).
//
// Visibility: a holder of report.identity.approve (the discipline secretary) sees
// every report; a holder of report.handle sees reports assigned to it or registered
// by it; nobody else sees any. An invisible report answers kNotFound
// "report.not_found", exactly like an absent one. Functions work in the caller's
// transaction; audit entries are the caller's and never contain report content.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/clues/clue_config.h"
#include "domain/clues/problem_clue.h"
#include "domain/reports/report_config.h"
#include "domain/reports/report_types.h"
#include "domain/reports/reporter_access.h"
#include "store/database.h"

namespace qf::reports {

struct ReportVisibility {
  std::string sql;  // boolean condition over `reports r`
  store::Params params;
};
ReportVisibility visible_reports(const auth::Principal& who);
Result<bool> can_see_report(store::Connection& conn, const auth::Principal& who, int64_t report_id);
Error report_not_found();

struct ReportListFilter {
  std::optional<ReportStatus> status;
  std::optional<Channel> channel;
  std::optional<int> year;
  std::optional<bool> real_name;
  int64_t offset = 0;
  int64_t limit = 20;
  std::string sort = "received_on";  // received_on | register_number | status
  bool descending = true;
};

struct NamedAccount {
  int64_t account_id = 0;
  std::string display_name;
};

struct ReportListItem {
  int64_t id = 0;
  std::string register_number;
  Channel channel = Channel::kOnline;
  bool real_name = false;
  ReportStatus status = ReportStatus::kReceived;
  std::string received_on;
  bool awaiting_reply = false;
  std::vector<NamedAccount> assignees;
  int64_t clue_count = 0;
  int64_t linked_count = 0;
};
Result<std::pair<std::vector<ReportListItem>, int64_t>> list_reports(store::Connection& conn,
                                                                     const auth::Principal& who,
                                                                     const ReportListFilter& f);

struct AttachmentSummary {
  int64_t id = 0;
  std::string filename;
  std::string content_type;
  int64_t size = 0;
};

struct StaffMessage {
  int64_t id = 0;
  std::string from;  // handler | reporter
  std::string author_name;
  std::string text;
  int64_t at = 0;
  std::optional<int64_t> in_reply_to;
};

struct RevealRequest {
  int64_t id = 0;
  int64_t report_id = 0;
  std::string register_number;
  int64_t requester_id = 0;
  std::string requester_name;
  std::string reason;
  std::string status;  // pending | approved | refused
  std::string opinion;
  int64_t created_at = 0;
  std::optional<int64_t> decided_at;
};

struct LinkedReport {
  int64_t id = 0;
  std::string register_number;
  std::string status;
};

// 转办 record: the unit the report was passed to, the transfer document's number, the day.
struct ReportTransfer {
  std::string unit;
  std::string document_number;
  std::string transferred_on;  // YYYY-MM-DD
};

// The person of the organisation a handler linked the 被反映人 to (resolved at read time).
struct ReportPersonLink {
  int64_t person_id = 0;
  std::string name;
  std::string department_name;
  std::string position_name;
  bool exists = true;  // false when the person is no longer in the organisation's records
};

struct OpenedReport {
  int64_t id = 0;
  std::string register_number;
  Channel channel = Channel::kOnline;
  bool real_name = false;
  ReportStatus status = ReportStatus::kReceived;
  std::string received_on;
  ReportMatter matter;
  bool identity_sealed = true;  // false when the caller can open the identity part
  bool has_query_code = false;
  bool awaiting_reply = false;
  std::vector<AttachmentSummary> attachments;
  std::vector<StaffMessage> messages;
  std::vector<NamedAccount> assignees;
  std::vector<std::pair<int64_t, std::string>> clues;  // id, number
  std::optional<std::string> out_of_scope_reason;
  std::optional<std::string> filed_reason;       // 留存备查 reason (while filed)
  std::optional<ReportTransfer> transfer;        // 转办 record
  std::optional<ReportPersonLink> person_link;   // 被反映人 ↔ person (handlers only)
  std::optional<std::string> feedback;
  std::vector<LinkedReport> linked;
  std::vector<RevealRequest> reveal_requests;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

// `secret` is the caller's unlocked reader key (reader_keys.h session_reader_secret).
Result<OpenedReport> open_report(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                                 int64_t report_id);

struct OpenedAttachment {
  AttachmentSummary summary;
  std::string bytes;
};
Result<OpenedAttachment> open_attachment(store::Connection& conn, const auth::Principal& who,
                                         const std::string& secret, int64_t report_id, int64_t attachment_id);

// kForbidden "report.identity_sealed" without an identity key wrap for the caller.
Result<ReporterIdentity> open_identity(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                                       int64_t report_id);

// Replaces the assigned handlers (secretary only). Each must be an enrolled reader
// with the role discipline_member or discipline_secretary (kConflict
// "report.not_enrolled" / kInvalid "report.invalid"). New handlers get the matter and
// conversation keys; removed ones lose them. A received report moves to under_review.
Status assign_report(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                     int64_t report_id, const std::vector<int64_t>& account_ids, int64_t now_ms);

// A question to the reporter; kConflict "report.no_query_code" when the reporter has
// no query code (offline report without a password).
Result<int64_t> ask_reporter(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                             int64_t report_id, const std::string& text, const ReportsConfig& cfg, int64_t now_ms);

// Triage (secretary): out of scope with a reason (sealed), or one or more problem
// clues registered through the supervision module (source petition, received on the
// report's day) and linked to the report. kConflict "report.already_triaged".
Status triage_out_of_scope(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                           int64_t report_id, const std::string& reason, int64_t now_ms);

// 转办 (secretary): to another unit, with the receiving unit, the transfer document's
// number and the day (not in the future, not before the report was received). FINAL:
// the report takes no further triage, question or closure; the reporter's follow-up
// view says it was transferred, nothing more. kConflict "report.already_triaged".
Status triage_transfer(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                       int64_t report_id, const ReportTransfer& transfer, const std::string& today, int64_t now_ms);
// 留存备查 (secretary): kept on file with a reason (sealed like the out-of-scope reason).
// REVERSIBLE by reopen_filed (new facts): back to under_review, the reason cleared.
Status triage_file(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                   int64_t report_id, const std::string& reason, int64_t now_ms);
// kConflict "report.not_filed" unless the report is kept on file.
Status reopen_filed(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                    int64_t report_id, int64_t now_ms);
// Links the 被反映人 to a person of the organisation (or removes the link: nullopt). Any
// holder of the report's matter key (its handlers, the secretary); the reporter's text
// is kept as written. kInvalid naming person_id when there is no such person.
Status set_person_link(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                       int64_t report_id, std::optional<int64_t> person_id, int64_t now_ms);

struct ClueFromReport {
  clues::DisciplineCategory category = clues::DisciplineCategory::kIntegrity;
  std::string matter;
  std::vector<clues::ReportedPerson> persons;
  std::vector<std::pair<int64_t, clues::ClueActorRole>> assignments;
};
Result<std::vector<std::pair<int64_t, std::string>>> triage_into_clues(store::Connection& conn,
                                                                       const auth::Principal& who,
                                                                       const std::string& secret, int64_t report_id,
                                                                       const std::vector<ClueFromReport>& clues,
                                                                       const clues::ClueConfig& clue_cfg,
                                                                       int64_t now_ms);

// Closure (secretary). Real-name reports need `feedback` (shown to the reporter);
// anonymous ones refuse it.
Status close_report(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                    int64_t report_id, const std::string& feedback, int64_t now_ms);

Result<int64_t> request_reveal(store::Connection& conn, const auth::Principal& who, int64_t report_id,
                               const std::string& reason, int64_t now_ms);
// The secretary's decision; on approval the identity key is wrapped for the requester.
// Returns the request's report id.
Result<int64_t> decide_reveal(store::Connection& conn, const auth::Principal& who, const std::string& secret,
                              int64_t request_id, bool approve, const std::string& opinion, int64_t now_ms);
Result<std::vector<RevealRequest>> reveal_requests(store::Connection& conn, const std::string& status);

struct ReportStats {
  int year = 0;
  int64_t total = 0;
  std::vector<std::pair<Channel, int64_t>> by_channel;
  int64_t real_name = 0;
  int64_t anonymous = 0;
  std::vector<std::pair<ReportStatus, int64_t>> by_status;
};
Result<ReportStats> report_stats(store::Connection& conn, int year);

}  // namespace qf::reports
