#pragma once
// ClueStore: persistence of problem clues (tables of migration 0006_clues) through
// the database port — load and save a ProblemClue with its whole history, the per-year
// number allocator (ClueNumberAllocator over clue_number_counters), assignments
// (need-to-know), split/merge links, attachments, and the VISIBILITY condition every
// read of clues splices into its SQL so that lists, counts and paging never include a
// clue the caller may not see.
//
// Visibility (docs/modules/supervision-api.md): a clue is visible to an account that
// holds clue.handle and either has the role discipline_secretary or has an assignment
// to the clue that has not ended. Nobody else sees it.
//
// Writes never decide rules: the caller runs the pure functions (register_clue, apply,
// split_clue, merge_clues) and hands the resulting values here, inside one transaction.
// save_clue uses optimistic concurrency: it updates only when the stored version is
// the one the caller loaded (else kConflict "clue.conflict").
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/clues/clue_config.h"
#include "domain/clues/clue_links.h"
#include "domain/clues/clue_number.h"
#include "domain/auth/server_key.h"
#include "domain/clues/problem_clue.h"
#include "store/database.h"

namespace qf::clues {

// The store implementation of the numbering port: one counter row per year in
// clue_number_counters, raised inside the caller's transaction (so concurrent
// registrations serialise on the row and never get the same number).
class StoredClueNumberAllocator final : public ClueNumberAllocator {
 public:
  explicit StoredClueNumberAllocator(store::Connection& conn) : conn_(conn) {}
  Result<int64_t> next_seq(int year) override;

