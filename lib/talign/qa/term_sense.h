// Whether a source match of a one-word glossary noun is that noun, by Hunspell's analyses
// and the language's qa_morphology.tsv tags: "journaliste" is not *journal*, "accordé" not
// *accord*, "a frappé" not *frappe*, "s'est insurgé" not *insurgé* (a participle after an
// auxiliary), and not the words and phrases of the language's qa_other_words.txt: "la
// retraite" is no *retrait*, "je suis d'accord" no *accord*. Without Hunspell or tags for
// the language, every match but those fits.
//
//   TermSense sense(resources_fr, glossary);
//   sense.Fits(match, tokens);  // false for "frappé" against `frappe`
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "talign/glossary/glossary.h"
#include "talign/glossary/term_match.h"
#include "talign/text/language_resources.h"
#include "talign/text/tokenizer.h"

namespace talign {

class TermSense {
 public:
  TermSense(const LanguageResources& source, const Glossary& glossary);

  // `tokens`: Tokenize() of the segment `match` was found in.
  bool Fits(const TermMatch& match, const std::vector<Token>& tokens) const;

 private:
  // Whether the words up to the match's end are a phrase of qa_other_words.txt that is not
  // one of the term's own source forms.
  bool IsOtherWord(const TermMatch& match, const std::vector<Token>& tokens) const;
  const std::vector<std::string>& Analyses(std::string_view word) const;  // cached
  bool Has(const std::vector<std::string>& analyses, const std::string& tag) const;
  std::set<std::string> NounStems(const std::vector<std::string>& analyses) const;
  const std::set<std::string>& TermNounStems(std::size_t term) const;

  const HunspellDictionary* hunspell_ = nullptr;
  std::string noun_, participle_, auxiliary_;  // tags; empty: no filter
  const Glossary& glossary_;
  std::vector<std::vector<std::string>> other_words_;  // folded words of each phrase
  std::set<std::string, std::less<>> last_words_;      // of the phrases: most matches end in none
  std::size_t longest_phrase_ = 0;                     // in words
  // Noun lemmas of each term's one-word forms, analysed on first use (most terms are
  // rendered and never asked about). Not thread-safe: one TermSense per check run.
  mutable std::vector<std::optional<std::set<std::string>>> noun_stems_;           // by term
  mutable std::map<std::string, std::vector<std::string>, std::less<>> analyses_;  // by word
};

}  // namespace talign
