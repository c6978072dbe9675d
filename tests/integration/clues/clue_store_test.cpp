// The clue store on both databases: a clue stored and loaded back after every step
// through every state equals the value the pure rules produced; numbers are never
// handed out twice (not after split, merge, deleted rows or rolled-back registrations,
// nor between concurrent registrations); a stale version is refused with nothing
// changed; visibility follows the assignments.
#include <gtest/gtest.h>
#include <sodium.h>

#include <mutex>
#include <set>
#include <thread>

#include "domain/auth/permissions.h"
#include "domain/clues/clue_links.h"
#include "domain/clues/clue_state_machine.h"
#include "domain/clues/clue_attachment_seal.h"
#include "domain/clues/clue_store.h"
#include "support/test_databases.h"

namespace qf::clues {
namespace {

constexpr int64_t kDay = 24LL * 3600 * 1000;
constexpr int64_t kT0 = 1772409600000;  // 2026-03-02T00:00:00Z (Monday)

// The deadline rules the store keeps next_due_date with: defaults, a Monday–Friday calendar.
const ClueConfig kRules{};
const WorkingDayCalendar kWeek{};
const DueRules kDue{kRules, kWeek};

ClueActor actor(ClueActorRole r, int64_t id = 7) { return ClueActor{id, "办理人" + std::to_string(id), r}; }

NewClue new_clue(const std::string& who, const std::string& matter) {
  NewClue n;
  n.source = ClueSource::kPetition;
  n.category = DisciplineCategory::kIntegrity;
  n.persons = {ReportedPerson{std::nullopt, who, "科员"}};
  n.matter = matter;
  n.received_on = *Date::parse("2026-03-02");
  return n;
}

// Field-by-field equality of what the store must keep.
void expect_same(const ProblemClue& a, const ProblemClue& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.number, b.number);
  EXPECT_EQ(a.number_year, b.number_year);
  EXPECT_EQ(a.number_seq, b.number_seq);
  EXPECT_EQ(a.source, b.source);
  EXPECT_EQ(a.category, b.category);
  EXPECT_EQ(a.matter, b.matter);
  EXPECT_EQ(a.received_on, b.received_on);
  EXPECT_EQ(a.state, b.state);
  EXPECT_EQ(a.disposition, b.disposition);
  EXPECT_EQ(a.proposed_disposition, b.proposed_disposition);
  EXPECT_EQ(a.proposal_is_escalation, b.proposal_is_escalation);
  EXPECT_EQ(a.approvals_done, b.approvals_done);
  EXPECT_EQ(a.disposition_stage_start, b.disposition_stage_start);
  EXPECT_EQ(a.disposition_proposed_on, b.disposition_proposed_on);
  EXPECT_EQ(a.disposition_approved_on, b.disposition_approved_on);
  EXPECT_EQ(a.inquiry_sent_on, b.inquiry_sent_on);
  EXPECT_EQ(a.inquiry_replied_on, b.inquiry_replied_on);
  EXPECT_EQ(a.verification_started_on, b.verification_started_on);
  EXPECT_EQ(a.verification_extensions, b.verification_extensions);
  EXPECT_EQ(a.outcome_submitted_on, b.outcome_submitted_on);
  EXPECT_EQ(a.closed_on, b.closed_on);
  ASSERT_EQ(a.outcome.has_value(), b.outcome.has_value());
  if (a.outcome) {
    EXPECT_EQ(a.outcome->conclusion, b.outcome->conclusion);
    EXPECT_EQ(a.outcome->summary, b.outcome->summary);
    ASSERT_EQ(a.outcome->measures.size(), b.outcome->measures.size());
    for (size_t i = 0; i < a.outcome->measures.size(); ++i) {
      EXPECT_EQ(a.outcome->measures[i].person_id, b.outcome->measures[i].person_id);
      EXPECT_EQ(a.outcome->measures[i].person_name, b.outcome->measures[i].person_name);
      EXPECT_EQ(a.outcome->measures[i].measure, b.outcome->measures[i].measure);
      EXPECT_EQ(a.outcome->measures[i].decided_on, b.outcome->measures[i].decided_on);
      EXPECT_EQ(a.outcome->measures[i].decision_document, b.outcome->measures[i].decision_document);
    }
  }
  ASSERT_EQ(a.persons.size(), b.persons.size());
  for (size_t i = 0; i < a.persons.size(); ++i) {
    EXPECT_EQ(a.persons[i].person_id, b.persons[i].person_id);
    EXPECT_EQ(a.persons[i].name, b.persons[i].name);
    EXPECT_EQ(a.persons[i].position, b.persons[i].position);
  }
  ASSERT_EQ(a.history.size(), b.history.size());
  for (size_t i = 0; i < a.history.size(); ++i) {
    const auto& x = a.history[i];
    const auto& y = b.history[i];
    EXPECT_EQ(x.action, y.action) << i;
    EXPECT_EQ(x.from, y.from) << i;
    EXPECT_EQ(x.to, y.to) << i;
    EXPECT_EQ(x.actor_id, y.actor_id) << i;
    EXPECT_EQ(x.actor_name, y.actor_name) << i;
    EXPECT_EQ(x.role, y.role) << i;
    EXPECT_EQ(x.at_ms, y.at_ms) << i;
    EXPECT_EQ(x.on, y.on) << i;
    EXPECT_EQ(x.opinion, y.opinion) << i;
    EXPECT_EQ(x.disposition, y.disposition) << i;
    EXPECT_EQ(x.approval_step, y.approval_step) << i;
  }
}

class ClueStoreTest : public testing::DatabaseTest {
 protected:
  ClueConfig cfg;

