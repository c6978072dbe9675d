#pragma once
// The enumerations of the problem-clue module (问题线索), each a typed enum with ONE
// table of {value, stable code, Chinese label, English label} in display order. The
// codes are stored in the database, used in the API and in configuration; they never
// change once shipped. The tables are exposed as lists (clue_dictionaries()) so the
// dictionary registry (字典, GET /api/v1/dictionaries) can serve them unchanged.
//
// Generic access for any enum E below:
//   enum_labels<E>()          the table, in display order
//   code_of(v), label_zh(v), label_en(v)
//   enum_from_code<E>(code)   nullopt for an unknown code
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qf::clues {

// 线索来源
enum class ClueSource {
  kPetition,          // petition 信访举报
  kAudit,             // audit 审计
  kInspectionTour,    // inspection_tour 巡视巡察
  kSpecialCampaign,   // special_campaign 专项治理
  kReferralFromAbove, // referral_from_above 上级转办
  kDataCrossCheck,    // data_crosscheck 大数据比对
  kSelfDiscovered,    // self_discovered 自行发现
};

// 违纪类别 (the six disciplines of 《中国共产党纪律处分条例》)
enum class DisciplineCategory {
  kPolitical,       // political 违反政治纪律
  kOrganisational,  // organisational 违反组织纪律
  kIntegrity,       // integrity 违反廉洁纪律
  kMass,            // mass 违反群众纪律
  kWork,            // work 违反工作纪律
  kLife,            // life 违反生活纪律
};

// 处置方式 — the four dispositions of a clue.
enum class Disposition {
  kTalkOrInquiry,            // talk_or_inquiry 谈话函询
  kPreliminaryVerification,  // preliminary_verification 初步核实
  kHold,                     // hold 暂存待查
  kClose,                    // close 予以了结
};

// 线索状态 — see clue_state_machine.h for the transitions.
enum class ClueState {
  kRegistered,          // registered 已登记
  kCollectiveReview,    // collective_review 集体排查
  kDispositionPending,  // disposition_pending 处置意见审批中
  kInHandling,          // in_handling 处置中 (谈话函询 or 初步核实 under way)
  kHeld,                // held 暂存待查
  kOutcomePending,      // outcome_pending 处理结果审批中
  kClosed,              // closed 已办结
  kSplit,               // split 已拆分 (superseded by the clues split from it)
  kMerged,              // merged 已合并 (superseded by the clue it was merged into)
};

// 操作 — what a user does to a clue; every one leaves a TransitionRecord.
enum class ClueAction {
  kRegister,            // register 登记
  kStartReview,         // start_review 提交集体排查
  kProposeDisposition,  // propose_disposition 提出处置意见
  kApprove,             // approve 审批同意
  kReturn,              // return 退回
  kSendInquiry,         // send_inquiry 发出函询（谈话）
  kRecordReply,         // record_reply 登记函询回复
  kEscalate,            // escalate 转为初步核实
  kExtend,              // extend 初步核实延期
  kSubmitOutcome,       // submit_outcome 提出处理意见
  kReopen,              // reopen 暂存线索重新启用
  kSplit,               // split 拆分
  kMerge,               // merge 合并
};

// 办理角色 — the part a person plays on one clue (not an account role: the API maps
// accounts and their assignment to the clue onto these).
enum class ClueActorRole {
  kHandler,              // handler 承办人
  kDeptHead,             // dept_head 部门负责人 (head of the discipline-inspection office)
  kLeaderInCharge,       // leader_in_charge 分管领导
  kDisciplineSecretary,  // discipline_secretary 纪委书记
};

// 四种形态 — the four forms of supervision and discipline.
enum class DisciplineForm {
  kFirst,   // first 第一种形态: 批评教育、谈话提醒、诫勉…
  kSecond,  // second 第二种形态: 党纪轻处分、组织调整
  kThird,   // third 第三种形态: 党纪重处分、重大职务调整
  kFourth,  // fourth 第四种形态: 严重违纪涉嫌违法立案审查
};

// 处理措施 — the concrete measures, each belonging to one form (form_of()).
enum class FormMeasure {
  // first form
  kReminderTalk,              // reminder_talk 谈话提醒
  kCriticismEducation,        // criticism_education 批评教育
  kOrderedExamination,        // ordered_examination 责令检查
  kOrderedWrittenExamination, // ordered_written_examination 责令作出书面检查
  kCirculatedCriticism,       // circulated_criticism 通报批评
  kAdmonishment,              // admonishment 诫勉
  // second form
  kPartyWarning,              // party_warning 警告
  kPartySeriousWarning,       // party_serious_warning 严重警告
  kGovWarning,                // gov_warning 政务警告
  kGovDemerit,                // gov_demerit 记过
  kGovMajorDemerit,           // gov_major_demerit 记大过
  kSuspensionForExamination,  // suspension_for_examination 停职检查
  kPostAdjustment,            // post_adjustment 调整职务（岗位）
  kOrderedResignation,        // ordered_resignation 责令辞职
  kRemovalFromPost,           // removal_from_post 免职
  kDemotion,                  // demotion 降职
  // third form
  kRemovalFromPartyPosts,     // removal_from_party_posts 撤销党内职务
  kPartyProbation,            // party_probation 留党察看
  kGovDowngrade,              // gov_downgrade 降级
  kGovDismissal,              // gov_dismissal 撤职
  kMajorPostAdjustment,       // major_post_adjustment 重大职务调整
  // fourth form
  kCaseFiledForReview,        // case_filed 立案审查调查
  kExpulsionFromParty,        // expulsion_from_party 开除党籍
  kExpulsionFromPublicOffice, // expulsion_from_public_office 开除公职
  kReferralToJudiciary,       // referral_to_judiciary 移送司法机关
};

// 处理结论 — what the handling of a clue found.
enum class OutcomeConclusion {
  kClarified,         // clarified 澄清了结 (the allegation is untrue)
  kNotSubstantiated,  // not_substantiated 查无实据 (cannot be established)
  kSubstantiated,     // substantiated 问题属实 (at least one measure applies)
};

// 期限环节
enum class DeadlineStage {
  kDisposition,    // disposition 提出处置意见
  kInquiryReply,   // inquiry_reply 函询回复
  kVerification,   // verification 初步核实
};

// 期限状态
enum class DeadlineStatus {
  kOpen,     // open 办理中
  kDueSoon,  // due_soon 即将到期
  kOverdue,  // overdue 已逾期
  kMet,      // met 按期完成
  kMetLate,  // met_late 逾期完成
};

// 线索关联
enum class LinkKind {
  kSplit,  // split 拆分
  kMerge,  // merge 合并
};

template <class E>
struct EnumLabel {
  E value;
  std::string_view code;
  std::string_view zh;
  std::string_view en;
};

template <class E> const std::vector<EnumLabel<E>>& enum_labels();
template <> const std::vector<EnumLabel<ClueSource>>& enum_labels<ClueSource>();
template <> const std::vector<EnumLabel<DisciplineCategory>>& enum_labels<DisciplineCategory>();
template <> const std::vector<EnumLabel<Disposition>>& enum_labels<Disposition>();
template <> const std::vector<EnumLabel<ClueState>>& enum_labels<ClueState>();
template <> const std::vector<EnumLabel<ClueAction>>& enum_labels<ClueAction>();
template <> const std::vector<EnumLabel<ClueActorRole>>& enum_labels<ClueActorRole>();
template <> const std::vector<EnumLabel<DisciplineForm>>& enum_labels<DisciplineForm>();
template <> const std::vector<EnumLabel<FormMeasure>>& enum_labels<FormMeasure>();
template <> const std::vector<EnumLabel<OutcomeConclusion>>& enum_labels<OutcomeConclusion>();
template <> const std::vector<EnumLabel<DeadlineStage>>& enum_labels<DeadlineStage>();
template <> const std::vector<EnumLabel<DeadlineStatus>>& enum_labels<DeadlineStatus>();
template <> const std::vector<EnumLabel<LinkKind>>& enum_labels<LinkKind>();

template <class E>
const EnumLabel<E>* find_label(E v) {
  for (const auto& l : enum_labels<E>())
    if (l.value == v) return &l;
  return nullptr;
}
template <class E>
std::string_view code_of(E v) {
  const auto* l = find_label(v);
  return l ? l->code : std::string_view{};
}
template <class E>
std::string_view label_zh(E v) {
  const auto* l = find_label(v);
  return l ? l->zh : std::string_view{};
}
template <class E>
std::string_view label_en(E v) {
  const auto* l = find_label(v);
  return l ? l->en : std::string_view{};
}
template <class E>
std::optional<E> enum_from_code(std::string_view code) {
  for (const auto& l : enum_labels<E>())
    if (l.code == code) return l.value;
  return std::nullopt;
}

// The form a measure belongs to, and the measures of a form in display order.
DisciplineForm form_of(FormMeasure m);
std::vector<FormMeasure> measures_of(DisciplineForm f);

// One dictionary (字典) as the registry serves it: name "clue.source", etc.
struct DictionaryItem {
  std::string code;
  std::string label_zh;
  std::string label_en;
  int sort = 0;
  std::string parent;  // for form measures: the code of their form; else empty
};
struct DictionaryTable {
  std::string name;  // clue.source, clue.category, clue.disposition, clue.state, clue.action,
                     // clue.role, clue.form, clue.form_measure, clue.conclusion,
                     // clue.deadline_stage, clue.deadline_status, clue.link_kind
  std::string title_zh;
  std::string title_en;
  std::vector<DictionaryItem> items;
};
std::vector<DictionaryTable> clue_dictionaries();

// Registers every table above with the dictionary registry (domain/dictionary), so
// GET /api/v1/dictionaries serves them. Call it from code certainly linked (the clue
// API registrar). The registry has no parent column: each form's measures are also
// registered as "clue.form_measure.<form code>" (e.g. clue.form_measure.first).
void register_clue_dictionaries();

}  // namespace qf::clues
