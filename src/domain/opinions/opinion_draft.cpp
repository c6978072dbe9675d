#include "domain/opinions/opinion_draft.h"

#include <array>

#include "domain/clues/clue_enums.h"

namespace qf::opinions {
namespace {

struct Purpose {
  std::string_view code, zh, action;
};
constexpr std::array<Purpose, 4> kPurposes{{{"promotion", "提拔", "提拔"},
                                            {"award", "评优", "评优评先"},
                                            {"transfer", "调任", "调任"},
                                            {"other", "其他", "使用"}}};

// 影响期 in months: 《关于对党员领导干部进行诫勉的规定》 (诫勉 6), 《中国共产党纪律处分条例》
// (警告 12, 严重警告 18, 撤销党内职务 24, 留党察看 24), 《公职人员政务处分法》 (警告 6, 记过 12,
// 记大过 18, 降级 24, 撤职 24), 《中国共产党组织处理规定》 (调整职务、责令辞职、免职 12, 降职 24,
// 停职检查 6). No end: 立案审查调查, 开除党籍, 开除公职, 移送司法机关.
struct Influence {
  std::string_view measure;
  int months;
};
constexpr std::array<Influence, 20> kInfluence{{{"admonishment", 6},
                                                {"party_warning", 12},
                                                {"party_serious_warning", 18},
                                                {"removal_from_party_posts", 24},
                                                {"party_probation", 24},
                                                {"gov_warning", 6},
                                                {"gov_demerit", 12},
                                                {"gov_major_demerit", 18},
                                                {"gov_downgrade", 24},
                                                {"gov_dismissal", 24},
                                                {"suspension_for_examination", 6},
                                                {"post_adjustment", 12},
                                                {"ordered_resignation", 12},
                                                {"removal_from_post", 12},
                                                {"demotion", 24},
                                                {"major_post_adjustment", 24},
                                                {"case_filed", -1},
                                                {"expulsion_from_party", -1},
                                                {"expulsion_from_public_office", -1},
                                                {"referral_to_judiciary", -1}}};

std::string chinese_day(const Date& d) {
  return std::to_string(d.year()) + "年" + std::to_string(d.month()) + "月" + std::to_string(d.day()) + "日";
}

std::string measure_label(std::string_view code) {
  for (const auto& l : clues::enum_labels<clues::FormMeasure>())
    if (l.code == code) return std::string(l.zh);
  return std::string(code);
}

}  // namespace

bool known_purpose(std::string_view code) {
  for (const auto& p : kPurposes)
    if (p.code == code) return true;
  return false;
}
std::string_view purpose_label_zh(std::string_view code) {
  for (const auto& p : kPurposes)
    if (p.code == code) return p.zh;
  return code;
}
std::string_view deferred_action_zh(std::string_view purpose) {
  for (const auto& p : kPurposes)
    if (p.code == purpose) return p.action;
  return "使用";
}

int influence_months(std::string_view measure) {
  for (const auto& i : kInfluence)
    if (i.measure == measure) return i.months;
  return 0;
}

Draft draft_answer(const std::string& person_name, std::string_view purpose, Date today, int concealed_years,
                   const verification::IntegrityFacts& facts) {
  Draft d;
  d.grounds = {{"concealed", nlohmann::json::array()},
               {"measures", nlohmann::json::array()},
               {"open_clues", nlohmann::json::array()}};
  std::vector<std::string> clauses;
  for (const auto& c : facts.concealed) {
    if (c.year < today.year() - concealed_years) continue;
    clauses.push_back(std::to_string(c.year) + "年度个人有关事项报告经核查认定为瞒报（" + c.item_title_zh + "）");
    d.grounds["concealed"].push_back(
        {{"item_id", c.item_id}, {"year", c.year}, {"item_title", c.item_title_zh}, {"consequences", c.consequences}});
  }
  for (const auto& m : facts.measures) {
    const int months = influence_months(m.measure);
    if (months == 0) continue;
    auto decided = Date::parse(m.decided_on);
    if (!decided.ok()) continue;
    std::string clause = "于" + chinese_day(*decided) + "受到" + measure_label(m.measure);
    std::string until;
    if (months > 0) {
      const Date end = decided->add_months(months);
      if (end <= today) continue;
      until = end.to_string();
      clause += "，尚在影响期内（至" + chinese_day(end) + "）";
    }
    clauses.push_back(clause);
    d.grounds["measures"].push_back({{"clue_id", m.clue_id},
                                     {"clue_number", m.clue_number},
                                     {"measure", m.measure},
                                     {"measure_zh", measure_label(m.measure)},
                                     {"decided_on", m.decided_on},
                                     {"effect_until", until}});
  }
  if (!facts.open_clues.empty()) {
    clauses.push_back("有反映其问题的线索正在处置中，尚未办结");
    for (const auto& c : facts.open_clues)
      d.grounds["open_clues"].push_back(
          {{"clue_id", c.clue_id}, {"number", c.number}, {"state", c.state}, {"received_date", c.received_date}});
  }
  if (clauses.empty()) {
    d.text = "经查，未发现" + person_name + "同志有违反党风廉政建设规定的问题。";
    return d;
  }
  d.hold = true;
  d.text = "经查，" + person_name + "同志";
  for (size_t i = 0; i < clauses.size(); ++i) d.text += (i ? "；" : "") + clauses[i];
  d.text += "。建议暂缓" + std::string(deferred_action_zh(purpose)) + "。";
  return d;
}

}  // namespace qf::opinions
