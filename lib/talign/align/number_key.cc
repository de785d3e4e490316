#include "talign/align/number_key.h"

#include <algorithm>
#include <cstddef>
#include <string>

namespace talign {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSeparator(char c) { return c == ',' || c == '.'; }

// Digits and separators only: spaces of any kind (multi-byte NBSP too) are group marks.
std::string DigitsAndSeparators(std::string_view number) {
  std::string out;
  for (char c : number) {
    if (IsDigit(c) || IsSeparator(c)) out += c;
  }
  return out;
}

// Position of the decimal separator, or npos. With two kinds the last one is decimal;
// with one kind used once, it is a group mark only when exactly three digits follow
// ("5,000", "5.000") — "3,5" and "3,50" are decimals.
std::size_t DecimalPoint(const std::string& s) {
  std::size_t last = s.find_last_of(",.");
  if (last == std::string::npos) return last;
  bool mixed = s.find(s[last] == ',' ? '.' : ',') != std::string::npos;
  if (mixed) return last;
  bool repeated = s.find(s[last]) != last;
  if (repeated || s.size() - last - 1 == 3) return std::string::npos;
  return last;
}

}  // namespace

std::string NumberKey(std::string_view number) {
  std::string s = DigitsAndSeparators(number);
  std::size_t point = DecimalPoint(s);
  std::string integer, fraction;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!IsDigit(s[i])) continue;
    (point != std::string::npos && i > point ? fraction : integer) += s[i];
  }
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::size_t lead = integer.find_first_not_of('0');
  integer = lead == std::string::npos ? "0" : integer.substr(lead);
  return fraction.empty() ? integer : integer + "." + fraction;
}

std::string RomanNumeralKey(std::string_view word, std::size_t min_letters) {
  static constexpr std::string_view kHundreds[] = {"", "C", "CC", "CCC"};
  static constexpr std::string_view kTens[] = {"",  "X",  "XX",  "XXX",  "XL",
                                               "L", "LX", "LXX", "LXXX", "XC"};
  static constexpr std::string_view kOnes[] = {"",  "I",  "II",  "III",  "IV",
                                               "V", "VI", "VII", "VIII", "IX"};
  if (word.size() < std::max<std::size_t>(min_letters, 1) ||
      word.find_first_not_of(word.size() == 1 ? "XVI" : "CLXVI") != std::string_view::npos) {
    return "";
  }
  for (int value = 1; value < 400; ++value) {
    std::string spelling(kHundreds[value / 100]);
    spelling.append(kTens[value / 10 % 10]).append(kOnes[value % 10]);
    if (spelling == word) return std::to_string(value);
  }
  return "";
}

}  // namespace talign
