// Anchors: tokens that survive translation unchanged or nearly so, as comparable keys.
//
//   AnchorKeys(Tokenize("Le 3,5 % de Facebook ?"), {}) →
//     "#3.5" (number), "~faceb" (word prefix), "?" (punctuation)
#pragma once

#include <string>
#include <vector>

#include "talign/text/tokenizer.h"

namespace talign {

// One side of AlignerOptions::lexicon: each term as its folded word tokens.
using LexiconSide = std::vector<std::vector<std::string>>;

LexiconSide FoldLexiconSide(const std::vector<std::string>& terms);

// Keys of one segment's anchors, one per occurrence (a multiset), in token order:
// - "#<NumberKey>" for numbers, whatever the locale format;
// - "~<first 5 letters>" of folded words of 4+ letters: names and cognates
//   ("président"/"president", "Expedition"/"expédition");
// - "=<folded word>" for short capitalised words not at the start ("UMP", "BBC");
// - "?", "!", "\"" (every quote mark), "(" for punctuation that translators keep;
// - "L<i>" when lexicon term i occurs (folded, as a token sequence).
std::vector<std::string> AnchorKeys(const std::vector<Token>& tokens, const LexiconSide& lexicon);

}  // namespace talign
