#pragma once
// Reports (信访举报) as values: the channels, statuses and reporter-visible stages
// (typed enums with their stable codes and Chinese labels — the dictionaries
// report.channel / report.status / report.stage), and the two sealed parts of a
// report in clear (ReportMatter, ReporterIdentity) with their byte serialisation.
// The parts exist in clear only in memory, between a reader's unwrap and the
// response; report_store.h stores them sealed (report_crypto.h).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace qf::reports {

// 举报渠道
enum class Channel { kOnline, kLetter, kVisit, kPhone };
// 办理状态 (staff view)
// kTransferred 已转办 (to another unit: final for this committee) and kFiled 留存备查
// (kept on file: the secretary may take it up again, back to under_review).
enum class ReportStatus { kReceived, kUnderReview, kInHandling, kOutOfScope, kClosed, kTransferred, kFiled };
// 举报人可见的进度 (reporter view; never handler names)
enum class Stage { kReceived, kUnderReview, kInHandling, kNotAccepted, kClosed, kTransferred, kFiled };

std::string_view channel_code(Channel c);
std::optional<Channel> channel_from_code(std::string_view code);
std::string_view channel_label_zh(Channel c);
std::string_view status_code(ReportStatus s);
std::optional<ReportStatus> status_from_code(std::string_view code);
std::string_view status_label_zh(ReportStatus s);
std::string_view stage_code(Stage s);
std::string_view stage_label_zh(Stage s);
std::string_view stage_label_en(Stage s);
// The sentence the reporter reads under the stage (empty when the label says it all):
// what 转办 / 留存备查 mean for them, never internal details (no unit, no reason).
std::string_view stage_note_zh(Stage s);
std::string_view stage_note_en(Stage s);
// Stages in which the reporter can no longer answer (closed, not accepted, transferred,
// kept on file) and the staff can no longer ask.
bool stage_is_final(Stage s);
Stage stage_of(ReportStatus s);
const std::vector<Channel>& all_channels();
const std::vector<ReportStatus>& all_statuses();

// 被反映人与反映事项 — sealed with the matter key.
struct ReportMatter {
  std::string reported_name;
  std::string reported_unit;
  std::string reported_position;
  std::string matter;
  std::string time_place;
  std::string evidence;
};

// 举报人身份 — the separate sealed part with its own key (contact details included:
// a phone number identifies the reporter as surely as a name).
struct ReporterIdentity {
  std::string name;
  std::string phone;
  std::string id_number;
  std::string address;
  std::string contact;
  bool empty() const { return name.empty() && phone.empty() && id_number.empty() && address.empty() && contact.empty(); }
};

std::string serialise(const ReportMatter& m);
Result<ReportMatter> parse_matter(std::string_view bytes);
std::string serialise(const ReporterIdentity& i);
Result<ReporterIdentity> parse_identity(std::string_view bytes);

// Part labels used as associated data (report_crypto.h seal_part).
inline constexpr std::string_view kPartMatter = "matter";
inline constexpr std::string_view kPartIdentity = "identity";
inline constexpr std::string_view kPartReason = "reason";        // out-of-scope / filing reason (matter key)
inline constexpr std::string_view kPartTransfer = "transfer";    // 转办 record (matter key)
inline constexpr std::string_view kPartPersonLink = "person-link";  // 被反映人 ↔ person (matter key)
std::string attachment_name_part(int64_t ord);                   // "attachment-name:<ord>" (matter key)
std::string attachment_content_part(int64_t ord);                // "attachment:<ord>" (matter key)
std::string message_part(int64_t ord);                           // "message:<ord>" (conversation key)

}  // namespace qf::reports
