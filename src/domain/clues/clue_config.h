#pragma once
// ClueConfig: every number and chain of the clue rules that a regulation or a unit
// could change — the `[clues]` section of qingfeng.toml (documented, with defaults, in
// docs/modules/supervision.md). The defaults below ARE the documented defaults.
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/clues/clue_enums.h"

namespace qf::clues {

struct ClueConfig {
  // 线索编号格式: {year} = 4-digit year of registration, {seq} = number within the year
  // ({seq:3} pads with zeros to 3 digits).
  std::string number_pattern = "〔{year}〕线索第{seq}号";

  // 审批链: the first role proposes (its proposal is the first signature); each
  // following role approves in order. A chain of one role means no approval.
  std::vector<ClueActorRole> disposition_approval_chain = {
      ClueActorRole::kHandler, ClueActorRole::kDeptHead, ClueActorRole::kDisciplineSecretary};
  std::vector<ClueActorRole> outcome_approval_chain = {
      ClueActorRole::kHandler, ClueActorRole::kDeptHead, ClueActorRole::kDisciplineSecretary};

  // 提出处置意见: within N months of receipt (calendar months, clamped to month end).
  int disposition_due_months = 1;
  // 函询回复: within N working days after the letter is sent (sending day not counted).
  int inquiry_reply_working_days = 15;
  // 初步核实: within N calendar days after the disposition is approved.
  int verification_days = 90;
  // Each extension adds N calendar days; at most `verification_max_extensions` times.
  int verification_extension_days = 90;
  int verification_max_extensions = 1;
  // Who may grant an extension.
  ClueActorRole extension_approver = ClueActorRole::kDisciplineSecretary;

  // A deadline counted in months or calendar days that falls on a day off moves to the
  // next working day (《民法典》第二百零三条). Working-day deadlines always end on one.
  bool roll_deadline_to_working_day = true;
  // "Due soon" when at most N working days remain (the due day itself included).
  int due_soon_working_days = 3;
  // Largest document accepted as a clue attachment, in MiB (1–1024). Uploads are also
  // bounded by server.max_body_bytes.
  int max_attachment_mb = 20;

  // Checks ranges and chains; errors name the key ("clues.<key>").
  Status validate() const;

  // Parses the TOML text of the [clues] section (with or without its `[clues]` header);
  // absent keys keep their defaults; unknown keys, wrong types and bad values are
  // refused naming "<source_name>:<line>" and the key.
  static Result<ClueConfig> from_toml(std::string_view toml_text,
                                      std::string_view source_name = "qingfeng.toml");
};

}  // namespace qf::clues
