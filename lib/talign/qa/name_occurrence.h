// Whether a glossary term's source match is a word of a longer proper name: "l'Accord de
// Paris" is a name ("the Paris Agreement", "the Paris climate pact"), not the glossary's
// common noun `accord`, so its translation is the name's, not the term's. A name here is
// the match capitalised mid-sentence next to another capitalised word (across the
// language's function words: "Accord de Paris", "Banque Mondiale"). Languages whose
// settings.tsv says `nouns_capitalised yes` (German) capitalise every noun: no signal there.
//
//   NameOccurrence names(resources_fr, glossary);
//   names.InsideName(match, tokens);  // true for `accord` in "l'Accord de Paris"
#pragma once

#include <vector>

#include "talign/glossary/glossary.h"
#include "talign/glossary/term_match.h"
#include "talign/text/language_resources.h"
#include "talign/text/tokenizer.h"

namespace talign {

class NameOccurrence {
 public:
  NameOccurrence(const LanguageResources& source, const Glossary& glossary);

  // `tokens`: Tokenize() of the segment `match` was found in. False for terms the glossary
  // writes capitalised ("États-Unis"): their capital is their own.
  bool InsideName(const TermMatch& match, const std::vector<Token>& tokens) const;

 private:
  const FoldedWords& function_words_;
  const Glossary& glossary_;
  bool signal_ = true;  // false where capitals mark every noun
};

}  // namespace talign
