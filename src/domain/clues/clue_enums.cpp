#include "domain/clues/clue_enums.h"

#include "domain/dictionary/dictionary.h"

namespace qf::clues {

template <>
const std::vector<EnumLabel<ClueSource>>& enum_labels<ClueSource>() {
  static const std::vector<EnumLabel<ClueSource>> t = {
      {ClueSource::kPetition, "petition", "信访举报", "Petition or report"},
      {ClueSource::kAudit, "audit", "审计", "Audit"},
      {ClueSource::kInspectionTour, "inspection_tour", "巡视巡察", "Inspection tour"},
      {ClueSource::kSpecialCampaign, "special_campaign", "专项治理", "Special campaign"},
      {ClueSource::kReferralFromAbove, "referral_from_above", "上级转办", "Referred from above"},
      {ClueSource::kDataCrossCheck, "data_crosscheck", "大数据比对", "Data cross-check"},
      {ClueSource::kSelfDiscovered, "self_discovered", "自行发现", "Discovered by the committee"},
  };
  return t;
}

template <>
const std::vector<EnumLabel<DisciplineCategory>>& enum_labels<DisciplineCategory>() {
  static const std::vector<EnumLabel<DisciplineCategory>> t = {
      {DisciplineCategory::kPolitical, "political", "违反政治纪律", "Political discipline"},
      {DisciplineCategory::kOrganisational, "organisational", "违反组织纪律", "Organisational discipline"},
      {DisciplineCategory::kIntegrity, "integrity", "违反廉洁纪律", "Integrity discipline"},
      {DisciplineCategory::kMass, "mass", "违反群众纪律", "Discipline towards the public"},
      {DisciplineCategory::kWork, "work", "违反工作纪律", "Work discipline"},
      {DisciplineCategory::kLife, "life", "违反生活纪律", "Discipline in private life"},
  };
  return t;
}

template <>
const std::vector<EnumLabel<Disposition>>& enum_labels<Disposition>() {
  static const std::vector<EnumLabel<Disposition>> t = {
      {Disposition::kTalkOrInquiry, "talk_or_inquiry", "谈话函询", "Talk or written inquiry"},
      {Disposition::kPreliminaryVerification, "preliminary_verification", "初步核实", "Preliminary verification"},
      {Disposition::kHold, "hold", "暂存待查", "Hold for later"},
      {Disposition::kClose, "close", "予以了结", "Close"},
  };
  return t;
}

template <>
const std::vector<EnumLabel<ClueState>>& enum_labels<ClueState>() {
  static const std::vector<EnumLabel<ClueState>> t = {
      {ClueState::kRegistered, "registered", "已登记", "Registered"},
      {ClueState::kCollectiveReview, "collective_review", "集体排查", "Under collective review"},
      {ClueState::kDispositionPending, "disposition_pending", "处置意见审批中", "Disposition awaiting approval"},
      {ClueState::kInHandling, "in_handling", "处置中", "Being handled"},
      {ClueState::kHeld, "held", "暂存待查", "Held"},
      {ClueState::kOutcomePending, "outcome_pending", "处理结果审批中", "Outcome awaiting approval"},
      {ClueState::kClosed, "closed", "已办结", "Closed"},
      {ClueState::kSplit, "split", "已拆分", "Split"},
      {ClueState::kMerged, "merged", "已合并", "Merged"},
  };
  return t;
}

template <>
const std::vector<EnumLabel<ClueAction>>& enum_labels<ClueAction>() {
  static const std::vector<EnumLabel<ClueAction>> t = {
      {ClueAction::kRegister, "register", "登记", "Register"},
      {ClueAction::kStartReview, "start_review", "提交集体排查", "Submit to collective review"},
      {ClueAction::kProposeDisposition, "propose_disposition", "提出处置意见", "Propose a disposition"},
      {ClueAction::kApprove, "approve", "审批同意", "Approve"},
      {ClueAction::kReturn, "return", "退回", "Return"},
      {ClueAction::kSendInquiry, "send_inquiry", "发出函询（谈话）", "Send the inquiry (or hold the talk)"},
      {ClueAction::kRecordReply, "record_reply", "登记函询回复", "Record the reply"},
      {ClueAction::kEscalate, "escalate", "转为初步核实", "Escalate to preliminary verification"},
      {ClueAction::kExtend, "extend", "初步核实延期", "Extend the verification"},
      {ClueAction::kSubmitOutcome, "submit_outcome", "提出处理意见", "Submit the outcome"},
      {ClueAction::kReopen, "reopen", "重新启用", "Reopen"},
      {ClueAction::kSplit, "split", "拆分", "Split"},
      {ClueAction::kMerge, "merge", "合并", "Merge"},
  };
  return t;
}

template <>
const std::vector<EnumLabel<ClueActorRole>>& enum_labels<ClueActorRole>() {
  static const std::vector<EnumLabel<ClueActorRole>> t = {
      {ClueActorRole::kHandler, "handler", "承办人", "Handler"},
      {ClueActorRole::kDeptHead, "dept_head", "部门负责人", "Head of department"},
      {ClueActorRole::kLeaderInCharge, "leader_in_charge", "分管领导", "Leader in charge"},
      {ClueActorRole::kDisciplineSecretary, "discipline_secretary", "纪委书记", "Discipline secretary"},
  };
  return t;
}

template <>
const std::vector<EnumLabel<DisciplineForm>>& enum_labels<DisciplineForm>() {
  static const std::vector<EnumLabel<DisciplineForm>> t = {
      {DisciplineForm::kFirst, "first", "第一种形态", "First form"},
      {DisciplineForm::kSecond, "second", "第二种形态", "Second form"},
      {DisciplineForm::kThird, "third", "第三种形态", "Third form"},
      {DisciplineForm::kFourth, "fourth", "第四种形态", "Fourth form"},
  };
  return t;
}

template <>
const std::vector<EnumLabel<FormMeasure>>& enum_labels<FormMeasure>() {
  static const std::vector<EnumLabel<FormMeasure>> t = {
      {FormMeasure::kReminderTalk, "reminder_talk", "谈话提醒", "Reminder talk"},
      {FormMeasure::kCriticismEducation, "criticism_education", "批评教育", "Criticism and education"},
      {FormMeasure::kOrderedExamination, "ordered_examination", "责令检查", "Ordered self-examination"},
      {FormMeasure::kOrderedWrittenExamination, "ordered_written_examination", "责令作出书面检查",
       "Ordered written self-examination"},
      {FormMeasure::kCirculatedCriticism, "circulated_criticism", "通报批评", "Circulated criticism"},
      {FormMeasure::kAdmonishment, "admonishment", "诫勉", "Admonishment"},
      {FormMeasure::kPartyWarning, "party_warning", "警告", "Party warning"},
      {FormMeasure::kPartySeriousWarning, "party_serious_warning", "严重警告", "Serious Party warning"},
      {FormMeasure::kGovWarning, "gov_warning", "政务警告", "Administrative warning"},
      {FormMeasure::kGovDemerit, "gov_demerit", "记过", "Demerit"},
      {FormMeasure::kGovMajorDemerit, "gov_major_demerit", "记大过", "Major demerit"},
      {FormMeasure::kSuspensionForExamination, "suspension_for_examination", "停职检查",
       "Suspension for self-examination"},
      {FormMeasure::kPostAdjustment, "post_adjustment", "调整职务（岗位）", "Change of post"},
      {FormMeasure::kOrderedResignation, "ordered_resignation", "责令辞职", "Ordered resignation"},
      {FormMeasure::kRemovalFromPost, "removal_from_post", "免职", "Removal from post"},
      {FormMeasure::kDemotion, "demotion", "降职", "Demotion"},
      {FormMeasure::kRemovalFromPartyPosts, "removal_from_party_posts", "撤销党内职务",
       "Removal from Party posts"},
      {FormMeasure::kPartyProbation, "party_probation", "留党察看", "Probation within the Party"},
      {FormMeasure::kGovDowngrade, "gov_downgrade", "降级", "Downgrade"},
      {FormMeasure::kGovDismissal, "gov_dismissal", "撤职", "Dismissal from office"},
      {FormMeasure::kMajorPostAdjustment, "major_post_adjustment", "重大职务调整", "Major change of post"},
      {FormMeasure::kCaseFiledForReview, "case_filed", "立案审查调查", "Case filed for review and investigation"},
      {FormMeasure::kExpulsionFromParty, "expulsion_from_party", "开除党籍", "Expulsion from the Party"},
      {FormMeasure::kExpulsionFromPublicOffice, "expulsion_from_public_office", "开除公职",
       "Expulsion from public office"},
      {FormMeasure::kReferralToJudiciary, "referral_to_judiciary", "移送司法机关", "Referral to judicial organs"},
  };
  return t;
}

template <>
const std::vector<EnumLabel<OutcomeConclusion>>& enum_labels<OutcomeConclusion>() {
  static const std::vector<EnumLabel<OutcomeConclusion>> t = {
      {OutcomeConclusion::kClarified, "clarified", "澄清了结", "Clarified and closed"},
      {OutcomeConclusion::kNotSubstantiated, "not_substantiated", "查无实据", "Not substantiated"},
      {OutcomeConclusion::kSubstantiated, "substantiated", "问题属实", "Substantiated"},
  };
  return t;
}

template <>
const std::vector<EnumLabel<DeadlineStage>>& enum_labels<DeadlineStage>() {
  static const std::vector<EnumLabel<DeadlineStage>> t = {
      {DeadlineStage::kDisposition, "disposition", "提出处置意见", "Disposition proposal"},
      {DeadlineStage::kInquiryReply, "inquiry_reply", "函询回复", "Reply to the written inquiry"},
      {DeadlineStage::kVerification, "verification", "初步核实", "Preliminary verification"},
  };
  return t;
}

template <>
const std::vector<EnumLabel<DeadlineStatus>>& enum_labels<DeadlineStatus>() {
  static const std::vector<EnumLabel<DeadlineStatus>> t = {
      {DeadlineStatus::kOpen, "open", "办理中", "Open"},
      {DeadlineStatus::kDueSoon, "due_soon", "即将到期", "Due soon"},
      {DeadlineStatus::kOverdue, "overdue", "已逾期", "Overdue"},
      {DeadlineStatus::kMet, "met", "按期完成", "Met"},
      {DeadlineStatus::kMetLate, "met_late", "逾期完成", "Met late"},
  };
  return t;
}

template <>
const std::vector<EnumLabel<LinkKind>>& enum_labels<LinkKind>() {
  static const std::vector<EnumLabel<LinkKind>> t = {
      {LinkKind::kSplit, "split", "拆分", "Split"},
      {LinkKind::kMerge, "merge", "合并", "Merge"},
  };
  return t;
}

DisciplineForm form_of(FormMeasure m) {
  if (m <= FormMeasure::kAdmonishment) return DisciplineForm::kFirst;
  if (m <= FormMeasure::kDemotion) return DisciplineForm::kSecond;
  if (m <= FormMeasure::kMajorPostAdjustment) return DisciplineForm::kThird;
  return DisciplineForm::kFourth;
}

std::vector<FormMeasure> measures_of(DisciplineForm f) {
  std::vector<FormMeasure> out;
  for (const auto& l : enum_labels<FormMeasure>())
    if (form_of(l.value) == f) out.push_back(l.value);
  return out;
}

namespace {

template <class E>
DictionaryTable table(std::string name, std::string zh, std::string en) {
  DictionaryTable t{std::move(name), std::move(zh), std::move(en), {}};
  int sort = 0;
  for (const auto& l : enum_labels<E>())
    t.items.push_back({std::string(l.code), std::string(l.zh), std::string(l.en), ++sort, {}});
  return t;
}

}  // namespace

std::vector<DictionaryTable> clue_dictionaries() {
  std::vector<DictionaryTable> out;
  out.push_back(table<ClueSource>("clue.source", "线索来源", "Clue source"));
  out.push_back(table<DisciplineCategory>("clue.category", "违纪类别", "Discipline category"));
  out.push_back(table<Disposition>("clue.disposition", "处置方式", "Disposition"));
  out.push_back(table<ClueState>("clue.state", "线索状态", "Clue state"));
  out.push_back(table<ClueAction>("clue.action", "线索操作", "Clue action"));
  out.push_back(table<ClueActorRole>("clue.role", "办理角色", "Role on a clue"));
  out.push_back(table<DisciplineForm>("clue.form", "四种形态", "The four forms"));
  DictionaryTable measures = table<FormMeasure>("clue.form_measure", "处理措施", "Measure");
  for (auto& item : measures.items)
    item.parent = std::string(code_of(form_of(*enum_from_code<FormMeasure>(item.code))));
  out.push_back(std::move(measures));
  out.push_back(table<OutcomeConclusion>("clue.conclusion", "处理结论", "Conclusion"));
  out.push_back(table<DeadlineStage>("clue.deadline_stage", "期限环节", "Deadline stage"));
  out.push_back(table<DeadlineStatus>("clue.deadline_status", "期限状态", "Deadline status"));
  out.push_back(table<LinkKind>("clue.link_kind", "线索关联", "Clue link"));
  return out;
}

void register_clue_dictionaries() {
  auto to_registry = [](const DictionaryTable& t) {
    dictionary::Dictionary d;
    d.name = t.name;
    d.title_zh = t.title_zh;
    d.title_en = t.title_en;
    for (const DictionaryItem& i : t.items) d.entries.push_back({i.code, i.label_zh, i.label_en, i.sort});
    return d;
  };
  for (const DictionaryTable& t : clue_dictionaries()) {
    dictionary::register_dictionary(to_registry(t));
    if (t.name != "clue.form_measure") continue;
    for (const auto& form : enum_labels<DisciplineForm>()) {
      DictionaryTable per_form{t.name + "." + std::string(form.code), std::string(form.zh) + "处理措施",
                               "Measures of the " + std::string(form.en), {}};
      for (const DictionaryItem& i : t.items)
        if (i.parent == form.code) per_form.items.push_back(i);
      dictionary::register_dictionary(to_registry(per_form));
    }
  }
}

}  // namespace qf::clues
