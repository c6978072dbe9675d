#pragma once
// CrossCheckFinding (比对发现): one row of findings.csv — a rule that fired for one
// key, with the input rows (file and line) that produced it.
#include <cstdint>
#include <string>
#include <vector>

#include "crosscheck/schema.h"

namespace qf::crosscheck {

struct Evidence {
  FileId file{};
  uint32_t line = 0;
  friend bool operator==(const Evidence&, const Evidence&) = default;
  friend auto operator<=>(const Evidence&, const Evidence&) = default;
};

struct CrossCheckFinding {
  int rule = 0;              // 1..10
  std::string key;           // key fields joined with '|'
  std::string cadre_id;      // "" where the rule has no cadre
  std::string summary;       // one Chinese sentence
  std::vector<Evidence> evidence;  // sorted, unique after merging
};

// 高 / 中 / 低 for a rule.
const char* severity_of(int rule);
// "未申报经商办企业" etc.
const char* rule_name_zh(int rule);

}  // namespace qf::crosscheck
