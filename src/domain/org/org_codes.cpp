// Organisation enumerations: see org_codes.h.
#include "domain/org/org_codes.h"

#include <algorithm>
#include <cctype>

namespace qf::org {
namespace {

struct RankDef {
  const char* code;
  const char* zh;
  const char* en;
  const char* short_zh;
};
// Civil-service ranks (职级), lowest first.
const RankDef kRanks[] = {
    {"none", "无", "None", "无职级"},
    {"clerk", "办事员", "Clerk", "办事员级"},
    {"officer", "科员", "Officer", "科员级"},
    {"deputy_section", "副科级", "Deputy section chief", "副科"},
    {"section", "正科级", "Section chief", "正科"},
    {"deputy_division", "副处级", "Deputy division chief", "副处"},
    {"division", "正处级", "Division chief", "正处"},
    {"deputy_bureau", "副局级", "Deputy bureau chief", "副局"},
    {"bureau", "正局级", "Bureau chief", "正局"},
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

bool is_party_member(std::string_view s) { return s == "member" || s == "probationary"; }

int rank_level(std::string_view rank) {
  int i = 0;
  for (const RankDef& r : kRanks) {
    if (rank == r.code) return i;
    ++i;
  }
  return -1;
}

std::optional<std::string> parse_gender(std::string_view text) {
  std::string t = lower(text);
  if (t == "男" || t == "male" || t == "m" || t == "男性") return "male";
  if (t == "女" || t == "female" || t == "f" || t == "女性") return "female";
  return std::nullopt;
}

std::optional<std::string> parse_rank(std::string_view text) {
  if (text.empty()) return std::string("none");
  std::string t = lower(text);
  for (const RankDef& r : kRanks) {
    if (t == r.code || text == r.zh || text == r.short_zh || t == lower(r.en)) return std::string(r.code);
  }
  return std::nullopt;
}

std::optional<std::string> parse_party_status(std::string_view text) {
  std::string t = lower(text);
  if (t == "member" || text == "中共党员" || text == "党员" || text == "中国共产党党员") return "member";
  if (t == "probationary" || text == "中共预备党员" || text == "预备党员") return "probationary";
  if (t == "league" || text == "共青团员" || text == "团员") return "league";
  if (t == "democratic" || text == "民主党派" || text == "民主党派成员") return "democratic";
  if (t == "masses" || text == "群众" || text.empty()) return "masses";
  return std::nullopt;
}

std::optional<bool> parse_yes_no(std::string_view text) {
  std::string t = lower(text);
  if (t == "是" || t == "y" || t == "yes" || t == "1" || t == "true" || t == "√") return true;
  if (t == "否" || t == "n" || t == "no" || t == "0" || t == "false" || t.empty()) return false;
  return std::nullopt;
}

std::vector<dictionary::Dictionary> org_dictionaries() {
  std::vector<dictionary::Dictionary> out;
  out.push_back({std::string(kGender), "性别", "Gender", {{"male", "男", "Male", 10}, {"female", "女", "Female", 20}}});
  dictionary::Dictionary ranks{std::string(kRank), "职级", "Rank", {}};
  int sort = 0;
  for (const RankDef& r : kRanks) ranks.entries.push_back({r.code, r.zh, r.en, sort += 10});
  out.push_back(std::move(ranks));
  out.push_back({std::string(kPartyStatus), "政治面貌", "Political status",
                 {{"member", "中共党员", "CPC member", 10},
                  {"probationary", "中共预备党员", "CPC probationary member", 20},
                  {"league", "共青团员", "CYL member", 30},
                  {"democratic", "民主党派", "Democratic party member", 40},
                  {"masses", "群众", "Non-party", 50}}});
  out.push_back({std::string(kPersonStatus), "人员状态", "Person status",
                 {{"active", "在职", "Active", 10},
                  {"left", "已离岗", "Left", 20},
                  {"archived", "已归档", "Archived", 30}}});
  out.push_back({std::string(kPositionEventKind), "岗位变动类型", "Position change",
                 {{std::string(kAppoint), "任职", "Appointment", 10},
                  {std::string(kPromote), "晋升（新提拔）", "Promotion", 20},
                  {std::string(kTransfer), "调动（调整岗位）", "Transfer", 30},
                  {std::string(kLeave), "离岗", "Leave", 40}}});
  out.push_back({std::string(kYesNo), "是否", "Yes/No", {{"1", "是", "Yes", 10}, {"0", "否", "No", 20}}});
  return out;
}

}  // namespace qf::org
