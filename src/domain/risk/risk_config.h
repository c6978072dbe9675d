#pragma once
// The [risk] section of qingfeng.toml (docs/configuration.md): the level matrix of
// integrity-risk points (likelihood × impact → 一级/二级/三级), the review interval of
// each level and how early a review due is announced.
#include <cstdint>
#include <string_view>

#include "core/result.h"

namespace qf::risk {

struct RiskConfig {
  // Likelihood and impact are each scored 1–5 (可能性 / 影响程度). Their product is the
  // risk score: at least level1_min_score is 一级 (high), at least level2_min_score is
  // 二级 (medium), anything lower 三级 (low).
  int64_t level1_min_score = 15;
  int64_t level2_min_score = 8;
  // Days from an approval (审核通过) to the next review (复核), per level.
  int64_t review_days_level1 = 90;
  int64_t review_days_level2 = 180;
  int64_t review_days_level3 = 365;
  // Days before a review date the department head is reminded (message centre).
  int64_t review_due_soon_days = 14;

  // 1, 2 or 3 for likelihood and impact in 1..5.
  int level_of(int64_t likelihood, int64_t impact) const;
  int64_t review_days(int level) const;

  // Parses the [risk] section (whole file or bare section); unknown keys, wrong types,
  // out-of-range values and level2_min_score ≥ level1_min_score are refused naming
  // "<source>:<line>".
  static Result<RiskConfig> from_toml(std::string_view toml_text, std::string_view source_name = "qingfeng.toml");
};

}  // namespace qf::risk
