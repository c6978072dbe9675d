// A finding turned into a verification item (to_verification.h).
#include "domain/findings/to_verification.h"

#include <fmt/format.h>

namespace qf::findings {
namespace {

// At most `max` code points of UTF-8 text (cut on a character boundary).
std::string cut(const std::string& s, size_t max) {
  size_t chars = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (chars == max) return s.substr(0, i);
      ++chars;
    }
  }
  return s;
}

}  // namespace

std::string default_item(const std::string& rule) {
  if (rule == "R1" || rule == "R2") return "family_business";
  if (rule == "R3") return "real_estate";
  if (rule == "R4") return "private_trips";
  return "";
}

std::string default_discrepancy(const std::string& rule) {
  return rule == "R1" || rule == "R3" || rule == "R4" ? "missing" : "other";
}

VerificationDraft verification_draft(const Finding& f, const std::string& item, const std::string& discrepancy) {
  VerificationDraft d;
  d.item = item.empty() ? default_item(f.rule) : item;
  d.discrepancy = discrepancy.empty() ? default_discrepancy(f.rule) : discrepancy;
  d.declared = fmt::format("大数据比对（疑点第{}号，规则 {}）时，本人报送的个人有关事项报告及审批记录中未见与登记信息相符的内容。",
                           f.id, f.rule);
  d.registry = cut(clue_matter(f), 1000);
  return d;
}

Result<std::optional<OpenMember>> open_member(store::Connection& conn, int64_t person_id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "findings/sampled_member"), {person_id}));
  if (rs.empty()) return std::optional<OpenMember>{};
  const auto& r = rs.front();
  return std::optional<OpenMember>{OpenMember{r.i64("id"), r.i64("round_id"), static_cast<int>(r.i64("round_year")),
                                              r.i64("sampled") != 0, r.i64("candidate") != 0}};
}

}  // namespace qf::findings