 private:
  store::Connection& conn_;
};

// What the store keeps beside the ProblemClue value.
struct StoredClue {
  ProblemClue clue;
  int64_t version = 0;
  int64_t created_at = 0;
  int64_t updated_at = 0;
  // Parallel to clue.persons: the department of each person on the received day.
  std::vector<std::optional<int64_t>> person_departments;
  std::vector<std::string> person_department_names;
};

// One assignment of an account to a clue in a part.
struct ClueAssignment {
  int64_t id = 0;
  int64_t clue_id = 0;
  int64_t account_id = 0;
  std::string display_name;
  ClueActorRole part = ClueActorRole::kHandler;
  std::optional<int64_t> assigned_by;
  int64_t assigned_at = 0;
  std::optional<int64_t> ended_at;
};

struct StoredLink {
  int64_t id = 0;
  LinkKind kind = LinkKind::kSplit;
  int64_t from_id = 0;
  int64_t to_id = 0;
  ClueLink link;
};

struct AttachmentInfo {
  int64_t id = 0;
  int64_t clue_id = 0;
  std::string filename;
  std::string kind;  // source | decision | reply | other
  std::string content_type;
  int64_t size = 0;
  std::string sha256;
  std::string sm3;
  int64_t uploaded_by = 0;
  std::string uploaded_by_name;
  int64_t uploaded_at = 0;
};

// ---- visibility -----------------------------------------------------------------

// A boolean SQL condition over a clues row aliased `alias` ("c"), with its parameters.
struct ClueVisibility {
  std::string sql;
  store::Params params;
};
ClueVisibility visible_clues(const auth::Principal& who, const std::string& alias = "c");
// The same condition written to test a few given clues (a correlated EXISTS per row)
// rather than to select among all of them (an IN list of the caller's assignments).
ClueVisibility visible_clue_probe(const auth::Principal& who, const std::string& alias = "c");
// Whether `who` sees the clue `clue_id` (false for absent clues).
Result<bool> can_see_clue(store::Connection& conn, const auth::Principal& who, int64_t clue_id);

// ---- clues ------------------------------------------------------------------------

// Loads a clue with persons, outcome and history; kNotFound "clue.not_found" when absent.
// Callers check visibility FIRST (an invisible clue must answer exactly like an absent one).
Result<StoredClue> load_clue(store::Connection& conn, int64_t id);
// Loads several clues (without history when `with_history` is false), in id order.
Result<std::vector<StoredClue>> load_clues(store::Connection& conn, const std::vector<int64_t>& ids,
                                           bool with_history);

// What the store needs to keep a clue's next_due_date (the register's read model,
// migration 0013): the deadline rules and the calendar they are counted with. Both
// must outlive the call.
struct DueRules {
  const ClueConfig& cfg;
  const WorkingDayCalendar& cal;
};

// Inserts a new clue (state, persons with their department on the received day, the
// whole history, outcome measures, next due day); returns its id. `actor` is the
// registering account.
Result<int64_t> insert_clue(store::Connection& conn, const ProblemClue& clue, int64_t actor, int64_t now_ms,
                            const DueRules& due);

// Writes `after` over the stored clue `after.id` whose version was `expected_version`:
// state columns, the history records beyond `stored_history` (appended), and the
// outcome measures (replaced; approved = clue closed). kConflict "clue.conflict" when
// someone else changed the clue meanwhile.
Status save_clue(store::Connection& conn, const ProblemClue& after, int64_t expected_version,
                 size_t stored_history, int64_t now_ms, const DueRules& due);

// Recomputes every clue's next due day (after the rules or the calendar changed: at
// `serve` start and on every calendar change); returns how many changed.
Result<int64_t> refresh_next_due_dates(store::Connection& conn, const DueRules& due);

// The id of the clue with that number, if any.
Result<std::optional<int64_t>> clue_id_by_number(store::Connection& conn, const std::string& number);

// ---- assignments --------------------------------------------------------------------

// Assignments of a clue (ended ones too when `include_ended`), oldest first.
Result<std::vector<ClueAssignment>> list_assignments(store::Connection& conn, int64_t clue_id, bool include_ended);
// The assignments in force of several clues, by clue id (a query per 200 clues).
Result<std::map<int64_t, std::vector<ClueAssignment>>> assignments_in_force(store::Connection& conn,
                                                                            const std::vector<int64_t>& clue_ids);
Result<int64_t> add_assignment(store::Connection& conn, int64_t clue_id, int64_t account_id, ClueActorRole part,
                               std::optional<int64_t> assigned_by, int64_t now_ms);
Status end_assignment(store::Connection& conn, int64_t assignment_id, int64_t now_ms);
// The parts `who` plays on the clue now: its assignments in force, plus
// discipline_secretary for the discipline secretary. Empty = the clue is not visible.
Result<std::vector<ClueActorRole>> parts_of(store::Connection& conn, const auth::Principal& who, int64_t clue_id);

// Accounts that may be assigned to clues: active accounts with a role granting clue.handle.
struct AssignableAccount {
  int64_t account_id = 0;
  std::string display_name;
  std::vector<std::string> roles;
  std::string department_name;  // of the account's person (empty when none is linked)
  std::string position_name;
};
Result<std::vector<AssignableAccount>> assignable_accounts(store::Connection& conn);

// ---- links ---------------------------------------------------------------------------

Status insert_links(store::Connection& conn, const std::vector<ClueLink>& links);
Result<std::vector<StoredLink>> links_of(store::Connection& conn, int64_t clue_id);

// ---- attachments ---------------------------------------------------------------------

// Content type of a document, from its first bytes (never from the client): PDF, PNG,
// JPEG, GIF, OOXML (docx/xlsx by file name), OLE (doc/xls), UTF-8 text, else
// application/octet-stream.
std::string sniff_content_type(const std::string& bytes, const std::string& filename);
// Hex digests.
std::string sha256_hex(const std::string& bytes);
std::string sm3_hex(const std::string& bytes);

// The bytes and the file name are sealed at rest with `key` (clue_attachment_seal.h).
Result<int64_t> insert_attachment(store::Connection& conn, const auth::ServerKey& key, int64_t clue_id,
                                  const std::string& filename, const std::string& kind, const std::string& bytes,
                                  int64_t uploaded_by, int64_t now_ms);
Result<std::vector<AttachmentInfo>> list_attachments(store::Connection& conn, const auth::ServerKey& key,
                                                     int64_t clue_id);
// The attachment `attachment_id` of clue `clue_id` with its bytes; kNotFound otherwise.
Result<std::pair<AttachmentInfo, std::string>> read_attachment(store::Connection& conn, const auth::ServerKey& key,
                                                               int64_t clue_id, int64_t attachment_id);

// ---- lists ------------------------------------------------------------------------

// Filters of the register (GET /clues). Absent = no filter.
struct ClueFilter {
  std::optional<ClueState> state;
  std::optional<ClueSource> source;
  std::optional<DisciplineCategory> category;
  std::optional<Disposition> disposition;
  std::optional<int64_t> handler_id;
  std::optional<int> year;
  std::optional<int64_t> person_id;
  std::string q;  // number, matter or a person's name (substring)
};

// The register (线索台账, GET /clues): one page of the clues visible to `who` that match
// the filters, sorted and counted by the database — visibility is part of the query, so
// paging, the total and the urgency filter never see an invisible clue, and the number
// of queries does not grow with the number of clues (count, page, then the page's
// clues, persons, measures and assignments in a few batched queries).
struct RegisterQuery {
  ClueFilter filter;
  std::optional<DeadlineStatus> urgency;  // overdue | due_soon on `today` (stored next due day)
  bool running = false;  // only clues with some deadline overdue or due soon on `today`
  std::string sort;                       // "" (newest number first) | number | received_on | state | due_on
  bool descending = false;
  int64_t offset = 0;
  int64_t limit = 20;  // < 0: every row (exports)
};
struct RegisterRow {
  StoredClue s;  // without history
  std::vector<ClueAssignment> active;
};
struct RegisterPage {
  std::vector<RegisterRow> rows;
  int64_t total = 0;
};
Result<RegisterPage> list_register(store::Connection& conn, const auth::Principal& who, const RegisterQuery& q,
                                   const DueRules& due, Date today);

// The ids of the clues visible to `who` matching `filter` (SQL-side), newest number first.
Result<std::vector<int64_t>> find_visible_clues(store::Connection& conn, const auth::Principal& who,
                                                const ClueFilter& filter);
// Visible clues (other than `clue_id`) about one of `persons` (same person_id, or same
// name when the person is not linked to the organisation).
Result<std::vector<int64_t>> related_visible_clues(store::Connection& conn, const auth::Principal& who,
                                                   int64_t clue_id, const std::vector<ReportedPerson>& persons);

// ---- reminders ----------------------------------------------------------------------

struct ClueReminders {
  int64_t overdue = 0;
  int64_t due_soon = 0;
};
// Visible clues whose most urgent running deadline is overdue / due soon on `today`
// (two counts over the stored next due day).
Result<ClueReminders> count_reminders(store::Connection& conn, const auth::Principal& who, const DueRules& due,
                                      Date today);

// The working-day calendar the deadlines are computed with (the database's, table
// calendar_days — domain/calendar/calendar_store.h).
Result<WorkingDayCalendar> load_calendar(store::Connection& conn);

}  // namespace qf::clues
