// Number words the writer misspelt ("au bout de quattre jours"): a word the language's
// Hunspell dictionary does not know, one edit away from a number word. Such a word confirms
// a number of the other side, as a weak mention does, and is never reported itself.
//
//   MisspeltNumbers(Tokenize("au bout de quattre jours"), fr_numbers, fr.hunspell());  // {4}
#pragma once

#include <vector>

#include "talign/qa/number_language.h"
#include "talign/text/hunspell_dictionary.h"
#include "talign/text/tokenizer.h"

namespace talign {

// The values of the misspelt number words among `tokens`; none without a dictionary.
std::vector<double> MisspeltNumbers(const std::vector<Token>& tokens,
                                    const NumberLanguage& language,
                                    const HunspellDictionary* hunspell);

}  // namespace talign