  ProblemClue register_one(const NewClue& n, int64_t at = kT0) {
    auto r = db().transaction([&](store::Connection& c) -> Result<ProblemClue> {
      StoredClueNumberAllocator numbers(c);
      QF_TRY(ProblemClue clue, register_clue(n, actor(ClueActorRole::kHandler), at, cfg, numbers));
      QF_TRY(clue.id, insert_clue(c, clue, 7, at, kDue));
      return clue;
    });
    EXPECT_TRUE(r.ok()) << r.error().to_string();
    return r.ok() ? *r : ProblemClue{};
  }
  StoredClue load(int64_t id) {
    auto lease = db().acquire();
    EXPECT_TRUE(lease.ok());
    auto s = load_clue(lease->get(), id);
    EXPECT_TRUE(s.ok()) << s.error().to_string();
    return s.ok() ? *s : StoredClue{};
  }
  // Applies one command to the stored clue, saves it, and checks the round trip.
  ProblemClue step(int64_t id, ClueAction a, ClueActorRole role, int64_t at, std::string opinion = "同意",
                   std::optional<Disposition> d = std::nullopt, std::optional<ClueOutcome> o = std::nullopt) {
    StoredClue before = load(id);
    ClueCommand cmd;
    cmd.action = a;
    cmd.actor = actor(role, role == ClueActorRole::kHandler ? 7 : 8);
    cmd.at_ms = at;
    cmd.opinion = std::move(opinion);
    cmd.disposition = d;
    cmd.outcome = std::move(o);
    auto after = apply(before.clue, cmd, cfg);
    EXPECT_TRUE(after.ok()) << code_of(a) << ": " << after.error().to_string();
    if (!after.ok()) return before.clue;
    auto st = db().transaction([&](store::Connection& c) {
      return save_clue(c, *after, before.version, before.clue.history.size(), at, kDue);
    });
    EXPECT_TRUE(st.ok()) << st.error().to_string();
    StoredClue reloaded = load(id);
    expect_same(*after, reloaded.clue);
    EXPECT_EQ(reloaded.version, before.version + 1);
    return reloaded.clue;
  }
  int64_t count(const std::string& sql) {
    auto lease = db().acquire();
    auto r = lease->get().query_one(sql);
    EXPECT_TRUE(r.ok()) << r.error().to_string();
    return r.ok() ? r->i64(0) : -1;
  }
};

TEST_P(ClueStoreTest, RoundTripThroughEveryState) {
  ProblemClue c = register_one(new_clue("张三", "反映其收受礼金"));
  expect_same(c, load(c.id).clue);
  const int64_t id = c.id;
  using A = ClueAction;
  using R = ClueActorRole;
  int64_t t = kT0 + kDay;
  // registered → collective_review → disposition_pending (hold) → held
  EXPECT_EQ(step(id, A::kStartReview, R::kHandler, t += kDay).state, ClueState::kCollectiveReview);
  EXPECT_EQ(step(id, A::kProposeDisposition, R::kHandler, t += kDay, "暂存", Disposition::kHold).state,
            ClueState::kDispositionPending);
  step(id, A::kApprove, R::kDeptHead, t += kDay);
  EXPECT_EQ(step(id, A::kApprove, R::kDisciplineSecretary, t += kDay).state, ClueState::kHeld);
  // held → collective_review (reopened) → talk_or_inquiry approved → in_handling
  EXPECT_EQ(step(id, A::kReopen, R::kHandler, t += kDay, "发现新情况").state, ClueState::kCollectiveReview);
  step(id, A::kProposeDisposition, R::kHandler, t += kDay, "谈话函询", Disposition::kTalkOrInquiry);
  step(id, A::kReturn, R::kDeptHead, t += kDay, "补充材料");
  step(id, A::kProposeDisposition, R::kHandler, t += kDay, "谈话函询", Disposition::kTalkOrInquiry);
  step(id, A::kApprove, R::kDeptHead, t += kDay);
  EXPECT_EQ(step(id, A::kApprove, R::kDisciplineSecretary, t += kDay).state, ClueState::kInHandling);
  step(id, A::kSendInquiry, R::kHandler, t += kDay, "");
  ProblemClue replied = step(id, A::kRecordReply, R::kHandler, t += kDay, "");
  EXPECT_TRUE(replied.inquiry_replied_on.has_value());
  // in_handling → outcome_pending → closed, with a first-form measure
  ClueOutcome o;
  o.conclusion = OutcomeConclusion::kSubstantiated;
  o.summary = "问题基本属实，情节轻微";
  o.measures = {AppliedMeasure{std::nullopt, "张三", FormMeasure::kReminderTalk, Date::from_unix_ms(t), "〔2026〕1号"}};
  EXPECT_EQ(step(id, A::kSubmitOutcome, R::kHandler, t += kDay, "", std::nullopt, o).state, ClueState::kOutcomePending);
  EXPECT_EQ(count("SELECT COUNT(*) FROM clue_outcome_measures WHERE approved = 0"), 1);
  step(id, A::kApprove, R::kDeptHead, t += kDay);
  ProblemClue closed = step(id, A::kApprove, R::kDisciplineSecretary, t += kDay);
  EXPECT_EQ(closed.state, ClueState::kClosed);
  EXPECT_EQ(closed.history.size(), 16u);
  // Statistics read the measures: one approved first-form reminder talk.
  EXPECT_EQ(count("SELECT COUNT(*) FROM clue_outcome_measures WHERE approved = 1 AND form = 'first' AND "
                  "measure = 'reminder_talk'"),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM clue_transitions WHERE clue_id = " + std::to_string(id)), 16);

  // 初步核实 with an extension, and split / merge.
  ProblemClue v = register_one(new_clue("李四", "反映其违规兼职"));
  step(v.id, A::kStartReview, R::kHandler, t += kDay);
  step(v.id, A::kProposeDisposition, R::kHandler, t += kDay, "初核", Disposition::kPreliminaryVerification);
  step(v.id, A::kApprove, R::kDeptHead, t += kDay);
  step(v.id, A::kApprove, R::kDisciplineSecretary, t += kDay);
  EXPECT_EQ(step(v.id, A::kExtend, R::kDisciplineSecretary, t += kDay, "情况复杂").verification_extensions, 1);

  ProblemClue s = register_one(new_clue("王五", "反映两件事"));
  auto split = db().transaction([&](store::Connection& c) -> Result<SplitResult> {
    StoredClueNumberAllocator numbers(c);
    StoredClue before = *load_clue(c, s.id);
    std::vector<ClueContent> parts = {{{ReportedPerson{std::nullopt, "王五", ""}}, "第一件事", DisciplineCategory::kIntegrity},
                                      {{ReportedPerson{std::nullopt, "王五", ""}}, "第二件事", DisciplineCategory::kWork}};
    QF_TRY(SplitResult r, split_clue(before.clue, parts, actor(R::kHandler), t, "两事分办", cfg, numbers));
    QF_TRY_STATUS(save_clue(c, r.original, before.version, before.clue.history.size(), t, kDue));
    for (auto& p : r.parts) {
      QF_TRY(p.id, insert_clue(c, p, 7, t, kDue));
    }
    QF_TRY_STATUS(insert_links(c, r.links));
    return r;
  });
  ASSERT_TRUE(split.ok()) << split.error().to_string();
  EXPECT_EQ(load(s.id).clue.state, ClueState::kSplit);
  expect_same(split->original, load(s.id).clue);
  for (const auto& p : split->parts) expect_same(p, load(p.id).clue);

  auto merged = db().transaction([&](store::Connection& c) -> Result<MergeResult> {
    StoredClueNumberAllocator numbers(c);
    std::vector<ProblemClue> originals;
    std::vector<StoredClue> stored;
    for (const auto& p : split->parts) {
      stored.push_back(*load_clue(c, p.id));
      originals.push_back(stored.back().clue);
    }
    QF_TRY(MergeResult r, merge_clues(originals, ClueContent{{}, "合并办理", DisciplineCategory::kIntegrity},
                                      actor(R::kHandler), t, "同一人", cfg, numbers));
    for (size_t i = 0; i < stored.size(); ++i)
      QF_TRY_STATUS(save_clue(c, r.originals[i], stored[i].version, stored[i].clue.history.size(), t, kDue));
    QF_TRY(r.merged.id, insert_clue(c, r.merged, 7, t, kDue));
    QF_TRY_STATUS(insert_links(c, r.links));
    return r;
  });
  ASSERT_TRUE(merged.ok()) << merged.error().to_string();
  for (const auto& p : split->parts) EXPECT_EQ(load(p.id).clue.state, ClueState::kMerged);
  expect_same(merged->merged, load(merged->merged.id).clue);
  auto lease = db().acquire();
  auto links = links_of(lease->get(), split->parts[0].id);
  ASSERT_TRUE(links.ok());
  ASSERT_EQ(links->size(), 2u);  // split into it, merged out of it
  EXPECT_EQ((*links)[0].kind, LinkKind::kSplit);
  EXPECT_EQ((*links)[0].from_id, s.id);
  EXPECT_EQ((*links)[1].kind, LinkKind::kMerge);
  EXPECT_EQ((*links)[1].to_id, merged->merged.id);
}

TEST_P(ClueStoreTest, NumbersAreNeverReused) {
  ProblemClue a = register_one(new_clue("甲", "一"));
  ProblemClue b = register_one(new_clue("乙", "二"));
  EXPECT_EQ(a.number, "〔2026〕线索第1号");
  EXPECT_EQ(b.number, "〔2026〕线索第2号");
  // A registration whose transaction fails after the allocation reuses nothing.
  auto failed = db().transaction([&](store::Connection& c) -> Result<int64_t> {
    StoredClueNumberAllocator numbers(c);
    QF_TRY(ProblemClue clue, register_clue(new_clue("丙", "三"), actor(ClueActorRole::kHandler), kT0, cfg, numbers));
    return Error::make(ErrorKind::kConflict, "test.rollback", "回滚", "rollback");
  });
  EXPECT_FALSE(failed.ok());
  // Clues deleted behind the store's back do not free their numbers.
  {
    auto lease = db().acquire();
    store::Connection& c = lease->get();
    for (const char* t : {"clue_transitions", "clue_persons", "clue_outcome_measures", "clue_links", "clue_assignments"})
      ASSERT_TRUE(c.execute(std::string("DELETE FROM ") + t).ok());
    ASSERT_TRUE(c.execute("DELETE FROM clues").ok());
  }
  ProblemClue d = register_one(new_clue("丁", "四"));
  EXPECT_EQ(d.number_seq, 3);
  EXPECT_EQ(d.number, "〔2026〕线索第3号");
  // A new year starts again at 1 (the year of the registration day, Beijing time).
  ProblemClue e = register_one(new_clue("戊", "五"), 1798732800000);  // 2027-01-01T00:00+08:00
  EXPECT_EQ(e.number, "〔2027〕线索第1号");
}

TEST_P(ClueStoreTest, ConcurrentRegistrationsGetDistinctNumbers) {
  constexpr int kThreads = 4;
  constexpr int kEach = 5;
  std::mutex m;
  std::set<std::string> numbers;
  std::vector<std::string> errors;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        auto r = db().transaction([&](store::Connection& c) -> Result<std::string> {
          StoredClueNumberAllocator alloc(c);
          QF_TRY(ProblemClue clue, register_clue(new_clue("并发" + std::to_string(t), "事项" + std::to_string(i)),
                                                 actor(ClueActorRole::kHandler), kT0, cfg, alloc));
          QF_TRY_STATUS(insert_clue(c, clue, 7, kT0, kDue));
          return clue.number;
        });
        std::lock_guard<std::mutex> g(m);
        if (r.ok()) numbers.insert(*r);
        else errors.push_back(r.error().to_string());
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_TRUE(errors.empty()) << errors.front();
  EXPECT_EQ(numbers.size(), static_cast<size_t>(kThreads * kEach));
  EXPECT_EQ(count("SELECT high_water FROM clue_number_counters WHERE year = 2026"), kThreads * kEach);
}

TEST_P(ClueStoreTest, StaleVersionIsRefusedAndNothingChanges) {
  ProblemClue c = register_one(new_clue("张三", "反映"));
  StoredClue s = load(c.id);
  ClueCommand cmd;
  cmd.action = ClueAction::kStartReview;
  cmd.actor = actor(ClueActorRole::kHandler);
  cmd.at_ms = kT0 + kDay;
  auto after = apply(s.clue, cmd, cfg);
  ASSERT_TRUE(after.ok());
  ASSERT_TRUE(db().transaction([&](store::Connection& conn) {
                    return save_clue(conn, *after, s.version, s.clue.history.size(), kT0 + kDay, kDue);
                  }).ok());
  // A second writer that loaded the same version loses.
  auto st = db().transaction([&](store::Connection& conn) {
    return save_clue(conn, *after, s.version, s.clue.history.size(), kT0 + kDay, kDue);
  });
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "clue.conflict");
  EXPECT_EQ(st.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(st.error().message_zh, "线索已被他人修改，请刷新");
  EXPECT_EQ(load(c.id).clue.history.size(), 2u);
  EXPECT_EQ(load(c.id).version, s.version + 1);
}

TEST_P(ClueStoreTest, VisibilityFollowsAssignments) {
  ProblemClue a = register_one(new_clue("张三", "甲"));
  ProblemClue b = register_one(new_clue("张三", "乙"));
  auto lease = db().acquire();
  store::Connection& c = lease->get();
  auto principal = [](int64_t id, auth::Role role) {
    auth::Principal p;
    p.account_id = id;
    p.grants = {auth::RoleGrant{role, auth::ScopeKind::kUnit, {}}};
    p.permissions = auth::permissions_of(p.grants);
    p.unit_wide = true;
    return p;
  };
  auth::Principal secretary = principal(1, auth::Role::kDisciplineSecretary);
  auth::Principal member = principal(2, auth::Role::kDisciplineMember);
  auth::Principal other = principal(3, auth::Role::kDisciplineMember);
  auth::Principal party = principal(4, auth::Role::kPartySecretary);
  auto id_a = add_assignment(c, a.id, 2, ClueActorRole::kHandler, 1, kT0);
  ASSERT_TRUE(id_a.ok());
  EXPECT_EQ(find_visible_clues(c, secretary, {})->size(), 2u);
  EXPECT_EQ(*find_visible_clues(c, member, {}), std::vector<int64_t>{a.id});
  EXPECT_TRUE(find_visible_clues(c, other, {})->empty());
  EXPECT_TRUE(find_visible_clues(c, party, {})->empty());
  EXPECT_TRUE(*can_see_clue(c, member, a.id));
  EXPECT_FALSE(*can_see_clue(c, member, b.id));
  // The related clues of `a` (same person) shown to the member leave out `b`.
  EXPECT_TRUE(related_visible_clues(c, member, a.id, a.persons)->empty());
  EXPECT_EQ(*related_visible_clues(c, secretary, a.id, a.persons), std::vector<int64_t>{b.id});
  // An ended assignment no longer shows the clue.
  ASSERT_TRUE(end_assignment(c, *id_a, kT0 + kDay).ok());
  EXPECT_FALSE(*can_see_clue(c, member, a.id));
  EXPECT_TRUE(parts_of(c, member, a.id)->empty());
  EXPECT_EQ(*parts_of(c, secretary, a.id), std::vector<ClueActorRole>{ClueActorRole::kDisciplineSecretary});
}

TEST_P(ClueStoreTest, AttachmentsKeepBytesAndSniffTheirType) {
  ProblemClue a = register_one(new_clue("张三", "甲"));
  std::string pdf = std::string("%PDF-1.4\n") + std::string("\0\x01\x02\xff", 4) + "举报信内容";
  auth::ServerKey key, other;
  randombytes_buf(key.bytes.data(), key.bytes.size());
  randombytes_buf(other.bytes.data(), other.bytes.size());
  int64_t first = 0, legacy = 0;
  {
    auto lease = db().acquire();
    store::Connection& c = lease->get();
    auto id = insert_attachment(c, key, a.id, "举报信.txt", "source", pdf, 7, kT0);  // the name lies; the bytes do not
    ASSERT_TRUE(id.ok()) << id.error().to_string();
    first = *id;
    auto got = read_attachment(c, key, a.id, *id);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(got->second, pdf);
    EXPECT_EQ(got->first.content_type, "application/pdf");
    EXPECT_EQ(got->first.size, static_cast<int64_t>(pdf.size()));
    EXPECT_EQ(got->first.sha256, sha256_hex(pdf));
    EXPECT_EQ(got->first.sm3.size(), 64u);
    EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sm3_hex("abc"), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    EXPECT_EQ(sniff_content_type("纯文本", "a.bin"), "text/plain; charset=utf-8");
    EXPECT_EQ(sniff_content_type(std::string("\x00\x01", 2), "a.pdf"), "application/octet-stream");
    EXPECT_FALSE(read_attachment(c, key, a.id + 1, *id).ok());  // not another clue's
    EXPECT_EQ(list_attachments(c, key, a.id)->at(0).filename, "举报信.txt");

    // #14: neither the bytes nor the file name are in the database in clear.
    auto r = c.query_one("SELECT filename, content, sealed FROM clue_attachments WHERE id = ?", {*id});
    ASSERT_TRUE(r.ok());
    const std::string content = r->text("content");
    EXPECT_EQ(r->i64("sealed"), 1);
    EXPECT_EQ(r->text("filename").find("举报信"), std::string::npos) << r->text("filename");
    EXPECT_EQ(content.find("举报信内容"), std::string::npos);
    EXPECT_EQ(content.find("%PDF"), std::string::npos);
    // Another key does not open them: refused, never wrong bytes.
    auto refused = read_attachment(c, other, a.id, *id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "clue.attachment.sealed");
    // A box copied onto another document does not open there.
    auto second = insert_attachment(c, key, a.id, "决定书.pdf", "decision", pdf + "2", 7, kT0);
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(c.execute("UPDATE clue_attachments SET content = ? WHERE id = ?", {store::Blob{content}, *second}).ok());
    EXPECT_EQ(read_attachment(c, key, a.id, *second).error().code, "clue.attachment.sealed");
    ASSERT_TRUE(c.execute("DELETE FROM clue_attachments WHERE id = ?", {*second}).ok());

    // A document an older release stored in clear is read as it is.
    auto old = c.insert(
        "INSERT INTO clue_attachments (clue_id, filename, kind, content_type, size, sha256, sm3, content, uploaded_by, "
        "uploaded_at) VALUES (?, '旧举报信.txt', 'source', 'text/plain', 15, '', '', ?, 7, 0) RETURNING id",
        {a.id, store::Blob{std::string("旧版本内容")}});
    ASSERT_TRUE(old.ok()) << old.error().to_string();
    legacy = *old;
    EXPECT_EQ(read_attachment(c, key, a.id, legacy)->second, "旧版本内容");
  }
  // Start-up seals it; rotation seals every document again under the new key.
  auto sealed_now = seal_clear_clue_attachments(db(), key);
  ASSERT_TRUE(sealed_now.ok()) << sealed_now.error().to_string();
  EXPECT_EQ(*sealed_now, 1);
  auto lease = db().acquire();
  store::Connection& c = lease->get();
  auto r = c.query_one("SELECT content, sealed FROM clue_attachments WHERE id = ?", {legacy});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->i64("sealed"), 1);
  EXPECT_EQ(r->text("content").find("旧版本内容"), std::string::npos);
  EXPECT_EQ(read_attachment(c, key, a.id, legacy)->second, "旧版本内容");
  EXPECT_EQ(read_attachment(c, key, a.id, legacy)->first.filename, "旧举报信.txt");
  auto rotated = reseal_clue_attachments(c, key, other);
  ASSERT_TRUE(rotated.ok()) << rotated.error().to_string();
  EXPECT_EQ(*rotated, 2);
  EXPECT_EQ(read_attachment(c, other, a.id, first)->second, pdf);
  EXPECT_FALSE(read_attachment(c, key, a.id, first).ok());
}

INSTANTIATE_TEST_SUITE_P(Both, ClueStoreTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf::clues
