#include "domain/clues/clue_state_machine.h"

#include <algorithm>

namespace qf::clues {

namespace {

std::string zh(std::string_view s) { return std::string(s); }

bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

Error guard_error(std::string z, std::string e, std::string field = "action") {
  return Error::make(ErrorKind::kConflict, "clue.transition.guard", std::move(z), std::move(e), std::move(field));
}

Error missing(std::string field, const std::string& what_zh, const std::string& what_en) {
  return Error::invalid("clue.required", "请填写" + what_zh, "Please fill in " + what_en, std::move(field));
}

const std::vector<ClueActorRole>& chain_of(ClueState s, const ClueConfig& cfg) {
  return s == ClueState::kOutcomePending ? cfg.outcome_approval_chain : cfg.disposition_approval_chain;
}

bool awaiting_approval(ClueState s) {
  return s == ClueState::kDispositionPending || s == ClueState::kOutcomePending;
}

// Index in the running chain of the signature awaited (0 outside approvals). A chain
// shortened by a configuration change while a clue waits is completed by its last role.
int current_step(const ProblemClue& c, const ClueConfig& cfg) {
  if (!awaiting_approval(c.state)) return 0;
  int n = static_cast<int>(chain_of(c.state, cfg).size());
  return std::clamp(c.approvals_done, 1, std::max(1, n - 1));
}

ClueState state_for(Disposition d) {
  switch (d) {
    case Disposition::kTalkOrInquiry:
    case Disposition::kPreliminaryVerification: return ClueState::kInHandling;
    case Disposition::kHold: return ClueState::kHeld;
    case Disposition::kClose: return ClueState::kClosed;
  }
  return ClueState::kInHandling;
}

bool opinion_required(ClueAction a) {
  switch (a) {
    case ClueAction::kProposeDisposition:
    case ClueAction::kReturn:
    case ClueAction::kEscalate:
    case ClueAction::kExtend:
    case ClueAction::kReopen:
    case ClueAction::kSplit:
    case ClueAction::kMerge: return true;
    default: return false;
  }
}

// Conditions that depend on the clue only (so legal_actions can use them too).
Status state_guard(const ProblemClue& c, ClueAction a, const ClueConfig& cfg) {
  bool inquiry = c.disposition == Disposition::kTalkOrInquiry;
  switch (a) {
    case ClueAction::kSendInquiry:
      if (!inquiry)
        return guard_error("只有处置方式为“谈话函询”的线索才能发出函询", "Only a clue disposed of by talk or written inquiry can send an inquiry");
      if (c.inquiry_sent_on)
        return guard_error("函询已于 " + c.inquiry_sent_on->to_string() + " 发出，不能重复发出",
                           "The inquiry was already sent on " + c.inquiry_sent_on->to_string());
      return {};
    case ClueAction::kRecordReply:
      if (!inquiry || !c.inquiry_sent_on)
        return guard_error("尚未发出函询，不能登记回复", "No inquiry has been sent, so no reply can be recorded");
      if (c.inquiry_replied_on)
        return guard_error("函询回复已于 " + c.inquiry_replied_on->to_string() + " 登记",
                           "The reply was already recorded on " + c.inquiry_replied_on->to_string());
      return {};
    case ClueAction::kEscalate:
      if (!inquiry)
        return guard_error("只有“谈话函询”的线索才能转为初步核实", "Only a clue under talk or written inquiry can be escalated to preliminary verification");
      return {};
    case ClueAction::kExtend:
      if (c.disposition != Disposition::kPreliminaryVerification)
        return guard_error("只有“初步核实”才能延期", "Only a preliminary verification can be extended");
      if (c.verification_extensions >= cfg.verification_max_extensions)
        return guard_error("初步核实已延期 " + std::to_string(c.verification_extensions) + " 次，最多只能延期 " +
                               std::to_string(cfg.verification_max_extensions) + " 次",
                           "The preliminary verification has been extended " + std::to_string(c.verification_extensions) +
                               " time(s); at most " + std::to_string(cfg.verification_max_extensions) + " allowed");
      return {};
    case ClueAction::kSubmitOutcome:
      if (inquiry && c.inquiry_sent_on && !c.inquiry_replied_on)
        return guard_error("函询尚未回复，请先登记回复或转为初步核实",
                           "The inquiry has not been answered; record the reply or escalate first");
      return {};
    default: return {};
  }
}

Status validate_outcome(const ClueOutcome& o, Date today) {
  if (o.conclusion == OutcomeConclusion::kSubstantiated && o.measures.empty())
    return Error::invalid("clue.outcome.measures", "结论为“问题属实”时须至少填写一项处理措施",
                          "A substantiated outcome needs at least one measure", "outcome.measures");
  for (size_t i = 0; i < o.measures.size(); ++i) {
    const AppliedMeasure& m = o.measures[i];
    std::string f = "outcome.measures[" + std::to_string(i) + "]";
    if (blank(m.person_name)) return missing(f + ".person_name", "处理对象姓名", "the name of the person");
    if (m.decided_on > today)
      return Error::invalid("clue.outcome.date", "处理决定日期不能晚于今天", "The decision date cannot be in the future",
                            f + ".decided_on");
  }
  return {};
}

Status input_guard(const ProblemClue& c, const ClueCommand& cmd, Date today) {
  if (opinion_required(cmd.action) && blank(cmd.opinion)) return missing("opinion", "意见", "the opinion");
  if (cmd.action == ClueAction::kProposeDisposition && !cmd.disposition)
    return missing("disposition", "处置方式", "the disposition");
  if (cmd.action == ClueAction::kSubmitOutcome) {
    if (!cmd.outcome) return missing("outcome", "处理结果", "the outcome");
    QF_TRY_STATUS(validate_outcome(*cmd.outcome, today));
  }
  if (cmd.effective_on) {
    Date eff = *cmd.effective_on;
    if (cmd.action != ClueAction::kSendInquiry && cmd.action != ClueAction::kRecordReply)
      return Error::invalid("clue.effective_on", "只有发出函询和登记回复可以填写日期",
                            "Only sending an inquiry or recording a reply takes a date", "effective_on");
    if (eff > today)
      return Error::invalid("clue.effective_on", "日期不能晚于今天", "The date cannot be in the future", "effective_on");
    std::optional<Date> floor =
        cmd.action == ClueAction::kSendInquiry ? c.disposition_approved_on : c.inquiry_sent_on;
    if (floor && eff < *floor)
      return Error::invalid("clue.effective_on", "日期不能早于 " + floor->to_string(),
                            "The date cannot be before " + floor->to_string(), "effective_on");
  }
  return {};
}

std::string roles_zh(const std::vector<ClueActorRole>& roles) {
  std::string s;
  for (ClueActorRole r : roles) s += (s.empty() ? "" : "或") + std::string("“") + zh(label_zh(r)) + "”";
  return s;
}
std::string roles_en(const std::vector<ClueActorRole>& roles) {
  std::string s;
  for (ClueActorRole r : roles) s += (s.empty() ? "" : " or ") + std::string("the ") + std::string(label_en(r));
  return s;
}

}  // namespace

std::vector<TransitionRule> transition_table(const ClueConfig& cfg) {
  std::vector<TransitionRule> t;
  using S = ClueState;
  using A = ClueAction;
  using R = ClueActorRole;
  t.push_back({S::kRegistered, 0, A::kStartReview, R::kHandler, S::kCollectiveReview});

  const auto& dc = cfg.disposition_approval_chain;
  const int dn = static_cast<int>(dc.size());
  if (dn > 0) {
    t.push_back({S::kCollectiveReview, 0, A::kProposeDisposition, dc[0],
                 dn > 1 ? std::optional<S>(S::kDispositionPending) : std::nullopt});
    for (int i = 1; i < dn; ++i) {
      t.push_back({S::kDispositionPending, i, A::kApprove, dc[i],
                   i + 1 < dn ? std::optional<S>(S::kDispositionPending) : std::nullopt});
      t.push_back({S::kDispositionPending, i, A::kReturn, dc[i], std::nullopt});
    }
    t.push_back({S::kInHandling, 0, A::kEscalate, dc[0],
                 dn > 1 ? std::optional<S>(S::kDispositionPending) : std::optional<S>(S::kInHandling)});
  }
  t.push_back({S::kInHandling, 0, A::kSendInquiry, R::kHandler, S::kInHandling});
  t.push_back({S::kInHandling, 0, A::kRecordReply, R::kHandler, S::kInHandling});
  t.push_back({S::kInHandling, 0, A::kExtend, cfg.extension_approver, S::kInHandling});

  const auto& oc = cfg.outcome_approval_chain;
  const int on = static_cast<int>(oc.size());
  if (on > 0) {
    t.push_back({S::kInHandling, 0, A::kSubmitOutcome, oc[0], on > 1 ? S::kOutcomePending : S::kClosed});
    for (int i = 1; i < on; ++i) {
      t.push_back({S::kOutcomePending, i, A::kApprove, oc[i], i + 1 < on ? S::kOutcomePending : S::kClosed});
      t.push_back({S::kOutcomePending, i, A::kReturn, oc[i], S::kInHandling});
    }
  }
  for (R r : {R::kHandler, R::kDisciplineSecretary}) {
    t.push_back({S::kHeld, 0, A::kReopen, r, S::kCollectiveReview});
    for (S s : {S::kRegistered, S::kCollectiveReview}) {
      t.push_back({s, 0, A::kSplit, r, S::kSplit});
      t.push_back({s, 0, A::kMerge, r, S::kMerged});
    }
  }
  return t;
}

Error illegal_transition(ClueState state, ClueAction action) {
  return Error::make(ErrorKind::kConflict, "clue.transition.illegal",
                     "线索当前状态为“" + zh(label_zh(state)) + "”，不能执行“" + zh(label_zh(action)) + "”",
                     "The clue is in state \"" + std::string(label_en(state)) + "\"; the action \"" +
                         std::string(label_en(action)) + "\" is not allowed",
                     "action");
}

Status check_table(const ProblemClue& clue, ClueAction action, ClueActorRole role, const ClueConfig& cfg) {
  int step = current_step(clue, cfg);
  std::vector<ClueActorRole> allowed;
  for (const TransitionRule& r : transition_table(cfg)) {
    if (r.from != clue.state || r.step != step || r.action != action) continue;
    if (r.role == role) return {};
    allowed.push_back(r.role);
  }
  if (allowed.empty()) return illegal_transition(clue.state, action);
  std::string step_zh, step_en;
  if (awaiting_approval(clue.state)) {
    step_zh = "（审批第 " + std::to_string(step + 1) + " 步）";
    step_en = " (approval step " + std::to_string(step + 1) + ")";
  }
  return Error::make(ErrorKind::kForbidden, "clue.transition.role",
                     "“" + zh(label_zh(action)) + "”应由" + roles_zh(allowed) + "执行" + step_zh + "，“" +
                         zh(label_zh(role)) + "”不能执行",
                     "\"" + std::string(label_en(action)) + "\" is for " + roles_en(allowed) + step_en + ", not the " +
                         std::string(label_en(role)),
                     "role");
}

std::optional<ClueActorRole> awaited_signer(const ProblemClue& clue, const ClueConfig& cfg) {
  if (!awaiting_approval(clue.state)) return std::nullopt;
  const auto& chain = chain_of(clue.state, cfg);
  if (chain.size() < 2) return std::nullopt;
  return chain[current_step(clue, cfg)];
}

Result<ProblemClue> register_clue(const NewClue& in, const ClueActor& actor, int64_t at_ms, const ClueConfig& cfg,
                                  ClueNumberAllocator& numbers) {
  if (actor.role != ClueActorRole::kHandler && actor.role != ClueActorRole::kDisciplineSecretary)
    return Error::make(ErrorKind::kForbidden, "clue.transition.role", "线索只能由承办人或纪委书记登记",
                       "Only a handler or the discipline secretary registers a clue", "role");
  Date today = Date::from_unix_ms(at_ms);
  if (in.persons.empty()) return missing("persons", "被反映人", "the person(s) reported on");
  for (size_t i = 0; i < in.persons.size(); ++i)
    if (blank(in.persons[i].name))
      return missing("persons[" + std::to_string(i) + "].name", "被反映人姓名", "the name of the person reported on");
  if (blank(in.matter)) return missing("matter", "反映的主要问题", "the matter reported");
  if (in.received_on > today)
    return Error::invalid("clue.received_on", "收到日期 " + in.received_on.to_string() + " 晚于登记日期 " + today.to_string(),
                          "The received date " + in.received_on.to_string() + " is after the registration day " +
                              today.to_string(),
                          "received_on");
  QF_TRY(ClueNumberPattern pattern, ClueNumberPattern::compile(cfg.number_pattern));
  QF_TRY(ClueNumber number, allocate_clue_number(numbers, pattern, today.year()));

  ProblemClue c;
  c.number = number.text;
  c.number_year = number.year;
  c.number_seq = number.seq;
  c.source = in.source;
  c.category = in.category;
  c.persons = in.persons;
  c.matter = in.matter;
  c.received_on = in.received_on;
  c.state = ClueState::kRegistered;
  c.disposition_stage_start = in.received_on;
  TransitionRecord rec;
  rec.action = ClueAction::kRegister;
  rec.from = rec.to = ClueState::kRegistered;
  rec.actor_id = actor.account_id;
  rec.actor_name = actor.name;
  rec.role = actor.role;
  rec.at_ms = at_ms;
  rec.on = today;
  c.history.push_back(std::move(rec));
  return c;
}

Result<ProblemClue> apply(const ProblemClue& clue, const ClueCommand& cmd, const ClueConfig& cfg) {
  if (cmd.action == ClueAction::kRegister || cmd.action == ClueAction::kSplit || cmd.action == ClueAction::kMerge) {
    // These create or supersede clues; they go through register_clue / split_clue / merge_clues.
    if (cmd.action == ClueAction::kRegister) return illegal_transition(clue.state, cmd.action);
    QF_TRY_STATUS(check_table(clue, cmd.action, cmd.actor.role, cfg));
    return Error::invalid("clue.action", "拆分、合并须通过线索拆分或合并办理",
                          "Split and merge are done through the split or merge of clues", "action");
  }
  QF_TRY_STATUS(check_table(clue, cmd.action, cmd.actor.role, cfg));
  QF_TRY_STATUS(state_guard(clue, cmd.action, cfg));
  const Date today = Date::from_unix_ms(cmd.at_ms);
  QF_TRY_STATUS(input_guard(clue, cmd, today));

  ProblemClue c = clue;
  TransitionRecord rec;
  rec.action = cmd.action;
  rec.from = clue.state;
  rec.actor_id = cmd.actor.account_id;
  rec.actor_name = cmd.actor.name;
  rec.role = cmd.actor.role;
  rec.at_ms = cmd.at_ms;
  rec.on = cmd.effective_on.value_or(today);
  rec.opinion = cmd.opinion;

  auto put_in_force = [&]() {
    Disposition d = *c.proposed_disposition;
    c.disposition = d;
    c.proposed_disposition.reset();
    c.proposal_is_escalation = false;
    c.approvals_done = 0;
    c.disposition_approved_on = today;
    c.state = state_for(d);
    if (d == Disposition::kPreliminaryVerification) {
      c.verification_started_on = today;
      c.verification_extensions = 0;
    }
    if (d == Disposition::kClose) c.closed_on = today;
  };
  const int step = current_step(clue, cfg);

  switch (cmd.action) {
    case ClueAction::kStartReview:
      c.state = ClueState::kCollectiveReview;
      break;
    case ClueAction::kProposeDisposition:
    case ClueAction::kEscalate:
      c.proposed_disposition =
          cmd.action == ClueAction::kEscalate ? Disposition::kPreliminaryVerification : *cmd.disposition;
      c.proposal_is_escalation = cmd.action == ClueAction::kEscalate;
      c.approvals_done = 1;
      if (cmd.action == ClueAction::kProposeDisposition) c.disposition_proposed_on = today;
      rec.disposition = c.proposed_disposition;
      rec.approval_step = 1;
      c.state = ClueState::kDispositionPending;
      if (cfg.disposition_approval_chain.size() < 2) put_in_force();
      break;
    case ClueAction::kApprove:
      rec.approval_step = step + 1;
      if (clue.state == ClueState::kDispositionPending) {
        rec.disposition = c.proposed_disposition;
        c.approvals_done = step + 1;
        if (c.approvals_done >= static_cast<int>(cfg.disposition_approval_chain.size())) put_in_force();
      } else {
        c.approvals_done = step + 1;
        if (c.approvals_done >= static_cast<int>(cfg.outcome_approval_chain.size())) {
          c.state = ClueState::kClosed;
          c.closed_on = today;
          c.approvals_done = 0;
        }
      }
      break;
    case ClueAction::kReturn:
      rec.approval_step = step + 1;
      if (clue.state == ClueState::kDispositionPending) {
        rec.disposition = c.proposed_disposition;
        bool escalation = c.proposal_is_escalation;
        c.proposed_disposition.reset();
        c.proposal_is_escalation = false;
        c.approvals_done = 0;
        if (escalation) {
          c.state = ClueState::kInHandling;  // the 谈话函询 in force continues
        } else {
          c.state = ClueState::kCollectiveReview;
          c.disposition_proposed_on.reset();  // the stage is open again
        }
      } else {
        c.state = ClueState::kInHandling;
        c.outcome.reset();
        c.outcome_submitted_on.reset();
        c.approvals_done = 0;
      }
      break;
    case ClueAction::kSendInquiry:
      c.inquiry_sent_on = rec.on;
      break;
    case ClueAction::kRecordReply:
      c.inquiry_replied_on = rec.on;
      break;
    case ClueAction::kExtend:
      ++c.verification_extensions;
      break;
    case ClueAction::kSubmitOutcome:
      c.outcome = *cmd.outcome;
      c.outcome_submitted_on = today;
      rec.approval_step = 1;
      c.approvals_done = 1;
      c.state = ClueState::kOutcomePending;
      if (cfg.outcome_approval_chain.size() < 2) {
        c.state = ClueState::kClosed;
        c.closed_on = today;
        c.approvals_done = 0;
      }
      break;
    case ClueAction::kReopen:
      c.state = ClueState::kCollectiveReview;
      c.disposition.reset();
      c.disposition_approved_on.reset();
      c.disposition_proposed_on.reset();
      c.disposition_stage_start = today;
      break;
    case ClueAction::kRegister:
    case ClueAction::kSplit:
    case ClueAction::kMerge:
      return illegal_transition(clue.state, cmd.action);
  }
  rec.to = c.state;
  c.history.push_back(std::move(rec));
  return c;
}

std::vector<ClueAction> legal_actions(const ProblemClue& clue, ClueActorRole role, const ClueConfig& cfg) {
  std::vector<ClueAction> out;
  int step = current_step(clue, cfg);
  for (const TransitionRule& r : transition_table(cfg)) {
    if (r.from != clue.state || r.step != step || r.role != role) continue;
    if (std::find(out.begin(), out.end(), r.action) != out.end()) continue;
    if (!state_guard(clue, r.action, cfg).ok()) continue;
    out.push_back(r.action);
  }
  return out;
}

}  // namespace qf::clues
