#include "talign/align/number_key.h"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "talign/base/error.h"
#include "talign/text/normalizer.h"

namespace talign {
namespace {

constexpr int kRomanLimit = 400;

// ICU's upper-case Roman spelling ("%roman-upper" of the root numbering-system rules) of every
// value below kRomanLimit, to that value. A table, since ICU parses a spelling in ~125 us
// but formats one in ~0.15 us.
std::unordered_map<std::string, int> RomanSpellings() {
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat roman(icu::URBNF_NUMBERING_SYSTEM, icu::Locale::getRoot(), status);
  roman.setDefaultRuleSet(u"%roman-upper", status);
  std::unordered_map<std::string, int> values;
  for (int32_t value = 1; value < kRomanLimit && U_SUCCESS(status); ++value) {
    icu::UnicodeString spelling;
    roman.format(value, spelling, status);
    std::string utf8;
    values.emplace(spelling.toUTF8String(utf8), value);
  }
  if (U_FAILURE(status)) throw Error(ErrorKind::kData, std::string("ICU: ") + u_errorName(status));
  return values;
}

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
  if (word.size() < std::max<std::size_t>(min_letters, 1) ||
      word.find_first_not_of(word.size() == 1 ? "XVI" : "CLXVI") != std::string_view::npos) {
    return "";
  }
  static const std::unordered_map<std::string, int> kValues = RomanSpellings();
  auto found = kValues.find(std::string(word));
  return found == kValues.end() ? "" : std::to_string(found->second);
}

NumberWords StandaloneNumberWords(const LanguageResources& language) {
  NumberWords words;
  for (const std::vector<std::string>& row : language.Table("numbers_words")) {
    if (row.size() >= 3 && (row[2] == "unit" || row[2] == "weak")) {
      words.emplace(FoldForMatch(row[0]), NumberKey(row[1]));
    }
  }
  return words;
}

}  // namespace talign
