#pragma once
// RuleConfig: every number of the rules that a regulation or a unit could change
// (FORMATS.md, "Rules"), with the contract's defaults. Read from the `[crosscheck]`
// table of a TOML file (qingfeng.toml or --config); absent keys keep their default.
//
//   [crosscheck]
//   open_tender_threshold   = 2000000      # R5, yuan
//   thresholds              = [1000000, 2000000]  # R6, yuan
//   near_threshold_margin   = 0.05         # R6
//   single_source_share     = 0.5          # R7
//   single_source_min_total = 200000       # R7, yuan
//   new_company_min_amount  = 100000       # R9, yuan
//   new_company_days        = 90           # R9, days
//   property_area_tolerance = 1            # R3, m²
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"

namespace qf::crosscheck {

struct RuleConfig {
  double open_tender_threshold = 2'000'000;
  std::vector<double> thresholds = {1'000'000, 2'000'000};
  double near_threshold_margin = 0.05;
  double single_source_share = 0.5;
  double single_source_min_total = 200'000;
  double new_company_min_amount = 100'000;
  int64_t new_company_days = 90;
  double property_area_tolerance = 1;
};

// Overrides `config` with the keys of the [crosscheck] table of the TOML file at
// `path`. A missing table leaves everything as is; a file that cannot be parsed or a
// key with a wrong type or out-of-range value is an error naming the file and key.
Status load_rule_config(const std::string& path, RuleConfig* config);

// Parses TOML text (for tests); `origin` names the source in errors.
Status parse_rule_config(const std::string& toml_text, const std::string& origin, RuleConfig* config);

// Yuan -> fen, rounded to the nearest fen.
int64_t to_fen(double yuan);

}  // namespace qf::crosscheck
