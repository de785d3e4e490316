// Stop words: the words that bound terms. Hunspell tags French function words itself
// (word_analyzer.cc); these tables cover what it does not (English has no morphology in
// Debian's en_US, and frequent verbs and adverbs of news copy are no terms).
//
//   IsStopWord("en", "the") == true;  IsStopWord("en", "negotiations") == false
//   IsConnector("fr", "de") == true   // "accord de Doha": allowed inside a term
#pragma once

#include <string_view>

namespace talign {

// `folded` is the word case- and accent-folded (FoldForMatch). Unknown languages: false.
bool IsStopWord(std::string_view language_code, std::string_view folded);

// Prepositions that may join the nouns of a multi-word term: fr "de" (d', du, des), en "of".
bool IsConnector(std::string_view language_code, std::string_view folded);

// Articles that may follow a connector inside a term: fr "la" (de la, de l'), en "the".
bool IsArticle(std::string_view language_code, std::string_view folded);

// Weekday and month names: fr "jeudi", en "thursday".
bool IsCalendarWord(std::string_view language_code, std::string_view folded);

// A field of a Hunspell analysis that marks a plural: fr "is:pl", en "fl:S".
bool IsPluralTag(std::string_view language_code, std::string_view field);

}  // namespace talign
