// The candidate terms of one side, interned by lemma sequence so that inflections are one
// term ("talibans", "talibane", "taliban"), with how many beads hold each and how it is
// most often spelt.
//
//   TermVocabulary terms(0.1);
//   std::uint32_t id = terms.Add(words, span, "négociations interafghanes");
//   terms.CountBead({id});  terms.beads(id) == 1;  terms.Spelling(id) == "négociations
//   interafghanes"
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "talign/extract/term_candidates.h"

namespace talign {

// The key of a span: its words' lemma ids, connectors included, as bytes.
std::string TermKey(const std::vector<TermWord>& words, const TermSpan& span);

// Memory grows with the number of distinct terms, never with the corpus: each term keeps a
// count and at most kMaxSpellings spellings.
class TermVocabulary {
 public:
  static constexpr std::size_t kMaxSpellings = 4;

  // lower_case_share: see ExtractOptions::lower_case_share.
  explicit TermVocabulary(double lower_case_share) : lower_case_share_(lower_case_share) {}

  // The term's id, added when new; `spelling` is counted as one way of writing it, unless
  // `sentence_initial` (its capital may be the sentence's): then it is only a fallback.
  std::uint32_t Add(const std::string& key, const std::string& spelling,
                    bool sentence_initial = false);
  std::optional<std::uint32_t> Find(const std::string& key) const;

  // Counts one bead for each distinct id in `ids` (which may repeat).
  void CountBead(std::vector<std::uint32_t> ids);

  std::size_t size() const { return terms_.size(); }
  std::uint32_t beads(std::uint32_t id) const { return terms_[id].beads; }
  const std::string& key(std::uint32_t id) const { return terms_[id].key; }
  // The most frequent spelling (ties: the first seen), unless a spelling that writes some of
  // its capitalised words (not acronyms) in lower case has lower_case_share of their
  // occurrences (and two at least): a name is never written in lower case in running text, a common
  // noun is often capitalised (headlines, "the Coronavirus"), so "human coronavirus" beats "human
  // Coronavirus".
  const std::string& Spelling(std::uint32_t id) const;
  // Spelling(), with a lone capitalised word of a multi-word term ("bovine Coronavirus")
  // lowered when its single-word term is spelt so ("coronavirus"), as an English target is
  // written: a capitalised run is a name ("World Health Organization") and stays. Not for
  // French, whose names capitalise their first word only ("Organisation mondiale de la santé").
  std::string LoweredSpelling(std::uint32_t id) const;

 private:
  struct Entry {
    std::string key;
    std::uint32_t beads = 0;
    std::vector<std::pair<std::string, std::uint32_t>> spellings;
  };
  double lower_case_share_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<Entry> terms_;
};

}  // namespace talign
