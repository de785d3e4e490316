// Sentence alignment of two segmented documents.
//
//   Alignment a = AlignSegments(src_doc.segments, tgt_doc.segments, AlignerOptions{});
//   // a.beads: monotone, every segment of both sides in exactly one bead.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "talign/align/anchor_chain.h"
#include "talign/align/bead.h"
#include "talign/align/cost_model.h"
#include "talign/align/dictionary_links.h"
#include "talign/align/number_key.h"
#include "talign/text/document.h"
#include "talign/text/punctuation_marks.h"

namespace talign {

struct AlignerOptions {
  // lexicon (empty): known translation pairs (source term, target term), e.g. from the
  // glossary; each pair found in a candidate bead counts as an anchor.
  std::vector<std::pair<std::string, std::string>> lexicon;
  // dictionary (no pairs): word translation pairs (source word, target word), stemmed
  // once with their languages' stemmers (dictionary.h), e.g. FreeDict's (freedict.h); they
  // seed the second pass's word translation model and are evidence of their own in its
  // bead cost (dictionary_cost.h). Lemmas are enough: stems match them with inflected
  // words (dictionary_links.h).
  Dictionary dictionary;
  // load_dictionary (none): when set, the dictionary for the input's own words, loaded
  // once its features have folded them (their DictionaryScope), in place of `dictionary`:
  // one input's words are not tokenised a second time for the load (freedict.h). Called
  // once per AlignSegments(); options shared by threads need a loader safe to call at once.
  std::function<Dictionary(const DictionaryScope&)> load_dictionary;
  // src_number_words, tgt_number_words (none): each language's number words
  // (StandaloneNumberWords), number anchors in all-capitals headings ("CHAPITRE PREMIER").
  NumberWords src_number_words;
  NumberWords tgt_number_words;
  // src_marks, tgt_marks (. ? ! ; : , and no turn mark): each language's punctuation
  // (PunctuationMarks), which tells the clause marks that segments end with or hold and
  // the marks that open a speaker's turn, anchors of a turn on both sides (AnchorKeys).
  PunctuationMarks src_marks;
  PunctuationMarks tgt_marks;
  // cost (see CostModelOptions): weights of the bead cost's components.
  CostModelOptions cost;
  // full_matrix_cells (300'000): inputs with at most this many DP cells ((n+1)·(m+1))
  // search the whole matrix in the first pass; larger ones search a band around the chain
  // of their rare shared anchors (anchor_chain.h) or, when anchors are scarce, around the
  // path of a coarse alignment with every `coarse_chunk` segments as one (recursively,
  // until small; coarse.h).
  std::size_t full_matrix_cells = 300'000;
  // anchor_chain: how the first pass of a long input finds its anchor chain.
  AnchorChainOptions anchor_chain;
  // coarse_chunk (8): segments per chunk from one coarse level to the next.
  std::size_t coarse_chunk = 8;
  // band_half_width (8): first-pass band half width, in target segments, around the
  // coarse level's path; doubled while the best path meets the band's edge.
  std::size_t band_half_width = 8;
  // refine_half_width (4): second-pass band half width around the first pass's path,
  // widened where the path meets its edge (pass 2 seldom strays further from pass 1).
  std::size_t refine_half_width = 4;
  // confidences (true): fill each bead's score (confidence.h); false leaves them 0 and
  // saves about a third of the time of a long input.
  bool confidences = true;
};

Alignment AlignSegments(const std::vector<Segment>& src, const std::vector<Segment>& tgt,
                        const AlignerOptions& options = {});

}  // namespace talign
