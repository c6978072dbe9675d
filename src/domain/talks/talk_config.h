#pragma once
// TalkConfig: the integrity-talk requirement — the `[talks]` section of qingfeng.toml
// (documented next to the keys there and in docs/modules/supervision-api.md). The
// defaults below ARE the documented defaults:
//
//   [talks]
//   required_within_days = 30                            # 1–365
//   event_kinds = ["promote", "transfer", "appoint"]      # position_events kinds
//   required_kinds = ["collective_new_cadre", "pre_appointment"]   # talk.kind codes
//   pending_since = ""                                   # 'YYYY-MM-DD' or "" (all)
//
// A person with a position event of one of `event_kinds` on or after `pending_since`
// owes a talk of one of `required_kinds` within `required_within_days` days after the
// event (pending_talks.h).
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/talks/talk_kind.h"

namespace qf::talks {

struct TalkConfig {
  int required_within_days = 30;
  std::vector<std::string> event_kinds = {"promote", "transfer", "appoint"};
  std::vector<TalkKind> required_kinds = {TalkKind::kCollectiveNewCadre, TalkKind::kPreAppointment};
  std::string pending_since;  // "" = every event

  // Parses the TOML text of the [talks] section (with or without its `[talks]` header,
  // e.g. Config::section_toml("talks")); absent keys keep their defaults; unknown keys,
  // wrong types, unknown event or talk kinds, empty lists, a range violation or an
  // unreal date are refused with a bilingual message naming "<source_name>:<line>"
  // and the key (field = "<source_name>:<line>").
  static Result<TalkConfig> from_toml(std::string_view toml_text, std::string_view source_name = "qingfeng.toml");
};

}  // namespace qf::talks
