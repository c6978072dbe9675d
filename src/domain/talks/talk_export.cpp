// XLSX sheets of talks: see talk_export.h.
#include "domain/talks/talk_export.h"

#include "domain/dictionary/dictionary.h"

namespace qf::talks {

spreadsheet::XlsxSheet talks_sheet(const std::vector<IntegrityTalk>& talks,
                                   const std::function<bool(int64_t)>& show_clue) {
  spreadsheet::XlsxSheet s;
  s.name = "廉政谈话";
  s.columns = {{"谈话日期", 12}, {"谈话种类", 30}, {"谈话人", 12},   {"谈话对象", 36}, {"对象所在部门", 24},
               {"谈话地点", 16}, {"谈话要点", 48}, {"后续跟进", 30}, {"关联线索", 10}, {"状态", 8}};
  for (const auto& t : talks) {
    std::string names, depts;
    for (const auto& p : t.participants) {
      names += (names.empty() ? "" : "、") + p.name;
      if (!p.department_name.empty() && depts.find(p.department_name) == std::string::npos)
        depts += (depts.empty() ? "" : "、") + p.department_name;
    }
    spreadsheet::XlsxCell clue;
    if (t.clue_id && show_clue && show_clue(*t.clue_id)) clue = *t.clue_id;
    s.rows.push_back({t.talk_date, std::string(label_zh(t.kind)), t.talker_name, names, depts, t.location, t.summary,
                      t.follow_up, clue, std::string(t.archived_at ? "已归档" : "有效")});
  }
  return s;
}

spreadsheet::XlsxSheet pending_sheet(const std::vector<PendingTalk>& pending) {
  spreadsheet::XlsxSheet s;
  s.name = "应谈未谈";
  s.columns = {{"姓名", 12}, {"部门", 20}, {"变动类型", 10}, {"生效日期", 12}, {"应谈截止日期", 14}, {"是否逾期", 10}};
  for (const auto& p : pending) {
    s.rows.push_back({p.name, p.department_name, dictionary::label_zh("position_event_kind", p.event_kind),
                      p.effective_date, p.due_on, std::string(p.overdue ? "已逾期" : "未逾期")});
  }
  return s;
}

}  // namespace qf::talks
