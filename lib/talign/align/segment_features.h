// What the cost components know about each segment, computed once per alignment.
//
//   BitextFeatures f = ExtractFeatures(src, tgt, options.lexicon);
//   f.src[3].chars;    // length in code points
//   f.src[3].anchors;  // sorted anchor ids, comparable with f.tgt[k].anchors
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "talign/align/number_key.h"
#include "talign/text/document.h"
#include "talign/text/punctuation_marks.h"
#include "talign/text/tokenizer.h"

namespace talign {

struct SegmentFeatures {
  std::size_t chars = 0;               // Unicode code points, spaces included
  std::vector<std::uint32_t> anchors;  // anchor ids (shared by both sides), sorted, repeats kept
  std::vector<std::uint32_t> words;    // folded word ids of this side's vocabulary, in order
  bool ends_clause = false;            // EndsClause (segmentation_rules.h)
  // Clause marks (semicolons and colons; its language's PunctuationMarks) before its last
  // word: clause boundaries that the other side's translator may have made sentence ones.
  std::size_t inner_clauses = 0;
  // Its first word starts with a lowercase letter: it continues the previous segment
  // ("me répondit-on." after a quote), as a segmenter cut it, not as a writer.
  bool continues = false;
  bool furniture = false;  // page furniture ("Publicité", "Read more: …"; page_furniture.h)
};

struct BitextFeatures {
  std::vector<SegmentFeatures> src;
  std::vector<SegmentFeatures> tgt;
  std::size_t anchor_count = 0;     // anchor ids are 0..anchor_count-1
  std::vector<bool> number_anchor;  // by anchor id: the anchor is a number
  std::size_t src_vocabulary = 0;   // src word ids are 0..src_vocabulary-1
  std::size_t tgt_vocabulary = 0;
  std::size_t src_chars = 0;  // totals, for the length ratio
  std::size_t tgt_chars = 0;
  std::vector<std::string> src_words;  // folded word of each src word id, for dictionaries
  std::vector<std::string> tgt_words;
};

// The first word of `tokens` starts with a lowercase letter: a segment that continues the
// previous one ("me répondit-on." after a quote), as a segmenter cut it, not as a writer.
bool StartsLowercase(const std::vector<Token>& tokens);

// Deterministic: ids are given in order of first occurrence. `src_numbers`, `tgt_numbers`:
// each side's number words, anchors in its headings (AnchorKeys); `src_marks`,
// `tgt_marks`: each side's punctuation, its clause marks (ends_clause, inner_clauses) and
// the marks that open a speaker's turn (AnchorKeys).
BitextFeatures ExtractFeatures(const std::vector<Segment>& src, const std::vector<Segment>& tgt,
                               const std::vector<std::pair<std::string, std::string>>& lexicon,
                               const NumberWords& src_numbers = {},
                               const NumberWords& tgt_numbers = {},
                               const PunctuationMarks& src_marks = {},
                               const PunctuationMarks& tgt_marks = {});

// sums[k] = Σ value(side[i]) over i < k, so that a run of segments sums in O(1):
// PrefixSums(f.src, [](const SegmentFeatures& s) { return s.chars; }).
template <typename Value>
std::vector<std::size_t> PrefixSums(const std::vector<SegmentFeatures>& side, Value value) {
  std::vector<std::size_t> sums(side.size() + 1, 0);
  for (std::size_t i = 0; i < side.size(); ++i) sums[i + 1] = sums[i] + value(side[i]);
  return sums;
}

}  // namespace talign
