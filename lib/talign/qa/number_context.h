// What the words around a number say about it, from the language's data: an idiom makes it
// weak or no number at all ("les 8es de finale", "pour cent", "no two are alike"), a unit
// says what it counts ("56 grammes", "$14", "17 millions de dollars").
#pragma once

#include <string_view>
#include <vector>

#include "talign/qa/number_language.h"
#include "talign/qa/number_parser.h"
#include "talign/text/tokenizer.h"

namespace talign {

// Applies `language`'s idioms to `mentions` (read from `tokens` of `text`: some become weak
// or take an other reading, some are dropped) and sets each mention's unit and quantity.
void ReadContext(std::string_view text, const std::vector<Token>& tokens,
                 const NumberLanguage& language, std::vector<NumberMention>& mentions);

}  // namespace talign
