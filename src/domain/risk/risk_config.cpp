#include "domain/risk/risk_config.h"

#include <string>

#include "core/config_section.h"

namespace qf::risk {

int RiskConfig::level_of(int64_t likelihood, int64_t impact) const {
  const int64_t score = likelihood * impact;
  if (score >= level1_min_score) return 1;
  if (score >= level2_min_score) return 2;
  return 3;
}

int64_t RiskConfig::review_days(int level) const {
  return level == 1 ? review_days_level1 : level == 2 ? review_days_level2 : review_days_level3;
}

Result<RiskConfig> RiskConfig::from_toml(std::string_view toml_text, std::string_view source_name) {
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, std::string(source_name), "risk"));
  RiskConfig cfg;
  const toml::node* level2_node = nullptr;
  for (auto&& [key, node] : parsed.table()) {
    const std::string k(key.str());
    if (k == "level1_min_score") {
      QF_TRY(cfg.level1_min_score, parsed.integer(k, node, 2, 25));
    } else if (k == "level2_min_score") {
      QF_TRY(cfg.level2_min_score, parsed.integer(k, node, 1, 24));
      level2_node = &node;
    } else if (k == "review_days_level1") {
      QF_TRY(cfg.review_days_level1, parsed.integer(k, node, 1, 3660));
    } else if (k == "review_days_level2") {
      QF_TRY(cfg.review_days_level2, parsed.integer(k, node, 1, 3660));
    } else if (k == "review_days_level3") {
      QF_TRY(cfg.review_days_level3, parsed.integer(k, node, 1, 3660));
    } else if (k == "review_due_soon_days") {
      QF_TRY(cfg.review_due_soon_days, parsed.integer(k, node, 0, 365));
    } else {
      return parsed.unknown_key(k, node);
    }
  }
  if (cfg.level2_min_score >= cfg.level1_min_score) {
    const std::string where = level2_node ? parsed.where(*level2_node) : std::string(source_name);
    return Error::invalid("config.risk",
                          where + "：risk.level2_min_score（" + std::to_string(cfg.level2_min_score) +
                              "）应小于 risk.level1_min_score（" + std::to_string(cfg.level1_min_score) + "）",
                          where + ": risk.level2_min_score (" + std::to_string(cfg.level2_min_score) +
                              ") must be below risk.level1_min_score (" + std::to_string(cfg.level1_min_score) + ")",
                          where);
  }
  return cfg;
}

}  // namespace qf::risk
