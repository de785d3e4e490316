// The general dictionary cut to the pairs one document pair can use, so that the aligner
// stems a few hundred pairs per document instead of every pair (FreeDict fr-en: 26,000).
//
//   DocumentDictionary dictionary(options.aligner.dictionary);  // stems every pair once
//   aligner.dictionary = dictionary.For(src_segments, tgt_segments);
// The aligner links the same words with either (dictionary_links.h): a pair links only when
// both its stems are among the document's, which is the test applied here.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "talign/align/dictionary_links.h"
#include "talign/text/document.h"
#include "talign/text/stemmer.h"

namespace talign {

// Not thread-safe (Snowball stemmers keep state).
class DocumentDictionary {
 public:
  explicit DocumentDictionary(const Dictionary& dictionary);

  // The pairs whose source stem occurs in `src` and target stem in `tgt`.
  Dictionary For(const std::vector<Segment>& src, const std::vector<Segment>& tgt);

 private:
  const Dictionary& dictionary_;
  Stemmer src_stemmer_, tgt_stemmer_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_src_stem_;  // pair indices
  std::vector<std::string> tgt_stems_;                                     // by pair
};

}  // namespace talign
