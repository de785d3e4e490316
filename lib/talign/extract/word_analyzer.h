// What term extraction needs to know of one word: its lemma and its part of speech, from
// Hunspell's morphological analysis where the dictionary has one (Debian's fr has `po:` and
// `st:` fields; en_US has none, so English words get stems and a stop list only).
//
//   WordAnalyzer fr(resources);   // the LanguageResources of "fr"
//   const WordInfo& w = fr.Analyze("talibans");
//   // w.word_class == WordClass::kNoun, fr.LemmaText(w.lemma) == "taliban"
//   // fr.Analyze("talibane").lemma == w.lemma: inflections share one lemma id
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "talign/extract/extract_words.h"
#include "talign/text/language_resources.h"

namespace talign {

enum class WordClass {
  kNoun,        // po:nom, or a proper noun (po:npr, po:patr)
  kAdjective,   // po:adj and no noun reading
  kParticiple,  // an adjective that is also a verb form ("confirmés", "déclaré")
  kVerb,        // a verb reading only
  kFunction,    // stop words: determiners, prepositions, pronouns, adverbs, auxiliaries
  kUnknown,     // not in the dictionary (names, neologisms: "interafghanes"), or no morphology
};

// Grammatical number, for writing terms in the singular as glossaries do.
enum class Number {
  kSingular,  // or invariable ("cas", "news")
  kPlural,    // a plural noun whose singular the dictionary gives ("dogs" → "dog")
  kFixed,     // no singular to write: a plural adjective ("confirmés"), an unknown word
};

struct WordInfo {
  std::uint32_t lemma = 0;  // dense id: Hunspell's lemma when it knows the word, else the stem
  WordClass word_class = WordClass::kUnknown;
  Number number = Number::kSingular;
  std::uint32_t singular = 0;  // kPlural: SingularText(singular)
  bool connector = false;      // in ExtractWords::connectors (extract_words.h)
  bool article = false;        // in ExtractWords::articles
};

// Not copyable; not thread-safe (caches one WordInfo per distinct spelling, so memory grows
// with the vocabulary, never with the corpus).
class WordAnalyzer {
 public:
  // Without a Hunspell dictionary for the language: stems and stop lists only. Keeps a
  // reference to `resources`.
  explicit WordAnalyzer(const LanguageResources& resources);
  ~WordAnalyzer();
  WordAnalyzer(const WordAnalyzer&) = delete;
  WordAnalyzer& operator=(const WordAnalyzer&) = delete;

  // The analysis of one word as written (hyphenated compounds are one word). The reference
  // stays valid while this object lives.
  const WordInfo& Analyze(std::string_view word);

  // A readable spelling of a lemma: Hunspell's `st:` (lower case) when it had one, else the
  // first spelling seen.
  const std::string& LemmaText(std::uint32_t lemma) const { return lemma_texts_[lemma]; }
  // The singular of a kPlural word, as the dictionary writes it.
  const std::string& SingularText(std::uint32_t singular) const {
    return singular_texts_[singular];
  }
  const ExtractWords& words() const { return words_; }
  // Lemma ids are 0..lemma_count()-1.
  std::size_t lemma_count() const { return lemma_texts_.size(); }

 private:
  WordInfo Compute(const std::string& word);
  std::uint32_t Intern(const std::string& lemma_text, const std::string& key);

  const LanguageResources& resources_;
  ExtractWords words_;
  std::unordered_map<std::string, WordInfo> cache_;
  std::unordered_map<std::string, std::uint32_t> lemma_ids_;  // "=lemma" or stem, folded
  std::vector<std::string> lemma_texts_;
  std::vector<std::string> singular_texts_;
};

}  // namespace talign
