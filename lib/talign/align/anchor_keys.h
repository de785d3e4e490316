// Anchors: tokens that survive translation unchanged or nearly so, as comparable keys.
//
//   AnchorKeys(Tokenize("Le 3,5 % de Facebook ?"), {}) →
//     "#3.5" (number), "~fakeb" (word prefix, c as k), "?" (punctuation)
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "talign/align/number_key.h"
#include "talign/text/tokenizer.h"

namespace talign {

// One term of AlignerOptions::lexicon on one side: its folded word tokens and the id of
// its key "L<id>".
struct LexiconTerm {
  std::vector<std::string> words;
  std::size_t id = 0;
};
using LexiconSide = std::vector<LexiconTerm>;

// Terms keyed by their position: term i gives "L<i>".
LexiconSide FoldLexiconSide(const std::vector<std::string>& terms);

// Both sides of a lexicon of (source term, target term) pairs, keyed by source term: the
// accepted translations of one term share its key, so that "États-Unis" matches "United
// States" in one sentence and "US" in the next as one anchor each, not a cross-sentence
// bonus that would merge the two into a 2-2 bead.
std::pair<LexiconSide, LexiconSide> FoldLexicon(
    const std::vector<std::pair<std::string, std::string>>& pairs);

// Keys of one segment's anchors, one per occurrence (a multiset), in token order:
// - "#<NumberKey>" for numbers, whatever the locale format, Roman numerals ("XVII" is
//   "#17"; number_key.h) and, in an all-capitals heading, the words of `number_words`
//   ("CHAPITRE PREMIER" has "#1");
// - "~<first 5 letters>" of folded words of 4+ letters, c written k: names and cognates
//   ("président"/"president", "Expedition"/"expédition"); a word in another script is
//   first spelled in Latin letters (data/languages/*/align_latin.txt, then ICU's
//   Any-Latin), so that "Ταλιμπάν" and "Талибан" meet "Taliban" at "~talib";
// - "=<folded word>" for short capitalised words not at the start ("UMP", "BBC");
// - "?", "!", "\"" (every quote mark), "(" for punctuation that translators keep;
// - "L<i>" when lexicon term i occurs (folded, as a token sequence);
// - "T" when the segment opens a speaker's turn: its first token is one of `turn_marks`,
//   the language's (PunctuationMarks::turn: French "—", English "“"), so that a turn
//   matches a turn whatever marks each language writes.
std::vector<std::string> AnchorKeys(const std::vector<Token>& tokens, const LexiconSide& lexicon,
                                    const NumberWords& number_words = {},
                                    const std::vector<std::string>& turn_marks = {});

// The parts of AnchorKeys, for callers that key each distinct token once (ExtractFeatures).
// AnchorKeys is "T" when OpensTurn, then TokenKey of each token, then AddLexiconKeys.
bool OpensTurn(const std::vector<Token>& tokens, const std::vector<std::string>& turn_marks);
// No word of `tokens` has a lower-case letter: a heading ("CHAPTER I", "V"), where a single
// letter is a Roman numeral and not the pronoun "I".
bool IsHeading(const std::vector<Token>& tokens);
// The key of one token, "" for none. `folded`: FoldForMatch(token.text); `first`: it opens
// its segment; `heading`: IsHeading of its segment. Neither first nor in a heading, a
// token's key depends on its text alone.
std::string TokenKey(const Token& token, const std::string& folded, bool first, bool heading,
                     const NumberWords& number_words);
// "L<i>" for each occurrence of lexicon term i in a segment's folded tokens.
void AddLexiconKeys(const std::vector<std::string_view>& folded, const LexiconSide& lexicon,
                    std::vector<std::string>* keys);

// True for the keys of numbers ("#3.5").
inline bool IsNumberKey(const std::string& key) { return !key.empty() && key[0] == '#'; }

}  // namespace talign
