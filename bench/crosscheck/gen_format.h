// ValueFormat: how one value is spelled in a file. In the clean variant there is one
// spelling per value (ISO dates, plain amounts, 是/否). In the messy variant every
// spelling the contract accepts is drawn at random — they all normalise to the same
// value, so the planted truth does not change.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "gen_core.h"
#include "gen_text.h"

namespace qfgen {

class ValueFormat {
 public:
  ValueFormat(bool messy, std::uint64_t seed) : messy_(messy), rng_(seed) {}
  bool messy() const { return messy_; }

  void date(std::string& o, int day) {
    if (!messy_) {
      append_iso(o, day);
      return;
    }
    const Ymd c = civil_from_days(day);
    char b[40];
    switch (rng_.below(4)) {
      case 0: std::snprintf(b, sizeof b, "%04d-%02d-%02d", c.y, c.m, c.d); break;
      case 1: std::snprintf(b, sizeof b, "%04d/%d/%d", c.y, c.m, c.d); break;
      case 2: std::snprintf(b, sizeof b, "%04d年%d月%d日", c.y, c.m, c.d); break;
      default: std::snprintf(b, sizeof b, "%04d%02d%02d", c.y, c.m, c.d); break;
    }
    o.append(b);
  }

  // An amount in fen (1/100 yuan).
  void amount(std::string& o, std::int64_t fen) {
    char b[48];
    const long long yuan = fen / 100, cents = fen % 100;
    if (!messy_) {
      append_uint(o, static_cast<std::uint64_t>(yuan));
      o.push_back('.');
      append_uint(o, static_cast<std::uint64_t>(cents), 2);
      return;
    }
    const auto form = rng_.below(5);
    if (form == 1 || form == 4) o.append("¥");
    if (form == 2 || form == 4) {
      std::snprintf(b, sizeof b, "%lld", yuan);
      const std::string digits(b);
      for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) o.push_back(',');
        o.push_back(digits[i]);
      }
      std::snprintf(b, sizeof b, ".%02lld", cents);
    } else if (cents % 10 == 0 && rng_.chance(0.5)) {
      std::snprintf(b, sizeof b, "%lld.%lld", yuan, cents / 10);
    } else {
      std::snprintf(b, sizeof b, "%lld.%02lld", yuan, cents);
    }
    o.append(b);
    if (form == 3) o.append("元");
  }

  void boolean(std::string& o, bool v) {
    static constexpr std::string_view t[] = {"是", "Y", "1", "true", "TRUE", "y", "True"};
    static constexpr std::string_view f[] = {"否", "N", "0", "false", "FALSE", "n", "False"};
    const auto k = messy_ ? rng_.below(7) : 0;
    o.append(v ? t[k] : f[k]);
  }

  void rid(std::string& o, const std::string& r18) {
    if (!messy_ || r18.empty()) {
      o.append(r18);
      return;
    }
    std::string v = r18;
    const bool c19 = v.size() == 18 && v[6] == '1' && v[7] == '9';
    if (c19 && rng_.chance(0.15)) v = rid_to_15(v);
    if (!v.empty() && v.back() == 'X' && rng_.chance(0.5)) v.back() = 'x';
    if (rng_.chance(0.06)) {
      fullwidth_digits(o, v);
      return;
    }
    if (rng_.chance(0.06) && v.size() >= 14) v = v.substr(0, 6) + " " + v.substr(6, 8) + " " + v.substr(14);
    o.append(v);
  }

  void code(std::string& o, const std::string& c) {
    if (messy_ && rng_.chance(0.1)) {
      for (char ch : c) o.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
      return;
    }
    o.append(c);
  }

  void person_name(std::string& o, std::string_view n) {
    if (!messy_) {
      o.append(n);
      return;
    }
    std::string v = maybe_trad(n, 0.15);
    if (v.find("·") != std::string::npos && rng_.chance(0.6)) {
      static constexpr std::string_view dots[] = {"•", "‧", "・", "．", "."};
      v.replace(v.find("·"), 2, dots[rng_.below(5)]);
    }
    if (rng_.chance(0.05)) v = spaced(v);
    if (rng_.chance(0.05)) v = "  " + v + " ";
    o.append(v);
  }

  // allow_suffix: the reference is resolved by credit code or a registered name, so
  // 有限公司 may be written 有限责任公司 (they are the same company name).
  void company(std::string& o, std::string_view n, bool allow_suffix = true) {
    if (!messy_) {
      o.append(n);
      return;
    }
    std::string v = maybe_trad(n, 0.12);
    if (allow_suffix && rng_.chance(0.1)) v = swap_suffix(v);
    if (rng_.chance(0.05)) v = spaced(v);
    o.append(v);
  }

  static std::string swap_suffix(std::string v) {
    static constexpr std::string_view a = "有限责任公司", b = "有限公司";
    if (auto p = v.find(a); p != std::string::npos) return v.replace(p, a.size(), b);
    if (auto p = v.find(b); p != std::string::npos) return v.replace(p, b.size(), a);
    return v;
  }

  void address(std::string& o, std::string_view a) {
    if (!messy_) {
      o.append(a);
      return;
    }
    std::string v = maybe_trad(a, 0.12);
    if (rng_.chance(0.1)) {
      std::string t;
      fullwidth_digits(t, v);
      v.swap(t);
    }
    if (rng_.chance(0.05)) v = " " + v + "\xE3\x80\x80";  // U+3000 ideographic space
    o.append(v);
  }

  // Phones are written as "0571-12345678" or "13812345678" in the clean variant.
  void phone(std::string& o, const std::string& p) {
    if (!messy_ || p.empty()) {
      o.append(p);
      return;
    }
    std::string digits;
    for (char ch : p)
      if (ch >= '0' && ch <= '9') digits.push_back(ch);
    switch (rng_.below(6)) {
      case 0: o.append("+86 " + p); break;
      case 1: o.append("86" + digits); break;
      case 2:
        if (digits[0] == '0') o.append("(" + digits.substr(0, 4) + ")" + digits.substr(4));
        else o.append(digits.substr(0, 3) + " " + digits.substr(3, 4) + " " + digits.substr(7));
        break;
      case 3: o.append(digits); break;
      default: o.append(p); break;
    }
  }

  // Enumerations, departments, categories: compared after NFKC and trimming.
  void padded(std::string& o, std::string_view v) {
    if (messy_ && !v.empty() && rng_.chance(0.08)) {
      o.append(rng_.chance(0.5) ? " " : "\xE3\x80\x80");
      o.append(v);
      o.append(" ");
      return;
    }
    o.append(v);
  }

  void certificate(std::string& o, std::string_view c) {
    if (!messy_) {
      o.append(c);
      return;
    }
    std::string v(c);
    if (rng_.chance(0.25)) {
      if (auto p = v.find('('); p != std::string::npos) v.replace(p, 1, "（");
      if (auto p = v.find(')'); p != std::string::npos) v.replace(p, 1, "）");
    }
    if (rng_.chance(0.05)) v = " " + v + " ";
    o.append(v);
  }

  Rng& rng() { return rng_; }

 private:
  static void fullwidth_digits(std::string& o, std::string_view v) {
    for (char ch : v) {
      if (ch >= '0' && ch <= '9') {
        o.append("\xEF\xBC");
        o.push_back(static_cast<char>(0x90 + (ch - '0')));
      } else {
        o.push_back(ch);
      }
    }
  }

  std::string maybe_trad(std::string_view s, double p) {
    if (!rng_.chance(p)) return std::string(s);
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      const std::string_view ch = s.substr(i, len);
      bool done = false;
      for (const TradPair& t : kTrad) {
        if (t.simp == ch) {
          out.append(t.trad);
          done = true;
          break;
        }
      }
      if (!done) out.append(ch);
      i += len;
    }
    return out;
  }

  // Inserts ASCII spaces between characters ("张 三") — removed by normalisation.
  static std::string spaced(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (i) out.push_back(' ');
      out.append(s.substr(i, len));
      i += len;
    }
    return out;
  }

  bool messy_;
  Rng rng_;
};

}  // namespace qfgen
