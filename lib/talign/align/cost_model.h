// The cost of a candidate bead: its shape's prior plus a sum of independent components.
//
//   CostModel model;
//   model.Add(std::make_unique<LengthCost>(features, variance));
//   double c = model.Cost({/*src*/ 4, 2, /*tgt*/ 3, 1}, kBeadShapes[3]);  // lower is better
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

#include "talign/align/bead_shapes.h"

namespace talign {

// Segments [src_begin, src_begin + src_count) aligned with [tgt_begin, tgt_begin + tgt_count).
struct BeadView {
  std::size_t src_begin = 0;
  std::size_t src_count = 0;
  std::size_t tgt_begin = 0;
  std::size_t tgt_count = 0;
};

// The bead cost's weights, each default with its effect; option_table.h names them for
// bench/eval_align.sh --set and bench/fit_align.sh. The defaults are hand-set on news and
// Text+Berg: the cross-validated fit finds no change that holds on held-back documents
// (README, How align works). Figures are dev-suite strict F1 (news, Text+Berg, novels).
struct CostModelOptions {
  // shape_prior_weight (1.0): weight of the shapes' priors (bead_shapes.h); higher prefers
  // 1-1 beads over merges and splits.
  double shape_prior_weight = 1.0;
  // length_weight (1.0): weight of the Gale-Church length cost (length_cost.h); 0.5
  // helps the novels (0.912 -> 0.922) and costs Text+Berg (0.947 -> 0.918).
  double length_weight = 1.0;
  // null_cost (1.1) + null_cost_per_char (0.03) × length: cost of a 1-0 or 0-1 bead.
  // Lower drops more segments as unaligned; higher glues them to a neighbour. A long added
  // sentence still costs more than the 1-2 prior (2.3): per_char 0.01 gets news's added
  // sentences (0.985 -> 0.993) but loses Text+Berg (0.947 -> 0.908) and the novels. It acts
  // through pass 1 (pass 2 follows pass 1's path from 1.0 to 1.3), whose glued added
  // sentences lexical_leave_one_out lets pass 2 undo. Fitted on fold A with it (whole,
  // pieces 140: 1.0 0.9575, 0.9498; 1.1 0.9586, 0.9549; 1.2 0.9582, 0.9542; 1.3 0.9579,
  // 0.9542); fold B 0.9434 -> 0.9455, pieces 0.9389 -> 0.9426.
  double null_cost = 1.1;
  double null_cost_per_char = 0.03;
  // anchor_weight (2.5): cost removed per anchor (number, name, cognate, lexicon pair)
  // found on both sides of a bead.
  double anchor_weight = 2.5;
  // number_mismatch (0.6): cost added per number on one side of a bead that the other side
  // has elsewhere but not in the bead (anchor_cost.h); 0.5 to 0.75 alike on Text+Berg.
  double number_mismatch = 0.6;
  // lonely_number (0.6): cost added per number in a bead that the other side has nowhere
  // (anchor_cost.h): a sentence whose numbers the translation lacks was left out (or added),
  // so two such sentences next to each other come out as 1-0 and 0-1, not as one 2-2. The
  // dev suite is unchanged from 0.2 to 0.7; 0.8 to 1.0 trades a Text+Berg bead (strict
  // 0.9472 -> 0.9486, lax 0.9929 -> 0.9918), 1.3 costs Text+Berg 0.0033.
  double lonely_number = 0.6;
  // lexical_weight (0.8): weight of the second pass's word translation model (IBM Model 1
  // both ways, trained on the first pass's beads); 0 aligns on length and anchors only.
  // Above 0.5 it keeps the 3-2 and 2-3 shapes from swallowing a 1-1 next to a 2-1.
  double lexical_weight = 0.8;
  // lexical_diagonal (4, fast_align's default): tension of the diagonal prior over the other
  // side's segments in the lexical cost of a bead with several (diagonal_prior.h): a
  // word's translation is sought in the segment facing it, so a merge whose order is wrong
  // costs more. 0 seeks it anywhere in the bead, as Model 1. Fitted on fold A (0, 2, 4, 8:
  // 0.9570, 0.9564, 0.9578, 0.9560); fold B 0.9359 -> 0.9402. All: news 0.9929 -> 0.9956,
  // novels 0.9141 -> 0.9180 (Jane Eyre +0.026, Les Confessions -0.010), Candide 0.9131 ->
  // 0.9158, Text+Berg 0.9472 unchanged.
  double lexical_diagonal = 4.0;
  // seed_weight (1): how many bead pairs each seed of Model 1 (a FreeDict link, or a word
  // spelt the same on both sides; lexical_model.h) counts as. Strict F1 macro, whole /
  // pieces 140, at 1, 1.4, 2, 3, 4: 0.9487 / 0.9481, 0.9484 / 0.9479, 0.9481 / 0.9477,
  // 0.9492 / 0.9462, 0.9487 / 0.9464 (from 3 on Text+Berg pieces fall 0.9437 -> 0.9398).
  // 2 -> 1: fold A 0.9590 -> 0.9605 / 0.9584 both, fold B 0.9471 -> 0.9477 / 0.9475 ->
  // 0.9484; novels 0.9261 -> 0.9298 / 0.9270 -> 0.9284, Candide 0.9219 -> 0.9205 / 0.9228
  // both, news and Text+Berg unchanged.
  double seed_weight = 1.0;
  // lexical_leave_one_out (1): how much of a word's own training pair is left out of its
  // Model 1 evidence where pass 1 put it in a merge (held_out_evidence.h): a sentence seen
  // once that pass 1 glued to its neighbour then explains nothing there in pass 2, and
  // comes out 0-1 (InsertionTest). Fold A (whole, pieces 140) at 0: 0.9591, 0.9539; 1:
  // 0.9586, 0.9549; 2: 0.9586, 0.9547. With null_cost 1.1, against 0 and 1.0 (whole;
  // pieces): news 0.9956 -> 0.9974; 0.9956 -> 0.9974, Text+Berg 0.9472 -> 0.9472; 0.9277
  // -> 0.9398, novels 0.9222 -> 0.9239; 0.9166 -> 0.9218, Candide 0.9185 -> 0.9198;
  // 0.9100 -> 0.9121, macro 0.9459 -> 0.9471; 0.9375 -> 0.9428.
  double lexical_leave_one_out = 1.0;
  // dictionary_weight (2.5): weight of the second pass's dictionary evidence
  // (dictionary_cost.h), when AlignerOptions::dictionary links words of the input; 2.2 to
  // 2.8 alike on Text+Berg (FreeDict deu-fra).
  double dictionary_weight = 2.5;
  // first_pass_dictionary_weight (0.7): weight of the dictionary evidence (as
  // dictionary_weight's) in pass 1, whose path decides the null beads and merges and
  // trains Model 1. Fitted on fold A (whole, pieces 140: 0 0.9586, 0.9549; 0.3 0.9589,
  // 0.9584; 0.45 and 0.6 0.9590, 0.9584; 0.8 0.9602, 0.9588; 0.9 drops news and Text+Berg
  // pieces, 1.0 to 2.5 more): the plateau's middle. Fold B 0.9455 -> 0.9471, pieces
  // 0.9426 -> 0.9475. All (whole; pieces): news 0.9974; 0.9974, Text+Berg 0.9472; 0.9398
  // -> 0.9437, novels 0.9239 -> 0.9261; 0.9218 -> 0.9270, Candide 0.9198 -> 0.9219;
  // 0.9121 -> 0.9228, macro 0.9471 -> 0.9481; 0.9428 -> 0.9477. With
  // first_pass_segment_chance 1.2 (and pass 2's 3-3, 4-2, 2-4, 5-1 shapes), fold A (whole,
  // pieces 140): 0.6 0.9632, 0.9617; 0.7 0.9633, 0.9621; 0.8 0.9646, 0.9634 (fold B
  // 0.9495, 0.9507 against 0.7's 0.9502, 0.9504); 0.9 0.9643, 0.9609 (Text+Berg pieces
  // 0.9484 -> 0.9407): 0.7, a step further from that edge than 0.8.
  double first_pass_dictionary_weight = 0.7;
  // dictionary_chance (0.2): how much of the dictionary matches a bead would find by
  // chance is charged back (dictionary_cost.h); 1 would be all of them, were the estimate
  // not linear in the other side's words (it overcounts frequent words). 0.2 lifts the
  // novels (0.901 -> 0.909), news (0.990 -> 0.993) and Candide (0.894 -> 0.897) and
  // keeps Text+Berg (0.947); 0.3 costs Text+Berg 0.0035.
  double dictionary_chance = 0.2;
  // first_pass_segment_chance (1.2): in pass 1, a segment of a 1-n or n-1 bead whose
  // dictionary matches there are at most this many times what chance gives it adds no
  // evidence to the bead (dictionary_evidence.h), so a sentence the translator added comes
  // out 0-1 (InsertionTest). Fitted on fold A with first_pass_dictionary_weight 0.7
  // (whole, pieces 140: 0 0.9632, 0.9620; 1.1 0.9632, 0.9618; 1.2 0.9633, 0.9621; 1.3
  // 0.9633, 0.9621; 1.4 0.9629, 0.9618): the plateau's middle; fold B 0.9502 -> 0.9502,
  // pieces 0.9498 -> 0.9504 (1.4 loses a news bead there). Applied in pass 2 too, or to
  // 2-2-like beads, it cost Text+Berg 0.0035 (its crossing 2-2s).
  double first_pass_segment_chance = 1.2;
  // clause_bonus (1.1): cost removed from a bead for each boundary inside it that follows
  // a clause mark (: ; ,; boundary_cost.h): Text+Berg splits there (1.0 to 1.15 alike).
  double clause_bonus = 1.1;
  // continuation_bonus (0.6): cost removed from a bead for each segment on its longer side
  // that starts in lowercase, continuing its sentence ("me répondit-on."; boundary_cost.h).
  double continuation_bonus = 0.6;
  // inner_clause_bonus (0.6): cost removed from a bead with more segments on one side for
  // each semicolon or colon inside the other side's segments, at most one per segment
  // more (boundary_cost.h): a translator joins sentences at such marks (in 58-75% of the
  // novels' and Candide's n-1 beads, 27-42% of their 1-1). Fitted on fold A (0.3 to 1.0:
  // novels 0.9273 -> 0.9285-0.9292); on fold B novels 0.8963 -> 0.9032, Candide 0.9114 ->
  // 0.9131. Text+Berg cuts at these marks, so has none inside.
  double inner_clause_bonus = 0.6;
  // length_variance (0): Gale–Church variance of target length per source character;
  // 0 estimates it from the input's confident 1-1 beads.
  double length_variance = 0.0;
};

// One additive term of the bead cost. Implementations read precomputed features; Cost()
// must be deterministic and cheap (the DP prices every band cell and shape).
class CostComponent {
 public:
  virtual ~CostComponent() = default;
  virtual double Cost(const BeadView& bead) const = 0;
  // Adds to out[x], x < count, the cost of `first` moved x target segments on: the DP
  // prices a row's beads of one shape at once, so that a component can hoist what they
  // share. Must add what Cost() gives, bit for bit; beads it gives 0 may be skipped (the
  // model's sums never reach -0, so adding ±0 changes nothing).
  virtual void AddCosts(const BeadView& first, std::size_t count, double* out) const {
    BeadView bead = first;
    for (std::size_t x = 0; x < count; ++x, ++bead.tgt_begin) out[x] += Cost(bead);
  }
  // Called by the DP before it relaxes row i, in increasing order: source segment i - 1
  // will be paired with target segments [tgt_begin, tgt_end) by the beads of rows i to
  // i + kMaxShapeSide - 1, so a component may cache that row's work (LexicalCost does).
  // Cost() must give the same result whether or not this was called.
  virtual void BeginRow(std::size_t i, std::size_t tgt_begin, std::size_t tgt_end) const {
    (void)i, (void)tgt_begin, (void)tgt_end;
  }

