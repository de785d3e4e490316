// The word lists term extraction reads from data/languages/<code>/: the shared stop words
// (LanguageResources::StopWords) and its own extract_*.txt files.
//
//   ExtractWords fr(resources);   // resources of "fr"
//   fr.connectors.count("de") == 1;   // "accord de Doha": allowed inside a term
//   fr.calendar.count("jeudi") == 1;  // never a glossary entry
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "talign/text/language_resources.h"

namespace talign {

// Folded (FoldForMatch) word sets; empty for a language without the files.
struct ExtractWords {
  explicit ExtractWords(const LanguageResources& resources);

  // extract_connectors.txt: prepositions that may join the nouns of a term (fr de, en of).
  FoldedWords connectors;
  // extract_articles.txt: articles that may follow a connector (fr "de la", en "of the").
  FoldedWords articles;
  // extract_calendar.txt: weekday and month names.
  FoldedWords calendar;
  // extract_plural_tags.txt: fields of the Hunspell dictionary's analyses that mark a
  // plural (fr "is:pl"; en_US has no morphology but names the plural suffix "fl:S"), as is.
  std::set<std::string, std::less<>> plural_tags;
  // extract_plural_suffixes.tsv: (plural suffix, singular suffix), longest first, for
  // plurals the Hunspell dictionary does not list (en "teenagers" → "teenager").
  std::vector<std::pair<std::string, std::string>> plural_suffixes;
  // extract_irregular_plurals.tsv: plural → singular for plurals the dictionary lists as
  // words of their own (en "children" → "child").
  std::map<std::string, std::string, std::less<>> irregular_plurals;
  // extract_settings.tsv `lower_capitals yes`: a term's capitals may be lowered when it is
  // also seen in lower case (TermVocabulary::Spelling).
  bool lower_capitals = false;
};

}  // namespace talign
