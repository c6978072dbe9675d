#pragma once
// 大数据比对疑点 (findings): the runs of the cross-check engine on imported registry data,
// the data-quality table of each run, and the findings kept across runs — one per
// distinct (rule, key), with first seen / last seen / still present, and what the
// discipline committee did with it (assigned, dismissed with a reason, made a clue).
// Tables of migration 0025_findings; docs/modules/findings.md.
//
// Sealing: a finding's key, summary, person name and evidence are one sealed value
// (content_sealed), the dismissal reason another, a data-quality row's bad value a
// third — auth::seal_value under the context "qffind01" subkey 1, associated data
// "qf-find:v1:<table>:<row id>:<part>". The dedupe key is a keyed hash (subkey 2) of
// "rule|key": equal across runs, unreadable without the key file.
//
// Who may see any of it is the API's decision (discipline roles only); nothing here
// checks the caller.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/config.h"
#include "core/result.h"
#include "domain/auth/server_key.h"
#include "store/database.h"

namespace qf::findings {

// ---- sealing --------------------------------------------------------------------------
std::string seal(const auth::ServerKey& key, std::string_view table, int64_t id, std::string_view part,
                 std::string_view plaintext);
Result<std::string> open_sealed(const auth::ServerKey& key, std::string_view table, int64_t id, std::string_view part,
                                std::string_view stored);
// The hex keyed hash of "rule|key" that identifies a finding across runs.
std::string key_digest(const auth::ServerKey& key, std::string_view rule, std::string_view finding_key);
// The server key; a refusal is kUnavailable "findings.key".
Result<auth::ServerKey> findings_key(const SecurityConfig& sec);

// ---- runs ------------------------------------------------------------------------------
// 比对批次 — one import and run. state: uploading | queued | running | done | failed.
struct Run {
  int64_t id = 0;
  std::string state;
  std::string source;       // upload | directory
  std::string directory;    // the sub-folder of [findings] import_root (source directory)
  std::string cadres_from;  // upload | database
  std::string declarations_from;  // upload | database: the five declaration-side files
  std::string as_of;
  int64_t progress = 0;     // 0–100 by stage
  std::string phase;        // prepare | engine | store | done | failed
  std::string summary_json; // rows per file, findings per rule, rules skipped, seconds
  std::string error_zh, error_en;
  int64_t findings_count = 0, new_count = 0, gone_count = 0, dq_count = 0;
  int64_t created_by = 0, created_at = 0;
  std::optional<int64_t> started_at, finished_at;
};

Result<int64_t> create_run(store::Connection& conn, const Run& r, int64_t now_ms);
Result<Run> get_run(store::Connection& conn, int64_t id);  // kNotFound "findings.run_not_found"
Result<std::pair<std::vector<Run>, int64_t>> list_runs(store::Connection& conn, int64_t offset, int64_t limit);
// Moves a run from `from` to `to`; false when it was not in `from`.
Result<bool> move_run(store::Connection& conn, int64_t id, std::string_view from, std::string_view to,
                      int64_t progress, std::string_view phase);
Result<bool> start_run(store::Connection& conn, int64_t id, int64_t now_ms);
Status set_progress(store::Connection& conn, int64_t id, int64_t progress, std::string_view phase);
Status fail_run(store::Connection& conn, int64_t id, const std::string& zh, const std::string& en, int64_t now_ms);
// Runs left queued or running by a stopped server become failed; returns how many.
Result<int64_t> fail_interrupted(store::Connection& conn, int64_t now_ms);

// ---- data quality ---------------------------------------------------------------------
struct DataQualityRow {
  int64_t seq = 0;
  std::string file;
  int64_t line = 0;
  std::string column;
  std::string problem;
  std::string value;  // opened
};
// limit < 0: every row.
Result<std::pair<std::vector<DataQualityRow>, int64_t>> list_data_quality(store::Connection& conn,
                                                                          const auth::ServerKey& key, int64_t run_id,
                                                                          int64_t offset, int64_t limit);

// ---- cadres from the organisation ------------------------------------------------------
// cadres.csv written from the organisation's leading cadres in service (employee number
// as cadre_id, name, resident ID, department, position, 是). Returns how many.
Result<int64_t> write_cadres_csv(store::Connection& conn, const std::string& path);

// ---- storing a run's output ----------------------------------------------------------
struct IngestTally {
  int64_t findings = 0;  // findings of this run
  int64_t fresh = 0;     // first seen in this run
  int64_t gone = 0;      // present before, not produced by this run
  int64_t data_quality = 0;
};
// Reads `out_dir`/findings.jsonl and data_quality.csv (and `in_dir`/cadres.csv for the
// cadres' names and departments) into the store: new findings inserted, findings seen
// again updated (last seen, still present), findings no longer produced marked gone,
// the data-quality rows stored; then the run is done with `summary_json`. All in the
// caller's transaction. A malformed output line is kInvalid naming the file and line.
Result<IngestTally> ingest_run(store::Connection& conn, const auth::ServerKey& key, int64_t run_id,
                               const std::string& in_dir, const std::string& out_dir, const std::string& summary_json,
                               int64_t now_ms);

// ---- findings ---------------------------------------------------------------------------
struct Finding {
  int64_t id = 0;
  std::string rule, severity, cadre_id, department;
  std::optional<int64_t> person_id;
  // sealed content, opened
  std::string key, summary, person_name, evidence_json;
  int64_t first_run_id = 0, last_run_id = 0, first_seen_at = 0, last_seen_at = 0;
  bool present = true;
  std::string status;  // open | assigned | dismissed | clue
  std::optional<int64_t> assignee_id;
  std::string assignee_name;
  std::string dismiss_reason;  // opened
  std::optional<int64_t> handled_by, handled_at, clue_id;
  std::string clue_number;
  std::optional<int64_t> verification_item_id;  // the 核查事项 it was turned into
  int64_t version = 0, updated_at = 0;
};

struct FindingQuery {
  std::string rule, severity, department, status;
  std::optional<bool> present;
  std::string sort;  // "" (newest first) | rule | severity | department | last_seen_at
  bool descending = false;
  int64_t offset = 0;
  int64_t limit = 20;  // < 0: every row
};
Result<std::pair<std::vector<Finding>, int64_t>> list_findings(store::Connection& conn, const auth::ServerKey& key,
                                                               const FindingQuery& q);
Result<Finding> get_finding(store::Connection& conn, const auth::ServerKey& key, int64_t id);  // kNotFound
Result<std::optional<int64_t>> finding_of_clue(store::Connection& conn, int64_t clue_id);
Result<std::vector<std::string>> departments(store::Connection& conn);

// Handling. kConflict "findings.handled" when the finding is already dismissed or a clue.
Status assign(store::Connection& conn, int64_t id, int64_t assignee, int64_t now_ms);
Status dismiss(store::Connection& conn, const auth::ServerKey& key, int64_t id, const std::string& reason,
               int64_t actor, int64_t now_ms);
Status link_clue(store::Connection& conn, int64_t id, int64_t clue_id, int64_t actor, int64_t now_ms);

// The verification item (核查事项) a finding was turned into — at most once (kConflict
// "findings.handled" otherwise) — and the way back from the item.
Status link_verification_item(store::Connection& conn, int64_t id, int64_t item_id, int64_t now_ms);
Result<std::optional<int64_t>> finding_of_verification_item(store::Connection& conn, int64_t item_id);

// The text of a clue made from a finding: the rule, the summary and the evidence.
std::string clue_matter(const Finding& f);

}  // namespace qf::findings
