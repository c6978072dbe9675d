// Codes, labels and the serialisation of the sealed parts (a JSON object: readable
// by a later version, never stored in clear).
#include "domain/reports/report_types.h"

#include <nlohmann/json.hpp>

namespace qf::reports {
namespace {
struct ChannelRow { Channel c; std::string_view code, zh; };
constexpr ChannelRow kChannels[] = {
    {Channel::kOnline, "online", "网上举报"},
    {Channel::kLetter, "letter", "来信"},
    {Channel::kVisit, "visit", "来访"},
    {Channel::kPhone, "phone", "来电"},
};
struct StatusRow { ReportStatus s; std::string_view code, zh; };
constexpr StatusRow kStatuses[] = {
    {ReportStatus::kReceived, "received", "已受理"},
    {ReportStatus::kUnderReview, "under_review", "审查中"},
    {ReportStatus::kInHandling, "in_handling", "已转问题线索"},
    {ReportStatus::kOutOfScope, "out_of_scope", "不属于受理范围"},
    {ReportStatus::kClosed, "closed", "已办结"},
    {ReportStatus::kTransferred, "transferred", "已转办"},
    {ReportStatus::kFiled, "filed", "留存备查"},
};
struct StageRow { Stage s; std::string_view code, zh, en, note_zh, note_en; };
constexpr StageRow kStages[] = {
    {Stage::kReceived, "received", "已收到", "Received", "", ""},
    {Stage::kUnderReview, "under_review", "审查中", "Under review", "", ""},
    {Stage::kInHandling, "in_handling", "办理中", "Being handled", "", ""},
    {Stage::kNotAccepted, "not_accepted", "不予受理", "Not accepted", "", ""},
    {Stage::kClosed, "closed", "已办结", "Closed", "", ""},
    {Stage::kTransferred, "transferred", "已转办", "Transferred",
     "您反映的问题不属于本机关管辖，已按规定转交有权处理的单位办理。该单位将依照规定处理。",
     "The matter you reported is not within this committee's remit and has been passed, as the rules require, "
     "to the body competent to handle it, which will deal with it under its rules."},
    {Stage::kFiled, "filed", "已留存备查", "Kept on file",
     "您反映的问题已登记留存，作为今后监督工作的参考。如有新的具体情况，欢迎再次反映。",
     "The matter you reported has been recorded and kept on file for reference in future supervision. "
     "If you have new, specific information, you are welcome to report again."},
};
Error damaged() {
  return Error::invalid("report.crypto", "举报内容已损坏，无法读取", "The report content is damaged and cannot be read");
}
}  // namespace

std::string_view channel_code(Channel c) {
  for (auto& r : kChannels) if (r.c == c) return r.code;
  return "online";
}
std::optional<Channel> channel_from_code(std::string_view code) {
  for (auto& r : kChannels) if (r.code == code) return r.c;
  return std::nullopt;
}
std::string_view channel_label_zh(Channel c) {
  for (auto& r : kChannels) if (r.c == c) return r.zh;
  return "";
}
std::string_view status_code(ReportStatus s) {
  for (auto& r : kStatuses) if (r.s == s) return r.code;
  return "received";
}
std::optional<ReportStatus> status_from_code(std::string_view code) {
  for (auto& r : kStatuses) if (r.code == code) return r.s;
  return std::nullopt;
}
std::string_view status_label_zh(ReportStatus s) {
  for (auto& r : kStatuses) if (r.s == s) return r.zh;
  return "";
}
std::string_view stage_code(Stage s) {
  for (auto& r : kStages) if (r.s == s) return r.code;
  return "received";
}
std::string_view stage_label_zh(Stage s) {
  for (auto& r : kStages) if (r.s == s) return r.zh;
  return "";
}
std::string_view stage_label_en(Stage s) {
  for (auto& r : kStages) if (r.s == s) return r.en;
  return "";
}
std::string_view stage_note_zh(Stage s) {
  for (auto& r : kStages) if (r.s == s) return r.note_zh;
  return "";
}
std::string_view stage_note_en(Stage s) {
  for (auto& r : kStages) if (r.s == s) return r.note_en;
  return "";
}
bool stage_is_final(Stage s) {
  return s == Stage::kClosed || s == Stage::kNotAccepted || s == Stage::kTransferred || s == Stage::kFiled;
}
Stage stage_of(ReportStatus s) {
  switch (s) {
    case ReportStatus::kReceived: return Stage::kReceived;
    case ReportStatus::kUnderReview: return Stage::kUnderReview;
    case ReportStatus::kInHandling: return Stage::kInHandling;
    case ReportStatus::kOutOfScope: return Stage::kNotAccepted;
    case ReportStatus::kClosed: return Stage::kClosed;
    case ReportStatus::kTransferred: return Stage::kTransferred;
    case ReportStatus::kFiled: return Stage::kFiled;
  }
  return Stage::kReceived;
}
const std::vector<Channel>& all_channels() {
  static const std::vector<Channel> v = {Channel::kOnline, Channel::kLetter, Channel::kVisit, Channel::kPhone};
  return v;
}
const std::vector<ReportStatus>& all_statuses() {
  static const std::vector<ReportStatus> v = {ReportStatus::kReceived, ReportStatus::kUnderReview,
                                              ReportStatus::kInHandling, ReportStatus::kOutOfScope,
                                              ReportStatus::kClosed, ReportStatus::kTransferred,
                                              ReportStatus::kFiled};
  return v;
}

std::string serialise(const ReportMatter& m) {
  nlohmann::json j = {{"reported_name", m.reported_name}, {"reported_unit", m.reported_unit},
                      {"reported_position", m.reported_position}, {"matter", m.matter},
                      {"time_place", m.time_place}, {"evidence", m.evidence}};
  return j.dump();
}

Result<ReportMatter> parse_matter(std::string_view bytes) {
  auto j = nlohmann::json::parse(bytes, nullptr, false);
  if (!j.is_object()) return damaged();
  ReportMatter m;
  m.reported_name = j.value("reported_name", "");
  m.reported_unit = j.value("reported_unit", "");
  m.reported_position = j.value("reported_position", "");
  m.matter = j.value("matter", "");
  m.time_place = j.value("time_place", "");
  m.evidence = j.value("evidence", "");
  return m;
}

std::string serialise(const ReporterIdentity& i) {
  nlohmann::json j = {{"name", i.name}, {"phone", i.phone}, {"id_number", i.id_number},
                      {"address", i.address}, {"contact", i.contact}};
  return j.dump();
}

Result<ReporterIdentity> parse_identity(std::string_view bytes) {
  auto j = nlohmann::json::parse(bytes, nullptr, false);
  if (!j.is_object()) return damaged();
  ReporterIdentity i;
  i.name = j.value("name", "");
  i.phone = j.value("phone", "");
  i.id_number = j.value("id_number", "");
  i.address = j.value("address", "");
  i.contact = j.value("contact", "");
  return i;
}

std::string attachment_name_part(int64_t ord) { return "attachment-name:" + std::to_string(ord); }
std::string attachment_content_part(int64_t ord) { return "attachment:" + std::to_string(ord); }
std::string message_part(int64_t ord) { return "message:" + std::to_string(ord); }

}  // namespace qf::reports
