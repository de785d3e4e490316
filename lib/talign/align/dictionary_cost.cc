#include "talign/align/dictionary_cost.h"

#include <utility>

namespace talign {

DictionaryCost::DictionaryCost(std::shared_ptr<const DictionaryEvidence> evidence, double weight,
                               double segment_chance)
    : evidence_(std::move(evidence)), weight_(weight), segment_chance_(segment_chance) {}

DictionaryCost::DictionaryCost(const BitextFeatures& features, const std::vector<WordLink>& links,
                               double weight, double chance)
    : DictionaryCost(std::make_shared<DictionaryEvidence>(features, links, chance), weight) {}

void DictionaryCost::AddCosts(const BeadView& first, std::size_t count, double* out) const {
  if (first.src_count == 0 || first.tgt_count == 0 || count == 0) return;
  if (matches_.size() < count) {
    matches_.resize(count);
    chance_matches_.resize(count);
  }
  evidence_->Matches(first, count, matches_.data());
  evidence_->ChanceMatches(first, count, chance_matches_.data());
  const double charged = weight_ * evidence_->chance();
  for (std::size_t x = 0; x < count; ++x) {
    out[x] += -weight_ * matches_[x] / 2.0 + charged * chance_matches_[x] / 2.0;
  }
  if (segment_chance_ <= 0 || (first.src_count > 1) == (first.tgt_count > 1)) return;
  if (unearned_.size() < count) unearned_.resize(count);
  evidence_->UnearnedMatches(first, count, segment_chance_, unearned_.data());
  for (std::size_t x = 0; x < count; ++x) out[x] += weight_ * unearned_[x] / 2.0;
}

}  // namespace talign
