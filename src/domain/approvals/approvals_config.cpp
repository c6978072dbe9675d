#include "domain/approvals/approvals_config.h"

#include <algorithm>

#include "core/config_section.h"

namespace qf::approvals {

const std::vector<std::string>& chain_roles() {
  static const std::vector<std::string> roles{"dept_head", "committee_member", "org_hr", "party_secretary",
                                              "discipline_secretary"};
  return roles;
}

namespace {

Result<std::vector<std::string>> chain(const ModuleSectionToml& parsed, const std::string& key, const toml::node& node) {
  const std::string field = "approvals." + key;
  auto refuse = [&](const std::string& zh, const std::string& en) {
    return Error::invalid("config.approvals", parsed.where(node) + "：" + field + " " + zh,
                          parsed.where(node) + ": " + field + " " + en, field);
  };
  const auto* arr = node.as_array();
  if (!arr || arr->empty())
    return refuse("应为非空的角色列表，如 [\"dept_head\", \"org_hr\"]", "must be a non-empty list of roles, e.g. [\"dept_head\", \"org_hr\"]");
  std::vector<std::string> out;
  for (const auto& el : *arr) {
    const auto* s = el.as_string();
    const std::string role = s ? s->get() : std::string();
    if (std::find(chain_roles().begin(), chain_roles().end(), role) == chain_roles().end())
      return refuse("中的“" + role + "”不是可审批的角色（可用 dept_head、committee_member、org_hr、party_secretary、discipline_secretary）",
                    "names \"" + role + "\", not an approving role (dept_head, committee_member, org_hr, party_secretary, discipline_secretary)");
    if (std::find(out.begin(), out.end(), role) != out.end())
      return refuse("中的角色“" + role + "”重复", "names \"" + role + "\" twice");
    out.push_back(role);
  }
  return out;
}

}  // namespace

Result<ApprovalsConfig> ApprovalsConfig::from_toml(std::string_view toml_text, std::string_view source_name) {
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, std::string(source_name), "approvals"));
  ApprovalsConfig cfg;
  for (auto&& [key, node] : parsed.table()) {
    const std::string k(key.str());
    if (k == "cadre_chain") {
      QF_TRY(cfg.cadre_chain, chain(parsed, k, node));
    } else if (k == "staff_chain") {
      QF_TRY(cfg.staff_chain, chain(parsed, k, node));
    } else if (k == "document_return_days") {
      QF_TRY(int64_t days, parsed.integer(k, node, 1, 90));
      cfg.document_return_days = static_cast<int>(days);
    } else {
      return parsed.unknown_key(k, node);
    }
  }
  return cfg;
}

}  // namespace qf::approvals
