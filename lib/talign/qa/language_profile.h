// Which language a segment is written in, from the text itself: counts of its function words
// ("le", "des", "qui" vs "the", "of", "which": function_words.txt of each language).
//
//   LanguageVotes v = CountStopWords("Il s'agissait d'une frappe défensive.", fr, en);
//   // v.first == 4 ("il", "s", "d", "une"), v.second == 0
#pragma once

#include <string_view>
#include <vector>

#include "talign/text/language_resources.h"
#include "talign/text/tokenizer.h"

namespace talign {

struct LanguageVotes {
  int first = 0;       // stop words of the first language only
  int second = 0;      // stop words of the second language only
  int words = 0;       // word tokens in all
  int text_words = 0;  // words starting lower case: a segment of names has none
};

// Languages without function words never vote. Words both lists hold do not vote.
LanguageVotes CountStopWords(std::string_view text, const LanguageResources& first,
                             const LanguageResources& second);
// The same three given Tokenize(text), for callers that tokenise once for several checks.
LanguageVotes CountStopWords(std::string_view text, const std::vector<Token>& tokens,
                             const LanguageResources& first, const LanguageResources& second);
bool LooksLike(std::string_view text, const std::vector<Token>& tokens,
               const LanguageResources& language, const LanguageResources& other);
bool IsRunningText(std::string_view text, const std::vector<Token>& tokens);

// True when `text` reads as `language` rather than `other`: several of its stop words and
// few of the other's, as a French sentence pasted into an English text.
bool LooksLike(std::string_view text, const LanguageResources& language,
               const LanguageResources& other);

// True when `text` is more than names, numbers, URLs and punctuation: worth a language
// verdict (at least three lower-case words).
bool IsRunningText(std::string_view text);

}  // namespace talign
