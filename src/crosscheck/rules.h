#pragma once
// The rules R1–R10 of FORMATS.md. Each rule reads the loaded tables through the
// RegistryIndex and returns its findings, possibly with repeated keys; merge_findings
// turns them into exactly one finding per (rule, key), in key order, with the union
// of the evidence — so the output never depends on thread count or hash order.
#include <cstdint>
#include <string>
#include <vector>

#include "crosscheck/config.h"
#include "crosscheck/finding.h"
#include "crosscheck/registry_index.h"

namespace qf::crosscheck {

struct RuleContext {
  const LoadedData& data;
  const RegistryIndex& index;
  const RuleConfig& config;
  int64_t as_of;  // days since 1970
};

inline constexpr int kRuleCount = 10;

// Group rules (R5, R7) list at most this many contract rows as evidence per finding:
// the finding's own contract first, then the rest of the group in file order. Their
// summaries state the group's full size and sum.
inline constexpr size_t kMaxGroupEvidence = 100;

// Files rule `rule` (1..10) needs; the rule is skipped when one is absent.
std::vector<FileId> rule_inputs(int rule);

// Runs rule `rule` (1..10).
std::vector<CrossCheckFinding> run_rule(int rule, const RuleContext& ctx);

// Sorts by key, merges equal keys (evidence union, smallest summary kept).
std::vector<CrossCheckFinding> merge_findings(std::vector<CrossCheckFinding> findings);

}  // namespace qf::crosscheck
