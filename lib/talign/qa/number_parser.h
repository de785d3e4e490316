// Numbers as a reader of each language reads them: "5 000" (space, NBSP, NNBSP), "5,000"
// and "cinq mille" are 5000; "3,5 %" in French is 3.5; "2 000 milliards" and "2 trillion"
// are 2e12; "6 M$" and "$6m" are 6e6; "12 ans et demi" also reads 12.5; "dix-huit" is 18;
// "1er", "3rd" and "XXe" are ordinals' numbers. The language's idioms are data
// (NumberLanguage).
//
//   NumberLanguage fr(resources_fr);
//   std::vector<NumberMention> n = FindNumbers("libérer 5 000 prisonniers", fr);
//   // n[0].value == 5000, n[0].surface == "5 000", !n[0].weak
//   FindNumbers("un accord", fr)[0].weak;  // true: "un" is usually an article
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "talign/base/byte_range.h"
#include "talign/qa/number_language.h"
#include "talign/text/tokenizer.h"

namespace talign {

struct NumberMention {
  double value = 0;
  // The other reading of a shape the language leaves open: French "5,000" is 5 (decimal
  // comma) but may be 5000 (an English figure quoted); French "5.000" is 5000, maybe 5.
  std::optional<double> alternative;
  // True when the words may not be a number at all ("un" article, "neuf" = new, ordinal
  // words, "une dizaine", the "19" of "COVID-19"): a weak mention confirms a number on the
  // other side but is never reported as missing.
  bool weak = false;
  ByteRange range;      // bytes of the input text, scale and percent words included
  std::string surface;  // the text of `range`
  // What the number counts: the units its unit word may name ("pounds": mass or currency),
  // null when none is known; and the number with its unit as written ("56 grammes").
  const std::vector<NumberUnit>* units = nullptr;
  std::string quantity;
  ByteRange quantity_range;  // the bytes of `quantity`
};

// Every number in `text`, in order. Months and weekdays are not numbers; a date's day and
// year are.
std::vector<NumberMention> FindNumbers(std::string_view text, const NumberLanguage& language);
// The same from Tokenize(text), for callers that tokenise once for several checks.
std::vector<NumberMention> FindNumbers(std::string_view text, const std::vector<Token>& tokens,
                                       const NumberLanguage& language);

// A canonical spelling of a value for comparing and messages: 5000 → "5000", 3.5 → "3.5".
std::string NumberValueKey(double value);

}  // namespace talign
