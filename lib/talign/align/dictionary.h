// A bilingual dictionary's word pairs, stemmed once with the Snowball stemmers of its two
// languages (each one's `snowball` setting) and indexed by source stem, so that every
// document aligned with it only stems its own words (dictionary_links.h). Copies share the
// pairs and the index: AlignerOptions carries one by value.
//
//   Dictionary dictionary(de, fr, {{"Erkundung", "reconnaissance"}});  // LanguageResources
//   dictionary.TargetStems("erkund")  // {"reconnaiss"}
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "talign/text/document.h"
#include "talign/text/language_resources.h"
#include "talign/text/stemmer.h"

namespace talign {

using WordPairs = std::vector<std::pair<std::string, std::string>>;  // (src word, tgt word)

// The words a dictionary is asked about, per side: FoldForMatch of each non-punctuation
// token of the documents it serves, as the aligner (its features' src_words and tgt_words,
// segment_features.h) and the checks (qa/translation_evidence.h) look them up. A load given them
// (freedict.h) keeps only the pairs whose two stems are stems of these words: the others could only
// ever link a word the documents do not have.
struct DictionaryScope {
  std::unordered_set<std::string> src, tgt;

  void Add(const std::vector<Segment>& src_segments, const std::vector<Segment>& tgt_segments);
};

// Immutable, so thread-safe; stemmers are made per caller (Snowball keeps state).
class Dictionary {
 public:
  Dictionary() = default;  // no pairs
  Dictionary(const LanguageResources& src, const LanguageResources& tgt, WordPairs pairs);

  // The pairs as given.
  const WordPairs& pairs() const;
  // No dictionary at all; one loaded for a scope is not empty even when no pair of it
  // concerns the documents (the checks weigh translations only with a dictionary).
  bool empty() const { return index_ == nullptr; }

  // The stemmers the pairs were stemmed with: a language Snowball does not know keeps
  // whole words.
  Stemmer NewSourceStemmer() const;
  Stemmer NewTargetStemmer() const;

  // The target stems of the pairs whose source stem is `src_stem`, sorted, no repeats;
  // both stems of a pair are of its words folded (FoldForMatch).
  const std::vector<std::string>& TargetStems(const std::string& src_stem) const;

 private:
  struct Index;
  std::shared_ptr<const Index> index_;
};

}  // namespace talign
