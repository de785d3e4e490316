// Sentence-boundary rules: per-language tables (abbreviations, sentence openers, ordinals),
// read from data/languages/<code>/segmentation_*.txt, and the language-independent checks
// (ellipses, quotes, initials, lists) that the segmenter applies around each boundary
// candidate, ICU's or its own. Offsets are bytes into UTF-8 text.
//
//   SegmentationRules fr(LanguageResources(Language::Parse("fr"), {}));
//   // ICU proposes a boundary after "M. " in "M. Dupont est venu.": it is not one.
//   ContinuesSentence("M. Dupont est venu.", /*sentence_begin=*/0, /*next=*/3, fr) == true
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "talign/text/language_resources.h"
#include "talign/text/punctuation_marks.h"

namespace talign {

// What the period after an abbreviation means.
enum class AbbreviationKind {
  kNeverEnds,      // titles and connectives ("M.", "Mr.", "e.g.", "cf."): the sentence goes on
  kBeforeNumber,   // "p.", "No.", "janv.": the sentence goes on only before a number ("p. 55")
  kUnlessStarter,  // "Inc.", "Jr.", "a.m.": it goes on unless a usual sentence opener follows
};

// The tables of one language. Tables are data: adding a language adds no branch. A language
// without data gets empty tables: only ICU and the language-independent rules apply.
struct SegmentationRules {
  SegmentationRules() = default;
  explicit SegmentationRules(const LanguageResources& language);

  // Abbreviations without their final period, case-sensitive, matched as whole words only
  // ("aux." in "sociaux." is not an abbreviation).
  std::unordered_map<std::string, AbbreviationKind> abbreviations;
  // Words that usually open a sentence ("The", "Il"); elided forms end with '\'' ("L'").
  std::unordered_set<std::string> sentence_starters;
  // Where digits and a period write an ordinal ("am 3. Oktober"): the words after which a
  // number is one ("am", "der"), and the beginnings of words it introduces ("Oktober",
  // "Minute" for "Minuten").
  std::unordered_set<std::string> ordinal_before;
  std::vector<std::string> ordinal_after;
  // What each punctuation mark does: Greek ends a question with ";".
  PunctuationMarks marks;
};

// True when a boundary proposed at `next` (where the following text starts, white space
// skipped) after sentence-final punctuation is not a sentence end: lower case follows
// ("Yahoo! in"), an abbreviation or initial ends the word ("M. Dupont", "Jonas E. Smith"),
// the number is an ordinal ("am 3. Oktober"),
// an omission mark ("[...]", " . . . "), a list marker that opens the sentence ("1. The
// first item"), or no space follows (inside "J.-C.", unless IsGluedBoundary).
// `sentence_begin` starts the current sentence; `text` ends where the paragraph ends.
bool ContinuesSentence(std::string_view text, std::size_t sentence_begin, std::size_t next,
                       const SegmentationRules& rules);

// Just past the dash and space of a dialogue line or attribution at `pos` ("- ¿Qué ?",
// "-- Arnold J. Zarett."), where the words of a sentence start; `pos` if none is there.
std::size_t SkipDash(std::string_view text, std::size_t pos);

// Moves a boundary proposed at `pos` past the closing quotes and brackets that close the
// sentence before it ("l'attaque. »"), then past white space: where the next sentence starts.
// `quote_open`: an odd number of '"' precede `pos` in the paragraph, so that a '"' after
// white space closes a quotation (`sept ans. " Il`: it opens one when none is open).
std::size_t SkipClosingPunctuation(std::string_view text, std::size_t pos, bool quote_open);

// True when `text` ends with a clause or pause mark of `marks` (: ; , in most languages),
// looking through closing quotes, brackets and white space: "Nun begannen die Erkundungen :"
// does, "… führte ." and a heading do not. Corpora segmented by other tools cut sentences
// there.
bool EndsClause(std::string_view text, const PunctuationMarks& marks);

// True when `pos` follows a '.', '?' or '!' glued to the next sentence ("world.Today",
// "1,000.That") — not inside an e-mail address, a URL or an abbreviation like "U.S".
bool IsGluedBoundary(std::string_view text, std::size_t pos);

// False at most positions (the start of a word) before decoding anything, so that callers
// can test every word cheaply: a marker opens with a bullet ('*', a dash, or one of
// U+2000-U+2FFF, whose UTF-8 starts with 0xE2), a digit, or a lower-case letter and its '.'
// or ')'. True does not mean that ListMarkerEnd finds one.
inline bool MayOpenListMarker(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  auto c = static_cast<unsigned char>(text[pos]);
  if (c >= 'a' && c <= 'z') {
    return pos + 1 < text.size() && (text[pos + 1] == '.' || text[pos + 1] == ')');
  }
  return c == 0xE2 || (c >= '0' && c <= '9') || c == '*' || c == '-';
}

// Byte just past the list-item marker at `pos` ("1.", "2.)", "b)", "• 10.", "•"), which must
// be followed by white space, or nullopt. `line_start` also accepts dash bullets ("- ").
std::optional<std::size_t> ListMarkerEnd(std::string_view text, std::size_t pos, bool line_start);

// True when the marker at `pos` follows the one that opens the sentence at `sentence_begin`
// ("1." then "2.", "a)" then "b)", "• 9." then "• 10."): a new item starts a new segment.
bool StartsNextListItem(std::string_view text, std::size_t sentence_begin, std::size_t pos);

}  // namespace talign
