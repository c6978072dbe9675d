#include "domain/clues/clue_config.h"

#include <set>
#include <toml++/toml.h>

#include "core/config.h"
#include "core/config_section.h"
#include "domain/clues/clue_number.h"

namespace qf::clues {

namespace {

Error bad_key(std::string_view key, const std::string& where, const std::string& zh, const std::string& en) {
  std::string field = where.empty() ? "clues." + std::string(key) : where;
  std::string prefix_zh = (where.empty() ? "" : where + "：") + "配置项 clues." + std::string(key) + " ";
  std::string prefix_en = (where.empty() ? "" : where + ": ") + "setting clues." + std::string(key) + " ";
  return Error::invalid("config.clues", prefix_zh + zh, prefix_en + en, field);
}

Status check_chain(std::string_view key, const std::vector<ClueActorRole>& chain, const std::string& where) {
  if (chain.empty()) return bad_key(key, where, "不能为空", "must not be empty");
  std::set<ClueActorRole> seen;
  for (ClueActorRole r : chain) {
    if (!seen.insert(r).second)
      return bad_key(key, where, "中角色“" + std::string(label_zh(r)) + "”重复",
                     "lists the role " + std::string(code_of(r)) + " twice");
  }
  return {};
}

Status check_range(std::string_view key, int v, int lo, int hi, const std::string& where) {
  if (v < lo || v > hi)
    return bad_key(key, where, "应在 " + std::to_string(lo) + " 到 " + std::to_string(hi) + " 之间",
                   "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  return {};
}

}  // namespace

Status ClueConfig::validate() const {
  auto pattern = ClueNumberPattern::compile(number_pattern);
  if (!pattern.ok()) return pattern.error();
  QF_TRY_STATUS(check_chain("disposition_approval_chain", disposition_approval_chain, ""));
  QF_TRY_STATUS(check_chain("outcome_approval_chain", outcome_approval_chain, ""));
  QF_TRY_STATUS(check_range("disposition_due_months", disposition_due_months, 1, 24, ""));
  QF_TRY_STATUS(check_range("inquiry_reply_working_days", inquiry_reply_working_days, 1, 250, ""));
  QF_TRY_STATUS(check_range("verification_days", verification_days, 1, 730, ""));
  QF_TRY_STATUS(check_range("verification_extension_days", verification_extension_days, 1, 730, ""));
  QF_TRY_STATUS(check_range("verification_max_extensions", verification_max_extensions, 0, 10, ""));
  QF_TRY_STATUS(check_range("due_soon_working_days", due_soon_working_days, 0, 60, ""));
  QF_TRY_STATUS(check_range("max_attachment_mb", max_attachment_mb, 1, 1024, ""));
  return {};
}

Result<ClueConfig> ClueConfig::from_toml(std::string_view toml_text, std::string_view source_name) {
  const std::string file(source_name);
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, file, "clues"));
  const toml::table* section = &parsed.table();

  ClueConfig cfg;
  for (auto&& [key, node] : *section) {
    std::string k(key.str());
    std::string where = file + ":" + std::to_string(node.source().begin.line);
    auto int_value = [&](int* out, int lo, int hi) -> Status {
      auto v = node.value<int64_t>();
      if (!node.is_integer() || !v)
        return bad_key(k, where, "应为整数", "must be an integer");
      if (*v < lo || *v > hi) return check_range(k, *v < lo ? lo - 1 : hi + 1, lo, hi, where);
      *out = static_cast<int>(*v);
      return {};
    };
    auto role_value = [&](const toml::node& n, ClueActorRole* out) -> Status {
      auto s = n.value<std::string>();
      std::optional<ClueActorRole> r = s ? enum_from_code<ClueActorRole>(*s) : std::nullopt;
      if (!n.is_string() || !r)
        return bad_key(k, where, "中的角色应为 handler、dept_head、leader_in_charge 或 discipline_secretary",
                       "must name roles among handler, dept_head, leader_in_charge, discipline_secretary");
      *out = *r;
      return {};
    };
    auto chain_value = [&](std::vector<ClueActorRole>* out) -> Status {
      const toml::array* arr = node.as_array();
      if (!arr) return bad_key(k, where, "应为角色列表，如 [\"handler\", \"dept_head\"]",
                               "must be a list of roles, e.g. [\"handler\", \"dept_head\"]");
      out->clear();
      for (const toml::node& n : *arr) {
        ClueActorRole r;
        QF_TRY_STATUS(role_value(n, &r));
        out->push_back(r);
      }
      return check_chain(k, *out, where);
    };

    if (k == "number_pattern") {
      auto s = node.value<std::string>();
      if (!node.is_string() || !s) return bad_key(k, where, "应为字符串", "must be a string");
      auto p = ClueNumberPattern::compile(*s);
      if (!p.ok()) {
        Error e = p.error();
        e.message_zh = where + "：" + e.message_zh;
        e.message_en = where + ": " + e.message_en;
        e.field = where;
        return e;
      }
      cfg.number_pattern = *s;
    } else if (k == "disposition_approval_chain") {
      QF_TRY_STATUS(chain_value(&cfg.disposition_approval_chain));
    } else if (k == "outcome_approval_chain") {
      QF_TRY_STATUS(chain_value(&cfg.outcome_approval_chain));
    } else if (k == "disposition_due_months") {
      QF_TRY_STATUS(int_value(&cfg.disposition_due_months, 1, 24));
    } else if (k == "inquiry_reply_working_days") {
      QF_TRY_STATUS(int_value(&cfg.inquiry_reply_working_days, 1, 250));
    } else if (k == "verification_days") {
      QF_TRY_STATUS(int_value(&cfg.verification_days, 1, 730));
    } else if (k == "verification_extension_days") {
      QF_TRY_STATUS(int_value(&cfg.verification_extension_days, 1, 730));
    } else if (k == "verification_max_extensions") {
      QF_TRY_STATUS(int_value(&cfg.verification_max_extensions, 0, 10));
    } else if (k == "extension_approver") {
      QF_TRY_STATUS(role_value(node, &cfg.extension_approver));
    } else if (k == "roll_deadline_to_working_day") {
      auto b = node.value<bool>();
      if (!node.is_boolean() || !b) return bad_key(k, where, "应为 true 或 false", "must be true or false");
      cfg.roll_deadline_to_working_day = *b;
    } else if (k == "due_soon_working_days") {
      QF_TRY_STATUS(int_value(&cfg.due_soon_working_days, 0, 60));
    } else if (k == "utc_offset_minutes") {
      QF_TRY_STATUS(check_legacy_utc_offset("clues", node.value_exact<int64_t>(), where));
    } else if (k == "max_attachment_mb") {
      QF_TRY_STATUS(int_value(&cfg.max_attachment_mb, 1, 1024));
    } else {
      return Error::invalid("config.clues.unknown", where + "：未知配置项 clues." + k,
                            where + ": unknown setting clues." + k, where);
    }
  }
  QF_TRY_STATUS(cfg.validate());
  return cfg;
}

}  // namespace qf::clues
