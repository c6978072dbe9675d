#pragma once
// The organisation's enumerations (性别, 职级, 政治面貌, 人员状态, 岗位变动类型) as
// stable codes stored in the database and served as dictionaries (see
// domain/dictionary/dictionary.h). Ranks are ordered: rank_level() gives the order
// used for sorting people by rank and for telling a promotion from a transfer.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/dictionary/dictionary.h"

namespace qf::org {

// Dictionary names.
inline constexpr std::string_view kGender = "gender";
inline constexpr std::string_view kRank = "rank";
inline constexpr std::string_view kPartyStatus = "party_status";
inline constexpr std::string_view kPersonStatus = "person_status";
inline constexpr std::string_view kPositionEventKind = "position_event_kind";
inline constexpr std::string_view kYesNo = "yes_no";

// Position-event kinds (岗位变动).
inline constexpr std::string_view kAppoint = "appoint";    // 任职 (first placement)
inline constexpr std::string_view kPromote = "promote";    // 晋升 / 新提拔
inline constexpr std::string_view kTransfer = "transfer";  // 调动 / 调整岗位
inline constexpr std::string_view kLeave = "leave";        // 离岗 (leaves the unit)

// Party-status codes that count as Party membership (党员, incl. probationary).
bool is_party_member(std::string_view party_status);
// 0 for "none", higher for higher ranks; -1 for an unknown code.
int rank_level(std::string_view rank);

// Codes accepted from an imported cell: codes, Chinese or English labels, and the
// common short forms (e.g. "副科" for 副科级, "党员" for 中共党员, "是"/"否"/"Y"/"N").
std::optional<std::string> parse_gender(std::string_view text);
std::optional<std::string> parse_rank(std::string_view text);
std::optional<std::string> parse_party_status(std::string_view text);
std::optional<bool> parse_yes_no(std::string_view text);

std::vector<dictionary::Dictionary> org_dictionaries();

}  // namespace qf::org
