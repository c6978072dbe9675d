#pragma once
// What an anonymous (or real-name) reporter does with the query code and password
// (threat model M10): see the stage and the messages, answer a handler's question.
// Failures are counted per code (locking it after reports.lookup_max_failures) and
// per hashed address; a wrong code, a wrong password and a malformed code take the
// same path (one Argon2id derivation each) and give the same answer. The outcome is
// a value, not an error, so that the caller COMMITS the failure counters before it
// answers 401/429.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/config.h"
#include "core/result.h"
#include "domain/reports/report_config.h"
#include "domain/reports/report_types.h"

namespace qf::store { class Connection; }

namespace qf::reports {

struct ConversationMessage {
  int64_t id = 0;
  std::string from;        // "handler" | "reporter" (never a name)
  std::string text;
  int64_t at = 0;
  std::optional<int64_t> in_reply_to;
};

struct ReporterView {
  Stage stage = Stage::kReceived;
  std::string received_on;
  bool real_name = false;
  bool awaiting_reply = false;
  std::vector<ConversationMessage> messages;
  std::optional<std::string> feedback;
};

struct ReporterAccess {
  enum class Kind { kOk, kFailed, kLimited } kind = Kind::kFailed;
  ReporterView view;
  int64_t retry_after_seconds = 0;
};

Result<ReporterAccess> look_up_as_reporter(store::Connection& conn, const ReportsConfig& cfg,
                                           const SecurityConfig& sec, std::string_view client_addr,
                                           std::string_view code, std::string_view password, int64_t now_ms);

// As look_up_as_reporter, then records the answer to handler message `in_reply_to`.
// kInvalid "report.invalid" (field in_reply_to / text) for a bad answer — only after
// the code and password were right.
Result<ReporterAccess> reply_as_reporter(store::Connection& conn, const ReportsConfig& cfg,
                                         const SecurityConfig& sec, std::string_view client_addr,
                                         std::string_view code, std::string_view password, int64_t in_reply_to,
                                         const std::string& text, int64_t now_ms);

// Errors for the outcomes (the API turns them into responses after committing).
Error lookup_failed();
Error lookup_limited(int64_t retry_after_seconds);

// Messages of a report opened with its conversation key (staff and reporter views).
Result<std::vector<ConversationMessage>> open_messages(store::Connection& conn, int64_t report_id,
                                                       const std::string& uid, const std::string& conversation_key,
                                                       std::optional<std::string>* feedback);

}  // namespace qf::reports
