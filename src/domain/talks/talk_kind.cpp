// Talk kinds and their dictionary: see talk_kind.h.
#include "domain/talks/talk_kind.h"

#include <string>

#include "domain/dictionary/dictionary.h"

namespace qf::talks {

const std::vector<TalkKindLabel>& talk_kinds() {
  static const std::vector<TalkKindLabel> k{
      {TalkKind::kCollectiveNewCadre, "collective_new_cadre", "新提拔（转任）干部集体廉政谈话",
       "Collective integrity talk for newly promoted (transferred) cadres"},
      {TalkKind::kPreAppointment, "pre_appointment", "任前廉政谈话", "Pre-appointment integrity talk"},
      {TalkKind::kKeyPositionReminder, "key_position_reminder", "关键岗位预防提醒谈话",
       "Preventive reminder talk for key positions"},
      {TalkKind::kReminder, "reminder", "提醒谈话", "Reminder talk"},
      {TalkKind::kAdmonishment, "admonishment", "诫勉谈话", "Admonishment talk"},
      {TalkKind::kRoutine, "routine", "日常廉政谈话", "Routine integrity talk"},
  };
  return k;
}

namespace {
const TalkKindLabel* find(TalkKind k) {
  for (const auto& l : talk_kinds())
    if (l.value == k) return &l;
  return nullptr;
}
}  // namespace

std::string_view code_of(TalkKind k) {
  const auto* l = find(k);
  return l ? l->code : std::string_view{};
}
std::string_view label_zh(TalkKind k) {
  const auto* l = find(k);
  return l ? l->zh : std::string_view{};
}
std::string_view label_en(TalkKind k) {
  const auto* l = find(k);
  return l ? l->en : std::string_view{};
}

std::optional<TalkKind> talk_kind_from_code(std::string_view code) {
  for (const auto& l : talk_kinds())
    if (l.code == code) return l.value;
  return std::nullopt;
}

void register_talk_dictionaries() {
  dictionary::Dictionary d;
  d.name = "talk.kind";
  d.title_zh = "谈话种类";
  d.title_en = "Talk kind";
  int sort = 0;
  for (const auto& l : talk_kinds()) {
    d.entries.push_back({std::string(l.code), std::string(l.zh), std::string(l.en), sort += 10});
  }
  dictionary::register_dictionary(std::move(d));
}

}  // namespace qf::talks
