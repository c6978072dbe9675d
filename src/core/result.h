#pragma once
// Result<T>: a value or an Error (see error.h). The LevelDB Status idiom, typed.
#include <cassert>
#include <optional>
#include <utility>
#include <variant>

#include "core/error.h"

namespace qf {

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT(implicit)
  Result(Error error) : v_(std::move(error)) {}      // NOLINT(implicit)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<0>(v_); }
  const T& value() const& { assert(ok()); return std::get<0>(v_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { assert(!ok()); return std::get<1>(v_); }
  Error&& take_error() { assert(!ok()); return std::get<1>(std::move(v_)); }

 private:
  std::variant<T, Error> v_;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : e_(std::move(error)) {}  // NOLINT(implicit)
  bool ok() const { return !e_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { assert(!ok()); return *e_; }
  Error&& take_error() { assert(!ok()); return std::move(*e_); }

 private:
  std::optional<Error> e_;
};

using Status = Result<void>;

}  // namespace qf

// Propagate an error: QF_TRY(auto x, expr) or QF_TRY_STATUS(expr).
#define QF_CONCAT_INNER(a, b) a##b
#define QF_CONCAT(a, b) QF_CONCAT_INNER(a, b)
#define QF_TRY_IMPL(tmp, decl, expr) \
  auto tmp = (expr);                 \
  if (!tmp.ok()) return tmp.take_error(); \
  decl = std::move(tmp).value()
#define QF_TRY(decl, expr) QF_TRY_IMPL(QF_CONCAT(_qf_try_, __LINE__), decl, expr)
#define QF_TRY_STATUS(expr)                          \
  do {                                               \
    auto _qf_st = (expr);                            \
    if (!_qf_st.ok()) return _qf_st.take_error();    \
  } while (0)
