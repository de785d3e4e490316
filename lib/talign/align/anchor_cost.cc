#include "talign/align/anchor_cost.h"

#include <algorithm>

namespace talign {
namespace {

// Common elements of two sorted runs, as a multiset.
std::size_t CountCommon(const std::uint32_t* a, const std::uint32_t* a_end,
                        const std::uint32_t* b, const std::uint32_t* b_end) {
  std::size_t common = 0;
  while (a != a_end && b != b_end) {
    if (*a < *b) {
      ++a;
    } else if (*b < *a) {
      ++b;
    } else {
      ++common, ++a, ++b;
    }
  }
  return common;
}

}  // namespace

// Run starts cached per side: more than a widened band's columns.
constexpr std::size_t kWindowSlots = 4096;

AnchorWindows::AnchorWindows(const std::vector<SegmentFeatures>& side)
    : side_(side), slots_(kWindowSlots) {}

std::pair<const std::uint32_t*, const std::uint32_t*> AnchorWindows::Run(
    std::size_t begin, std::size_t count) const {
  if (count == 1) {
    const std::vector<std::uint32_t>& a = side_[begin].anchors;
    return {a.data(), a.data() + a.size()};
  }
  Slot& slot = slots_[begin % kWindowSlots];
  if (slot.begin != begin) Fill(begin, &slot);
  return {slot.merged.data() + slot.end[count - 1], slot.merged.data() + slot.end[count]};
}

void AnchorWindows::Fill(std::size_t begin, Slot* slot) const {
  slot->begin = begin;
  slot->merged.clear();
  std::vector<std::uint32_t> run = side_[begin].anchors;
  for (std::size_t count = 2; count <= kMaxShapeSide && begin + count <= side_.size(); ++count) {
    const std::vector<std::uint32_t>& next = side_[begin + count - 1].anchors;
    std::size_t middle = run.size();
    run.insert(run.end(), next.begin(), next.end());
    std::inplace_merge(run.begin(), run.begin() + static_cast<std::ptrdiff_t>(middle), run.end());
    slot->merged.insert(slot->merged.end(), run.begin(), run.end());
    slot->end[count] = slot->merged.size();
  }
}

AnchorCost::AnchorCost(const BitextFeatures& features, double weight)
    : weight_(weight), src_(features.src), tgt_(features.tgt) {}

double AnchorCost::Cost(const BeadView& bead) const {
  if (bead.src_count == 0 || bead.tgt_count == 0) return 0.0;
  auto [src, src_end] = src_.Run(bead.src_begin, bead.src_count);
  auto [tgt, tgt_end] = tgt_.Run(bead.tgt_begin, bead.tgt_count);
  std::size_t common = CountCommon(src, src_end, tgt, tgt_end);
  return -weight_ * static_cast<double>(common);
}

void AnchorCost::AddCosts(const BeadView& first, std::size_t count, double* out) const {
  if (first.src_count == 0 || first.tgt_count == 0) return;
  auto [src, src_end] = src_.Run(first.src_begin, first.src_count);
  if (src == src_end) return;
  for (std::size_t x = 0; x < count; ++x) {
    auto [tgt, tgt_end] = tgt_.Run(first.tgt_begin + x, first.tgt_count);
    out[x] += -weight_ * static_cast<double>(CountCommon(src, src_end, tgt, tgt_end));
  }
}

std::size_t CountCommonAnchors(const std::vector<SegmentFeatures>& src, const BeadView& bead,
                               const std::vector<SegmentFeatures>& tgt) {
  auto merged = [](const std::vector<SegmentFeatures>& side, std::size_t begin,
                   std::size_t count) {
    std::vector<std::uint32_t> all;
    for (std::size_t k = begin; k < begin + count; ++k) {
      all.insert(all.end(), side[k].anchors.begin(), side[k].anchors.end());
    }
    std::sort(all.begin(), all.end());
    return all;
  };
  std::vector<std::uint32_t> a = merged(src, bead.src_begin, bead.src_count);
  std::vector<std::uint32_t> b = merged(tgt, bead.tgt_begin, bead.tgt_count);
  return CountCommon(a.data(), a.data() + a.size(), b.data(), b.data() + b.size());
}

}  // namespace talign
