#include "talign/qa/number_language.h"

#include <cstdlib>

#include "talign/base/error.h"
#include "talign/text/normalizer.h"
#include "talign/text/tokenizer.h"

namespace talign {
namespace {

using Rows = std::vector<std::vector<std::string>>;

[[noreturn]] void Malformed(const LanguageResources& resources, std::string_view file,
                            std::size_t row, const std::string& what) {
  throw Error(ErrorKind::kData, "data/languages/" + resources.language().code() + "/" +
                                    std::string(file) + ": row " + std::to_string(row + 1) + ": " +
                                    what);
}

double Number(const LanguageResources& resources, std::string_view file, std::size_t row,
              const std::string& text) {
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0') Malformed(resources, file, row, "`" + text + "` is no number");
  return value;
}

const std::vector<std::string>& Columns(const LanguageResources& resources, std::string_view file,
                                        const Rows& rows, std::size_t row, std::size_t least) {
  if (rows[row].size() < least) {
    Malformed(resources, file, row, "expected " + std::to_string(least) + " columns");
  }
  return rows[row];
}

// Folded words of a phrase, split as Tokenize splits text, punctuation left out.
WordRun Words(std::string_view phrase) {
  std::string folded = FoldForMatch(phrase);
  WordRun words;
  for (const Token& token : Tokenize(folded)) {
    if (token.kind != TokenKind::kPunct) words.emplace_back(token.text);
  }
  return words;
}

NumberWordRole Role(const LanguageResources& resources, std::size_t row, const std::string& name) {
  static const std::map<std::string, NumberWordRole, std::less<>> kRoles = {
      {"unit", NumberWordRole::kUnit},          {"hundred", NumberWordRole::kHundred},
      {"thousand", NumberWordRole::kThousand},  {"scale", NumberWordRole::kScale},
      {"weak-unit", NumberWordRole::kWeakUnit}, {"weak", NumberWordRole::kWeak},
      {"article", NumberWordRole::kArticle}};
  auto it = kRoles.find(name);
  if (it == kRoles.end())
    Malformed(resources, "numbers_words.tsv", row, "unknown role `" + name + "`");
  return it->second;
}

// Symbols glued to figures in every language: units of measure and the percent sign.
constexpr std::string_view kUnitSymbols[] = {"%", "km", "m", "cm", "mm", "kg",
                                             "g", "t",  "l", "h",  "ha", "min"};

template <typename Set>
bool Has(const Set& set, std::string_view key) {
  return set.find(key) != set.end();
}

}  // namespace

NumberLanguage::NumberLanguage(const LanguageResources& r) {
  const Rows& words = r.Table("numbers_words");
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto& c = Columns(r, "numbers_words.tsv", words, i, 3);
    std::string folded = FoldForMatch(c[0]);
    words_[folded] = {folded, Number(r, "numbers_words.tsv", i, c[1]), Role(r, i, c[2]),
                      c.size() > 3 && c[3] == "bare-count"};
  }
  const Rows& format = r.Table("numbers_format");
  for (std::size_t i = 0; i < format.size(); ++i) {
    const auto& c = Columns(r, "numbers_format.tsv", format, i, 2);
    if (c[0] == "decimal_separator") decimal_comma_ = c[1] == ",";
    if (c[0] == "vigesimal") vigesimal_ = c[1] == "yes";
    if (c[0] == "morning") morning_[FoldForMatch(c[1])] = true;
    if (c[0] == "afternoon") afternoon_[FoldForMatch(c[1])] = true;
    if (c[0] == "joiner") {
      bool tens = c.size() > 2 && c[2] == "tens";
      (tens ? tens_joiners_ : hundreds_joiners_)[FoldForMatch(c[1])] = true;
    }
  }
  const Rows& suffixes = r.Table("numbers_suffixes");
  for (std::size_t i = 0; i < suffixes.size(); ++i) {
    const auto& c = Columns(r, "numbers_suffixes.tsv", suffixes, i, 2);
    suffixes_[FoldForMatch(c[0])] = {Number(r, "numbers_suffixes.tsv", i, c[1]),
                                     c.size() > 2 && c[2] == "after-currency"};
  }
  const Rows& abbreviations = r.Table("numbers_scale_abbreviations");
  for (std::size_t i = 0; i < abbreviations.size(); ++i) {
    const auto& c = Columns(r, "numbers_scale_abbreviations.tsv", abbreviations, i, 2);
    abbreviations_[c[0]] = Number(r, "numbers_scale_abbreviations.tsv", i, c[1]);
  }
  const Rows& units = r.Table("numbers_units");
  for (std::size_t i = 0; i < units.size(); ++i) {
    const auto& c = Columns(r, "numbers_units.tsv", units, i, 3);
    NumberUnit unit{c[1], Number(r, "numbers_units.tsv", i, c[2]), c.size() > 3 ? c[3] : ""};
    if (unit.id.empty()) unit.id = unit.dimension + " " + c[2];
    units_[FoldForMatch(c[0])].push_back(std::move(unit));
  }
  const Rows& fractions = r.Table("numbers_fractions");
  for (std::size_t i = 0; i < fractions.size(); ++i) {
    const auto& c = Columns(r, "numbers_fractions.tsv", fractions, i, 2);
    fractions_.push_back({Words(c[0]), Number(r, "numbers_fractions.tsv", i, c[1])});
  }
  const Rows& idioms = r.Table("numbers_idioms");
  for (std::size_t i = 0; i < idioms.size(); ++i) {
    const auto& c = Columns(r, "numbers_idioms.tsv", idioms, i, 2);
    if (c[1] != "weak" && c[1] != "none")
      Malformed(r, "numbers_idioms.tsv", i, "expected weak or none");
    NumberIdiom idiom{Words(c[0]), c[1] == "none", std::nullopt};
    if (c.size() > 2) idiom.alternative = Number(r, "numbers_idioms.tsv", i, c[2]);
    idioms_.push_back(std::move(idiom));
  }
  for (const std::string& w : r.List("numbers_time_units")) time_units_[FoldForMatch(w)] = true;
  for (const std::string& w : r.List("numbers_range_words")) range_words_[FoldForMatch(w)] = true;
}

