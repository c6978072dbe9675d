#include "domain/verification/suggestion.h"

namespace qf::verification {
namespace {

bool starts_with(const std::string& s, std::string_view p) { return s.rfind(p, 0) == 0; }

std::string conclusion_code(const std::string& zh) {
  if (zh == "漏报") return kOmitted;
  if (zh == "瞒报") return kConcealed;
  if (zh == "如实报告" || zh == "如实") return kTruthful;
  return "";
}

}  // namespace

bool valid_conclusion(std::string_view c) { return c == kTruthful || c == kOmitted || c == kConcealed; }

std::string_view conclusion_zh(std::string_view c) {
  if (c == kTruthful) return "如实报告";
  if (c == kOmitted) return "漏报";
  if (c == kConcealed) return "瞒报";
  return "";
}

bool valid_discrepancy(std::string_view c) { return c == "missing" || c == "understated" || c == "other"; }

std::string_view discrepancy_zh(std::string_view c) {
  if (c == "missing") return "未报告";
  if (c == "understated") return "已报告但少报或不一致";
  if (c == "other") return "其他不一致";
  return "";
}

std::string rule_discrepancy(const nlohmann::json& rule) {
  if (rule.contains("discrepancy") && rule["discrepancy"].is_string()) return rule["discrepancy"].get<std::string>();
  const std::string code = rule.value("code", std::string());
  if (starts_with(code, "understated_")) return "understated";
  if (starts_with(code, "missing_") || starts_with(code, "omitted_")) return "missing";
  return "";
}

std::optional<Suggestion> suggest(const declarations::FormDef& form, const std::string& item,
                                  const std::string& discrepancy) {
  if (!form.handling_rules.is_array()) return std::nullopt;
  for (const auto& rule : form.handling_rules) {
    if (!rule.is_object() || rule_discrepancy(rule) != discrepancy) continue;
    bool covers = false;
    if (rule.contains("items") && rule["items"].is_array())
      for (const auto& i : rule["items"])
        if (i.is_string() && i.get<std::string>() == item) covers = true;
    if (!covers) continue;
    const std::string c = conclusion_code(rule.value("conclusion", std::string()));
    if (c.empty()) continue;
    return Suggestion{rule.value("code", std::string()), c, rule.value("zh", std::string()),
                      rule.value("en", std::string())};
  }
  return std::nullopt;
}

}  // namespace qf::verification