 protected:
  // Cost() of a component whose AddCosts() does the work: a row of one bead.
  double CostAsRowOfOne(const BeadView& bead) const {
    double cost = 0.0;
    AddCosts(bead, 1, &cost);
    return cost;
  }
};

// Owns its components. Not copyable (unique components); movable.
class CostModel {
 public:
  CostModel() = default;

  void Add(std::unique_ptr<CostComponent> component) {
    components_.push_back(std::move(component));
  }

  double Cost(const BeadView& bead, const BeadShape& shape) const {
    double cost = Prior(shape);
    for (const auto& component : components_) cost += component->Cost(bead);
    return cost;
  }
  // out[x] = Cost(`first` moved x target segments on, shape) for x < count; the same sums.
  void Costs(const BeadView& first, std::size_t count, const BeadShape& shape, double* out) const {
    std::fill(out, out + count, Prior(shape));
    for (const auto& component : components_) component->AddCosts(first, count, out);
  }
  void BeginRow(std::size_t i, std::size_t tgt_begin, std::size_t tgt_end) const {
    for (const auto& component : components_) component->BeginRow(i, tgt_begin, tgt_end);
  }

  // The shapes' priors count `weight` times (CostModelOptions::shape_prior_weight).
  void WeighPriors(double weight) { prior_weight_ = weight; }
  double Prior(const BeadShape& shape) const { return prior_weight_ * shape.prior_cost; }

  // Shapes with more than `max_segments` segments on both sides together are not priced:
  // the DP skips them.
  void LimitShapeSegments(std::size_t max_segments) { max_segments_ = max_segments; }
  bool Prices(const BeadShape& shape) const { return shape.src + shape.tgt <= max_segments_; }

 private:
  std::vector<std::unique_ptr<CostComponent>> components_;
  std::size_t max_segments_ = 2 * kMaxShapeSide;
  double prior_weight_ = 1.0;
};

}  // namespace talign
