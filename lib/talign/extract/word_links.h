// Word links inside one bead, and the target span a source term translates to when the
// links allow one (phrase pairs consistent with the word alignment, as in phrase-based MT).
//
//   WordLinks links(src_words, tgt_words, model);
//   links.Project({1, 2});  // "négociations interafghanes" → {3, 4} "intra-Afghan negotiations"
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "talign/align/translation_table.h"
#include "talign/extract/term_candidates.h"

namespace talign {

// Model 1 both ways, over the lemma ids of each side (the aligner's TranslationTable).
struct WordModel {
  TranslationTable forward;                      // t(tgt lemma | src lemma)
  TranslationTable backward;                     // t(src lemma | tgt lemma)
  std::unordered_set<std::uint64_t> dictionary;  // Key() of a general dictionary's pairs
  std::vector<bool> in_dictionary;               // by source lemma: has a pair there
  static std::uint64_t Key(std::uint32_t src, std::uint32_t tgt) {
    return (static_cast<std::uint64_t>(src) << 32) | tgt;
  }
};

// link_threshold (0.1): geometric mean of t(e|f) and t(f|e) below which two words are not
// linked. Identical or near-identical words (names, cognates: "Baradar", "président" /
// "president") are linked whatever the model says.
inline constexpr double kLinkThreshold = 0.1;

// dictionary_link (0.3): the least score of a pair the general dictionary gives.
inline constexpr double kDictionaryLink = 0.3;

// Cognates and names, both folded (FoldForMatch): equal, the same first five letters
// ("président" / "president"), or a hyphenated part of six letters or more inside the
// other ("intra-afghan" / "interafghanes").
bool NearIdentical(const std::string& a, const std::string& b);

class WordLinks {
 public:
  // Competitive linking (Melamed 2000): word pairs scoring at least kLinkThreshold are
  // linked best first, each word at most once, so that a repeated word ("négociations"
  // twice, "negotiations" once) cannot claim its twin's partner. Keeps no reference.
  WordLinks(const std::vector<TermWord>& src, const std::vector<TermWord>& tgt,
            const WordModel& model);

  // The target span consistent with `src_span`: its content words are linked only inside
  // the pair, and each unlinked source word takes an unlinked target word next to the span
  // when there is one. nullopt when there is no such span.
  std::optional<TermSpan> Project(const TermSpan& src_span) const;

  // True when `outer` holds `inner` and its other content words are linked to no source
  // word: the rest of the English phrase a source word stands for ("essoufflement" →
  // "breath" inside "shortness of breath").
  bool GrowsInto(const TermSpan& inner, const TermSpan& outer) const;

 private:
  bool FreeTarget(std::size_t j) const;  // an unlinked target content word
  struct Range {  // linked word indices on the other side; first > last: unlinked
    std::size_t first = 1;
    std::size_t last = 0;
    bool linked() const { return first <= last; }
    void Add(std::size_t i) {
      if (!linked()) first = last = i;
      first = std::min(first, i);
      last = std::max(last, i);
    }
  };
  std::vector<Range> src_links_;  // by source word
  std::vector<Range> tgt_links_;  // by target word
  std::vector<bool> src_content_;
  std::vector<bool> tgt_content_;
};

}  // namespace talign
