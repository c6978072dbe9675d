#pragma once
// AuditEvent: one entry of the tamper-evident audit log (审计日志) — who, in which
// role, when, did what to which object, with a before/after summary and the client
// address. The log is append-only; entries are chained by hash (SM3 by default) so
// that `qingfeng audit verify` names the first altered, removed or reordered entry.
#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"

namespace qf::store { class Connection; }

namespace qf::audit {

struct AuditEvent {
  std::optional<int64_t> account_id;  // empty for anonymous/system actions
  std::string actor;          // username, or "system" / "anonymous"
  std::string roles;          // comma-separated role codes held at the time
  std::string action;         // stable code, e.g. "auth.login", "org.person.update"
  std::string object_type;    // e.g. "person", "account", "clue"
  std::string object_id;      // "" when none
  std::string summary;        // human-readable before/after summary (no secrets, no sealed fields)
  std::string client_addr;
  bool success = true;
  int64_t at_ms = 0;          // set by the caller from the application clock
};

// Appends one event inside the caller's transaction (so the audit entry and the change
// it records commit or roll back together). Implemented in domain/audit/audit_log.cpp.
Status append(store::Connection& conn, const AuditEvent& event);

}  // namespace qf::audit
