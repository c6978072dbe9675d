#pragma once
// Error: what went wrong, said to a user in Chinese and English, naming the field (or
// file and line) at fault. Errors cross module borders as values, never as exceptions.
#include <string>
#include <utility>

namespace qf {

// Broad class of an error; the HTTP layer maps each to a status code.
enum class ErrorKind {
  kInvalid,       // bad input from the caller (400)
  kUnauthenticated,  // no or expired session (401)
  kForbidden,     // authenticated but not allowed (403)
  kNotFound,      // absent, or hidden by need-to-know (404)
  kConflict,      // state conflict: duplicate, illegal transition, stale version (409)
  kLocked,        // account locked (423)
  kTooLarge,      // request or upload too large (413)
  kRateLimited,   // too many attempts (429)
  kUnavailable,   // dependency down, try later (503)
  kInternal,      // a bug or an unexpected failure; details only in the server log (500)
};

struct Error {
  ErrorKind kind = ErrorKind::kInternal;
  std::string code;        // stable machine code, e.g. "auth.locked", "org.import.row"
  std::string message_zh;  // shown to Chinese users
  std::string message_en;  // shown with the English switch
  std::string field;       // offending field or "file:line"; empty when none

  static Error make(ErrorKind kind, std::string code, std::string zh, std::string en,
                    std::string field = {}) {
    return Error{kind, std::move(code), std::move(zh), std::move(en), std::move(field)};
  }
  static Error invalid(std::string code, std::string zh, std::string en, std::string field = {}) {
    return make(ErrorKind::kInvalid, std::move(code), std::move(zh), std::move(en), std::move(field));
  }
  static Error not_found(std::string what_zh = "记录", std::string what_en = "record") {
    return make(ErrorKind::kNotFound, "not_found", what_zh + "不存在", what_en + " not found");
  }
  static Error forbidden() {
    return make(ErrorKind::kForbidden, "forbidden", "无权执行此操作", "You are not allowed to do this");
  }
  static Error internal(std::string detail_for_log) {
    // The detail is for the server log only; users see a generic message.
    Error e = make(ErrorKind::kInternal, "internal", "服务器内部错误", "Internal server error");
    e.field.clear();
    e.internal_detail = std::move(detail_for_log);
    return e;
  }

  std::string internal_detail;  // never shown to users; logged by the HTTP layer

  // One line for logs and the CLI: "code: zh / en [field]".
  std::string to_string() const {
    std::string s = code + ": " + message_zh + " / " + message_en;
    if (!field.empty()) s += " [" + field + "]";
    if (!internal_detail.empty()) s += " (" + internal_detail + ")";
    return s;
  }
};

}  // namespace qf
