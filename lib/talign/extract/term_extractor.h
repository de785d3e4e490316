// Term pairs from aligned document pairs, streamed one pair at a time.
//
//   TermExtractor extractor(fr, en, {});   // LanguageResources of each side
//   for (const auto& [src, tgt] : documents) extractor.AddDocuments(src.segments, tgt.segments);
//   std::vector<Candidate> best = extractor.Finish();   // taliban → Taliban, mollah → mullah…
//
// Pass 1 (AddDocuments): align, find candidate terms on both sides (term_candidates.h),
// count them, keep a bounded sample of beads for the word model, and spill the beads and
// their analysed words to temporary files. Finish(): train IBM Model 1 both ways on the sample (the
// aligner's TranslationTable), pass 2 over the spilled beads pairs each source term with the target
// term its word links project onto, then pairs are scored (Dice over beads) and ranked.
// Memory grows with the vocabularies and the pairs seen, not with the corpus.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "talign/align/aligner.h"
#include "talign/extract/candidate.h"
#include "talign/text/document.h"
#include "talign/text/language_resources.h"

namespace talign {

struct ExtractOptions {
  // min_count (2): a term pair must be linked in at least this many beads.
  std::size_t min_count = 2;
  // top (0): keep the best N candidates; 0 keeps all.
  std::size_t top = 0;
  // min_score (0.1): candidates whose accepted rendering scores less are dropped.
  double min_score = 0.1;
  // variant_share (0.1): a further rendering is listed when linked at least this share of
  // the accepted one's count (and min_count times).
  double variant_share = 0.1;
  // model_beads (50'000): beads sampled (reservoir, fixed seed) to train the word model.
  std::size_t model_beads = 50'000;
  // identity_weight (0.5): a rendering identical to its source (Obama → Obama), not an
  // acronym, has its score multiplied by this; dictionary_weight (0.6): the same for a
  // rendering the general dictionary (aligner.dictionary) gives (famille → family) or a
  // lower-case word's cognate (démocratie → democracy).
  double identity_weight = 0.5;
  double dictionary_weight = 0.6;
  // max_examples (2): examples kept per candidate; example_bytes (160): per side.
  std::size_t max_examples = 2;
  std::size_t example_bytes = 160;
  // aligner: options for AlignSegments on each document pair.
  AlignerOptions aligner;
};

// Not copyable; not thread-safe (dictionaries, caches, a temporary file).
class TermExtractor {
 public:
  // Keeps references to the resources, which outlive it.
  TermExtractor(const LanguageResources& src, const LanguageResources& tgt,
                const ExtractOptions& options);
  ~TermExtractor();
  TermExtractor(const TermExtractor&) = delete;
  TermExtractor& operator=(const TermExtractor&) = delete;

  // Aligns one document pair and adds its beads that have both sides.
  void AddDocuments(const std::vector<Segment>& src, const std::vector<Segment>& tgt);
  // Adds one bead already aligned (e.g. a TMX unit).
  void AddBead(const std::string& src, const std::string& tgt);

  // Ranked candidates, best first. Call once, after the last Add.
  std::vector<Candidate> Finish();

  // The lemma key of a term as a glossary writes it ("accords de Doha" and "accord de
  // Doha" share one), to compare glossary entries with candidates.
  std::string SourceKey(std::string_view form);
  std::string TargetKey(std::string_view form);

  std::size_t beads() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace talign
