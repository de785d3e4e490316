#include "talign/align/aligner.h"

#include <cmath>
#include <memory>
#include <utility>

#include "talign/align/anchor_chain.h"
#include "talign/align/anchor_cost.h"
#include "talign/align/band.h"
#include "talign/align/boundary_cost.h"
#include "talign/align/coarse.h"
#include "talign/align/confidence.h"
#include "talign/align/dictionary_cost.h"
#include "talign/align/dictionary_links.h"
#include "talign/align/dp.h"
#include "talign/align/empty_segments.h"
#include "talign/align/held_out_evidence.h"
#include "talign/align/length_cost.h"
#include "talign/align/lexical_cost.h"
#include "talign/align/lexical_model.h"
#include "talign/align/null_cost.h"
#include "talign/align/segment_features.h"

namespace talign {
namespace {

// Pass 1 has no word evidence to tell a bead of more than five segments (1-5, 3-3, 4-2,
// 2-4, 5-1) from smaller ones and null beads: the 1-5s it finds are mostly wrong, and
// Model 1 would learn from them (Text+Berg dev 0.945 with them, 0.947 without; its 25k
// repeat 0.932 and 0.940).
constexpr std::size_t kFirstPassMaxShapeSegments = 5;

// The bead cost of pass 1 (lexical null) or of pass 2 (the lexical model and the share of
// each word's evidence it may use); either weighs the dictionary's evidence if given.
CostModel MakeModel(const BitextFeatures& features, const CostModelOptions& options,
                    double variance, const LexicalModel* lexical,
                    const HeldOutShares* shares = nullptr,
                    std::shared_ptr<const DictionaryEvidence> dictionary = nullptr) {
  CostModel model;
  if (lexical == nullptr) model.LimitShapeSegments(kFirstPassMaxShapeSegments);
  model.WeighPriors(options.shape_prior_weight);
  model.Add(std::make_unique<NullCost>(features, options.null_cost, options.null_cost_per_char));
  model.Add(std::make_unique<LengthCost>(features, variance, options.length_weight));
  model.Add(std::make_unique<AnchorCost>(features, options.anchor_weight, options.number_mismatch,
                                         options.lonely_number));
  if (options.clause_bonus > 0 || options.continuation_bonus > 0 ||
      options.inner_clause_bonus > 0) {
    model.Add(std::make_unique<BoundaryCost>(
        features, options.clause_bonus, options.continuation_bonus, options.inner_clause_bonus));
  }
  if (lexical != nullptr && options.lexical_weight > 0) {
    model.Add(std::make_unique<LexicalCost>(features, lexical->forward, lexical->backward,
                                            options.lexical_weight, options.lexical_diagonal,
                                            shares));
  }
  const double dictionary_weight =
      lexical != nullptr ? options.dictionary_weight : options.first_pass_dictionary_weight;
  if (dictionary != nullptr && dictionary_weight > 0) {
    model.Add(std::make_unique<DictionaryCost>(
        std::move(dictionary), dictionary_weight,
        lexical == nullptr ? options.first_pass_segment_chance : 0.0));
  }
  return model;
}

// Char lengths of the 1-1 beads of a first-pass path: the sample for the variance.
std::vector<std::pair<std::size_t, std::size_t>> OneToOneLengths(const std::vector<PathBead>& path,
                                                                 const BitextFeatures& features) {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (const PathBead& bead : path) {
    if (bead.view.src_count != 1 || bead.view.tgt_count != 1) continue;
    pairs.emplace_back(features.src[bead.view.src_begin].chars,
                       features.tgt[bead.view.tgt_begin].chars);
  }
  return pairs;
}

std::vector<std::size_t> Range(std::size_t begin, std::size_t count) {
  std::vector<std::size_t> indices(count);
  for (std::size_t k = 0; k < count; ++k) indices[k] = begin + k;
  return indices;
}

// Pass 2 trains on at most this many pass-1 beads (lexical_model.h).
constexpr std::size_t kMaxTrainingBeads = 8000;

// Coarse levels search their whole matrix only when it is this small: their chunks carry
// many anchors each, so their cells are the dearest.
constexpr std::size_t kCoarseFullMatrixCells = 20'000;

// Pass 1 on length and anchors: the whole matrix when small (at most `full_cells`), else
// a band around the path of the coarsened bitext, aligned the same way.
std::vector<PathBead> AlignWithoutLexicon(const BitextFeatures& features,
                                          const AlignerOptions& options, double variance,
                                          std::size_t full_cells) {
  const std::size_t n = features.src.size(), m = features.tgt.size();
  CostModel model = MakeModel(features, options.cost, variance, nullptr);
  if ((n + 1) * (m + 1) <= full_cells || options.coarse_chunk < 2) {
    return AlignInBand(model, m, DiagonalPath(n, m), std::max(n, m));
  }
  std::vector<PathBead> coarse = AlignWithoutLexicon(Coarsen(features, options.coarse_chunk),
                                                     options, variance, kCoarseFullMatrixCells);
  return AlignInBand(model, m, ProjectGuide(coarse, options.coarse_chunk, n, m),
                     options.band_half_width);
}

// Below one chain point per this many source rows, the chain says too little about the
// path between its points: the coarse levels guide instead.
constexpr std::size_t kMaxRowsPerChainPoint = 64;

// Pass 1 of a long input: a band around its anchor chain (anchor_chain.h), or around the
// coarse levels' path when anchors are scarce (a pair that shares few names or numbers).
std::vector<PathBead> FirstPass(const BitextFeatures& features, const AlignerOptions& options,
                                double variance) {
  const std::size_t n = features.src.size(), m = features.tgt.size();
  if ((n + 1) * (m + 1) > options.full_matrix_cells) {
    std::vector<ChainPoint> chain = AnchorChain(features, options.anchor_chain);
    if (chain.size() * kMaxRowsPerChainPoint >= n) {
      CostModel model = MakeModel(features, options.cost, variance, nullptr);
      return AlignInBand(model, m, ChainGuide(chain, n, m),
                         ChainHalfWidths(chain, n, options.band_half_width));
    }
  }
  return AlignWithoutLexicon(features, options, variance, options.full_matrix_cells);
}

// Pass 1 again near its own path, now with the dictionary's evidence: the null beads and
// merges it settles are the ones pass 2 follows and Model 1 learns from. In pass 2's
// narrow band it scores as in pass 1's wide one (whole, pieces, both folds) for less than
// half the time. It costs Text+Berg 25k 15% more instructions (callgrind, talign_align_eval
// --set first_pass_dictionary_weight=0: 11.01G without, 12.68G with it).
std::vector<PathBead> AddDictionary(std::vector<PathBead> first, const BitextFeatures& features,
                                    const AlignerOptions& options, double variance,
                                    std::shared_ptr<const DictionaryEvidence> dictionary) {
  if (dictionary == nullptr || options.cost.first_pass_dictionary_weight <= 0) return first;
  CostModel model = MakeModel(features, options.cost, variance, nullptr, nullptr, dictionary);
  return AlignInBand(model, features.tgt.size(), PathToGuide(first, features.src.size()),
                     options.refine_half_width);
}

Alignment ToAlignment(const std::vector<PathBead>& path, const std::vector<double>& scores) {
  Alignment alignment;
  alignment.beads.reserve(path.size());  // growing, its moves would raise the peak of memory
  for (std::size_t k = 0; k < path.size(); ++k) {
    const BeadView& view = path[k].view;
    alignment.beads.push_back(
        {Range(view.src_begin, view.src_count), Range(view.tgt_begin, view.tgt_count), scores[k]});
  }
  return alignment;
}

// The options' dictionary, or the one they load for the words of `features`.
Dictionary DictionaryFor(const BitextFeatures& features, const AlignerOptions& options) {
  if (!options.load_dictionary) return options.dictionary;
  DictionaryScope scope;
  scope.src.insert(features.src_words.begin(), features.src_words.end());
  scope.tgt.insert(features.tgt_words.begin(), features.tgt_words.end());
  return options.load_dictionary(scope);
}

Alignment AlignNonEmpty(const std::vector<Segment>& src, const std::vector<Segment>& tgt,
                        const AlignerOptions& options) {
  const std::size_t n = src.size(), m = tgt.size();
  BitextFeatures features =
      ExtractFeatures(src, tgt, options.lexicon, options.src_number_words, options.tgt_number_words,
                      options.src_marks, options.tgt_marks);
  double variance =
      options.cost.length_variance > 0 ? options.cost.length_variance : kDefaultLengthVariance;
  std::vector<WordLink> dictionary = DictionaryLinks(features, DictionaryFor(features, options));
  // One evidence for both passes' dictionary costs: links, idf and chance sums built once.
  std::shared_ptr<const DictionaryEvidence> evidence;
  if (!dictionary.empty()) {
    evidence =
        std::make_shared<DictionaryEvidence>(features, dictionary, options.cost.dictionary_chance);
  }
  std::vector<PathBead> first =
      AddDictionary(FirstPass(features, options, variance), features, options, variance, evidence);
  // Pass 2: length variance and word translations learnt from pass 1's beads (seeded with
  // the dictionary's and the input's identical words), searched near pass 1's path.
  if (options.cost.length_variance <= 0) {
    variance = EstimateLengthVariance(OneToOneLengths(first, features),
                                      LengthCost(features, variance).ratio());
  }
  std::vector<WordLink> seeds = SeedLinks(features, dictionary);
  LexicalModel lexical =
      TrainLexicalModel(features, first, kMaxTrainingBeads, seeds, options.cost.seed_weight);
  HeldOutShares shares = LeaveOneOutShares(features, first, seeds, options.cost.seed_weight,
                                           options.cost.lexical_leave_one_out);
  CostModel model = MakeModel(features, options.cost, variance, &lexical, &shares, evidence);
  std::vector<PathBead> second =
      AlignInBand(model, m, PathToGuide(first, n), options.refine_half_width);
  return ToAlignment(second, options.confidences ? BeadConfidences(model, second)
                                                 : std::vector<double>(second.size(), 0.0));
}

}  // namespace

Alignment AlignSegments(const std::vector<Segment>& src, const std::vector<Segment>& tgt,
                        const AlignerOptions& options) {
  if (!AnyEmpty(src) && !AnyEmpty(tgt)) return AlignNonEmpty(src, tgt, options);
  NonEmpty src_kept = DropEmpty(src), tgt_kept = DropEmpty(tgt);
  Alignment kept = AlignNonEmpty(src_kept.segments, tgt_kept.segments, options);
  return RestoreEmpty(kept, src_kept, tgt_kept, options.confidences ? 1.0 : 0.0);
}

}  // namespace talign
