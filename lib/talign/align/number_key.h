// Locale-neutral spelling of a number token, so that French, English and German
// formats of the same value compare equal, and Roman numerals with them.
//
//   NumberKey("5 000") == NumberKey("5,000") == NumberKey("5.000") == "5000"
//   NumberKey("3,5") == NumberKey("3.5") == "3.5";  NumberKey("3,50") == "3.5"
//   RomanNumeralKey("XVII") == "17";  RomanNumeralKey("I") == ""
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "talign/text/language_resources.h"

namespace talign {

// `number` is a kNumber token of talign::Tokenize. Group separators (space, NBSP, NNBSP,
// and a lone ',' or '.' followed by exactly three digits) are dropped; the remaining
// ',' or '.' is the decimal point. Trailing decimal zeros are dropped.
std::string NumberKey(std::string_view number);

// The value of `word` as an upper-case Roman numeral below 400 in its one canonical
// spelling ("IV", not "IIII") of at least `min_letters` letters, or "" for any other word.
// Chapter headings number in either kind ("CHAPTER 2" / "CAPITULO II"); in running text
// a single letter is a word ("I"), and a lone "L" or "C" never numbers a chapter ("25° C").
std::string RomanNumeralKey(std::string_view word, std::size_t min_letters = 2);

// Folded number word of one language to its NumberKey ("premier" → "1", "deux" → "2").
using NumberWords = std::map<std::string, std::string, std::less<>>;

// The words of numbers_words.tsv that are a number on their own: role `unit` (cardinals)
// and `weak` (ordinals), not articles that may count ("un", "a") nor multipliers.
NumberWords StandaloneNumberWords(const LanguageResources& language);

}  // namespace talign
