#pragma once
// The organisation's records as plain values (单位, 部门, 党支部, 岗位, 人员, 岗位变动,
// 分管). Dates are 'YYYY-MM-DD' text, instants milliseconds UTC, as in the database
// (see store/database.h). Codes (gender, rank, …) are those of org_codes.h.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace qf::org {

struct Unit {
  int64_t id = 0;
  std::string name;
  std::string code;
};

struct Department {
  int64_t id = 0;
  int64_t unit_id = 0;
  std::optional<int64_t> parent_id;
  std::string name;
  std::string code;
  int sort_order = 0;
  std::optional<int64_t> archived_at;
  std::string archive_reason;
  int64_t people_count = 0;  // active people placed directly in this department
};

struct Branch {
  int64_t id = 0;
  int64_t unit_id = 0;
  std::string name;
  std::string code;
  std::optional<int64_t> secretary_person_id;
  std::string secretary_name;  // filled by reads
  int sort_order = 0;
  std::optional<int64_t> archived_at;
  std::string archive_reason;
  int64_t people_count = 0;
};

struct Position {
  int64_t id = 0;
  int64_t department_id = 0;
  std::string department_name;  // filled by reads
  std::string name;
  bool is_key_position = false;  // 关键岗位
  int sort_order = 0;
  std::optional<int64_t> archived_at;
  std::string archive_reason;
};

struct Person {
  int64_t id = 0;
  int64_t unit_id = 0;
  std::string employee_no;  // 工号, unique in the unit; the key of re-imports
  std::string name;
  std::string gender;       // male | female
  std::string id_number;    // 身份证号, may be empty
  std::optional<int64_t> department_id;
  std::string department_name;
  std::optional<int64_t> branch_id;
  std::string branch_name;
  std::optional<int64_t> position_id;
  std::string position_name;
  bool is_key_position = false;
  std::string rank = "none";
  bool is_leading_cadre = false;  // 领导干部
  std::string party_status = "masses";
  std::string joined_date;        // 入职日期
  std::string phone;
  std::string status = "active";  // active | left | archived
  std::string archive_reason;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

struct PositionEvent {
  int64_t id = 0;
  int64_t person_id = 0;
  std::string kind;  // appoint | promote | transfer | leave
  std::optional<int64_t> department_id;
  std::string department_name;
  std::optional<int64_t> position_id;
  std::string position_name;
  std::string rank;
  std::string effective_date;
  std::string note;
  int64_t created_at = 0;
  std::optional<int64_t> created_by;
};

struct Oversight {
  int64_t id = 0;
  int64_t person_id = 0;
  int64_t department_id = 0;
  std::string since_date;
  std::string until_date;  // "" = still overseeing
};

}  // namespace qf::org
