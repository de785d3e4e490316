// What each punctuation mark of a language does, from data/languages/<code>/punctuation.tsv
// (`MARK<TAB>ROLE` lines): Greek ends a question with ";" (U+037E is U+003B under NFC)
// and marks a clause with "·", where English ends a clause with ";"; French opens a
// speaker's turn with "—", English with "“".
//
//   PunctuationMarks el(LanguageResources(Language::Parse("el"), {}));
//   el.Ends(";", PunctuationRole::kSentence) == true   // "Τι έγινε;"
//   PunctuationMarks none;  // a language without data: . ? ! end sentences, ; : clauses,
//                           // no mark opens a turn
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "talign/text/language_resources.h"

namespace talign {

enum class PunctuationRole {
  kSentence,  // ends a sentence: "sentence"
  kClause,    // ends a clause a translator may make a sentence: "clause" (";" ":")
  kPause,     // ends a phrase: "pause" (",")
  kTurn,      // opens a speaker's turn (or a quotation) as a segment's first token: "turn"
};

struct PunctuationMarks {
  PunctuationMarks() = default;
  // Throws Error{kData} naming punctuation.tsv and the row of an unknown role.
  explicit PunctuationMarks(const LanguageResources& language);

  // The marks of `role`, each one or more code points.
  const std::vector<std::string>& Of(PunctuationRole role) const;
  // `text` is one of the marks of `role`.
  bool Is(std::string_view text, PunctuationRole role) const;
  // `text` ends with one of the marks of `role`.
  bool Ends(std::string_view text, PunctuationRole role) const;

  std::vector<std::string> sentence = {".", "?", "!"};
  std::vector<std::string> clause = {";", ":"};
  std::vector<std::string> pause = {","};
  std::vector<std::string> turn;
};

}  // namespace talign
