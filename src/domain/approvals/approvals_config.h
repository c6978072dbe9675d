#pragma once
// [approvals] in qingfeng.toml (docs/configuration.md):
//   cadre_chain = ["dept_head", "org_hr", "party_secretary"]   # leading cadres' applications
//   staff_chain = ["dept_head", "org_hr"]                      # everyone else's
//   document_return_days = 10   # a lent passport or permit is due back this many days after the trip
// A chain lists roles in order, each once, from dept_head, committee_member, org_hr,
// party_secretary, discipline_secretary (the roles holding approval.decide).
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace qf::approvals {

struct ApprovalsConfig {
  std::vector<std::string> cadre_chain{"dept_head", "org_hr", "party_secretary"};
  std::vector<std::string> staff_chain{"dept_head", "org_hr"};
  int document_return_days = 10;

  static Result<ApprovalsConfig> from_toml(std::string_view toml_text, std::string_view source_name);
};

// The roles a chain may name.
const std::vector<std::string>& chain_roles();

}  // namespace qf::approvals
