// Which language a segment is written in, from the text itself: counts of very frequent
// function words ("le", "des", "qui" vs "the", "of", "which"), kept per language as data.
//
//   LanguageVotes v = CountStopWords("Il s'agissait d'une frappe défensive.", "fr", "en");
//   // v.first == 4 ("il", "s", "d", "une"), v.second == 0
#pragma once

#include <string_view>
#include <vector>

#include "talign/text/tokenizer.h"

namespace talign {

struct LanguageVotes {
  int first = 0;       // stop words of the first language only
  int second = 0;      // stop words of the second language only
  int words = 0;       // word tokens in all
  int text_words = 0;  // words starting lower case: a segment of names has none
};

// Languages without a table ("de", …) never vote. Words both tables hold do not vote.
LanguageVotes CountStopWords(std::string_view text, std::string_view first,
                             std::string_view second);
// The same three given Tokenize(text), for callers that tokenise once for several checks.
LanguageVotes CountStopWords(std::string_view text, const std::vector<Token>& tokens,
                             std::string_view first, std::string_view second);
bool LooksLike(std::string_view text, const std::vector<Token>& tokens, std::string_view language,
               std::string_view other);
bool IsRunningText(std::string_view text, const std::vector<Token>& tokens);

// True when `text` reads as `language` rather than `other`: several of its stop words and
// few of the other's, as a French sentence pasted into an English text.
bool LooksLike(std::string_view text, std::string_view language, std::string_view other);

// True when `text` is more than names, numbers, URLs and punctuation: worth a language
// verdict (at least three lower-case words).
bool IsRunningText(std::string_view text);

}  // namespace talign
