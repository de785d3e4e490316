// Sentence-boundary rules: per-language tables (abbreviations, sentence openers) and the
// language-independent checks (ellipses, quotes, initials, lists) that the segmenter applies
// around each boundary candidate, ICU's or its own. Offsets are bytes into UTF-8 text.
//
//   const SegmentationRules& fr = RulesFor("fr");
//   // ICU proposes a boundary after "M. " in "M. Dupont est venu.": it is not one.
//   ContinuesSentence("M. Dupont est venu.", /*sentence_begin=*/0, /*next=*/3, fr) == true
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace talign {

// What the period after an abbreviation means.
enum class AbbreviationKind {
  kNeverEnds,      // titles and connectives ("M.", "Mr.", "e.g.", "cf."): the sentence goes on
  kBeforeNumber,   // "p.", "No.", "janv.": the sentence goes on only before a number ("p. 55")
  kUnlessStarter,  // "Inc.", "Jr.", "a.m.": it goes on unless a usual sentence opener follows
};

// The tables of one language. Tables are data: adding a language adds no branch.
struct SegmentationRules {
  // Abbreviations without their final period, case-sensitive, matched as whole words only
  // ("aux." in "sociaux." is not an abbreviation).
  std::unordered_map<std::string_view, AbbreviationKind> abbreviations;
  // Words that usually open a sentence ("The", "Il"); elided forms end with '\'' ("L'").
  std::unordered_set<std::string_view> sentence_starters;
};

// The tables of a primary language code ("fr", "en"); any other language gets empty tables,
// so that only ICU and the language-independent rules apply. The result lives forever.
const SegmentationRules& RulesFor(std::string_view language_code);

// True when a boundary proposed at `next` (where the following text starts, white space
// skipped) after sentence-final punctuation is not a sentence end: lower case follows
// ("Yahoo! in"), an abbreviation or initial ends the word ("M. Dupont", "Jonas E. Smith"),
// an omission mark ("[...]", " . . . "), a list marker that opens the sentence ("1. The
// first item"), or no space follows (inside "J.-C.", unless IsGluedBoundary).
// `sentence_begin` starts the current sentence; `text` ends where the paragraph ends.
bool ContinuesSentence(std::string_view text, std::size_t sentence_begin, std::size_t next,
                       const SegmentationRules& rules);

// Moves a boundary proposed at `pos` past the closing quotes and brackets that close the
// sentence before it ("l'attaque. »"), then past white space: where the next sentence starts.
// `quote_open`: an odd number of '"' precede `pos` in the paragraph, so that a '"' after
// white space closes a quotation (`sept ans. " Il`: it opens one when none is open).
std::size_t SkipClosingPunctuation(std::string_view text, std::size_t pos, bool quote_open);

// True when `text` ends with a clause mark (: ; ,), looking through closing quotes,
// brackets and white space: "Nun begannen die Erkundungen :" does, "… führte ." and a
// heading do not. Corpora segmented by other tools cut sentences there.
bool EndsClause(std::string_view text);

// True when `pos` follows a '.', '?' or '!' glued to the next sentence ("world.Today",
// "1,000.That") — not inside an e-mail address, a URL or an abbreviation like "U.S".
bool IsGluedBoundary(std::string_view text, std::size_t pos);

// Byte just past the list-item marker at `pos` ("1.", "2.)", "b)", "• 10.", "•"), which must
// be followed by white space, or nullopt. `line_start` also accepts dash bullets ("- ").
std::optional<std::size_t> ListMarkerEnd(std::string_view text, std::size_t pos, bool line_start);

// True when the marker at `pos` follows the one that opens the sentence at `sentence_begin`
// ("1." then "2.", "a)" then "b)", "• 9." then "• 10."): a new item starts a new segment.
bool StartsNextListItem(std::string_view text, std::size_t sentence_begin, std::size_t pos);

}  // namespace talign
