// Locale-neutral spelling of a number token, so that French, English and German
// formats of the same value compare equal.
//
//   NumberKey("5 000") == NumberKey("5,000") == NumberKey("5.000") == "5000"
//   NumberKey("3,5") == NumberKey("3.5") == "3.5";  NumberKey("3,50") == "3.5"
#pragma once

#include <string>
#include <string_view>

namespace talign {

// `number` is a kNumber token of talign::Tokenize. Group separators (space, NBSP, NNBSP,
// and a lone ',' or '.' followed by exactly three digits) are dropped; the remaining
// ',' or '.' is the decimal point. Trailing decimal zeros are dropped.
std::string NumberKey(std::string_view number);

}  // namespace talign
