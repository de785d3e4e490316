#include "talign/extract/document_dictionary.h"

#include <algorithm>
#include <unordered_set>

#include "talign/text/normalizer.h"
#include "talign/text/tokenizer.h"

namespace talign {
namespace {

// The stems of a side's words, folded as the aligner folds them (segment_features.cc).
std::unordered_set<std::string> Stems(const std::vector<Segment>& segments, Stemmer& stemmer) {
  std::unordered_set<std::string> folded, stems;
  for (const Segment& s : segments) {
    for (const Token& t : Tokenize(s.text)) {
      if (t.kind != TokenKind::kPunct) folded.insert(FoldForMatch(t.text));
    }
  }
  for (const std::string& word : folded) stems.insert(stemmer.Stem(word));
  return stems;
}

// As the aligner's: no stemmer (nor language tag to parse) without pairs.
Stemmer StemmerOf(const Dictionary& dictionary, const std::string& language) {
  return dictionary.pairs.empty() ? Stemmer(std::string_view())
                                  : Stemmer(Language::Parse(language));
}

}  // namespace

DocumentDictionary::DocumentDictionary(const Dictionary& dictionary)
    : dictionary_(dictionary),
      src_stemmer_(StemmerOf(dictionary, dictionary.src_language)),
      tgt_stemmer_(StemmerOf(dictionary, dictionary.tgt_language)) {
  for (std::size_t i = 0; i < dictionary.pairs.size(); ++i) {
    const auto& [s, t] = dictionary.pairs[i];
    by_src_stem_[src_stemmer_.Stem(FoldForMatch(s))].push_back(i);
    tgt_stems_.push_back(tgt_stemmer_.Stem(FoldForMatch(t)));
  }
}

Dictionary DocumentDictionary::For(const std::vector<Segment>& src,
                                   const std::vector<Segment>& tgt) {
  Dictionary cut{dictionary_.src_language, dictionary_.tgt_language, {}};
  if (dictionary_.pairs.empty()) return cut;
  std::unordered_set<std::string> src_stems = Stems(src, src_stemmer_);
  std::unordered_set<std::string> tgt_stems = Stems(tgt, tgt_stemmer_);
  std::vector<std::size_t> found;
  for (const std::string& stem : src_stems) {
    auto it = by_src_stem_.find(stem);
    if (it == by_src_stem_.end()) continue;
    for (std::size_t i : it->second) {
      if (tgt_stems.count(tgt_stems_[i]) > 0) found.push_back(i);
    }
  }
  std::sort(found.begin(), found.end());  // the dictionary's order, whatever the hashing
  for (std::size_t i : found) cut.pairs.push_back(dictionary_.pairs[i]);
  return cut;
}

}  // namespace talign