const NumberWord* NumberLanguage::Word(std::string_view folded) const {
  auto it = words_.find(folded);
  return it == words_.end() ? nullptr : &it->second;
}

bool NumberLanguage::IsTimeUnit(std::string_view folded) const { return Has(time_units_, folded); }
bool NumberLanguage::IsRangeWord(std::string_view folded) const {
  return Has(range_words_, folded);
}
bool NumberLanguage::IsMorning(std::string_view folded) const { return Has(morning_, folded); }
bool NumberLanguage::IsAfternoon(std::string_view folded) const { return Has(afternoon_, folded); }
bool NumberLanguage::JoinsAfterTens(std::string_view folded) const {
  return Has(tens_joiners_, folded);
}
bool NumberLanguage::JoinsAfterHundreds(std::string_view folded) const {
  return Has(hundreds_joiners_, folded);
}

std::optional<double> NumberLanguage::SuffixFactor(std::string_view folded,
                                                   bool after_currency) const {
  auto it = suffixes_.find(folded);
  if (it != suffixes_.end() && (after_currency || !it->second.second)) return it->second.first;
  for (std::string_view symbol : kUnitSymbols) {
    if (symbol == folded) return 1.0;
  }
  return std::nullopt;
}

bool NumberLanguage::ScalesAfterCurrency(std::string_view folded) const {
  auto it = suffixes_.find(folded);
  return it != suffixes_.end() && it->second.second;
}

double NumberLanguage::ScaleAbbreviation(std::string_view written) const {
  auto it = abbreviations_.find(written);
  return it == abbreviations_.end() ? 0 : it->second;
}

const std::vector<NumberUnit>* NumberLanguage::Units(std::string_view folded) const {
  auto it = units_.find(folded);
  return it == units_.end() ? nullptr : &it->second;
}

}  // namespace talign
