// How much of a sentence the other side of its bead translates: the share of its content
// words (no function words) with a dictionary translation there (align/dictionary.h,
// FreeDict's pairs, by Snowball stem) or written alike there (names, figures, cognates).
//
//   BeadTranslation other(context, bead, /*source=*/false);  // the bead's source side, read
//   other.Share(context.tgt[25], 8);  // 0.0: none of its words is in the source: added?
#pragma once

#include <optional>
#include <set>
#include <string>

#include "talign/qa/check.h"

namespace talign {

// Content words of a segment, and how many of them the other side translates.
struct Translated {
  std::size_t words = 0;
  std::size_t translated = 0;

  Translated& operator+=(const Translated& other) {
    words += other.words;
    translated += other.translated;
    return *this;
  }
};

// The share of a side's content words that the other side translates over the document's 1-1
// beads (`source`: the source side's words): how often translated words show here, which
// depends on the dictionary, the language pair and how free the translation is.
double TranslatedShare(const CheckContext& context, bool source);

// True when `count` has so few translated words that a segment whose words are each
// translated with probability `share` has as few at most kUnlikely of the time
// (translation_evidence.cc): evidence that it is not translated at all, scaled to the
// document rather than a fixed share.
bool UnlikelyTranslated(const Translated& count, double share);

// One side of a bead, read so that segments of the other side can be compared with it.
// Borrows `context`; without context.dictionary only words written alike count.
class BeadTranslation {
 public:
  // `source`: the segments compared are source segments, so the bead's target side is read.
  BeadTranslation(const CheckContext& context, const Bead& bead, bool source);

  // The share of `segment`'s content words that the read side translates or writes alike;
  // nothing when the segment has fewer than `min_words` content words.
  std::optional<double> Share(const Segment& segment, std::size_t min_words) const;
  Translated Count(const Segment& segment) const;

 private:
  bool WrittenAlike(const std::string& folded) const;

  const CheckContext& context_;
  const Dictionary& dictionary_;
  bool source_;
  std::set<std::string> folded_;  // the read side's words, folded
  // Target stems: the read target side's own, or the translations of the read source side's.
  std::set<std::string> stems_;
};

}  // namespace talign
