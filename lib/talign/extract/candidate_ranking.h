// From counted term pairs to ranked glossary candidates: scores, accepted rendering and
// variants, nested terms folded into the longer term, examples read back from the beads.
//
//   PairCounts pairs;  pairs.Count(src_id, tgt_id, bead_offset, 2);
//   std::vector<Candidate> best = RankCandidates({src_terms, tgt_terms, pairs, options}, store);
#pragma once

#include <cstdint>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

#include "talign/extract/bead_store.h"
#include "talign/extract/candidate.h"
#include "talign/extract/term_extractor.h"
#include "talign/extract/term_vocabulary.h"

namespace talign {

// Beads in which a source term's words link to a target term's, and where to find a few.
// Memory grows with the distinct pairs linked, not with the corpus.
class PairCounts {
 public:
  static constexpr std::size_t kMaxExamples = 4;
  struct Stats {
    std::uint32_t count = 0;
    std::uint32_t examples = 0;  // offsets[0..examples) are set
    std::uint64_t offsets[kMaxExamples] = {};
  };

  // One more bead; its offset kept as an example while fewer than `max_examples` are.
  void Count(std::uint32_t src, std::uint32_t tgt, std::uint64_t offset, std::size_t max_examples);
  const Stats* Find(std::uint32_t src, std::uint32_t tgt) const;
  const std::unordered_map<std::uint64_t, Stats>& all() const { return stats_; }

  static std::uint64_t Key(std::uint32_t src, std::uint32_t tgt) {
    return (static_cast<std::uint64_t>(src) << 32) | tgt;
  }

 private:
  std::unordered_map<std::uint64_t, Stats> stats_;
};

// (expansion term, acronym term) → beads where "expansion (ACRONYM)" is written.
using AcronymPairs = std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t>;

struct RankingInput {
  const LanguageResources& src_resources;
  const LanguageResources& tgt_resources;
  const TermVocabulary& src_terms;
  const TermVocabulary& tgt_terms;
  const PairCounts& pairs;
  const AcronymPairs& acronyms;  // of the source side
  const ExtractOptions& options;
};

// Candidates best first (score weighted by DeskWeight, then count, then source spelling),
// at most options.top; calendar words dropped.
std::vector<Candidate> RankCandidates(const RankingInput& input, BeadStore& store);

// `text` cut to at most `bytes` bytes at a space, with "…" when cut.
std::string Excerpt(const std::string& text, std::size_t bytes);

}  // namespace talign
