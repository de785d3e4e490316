// How much a news desk needs a candidate, as a factor of its score. A term earns its place
// when a translator could get it wrong; renderings nobody gets wrong sink, calendar words go:
//
//   DeskWeight desk(fr, en, options.aligner.dictionary, options);  // LanguageResources
//   desk.Weight("Londres", "London")    // 1: a name whose spelling changes
//   desk.Weight("OMS", "WHO")           // 1: an acronym worth pinning
//   desk.Weight("Obama", "Obama")       // options.identity_weight: the identity
//   desk.Weight("famille", "family")    // options.dictionary_weight: the dictionary's default,
//   desk.Weight("démocratie", "democracy")  // or a cognate
//   desk.Weight("jeudi", "Thursday")    // 0: calendar words are no glossary entries
#pragma once

#include <string>
#include <unordered_set>

#include "talign/align/dictionary.h"
#include "talign/extract/extract_words.h"
#include "talign/extract/term_extractor.h"
#include "talign/text/language_resources.h"

namespace talign {

class DeskWeight {
 public:
  DeskWeight(const LanguageResources& src, const LanguageResources& tgt,
             const Dictionary& dictionary, const ExtractOptions& options);

  // Factor in [0, 1] for the pair as the glossary writes it.
  double Weight(const std::string& source, const std::string& target) const;

 private:
  ExtractWords src_words_, tgt_words_;
  std::unordered_set<std::string> dictionary_;  // "source\ttarget", case-folded
  double identity_weight_, dictionary_weight_;
};

}  // namespace talign
