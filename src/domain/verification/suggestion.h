#pragma once
// The conclusion the configured handling rules (漏报/瞒报认定规则, the declaration form's
// "handling_rules", domain/declarations/declaration_form.h) suggest for one discrepancy.
//
// A discrepancy names the declared item (a form item code) and its kind:
//   missing      — the registry shows something the declaration does not have at all
//                  (未报告: a property, a passport, a business…);
//   understated  — the item is declared but less than the registry shows
//                  (已报告但少报: an area, an amount);
//   other        — anything else (no rule applies; the handler judges).
// A rule applies when the item is in its "items" and its kind matches: the rule's
// "discrepancy" field when it has one, else read from its code — "understated_…" is
// understated, "missing_…" and "omitted_…" are missing (the convention of the 2023
// revision). The first applicable rule, in the form's order, is the suggestion; its
// "conclusion" (漏报 / 瞒报 / 如实报告) becomes the code omitted / concealed / truthful.
#include <optional>
#include <string>
#include <string_view>

#include "domain/declarations/declaration_form.h"

namespace qf::verification {

inline constexpr const char* kTruthful = "truthful";    // 如实报告
inline constexpr const char* kOmitted = "omitted";      // 漏报
inline constexpr const char* kConcealed = "concealed";  // 瞒报

bool valid_conclusion(std::string_view code);
std::string_view conclusion_zh(std::string_view code);  // 如实报告 / 漏报 / 瞒报
bool valid_discrepancy(std::string_view code);          // missing / understated / other
std::string_view discrepancy_zh(std::string_view code);

struct Suggestion {
  std::string rule_code;
  std::string conclusion;  // truthful | omitted | concealed
  std::string rule_zh, rule_en;
};

// The kind of discrepancy a rule covers ("missing", "understated", or "" when unknown).
std::string rule_discrepancy(const nlohmann::json& rule);

std::optional<Suggestion> suggest(const declarations::FormDef& form, const std::string& item,
                                  const std::string& discrepancy);

}  // namespace qf::verification
