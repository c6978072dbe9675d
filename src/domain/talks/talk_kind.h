#pragma once
// The kinds of integrity talk (廉政谈话种类) as a typed enum with ONE table of
// {value, stable code, Chinese label, English label} in display order. The codes are
// stored (integrity_talks.kind), used in the API and in configuration ([talks]
// required_kinds) and never change once shipped. register_talk_dictionaries() serves
// the table as dictionary `talk.kind` (GET /api/v1/dictionaries), the way the clue
// module serves `clue.*`.
#include <optional>
#include <string_view>
#include <vector>

namespace qf::talks {

enum class TalkKind {
  kCollectiveNewCadre,   // collective_new_cadre 新提拔（转任）干部集体廉政谈话
  kPreAppointment,       // pre_appointment 任前廉政谈话
  kKeyPositionReminder,  // key_position_reminder 关键岗位预防提醒谈话
  kReminder,             // reminder 提醒谈话
  kAdmonishment,         // admonishment 诫勉谈话
  kRoutine,              // routine 日常廉政谈话
};

struct TalkKindLabel {
  TalkKind value;
  std::string_view code;
  std::string_view zh;
  std::string_view en;
};

// Every kind, in display order.
const std::vector<TalkKindLabel>& talk_kinds();
std::string_view code_of(TalkKind k);
std::string_view label_zh(TalkKind k);
std::string_view label_en(TalkKind k);
// nullopt for an unknown code.
std::optional<TalkKind> talk_kind_from_code(std::string_view code);

// Registers dictionary "talk.kind" (谈话种类) with the dictionary registry. Call it from
// code that is certainly linked (the talks API registrar).
void register_talk_dictionaries();

}  // namespace qf::talks
