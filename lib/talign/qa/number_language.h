// How one language writes and says numbers, read from its numbers_* files in
// data/languages/<code>/ (see fr/ for each file's format): number words, scale words and
// abbreviations, fractions, idioms, units, the decimal mark.
//
//   NumberLanguage fr(resources_fr);
//   fr.Word("milliards")->value == 1e9;  fr.ScaleAbbreviation("Md$") == 1e9;
//   fr.decimal_comma() == true;          // "3,5" is 3.5, "5.000" is 5000
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "talign/text/language_resources.h"

namespace talign {

enum class NumberWordRole {
  kUnit,      // adds to the number being read: "huit", "twenty"
  kHundred,   // multiplies the part read so far: "cent", "hundred"
  kThousand,  // closes a group of three digits: "mille", "thousand"
  kScale,     // multiplies everything read so far, and digits too: "milliards", "million"
  kWeakUnit,  // a unit that alone is often no number: "un" (article), "neuf" (new), "one"
  kWeak,      // stands alone and only sometimes counts: "first", "twice", "une dizaine"
  kArticle,   // one only before a multiplier or a time unit: "a hundred", "a week"
};

struct NumberWord {
  std::string word;  // folded (FoldForMatch)
  double value = 0;
  NumberWordRole role = NumberWordRole::kUnit;
  bool bare_count = false;  // a multiplier that alone is a count: "cent ans", "mille morts"
};

// A run of folded words, as Tokenize splits them with punctuation left out.
using WordRun = std::vector<std::string>;

struct NumberFraction {
  WordRun words;  // "et demi", "and a half"
  double value = 0;
};

// A phrase whose number is no plain count: "les 8es de finale" (a round: weak, also 16),
// "pour cent" (no number). kNumberSlot in `words` stands for the number, in figures or
// words; kNumberWordSlot for a number in words only ("deux ou trois": vague, "2 ou 3": not).
struct NumberIdiom {
  WordRun words;
  bool none = false;  // not a number at all; else weak
  std::optional<double> alternative;
};
inline constexpr std::string_view kNumberSlot = "num";
inline constexpr std::string_view kNumberWordSlot = "numword";

struct NumberUnit {
  std::string dimension;  // "length", "mass", "currency", "time"
  double size = 1;        // in the dimension's base unit
  std::string id;         // equal for one unit in any language: "USD", "length 1000"
};

class NumberLanguage {
 public:
  // Throws Error{kData} naming the file and line of a malformed row.
  explicit NumberLanguage(const LanguageResources& resources);

  const NumberWord* Word(std::string_view folded) const;
  bool IsTimeUnit(std::string_view folded) const;
  bool IsRangeWord(std::string_view folded) const;
  bool IsMorning(std::string_view folded) const;    // "am", "a.m"
  bool IsAfternoon(std::string_view folded) const;  // "pm", "p.m"
  // The factor of letters glued to a figure ("er" 1, "bn" 1e9, "m" 1e6 after a currency
  // sign); nullopt when they make the figure a name ("3D", "5G").
  std::optional<double> SuffixFactor(std::string_view folded, bool after_currency) const;
  // True for a suffix that scales only after a currency sign ("m": "$6m" but "6m" metres).
  bool ScalesAfterCurrency(std::string_view folded) const;
  // The factor of a scale abbreviation as written ("M$" 1e6, "Md$" 1e9); 0 when none.
  double ScaleAbbreviation(std::string_view written) const;
  // The units a folded word may name ("pounds": mass and currency).
  const std::vector<NumberUnit>* Units(std::string_view folded) const;
  // Whether `joiner` joins a number word to what precedes ("vingt et un": after tens).
  bool JoinsAfterTens(std::string_view folded) const;
  bool JoinsAfterHundreds(std::string_view folded) const;

  // Every number word, by its folded spelling.
  const std::map<std::string, NumberWord, std::less<>>& words() const { return words_; }
  const std::vector<NumberFraction>& fractions() const { return fractions_; }
  const std::vector<NumberIdiom>& idioms() const { return idioms_; }
  bool decimal_comma() const { return decimal_comma_; }
  bool vigesimal() const { return vigesimal_; }  // "quatre-vingt-dix", "soixante-dix"

 private:
  using WordSet = std::map<std::string, bool, std::less<>>;
  std::map<std::string, NumberWord, std::less<>> words_;
  std::map<std::string, std::pair<double, bool>, std::less<>> suffixes_;  // factor, after currency
  std::map<std::string, double, std::less<>> abbreviations_;
  std::map<std::string, std::vector<NumberUnit>, std::less<>> units_;
  WordSet time_units_, range_words_, morning_, afternoon_, tens_joiners_, hundreds_joiners_;
  std::vector<NumberFraction> fractions_;
  std::vector<NumberIdiom> idioms_;
  bool decimal_comma_ = false;
  bool vigesimal_ = false;
};

}  // namespace talign
