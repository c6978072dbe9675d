// The clue state machine: every (state, action, part) combination against a table
// written out by hand here, the approval chain order, escalation, reopening a held
// clue, extension only once, and the record each step leaves.
#include <algorithm>
#include <map>
#include <set>

#include "clue_test_support.h"
#include "domain/clues/clue_links.h"

namespace qf::clues {
namespace {

using namespace qf::clues::testing;
using A = ClueAction;
using R = ClueActorRole;
using S = ClueState;

// A clue in each situation the table distinguishes, reached through the machine itself.
std::map<std::string, ProblemClue> fixtures() {
  std::map<std::string, ProblemClue> f;
  auto base = [] { ClueWalk w; w.register_on("2025-03-03"); return w; };
  { auto w = base(); f["registered"] = w.clue(); }
  { auto w = base(); w.step(A::kStartReview, handler(), "2025-03-04"); f["collective_review"] = w.clue(); }
  {
    auto w = base();
    w.step(A::kStartReview, handler(), "2025-03-04")
        .step(A::kProposeDisposition, handler(), "2025-03-05", "拟谈话函询", Disposition::kTalkOrInquiry);
    f["disposition_pending_1"] = w.clue();
    w.step(A::kApprove, dept_head(), "2025-03-05");
    f["disposition_pending_2"] = w.clue();
    w.step(A::kApprove, secretary(), "2025-03-06");
    f["inquiry"] = w.clue();
    w.step(A::kSendInquiry, handler(), "2025-03-07", "");
    f["inquiry_sent"] = w.clue();
    w.step(A::kRecordReply, handler(), "2025-03-20", "");
    f["inquiry_replied"] = w.clue();
    w.step(A::kSubmitOutcome, handler(), "2025-03-21", "拟了结", std::nullopt, first_form_outcome("2025-03-21"));
    f["outcome_pending_1"] = w.clue();
    w.step(A::kApprove, dept_head(), "2025-03-21");
    f["outcome_pending_2"] = w.clue();
    w.step(A::kApprove, secretary(), "2025-03-24");
    f["closed"] = w.clue();
  }
  {
    auto w = base();
    w.step(A::kStartReview, handler(), "2025-03-04").dispose(Disposition::kPreliminaryVerification, "2025-03-05");
    f["verification"] = w.clue();
    w.step(A::kExtend, secretary(), "2025-05-30", "情况复杂，延期");
    f["verification_extended"] = w.clue();
  }
  { auto w = base(); w.step(A::kStartReview, handler(), "2025-03-04").dispose(Disposition::kHold, "2025-03-05"); f["held"] = w.clue(); }
  {
    ClueWalk w;
    w.register_on("2025-03-03");
    auto other = register_clue(sample_clue("2025-03-01"), handler(), at("2025-03-03"), w.cfg(), w.numbers());
    auto s = split_clue(w.clue(), {{{{1, "甲", ""}}, "甲的问题", DisciplineCategory::kWork}, {{{2, "乙", ""}}, "乙的问题", DisciplineCategory::kWork}},
                        secretary(), at("2025-03-04"), "分别办理", w.cfg(), w.numbers());
    EXPECT_TRUE(s.ok());
    if (s.ok()) f["split"] = s->original;
    auto m = merge_clues({*other, s->parts[0]}, {{}, "合并办理", DisciplineCategory::kWork}, handler(), at("2025-03-04"), "同一事项",
                         w.cfg(), w.numbers());
    EXPECT_TRUE(m.ok());
    if (m.ok()) f["merged"] = m->originals[0];
  }
  return f;
}

using Allowed = std::set<std::pair<A, R>>;

// The table for the default configuration, written independently of the code.
std::map<std::string, Allowed> expected_table() {
  return {
      {"registered", {{A::kStartReview, R::kHandler}, {A::kSplit, R::kHandler}, {A::kSplit, R::kDisciplineSecretary},
                      {A::kMerge, R::kHandler}, {A::kMerge, R::kDisciplineSecretary}}},
      {"collective_review", {{A::kProposeDisposition, R::kHandler}, {A::kSplit, R::kHandler},
                             {A::kSplit, R::kDisciplineSecretary}, {A::kMerge, R::kHandler},
                             {A::kMerge, R::kDisciplineSecretary}}},
      {"disposition_pending_1", {{A::kApprove, R::kDeptHead}, {A::kReturn, R::kDeptHead}}},
      {"disposition_pending_2", {{A::kApprove, R::kDisciplineSecretary}, {A::kReturn, R::kDisciplineSecretary}}},
      {"inquiry", {{A::kSendInquiry, R::kHandler}, {A::kEscalate, R::kHandler}, {A::kSubmitOutcome, R::kHandler}}},
      {"inquiry_sent", {{A::kRecordReply, R::kHandler}, {A::kEscalate, R::kHandler}}},
      {"inquiry_replied", {{A::kEscalate, R::kHandler}, {A::kSubmitOutcome, R::kHandler}}},
      {"verification", {{A::kSubmitOutcome, R::kHandler}, {A::kExtend, R::kDisciplineSecretary}}},
      {"verification_extended", {{A::kSubmitOutcome, R::kHandler}}},
      {"held", {{A::kReopen, R::kHandler}, {A::kReopen, R::kDisciplineSecretary}}},
      {"outcome_pending_1", {{A::kApprove, R::kDeptHead}, {A::kReturn, R::kDeptHead}}},
      {"outcome_pending_2", {{A::kApprove, R::kDisciplineSecretary}, {A::kReturn, R::kDisciplineSecretary}}},
      {"closed", {}},
      {"split", {}},
      {"merged", {}},
  };
}

// Tries `a` by `r` on `c`; returns the error, or nullopt when it was accepted.
std::optional<Error> attempt(const ProblemClue& c, A a, R r, const ClueConfig& cfg) {
  InMemoryClueNumberAllocator numbers;
  numbers.observe(2025, 100);
  if (a == A::kSplit) {
    auto s = split_clue(c, {{{{1, "甲", ""}}, "甲", DisciplineCategory::kWork}, {{{2, "乙", ""}}, "乙", DisciplineCategory::kWork}},
                        actor_for(r), at("2025-06-02"), "拆分理由", cfg, numbers);
    return s.ok() ? std::nullopt : std::optional<Error>(s.error());
  }
  if (a == A::kMerge) {
    auto other = register_clue(sample_clue("2025-03-03"), handler(), at("2025-03-03"), cfg, numbers);
    auto m = merge_clues({c, *other}, {{}, "合并", DisciplineCategory::kWork}, actor_for(r), at("2025-06-02"), "合并理由", cfg,
                         numbers);
    return m.ok() ? std::nullopt : std::optional<Error>(m.error());
  }
  ClueCommand cmd;
  cmd.action = a;
  cmd.actor = actor_for(r);
  cmd.at_ms = at("2025-06-02");
  cmd.opinion = "意见";
  cmd.disposition = Disposition::kTalkOrInquiry;
  cmd.outcome = ClueOutcome{OutcomeConclusion::kClarified, "澄清", {}};
  auto res = apply(c, cmd, cfg);
  if (!res.ok()) return res.error();
  EXPECT_EQ(res->history.size(), c.history.size() + 1);
  EXPECT_EQ(res->history.back().action, a);
  EXPECT_EQ(res->history.back().role, r);
  EXPECT_EQ(res->history.back().actor_name, actor_for(r).name);
  EXPECT_EQ(res->history.back().from, c.state);
  EXPECT_EQ(res->history.back().to, res->state);
  EXPECT_EQ(res->history.back().opinion, "意见");
  EXPECT_EQ(res->history.back().at_ms, at("2025-06-02"));
  return std::nullopt;
}

TEST(ClueStateMachine, EveryStateActionAndPartMatchesTheTable) {
  ClueConfig cfg;
  auto fx = fixtures();
  auto table = expected_table();
  ASSERT_EQ(fx.size(), table.size());
  int legal = 0, illegal = 0;
  for (const auto& [name, clue] : fx) {
    SCOPED_TRACE(name);
    const Allowed& allowed = table.at(name);
    for (const auto& al : enum_labels<A>()) {
      if (al.value == A::kRegister) continue;
      bool any_role = std::any_of(allowed.begin(), allowed.end(), [&](auto& p) { return p.first == al.value; });
      for (const auto& rl : enum_labels<R>()) {
        auto err = attempt(clue, al.value, rl.value, cfg);
        bool expect_ok = allowed.count({al.value, rl.value}) > 0;
        EXPECT_EQ(!err.has_value(), expect_ok) << al.code << " by " << rl.code << (err ? ": " + err->to_string() : "");
        if (expect_ok) { ++legal; continue; }
        ++illegal;
        if (!err) continue;
        EXPECT_FALSE(err->message_zh.empty());
        EXPECT_FALSE(err->message_en.empty());
        if (err->code == "clue.transition.illegal") {
          // Refused for the state: the message names the current state and the action.
          EXPECT_FALSE(any_role);
          EXPECT_EQ(err->kind, ErrorKind::kConflict);
          EXPECT_NE(err->message_zh.find(std::string(label_zh(clue.state))), std::string::npos) << err->message_zh;
          EXPECT_NE(err->message_zh.find(std::string(al.zh)), std::string::npos) << err->message_zh;
          EXPECT_NE(err->message_en.find(std::string(label_en(clue.state))), std::string::npos) << err->message_en;
          EXPECT_NE(err->message_en.find(std::string(al.en)), std::string::npos) << err->message_en;
        } else if (err->code == "clue.transition.role") {
          // Not this part's turn: the message names the part that may act.
          EXPECT_EQ(err->kind, ErrorKind::kForbidden);
          EXPECT_EQ(err->field, "role");
        } else {
          // Possible in this state in general, but not for this clue (e.g. a second extension).
          EXPECT_FALSE(any_role);
          EXPECT_EQ(err->code, "clue.transition.guard") << err->to_string();
          EXPECT_EQ(err->kind, ErrorKind::kConflict);
        }
      }
    }
    // What the UI offers each part is exactly the table.
    for (const auto& rl : enum_labels<R>()) {
      std::set<A> offered;
      for (A a : legal_actions(clue, rl.value, cfg)) offered.insert(a);
      std::set<A> want;
      for (const auto& [a, r] : allowed)
        if (r == rl.value) want.insert(a);
      EXPECT_EQ(offered, want) << "offered to " << rl.code;
    }
  }
  EXPECT_EQ(legal, 30);
  EXPECT_GT(illegal, 600);
}

TEST(ClueStateMachine, IllegalTransitionMessageIsSpecific) {
  ClueWalk w;
  w.register_on("2025-03-03");
  ClueCommand cmd{A::kApprove, secretary(), at("2025-03-04"), "同意"};
  auto r = apply(w.clue(), cmd, w.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "clue.transition.illegal");
  EXPECT_EQ(r.error().field, "action");
  EXPECT_EQ(r.error().message_zh, "线索当前状态为“已登记”，不能执行“审批同意”");
  EXPECT_EQ(r.error().message_en, "The clue is in state \"Registered\"; the action \"Approve\" is not allowed");
}

TEST(ClueStateMachine, InquiryWalkToFirstFormOutcomeRecordsEveryStep) {
  ClueWalk w;
  w.register_on("2025-03-03", "2025-02-27")
      .step(A::kStartReview, handler(), "2025-03-04", "提交排查")
      .step(A::kProposeDisposition, handler(), "2025-03-05", "拟谈话函询", Disposition::kTalkOrInquiry)
      .step(A::kApprove, dept_head(), "2025-03-05", "同意")
      .step(A::kApprove, secretary(), "2025-03-06", "同意函询")
      .step(A::kSendInquiry, handler(), "2025-03-07", "")
      .step(A::kRecordReply, handler(), "2025-03-20", "本人已书面说明")
      .outcome(first_form_outcome("2025-03-21"), "2025-03-21");
  const ProblemClue& c = w.clue();
  EXPECT_EQ(c.state, S::kClosed);
  EXPECT_EQ(c.number, "〔2025〕线索第1号");
  EXPECT_EQ(c.disposition, Disposition::kTalkOrInquiry);
  EXPECT_EQ(c.closed_on, D("2025-03-21"));
  ASSERT_TRUE(c.outcome);
  ASSERT_EQ(c.outcome->measures.size(), 1u);
  EXPECT_EQ(form_of(c.outcome->measures[0].measure), DisciplineForm::kFirst);

  std::vector<std::tuple<A, R, S, S, int>> want = {
      {A::kRegister, R::kHandler, S::kRegistered, S::kRegistered, 0},
      {A::kStartReview, R::kHandler, S::kRegistered, S::kCollectiveReview, 0},
      {A::kProposeDisposition, R::kHandler, S::kCollectiveReview, S::kDispositionPending, 1},
      {A::kApprove, R::kDeptHead, S::kDispositionPending, S::kDispositionPending, 2},
      {A::kApprove, R::kDisciplineSecretary, S::kDispositionPending, S::kInHandling, 3},
      {A::kSendInquiry, R::kHandler, S::kInHandling, S::kInHandling, 0},
      {A::kRecordReply, R::kHandler, S::kInHandling, S::kInHandling, 0},
      {A::kSubmitOutcome, R::kHandler, S::kInHandling, S::kOutcomePending, 1},
      {A::kApprove, R::kDeptHead, S::kOutcomePending, S::kOutcomePending, 2},
      {A::kApprove, R::kDisciplineSecretary, S::kOutcomePending, S::kClosed, 3},
  };
  ASSERT_EQ(c.history.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(c.history[i].action, std::get<0>(want[i]));
    EXPECT_EQ(c.history[i].role, std::get<1>(want[i]));
    EXPECT_EQ(c.history[i].from, std::get<2>(want[i]));
    EXPECT_EQ(c.history[i].to, std::get<3>(want[i]));
    EXPECT_EQ(c.history[i].approval_step, std::get<4>(want[i]));
  }
  EXPECT_EQ(c.history[4].opinion, "同意函询");
  EXPECT_EQ(c.history[4].actor_name, "张书记");
  EXPECT_EQ(c.history[4].on, D("2025-03-06"));
  EXPECT_EQ(c.history[4].disposition, Disposition::kTalkOrInquiry);
  EXPECT_EQ(c.history[6].opinion, "本人已书面说明");
}

TEST(ApprovalChain, SignaturesComeInTheConfiguredOrder) {
  ClueWalk w;
  w.register_on("2025-03-03")
      .step(A::kStartReview, handler(), "2025-03-04")
      .step(A::kProposeDisposition, handler(), "2025-03-05", "拟初核", Disposition::kPreliminaryVerification);
  EXPECT_EQ(awaited_signer(w.clue(), w.cfg()), R::kDeptHead);
  // The secretary cannot sign before the department head.
  ClueCommand early{A::kApprove, secretary(), at("2025-03-05"), "同意"};
  auto r = apply(w.clue(), early, w.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(r.error().field, "role");
  EXPECT_NE(r.error().message_zh.find("部门负责人"), std::string::npos) << r.error().message_zh;
  EXPECT_NE(r.error().message_zh.find("第 2 步"), std::string::npos) << r.error().message_zh;
  w.step(A::kApprove, dept_head(), "2025-03-05");
  EXPECT_EQ(w.clue().state, S::kDispositionPending);
  EXPECT_EQ(awaited_signer(w.clue(), w.cfg()), R::kDisciplineSecretary);
  // The department head cannot sign twice.
  ClueCommand again{A::kApprove, dept_head(), at("2025-03-05"), "同意"};
  EXPECT_FALSE(apply(w.clue(), again, w.cfg()).ok());
  w.step(A::kApprove, secretary(), "2025-03-06");
  EXPECT_EQ(w.clue().state, S::kInHandling);
  EXPECT_EQ(w.clue().disposition, Disposition::kPreliminaryVerification);
  EXPECT_EQ(w.clue().verification_started_on, D("2025-03-06"));
  EXPECT_FALSE(awaited_signer(w.clue(), w.cfg()));
}

TEST(ApprovalChain, ALongerChainFromConfigurationNeedsEverySignature) {
  ClueConfig cfg;
  cfg.disposition_approval_chain = {R::kHandler, R::kDeptHead, R::kLeaderInCharge, R::kDisciplineSecretary};
  ClueWalk w(cfg);
  w.register_on("2025-03-03").step(A::kStartReview, handler(), "2025-03-04")
      .step(A::kProposeDisposition, handler(), "2025-03-05", "拟暂存", Disposition::kHold)
      .step(A::kApprove, dept_head(), "2025-03-05");
  ClueCommand skip{A::kApprove, secretary(), at("2025-03-05"), "同意"};
  EXPECT_FALSE(apply(w.clue(), skip, w.cfg()).ok());
  w.step(A::kApprove, leader(), "2025-03-05");
  EXPECT_EQ(w.clue().state, S::kDispositionPending);
  w.step(A::kApprove, secretary(), "2025-03-06");
  EXPECT_EQ(w.clue().state, S::kHeld);
  EXPECT_EQ(w.clue().history.back().approval_step, 4);
}

TEST(ApprovalChain, AChainOfOneRoleTakesEffectOnProposal) {
  ClueConfig cfg;
  cfg.disposition_approval_chain = {R::kDisciplineSecretary};
  cfg.outcome_approval_chain = {R::kHandler};
  ClueWalk w(cfg);
  w.register_on("2025-03-03").step(A::kStartReview, handler(), "2025-03-04")
      .step(A::kProposeDisposition, secretary(), "2025-03-05", "予以了结", Disposition::kClose);
  EXPECT_EQ(w.clue().state, S::kClosed);
  EXPECT_EQ(w.clue().closed_on, D("2025-03-05"));
  // The handler is no longer the proposer under this configuration.
  ClueWalk v(cfg);
  v.register_on("2025-03-03").step(A::kStartReview, handler(), "2025-03-04");
  ClueCommand by_handler{A::kProposeDisposition, handler(), at("2025-03-05"), "拟了结", Disposition::kClose};
  auto r = apply(v.clue(), by_handler, cfg);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
}

TEST(ApprovalChain, AReturnedProposalGoesBackToCollectiveReview) {
  ClueWalk w;
  w.register_on("2025-03-03").step(A::kStartReview, handler(), "2025-03-04")
      .step(A::kProposeDisposition, handler(), "2025-03-05", "拟了结", Disposition::kClose)
      .step(A::kApprove, dept_head(), "2025-03-05");
  ClueCommand silent{A::kReturn, secretary(), at("2025-03-06"), "  "};
  auto r = apply(w.clue(), silent, w.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "opinion");
  w.step(A::kReturn, secretary(), "2025-03-06", "问题尚未查清，不宜了结");
  EXPECT_EQ(w.clue().state, S::kCollectiveReview);
  EXPECT_FALSE(w.clue().proposed_disposition);
  EXPECT_FALSE(w.clue().disposition_proposed_on);  // the 1-month stage runs again
  EXPECT_EQ(w.clue().history.back().approval_step, 3);
  // A new proposal restarts the chain from the department head.
  w.step(A::kProposeDisposition, handler(), "2025-03-07", "拟初核", Disposition::kPreliminaryVerification);
  EXPECT_EQ(awaited_signer(w.clue(), w.cfg()), R::kDeptHead);
}

TEST(ApprovalChain, ProposalNeedsADispositionAndAnOpinion) {
  ClueWalk w;
  w.register_on("2025-03-03").step(A::kStartReview, handler(), "2025-03-04");
  ClueCommand no_disp{A::kProposeDisposition, handler(), at("2025-03-05"), "拟"};
  auto r = apply(w.clue(), no_disp, w.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "disposition");
  ClueCommand no_opinion{A::kProposeDisposition, handler(), at("2025-03-05"), "", Disposition::kHold};
  r = apply(w.clue(), no_opinion, w.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "opinion");
}

TEST(Escalation, WrittenInquiryEscalatesToPreliminaryVerificationAfterApproval) {
  ClueWalk w;
  w.register_on("2025-03-03").step(A::kStartReview, handler(), "2025-03-04")
      .dispose(Disposition::kTalkOrInquiry, "2025-03-05")
      .step(A::kSendInquiry, handler(), "2025-03-06", "");
  w.step(A::kEscalate, handler(), "2025-04-01", "本人拒不说明，需初步核实");
  EXPECT_EQ(w.clue().state, S::kDispositionPending);
  EXPECT_EQ(w.clue().disposition, Disposition::kTalkOrInquiry);  // still in force until approved
  EXPECT_EQ(w.clue().proposed_disposition, Disposition::kPreliminaryVerification);
  w.step(A::kApprove, dept_head(), "2025-04-01").step(A::kApprove, secretary(), "2025-04-02");
  EXPECT_EQ(w.clue().state, S::kInHandling);
  EXPECT_EQ(w.clue().disposition, Disposition::kPreliminaryVerification);
  EXPECT_EQ(w.clue().verification_started_on, D("2025-04-02"));
  // A preliminary verification cannot escalate again.
  ClueCommand again{A::kEscalate, handler(), at("2025-04-03"), "再转"};
  auto r = apply(w.clue(), again, w.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "clue.transition.guard");
}

TEST(Escalation, AReturnedEscalationLeavesTheInquiryRunning) {
  ClueWalk w;
  w.register_on("2025-03-03").step(A::kStartReview, handler(), "2025-03-04")
      .dispose(Disposition::kTalkOrInquiry, "2025-03-05")
      .step(A::kEscalate, handler(), "2025-03-10", "拟转初核")
      .step(A::kReturn, dept_head(), "2025-03-11", "先谈话");
  EXPECT_EQ(w.clue().state, S::kInHandling);
  EXPECT_EQ(w.clue().disposition, Disposition::kTalkOrInquiry);
  EXPECT_TRUE(w.clue().disposition_proposed_on);  // the original proposal still counts
  EXPECT_FALSE(w.clue().verification_started_on);
}

TEST(HeldClue, CanBeReopenedAndDisposedOfAgain) {
  ClueWalk w;
  w.register_on("2025-03-03").step(A::kStartReview, handler(), "2025-03-04").dispose(Disposition::kHold, "2025-03-05");
  EXPECT_EQ(w.clue().state, S::kHeld);
  ClueCommand by_head{A::kReopen, dept_head(), at("2025-06-02"), "有新线索"};
  auto r = apply(w.clue(), by_head, w.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
  ClueCommand no_reason{A::kReopen, handler(), at("2025-06-02"), ""};
  r = apply(w.clue(), no_reason, w.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "opinion");
  w.step(A::kReopen, handler(), "2025-06-02", "收到新的举报材料");
  EXPECT_EQ(w.clue().state, S::kCollectiveReview);
  EXPECT_FALSE(w.clue().disposition);
  EXPECT_EQ(w.clue().disposition_stage_start, D("2025-06-02"));
  w.dispose(Disposition::kPreliminaryVerification, "2025-06-03");
  EXPECT_EQ(w.clue().state, S::kInHandling);
  // Closed clues cannot be reopened.
  ClueWalk c;
  c.register_on("2025-03-03").step(A::kStartReview, handler(), "2025-03-04").dispose(Disposition::kClose, "2025-03-05");
  EXPECT_EQ(c.clue().state, S::kClosed);
  ClueCommand reopen{A::kReopen, handler(), at("2025-06-02"), "重新启用"};
  r = apply(c.clue(), reopen, c.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "clue.transition.illegal");
}

TEST(Extension, PreliminaryVerificationExtendsOnlyOnce) {
  ClueWalk w;
  w.register_on("2025-03-03").step(A::kStartReview, handler(), "2025-03-04")
      .dispose(Disposition::kPreliminaryVerification, "2025-03-05");
  ClueCommand by_handler{A::kExtend, handler(), at("2025-05-20"), "需延期"};
  auto r = apply(w.clue(), by_handler, w.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
  w.step(A::kExtend, secretary(), "2025-05-20", "涉及外调，延期");
  EXPECT_EQ(w.clue().verification_extensions, 1);
  ClueCommand second{A::kExtend, secretary(), at("2025-08-01"), "再延期"};
  r = apply(w.clue(), second, w.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "clue.transition.guard");
  EXPECT_NE(r.error().message_zh.find("最多只能延期 1 次"), std::string::npos) << r.error().message_zh;
  // A unit that allows two extensions.
  ClueConfig two;
  two.verification_max_extensions = 2;
  auto again = apply(w.clue(), second, two);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->verification_extensions, 2);
  EXPECT_FALSE(apply(*again, second, two).ok());
}

TEST(Inquiry, DatesAreCheckedAndAPendingReplyBlocksTheOutcome) {
  ClueWalk w;
  w.register_on("2025-03-03").step(A::kStartReview, handler(), "2025-03-04")
      .dispose(Disposition::kTalkOrInquiry, "2025-03-05");
  ClueCommand send{A::kSendInquiry, handler(), at("2025-03-10"), ""};
  send.effective_on = D("2025-03-11");  // tomorrow
  auto r = apply(w.clue(), send, w.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "effective_on");
  send.effective_on = D("2025-03-04");  // before the approval
  r = apply(w.clue(), send, w.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "effective_on");
  send.effective_on = D("2025-03-07");  // back-dated to the day the letter went out
  r = apply(w.clue(), send, w.cfg());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->inquiry_sent_on, D("2025-03-07"));
  EXPECT_EQ(r->history.back().on, D("2025-03-07"));
  ClueCommand outcome{A::kSubmitOutcome, handler(), at("2025-03-12"), "", std::nullopt,
                      ClueOutcome{OutcomeConclusion::kClarified, "", {}}};
  auto o = apply(*r, outcome, w.cfg());
  ASSERT_FALSE(o.ok());
  EXPECT_EQ(o.error().code, "clue.transition.guard");
}

TEST(Outcome, SubstantiatedNeedsAMeasureAndReturnReopensHandling) {
  ClueWalk w;
  w.register_on("2025-03-03").step(A::kStartReview, handler(), "2025-03-04")
      .dispose(Disposition::kPreliminaryVerification, "2025-03-05");
  ClueCommand bare{A::kSubmitOutcome, handler(), at("2025-04-01"), "", std::nullopt,
                   ClueOutcome{OutcomeConclusion::kSubstantiated, "属实", {}}};
  auto r = apply(w.clue(), bare, w.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "outcome.measures");
  ClueOutcome nameless = first_form_outcome("2025-04-01");
  nameless.measures[0].person_name = "";
  bare.outcome = nameless;
  r = apply(w.clue(), bare, w.cfg());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "outcome.measures[0].person_name");
  ClueOutcome second_form = first_form_outcome("2025-04-01");
  second_form.measures[0].measure = FormMeasure::kPartyWarning;
  w.step(A::kSubmitOutcome, handler(), "2025-04-01", "拟给予警告", std::nullopt, second_form)
      .step(A::kReturn, dept_head(), "2025-04-02", "证据不足");
  EXPECT_EQ(w.clue().state, S::kInHandling);
  EXPECT_FALSE(w.clue().outcome);
  EXPECT_FALSE(w.clue().outcome_submitted_on);
}

TEST(Registration, ValidatesAndNumbers) {
  ClueConfig cfg;
  InMemoryClueNumberAllocator numbers;
  NewClue n = sample_clue("2025-03-04");
  auto r = register_clue(n, handler(), at("2025-03-03"), cfg, numbers);  // received after registration
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "received_on");
  n = sample_clue();
  n.persons.clear();
  r = register_clue(n, handler(), at("2025-03-03"), cfg, numbers);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "persons");
  n = sample_clue();
  n.matter = " ";
  r = register_clue(n, handler(), at("2025-03-03"), cfg, numbers);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "matter");
  r = register_clue(sample_clue(), dept_head(), at("2025-03-03"), cfg, numbers);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::kForbidden);
  // Refused registrations did not consume numbers here (validation comes first).
  r = register_clue(sample_clue(), secretary(), at("2025-03-03"), cfg, numbers);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->number, "〔2025〕线索第1号");
  EXPECT_EQ(r->history.size(), 1u);
  EXPECT_EQ(r->history[0].action, A::kRegister);
  EXPECT_EQ(r->disposition_stage_start, D("2025-03-03"));
}

TEST(Registration, TheNumberYearIsTheYearOfRegistrationInBeijing) {
  ClueConfig cfg;
  InMemoryClueNumberAllocator numbers;
  numbers.observe(2025, 57);
  // 2025-12-31T17:00Z is already 2026-01-01 01:00 in Beijing.
  int64_t ms = (D("2025-12-31").days_since_epoch() * 86400 + 17 * 3600) * 1000LL;
  auto r = register_clue(sample_clue("2025-12-30"), handler(), ms, cfg, numbers);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->number, "〔2026〕线索第1号");
  EXPECT_EQ(r->history[0].on, D("2026-01-01"));
}

}  // namespace
}  // namespace qf::clues
