#pragma once
// Intake of a report (受理): the public form (channel online) and the staff
// registration of letters, visits and phone calls go through the same function, so
// both get the same protection (threat model M1, M4, M9, M10): the input is checked
// field by field, attachments are typed by content and stripped of metadata, the
// matter and the identity are sealed under fresh keys wrapped for the discipline
// secretary's enrolled readers (and the registering reader's matter), and the
// recovery key; a query code is issued when the reporter chose a password.
// Works in the caller's transaction; the audit entry is the caller's and must not
// contain any field of the report.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/result.h"
#include "domain/reports/report_config.h"
#include "domain/reports/report_keys.h"
#include "domain/reports/report_types.h"

namespace qf::store { class Connection; }

namespace qf::reports {

struct NewAttachment {
  std::string filename;
  std::string bytes;  // as uploaded; never stored
};

struct NewReport {
  Channel channel = Channel::kOnline;
  bool anonymous = true;
  ReporterIdentity identity;   // ignored when anonymous
  ReportMatter matter;
  std::vector<NewAttachment> attachments;
  std::string password;        // reporter's query password; required online, optional for staff
  std::string received_on;     // YYYY-MM-DD; "" = today (always today online)
  std::optional<int64_t> registered_by;  // staff account registering a letter/visit/call
};

struct SubmittedReport {
  int64_t id = 0;
  std::string register_number;
  std::string query_code;      // "" when no password was chosen
  std::string received_on;
};

// Field-named checks (kInvalid "report.invalid", kTooLarge "report.too_large").
Status validate_new_report(const NewReport& r, const ReportsConfig& cfg);

// The slow part of an intake, touching no database: the checks, attachment sanitising,
// fresh keys, sealing, and the reporter's Argon2id password wrap. The public listener
// does it before any transaction, so one submission never holds the write lock for
// that long (a slow attachment blocked staff sign-ins, #14).
struct PreparedAttachment {
  std::string name_sealed;
  std::string content_type;
  int64_t size = 0;
  std::string content_sealed;
};
struct PreparedReport {
  std::string number_pattern;
  Channel channel = Channel::kOnline;
  bool anonymous = true;
  std::optional<int64_t> registered_by;
  ReportMatter matter;  // for the same-person hash only
  int received_year = 0;
  std::string received_on;
  ReportKeys keys;
  std::string uid;
  std::string matter_sealed;
  std::optional<std::string> identity_sealed;
  std::string query_code;  // "" when no password was chosen
  std::optional<std::string> code_hash, wrap_salt, wrap_boxed;
  int64_t wrap_opslimit = 0, wrap_memlimit = 0;
  std::vector<PreparedAttachment> attachments;
  int64_t created_at = 0;
};
Result<PreparedReport> prepare_report(const NewReport& r, const ReportsConfig& cfg, const SecurityConfig& sec,
                                      int64_t now_ms);
// The fast part, in the caller's transaction: the register number, the rows, the key
// wraps for the readers and the recovery key.
Result<SubmittedReport> store_report(store::Connection& conn, const PreparedReport& p,
                                     const std::optional<Holder>& registering_reader,
                                     const std::optional<std::string>& link_key);

// prepare_report then store_report, in the caller's transaction (staff registration).
// `registering_reader`: the staff reader registering (gets the matter key and an
// assignment). `link_key`: the committee's link key when the caller holds it (then
// the same-person hash is computed now; otherwise at the secretary's first read).
Result<SubmittedReport> submit_report(store::Connection& conn, const NewReport& r, const ReportsConfig& cfg,
                                      const SecurityConfig& sec, int64_t now_ms,
                                      const std::optional<Holder>& registering_reader,
                                      const std::optional<std::string>& link_key);

// HMAC(link key, normalised name "|" normalised unit) in hex; "" when the name is empty.
std::string subject_hash(const std::string& link_key, const ReportMatter& m);

}  // namespace qf::reports
