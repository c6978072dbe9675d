#include "domain/clues/clue_links.h"

#include <algorithm>
#include <set>

#include "domain/clues/clue_state_machine.h"

namespace qf::clues {

namespace {

bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

Error missing(std::string field, const std::string& what_zh, const std::string& what_en) {
  return Error::invalid("clue.required", "请填写" + what_zh, "Please fill in " + what_en, std::move(field));
}

Status check_content(const ClueContent& c, const std::string& prefix, bool persons_required) {
  if (persons_required && c.persons.empty()) return missing(prefix + "persons", "被反映人", "the person(s) reported on");
  for (size_t i = 0; i < c.persons.size(); ++i)
    if (blank(c.persons[i].name))
      return missing(prefix + "persons[" + std::to_string(i) + "].name", "被反映人姓名",
                     "the name of the person reported on");
  if (blank(c.matter)) return missing(prefix + "matter", "反映的主要问题", "the matter reported");
  return {};
}

TransitionRecord step(ClueAction action, ClueState from, ClueState to, const ClueActor& actor, int64_t at_ms,
                      Date today, std::string opinion) {
  TransitionRecord r;
  r.action = action;
  r.from = from;
  r.to = to;
  r.actor_id = actor.account_id;
  r.actor_name = actor.name;
  r.role = actor.role;
  r.at_ms = at_ms;
  r.on = today;
  r.opinion = std::move(opinion);
  return r;
}

Result<ProblemClue> new_clue(const ClueContent& content, ClueSource source, Date received_on, Date stage_start,
                             const ClueActor& actor, int64_t at_ms, Date today, std::string opinion,
                             const ClueNumberPattern& pattern, ClueNumberAllocator& numbers) {
  QF_TRY(ClueNumber number, allocate_clue_number(numbers, pattern, today.year()));
  ProblemClue c;
  c.number = number.text;
  c.number_year = number.year;
  c.number_seq = number.seq;
  c.source = source;
  c.category = content.category;
  c.persons = content.persons;
  c.matter = content.matter;
  c.received_on = received_on;
  c.disposition_stage_start = stage_start;
  c.state = ClueState::kRegistered;
  c.history.push_back(step(ClueAction::kRegister, ClueState::kRegistered, ClueState::kRegistered, actor, at_ms, today,
                           std::move(opinion)));
  return c;
}

}  // namespace

Result<SplitResult> split_clue(const ProblemClue& original, const std::vector<ClueContent>& parts,
                               const ClueActor& actor, int64_t at_ms, const std::string& opinion,
                               const ClueConfig& cfg, ClueNumberAllocator& numbers) {
  QF_TRY_STATUS(check_table(original, ClueAction::kSplit, actor.role, cfg));
  if (blank(opinion)) return missing("opinion", "拆分理由", "the reason for the split");
  if (parts.size() < 2)
    return Error::invalid("clue.split.parts", "拆分至少要形成两条线索", "A split must produce at least two clues", "parts");
  for (size_t i = 0; i < parts.size(); ++i)
    QF_TRY_STATUS(check_content(parts[i], "parts[" + std::to_string(i) + "].", true));
  QF_TRY(ClueNumberPattern pattern, ClueNumberPattern::compile(cfg.number_pattern));
  const Date today = Date::from_unix_ms(at_ms);

  SplitResult out;
  for (const ClueContent& part : parts) {
    QF_TRY(ProblemClue c, new_clue(part, original.source, original.received_on, original.disposition_stage_start, actor,
                                   at_ms, today, "由" + original.number + "拆分：" + opinion, pattern, numbers));
    out.links.push_back({LinkKind::kSplit, original.number, c.number, actor.account_id, actor.name, at_ms, opinion});
    out.parts.push_back(std::move(c));
  }
  out.original = original;
  std::string into;
  for (const ProblemClue& p : out.parts) into += (into.empty() ? "" : "、") + p.number;
  out.original.history.push_back(step(ClueAction::kSplit, original.state, ClueState::kSplit, actor, at_ms, today,
                                      opinion + "（拆分为" + into + "）"));
  out.original.state = ClueState::kSplit;
  return out;
}

Result<MergeResult> merge_clues(const std::vector<ProblemClue>& originals, const ClueContent& merged,
                                const ClueActor& actor, int64_t at_ms, const std::string& opinion,
                                const ClueConfig& cfg, ClueNumberAllocator& numbers) {
  if (originals.size() < 2)
    return Error::invalid("clue.merge.clues", "合并至少需要两条线索", "A merge needs at least two clues", "clues");
  std::set<std::string> numbers_seen;
  for (const ProblemClue& o : originals) {
    if (!numbers_seen.insert(o.number).second)
      return Error::invalid("clue.merge.clues", "线索" + o.number + "重复出现", "Clue " + o.number + " is listed twice",
                            "clues");
    QF_TRY_STATUS(check_table(o, ClueAction::kMerge, actor.role, cfg));
  }
  if (blank(opinion)) return missing("opinion", "合并理由", "the reason for the merge");
  QF_TRY_STATUS(check_content(merged, "", false));
  QF_TRY(ClueNumberPattern pattern, ClueNumberPattern::compile(cfg.number_pattern));
  const Date today = Date::from_unix_ms(at_ms);

  const ProblemClue* earliest = &originals[0];
  Date stage_start = originals[0].disposition_stage_start;
  for (const ProblemClue& o : originals) {
    if (o.received_on < earliest->received_on) earliest = &o;
    stage_start = std::min(stage_start, o.disposition_stage_start);
  }
  ClueContent content = merged;
  if (content.persons.empty()) {
    std::set<int64_t> ids;
    std::set<std::string> names;
    for (const ProblemClue& o : originals)
      for (const ReportedPerson& p : o.persons) {
        bool fresh = p.person_id ? ids.insert(*p.person_id).second : names.insert(p.name).second;
        if (fresh) content.persons.push_back(p);
      }
  }
  std::string from;
  for (const ProblemClue& o : originals) from += (from.empty() ? "" : "、") + o.number;
  QF_TRY(ProblemClue c, new_clue(content, earliest->source, earliest->received_on, stage_start, actor, at_ms, today,
                                 "由" + from + "合并：" + opinion, pattern, numbers));
  MergeResult out;
  for (const ProblemClue& o : originals) {
    ProblemClue done = o;
    done.history.push_back(
        step(ClueAction::kMerge, o.state, ClueState::kMerged, actor, at_ms, today, opinion + "（并入" + c.number + "）"));
    done.state = ClueState::kMerged;
    out.links.push_back({LinkKind::kMerge, o.number, c.number, actor.account_id, actor.name, at_ms, opinion});
    out.originals.push_back(std::move(done));
  }
  out.merged = std::move(c);
  return out;
}

}  // namespace qf::clues
