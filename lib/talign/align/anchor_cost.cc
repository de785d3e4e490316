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

AnchorWindows::AnchorWindows(const std::vector<SegmentFeatures>& side) : side_(side) {
  offset_.reserve(side.size() * kMaxShapeSide + 1);
  std::vector<std::uint32_t> run;
  for (std::size_t begin = 0; begin < side.size(); ++begin) {
    run.clear();
    for (std::size_t count = 1; count <= kMaxShapeSide; ++count) {
      offset_.push_back(merged_.size());
      if (count == 1 || begin + count > side.size()) continue;
      const std::vector<std::uint32_t>& next = side[begin + count - 1].anchors;
      std::size_t middle = run.empty() ? side[begin].anchors.size() : run.size();
      if (run.empty()) run = side[begin].anchors;
      run.insert(run.end(), next.begin(), next.end());
      std::inplace_merge(run.begin(), run.begin() + static_cast<std::ptrdiff_t>(middle), run.end());
      merged_.insert(merged_.end(), run.begin(), run.end());
    }
  }
  offset_.push_back(merged_.size());
}

const std::uint32_t* AnchorWindows::Begin(std::size_t begin, std::size_t count) const {
  if (count == 1) return side_[begin].anchors.data();
  return merged_.data() + offset_[Slot(begin, count)];
}

const std::uint32_t* AnchorWindows::End(std::size_t begin, std::size_t count) const {
  if (count == 1) return side_[begin].anchors.data() + side_[begin].anchors.size();
  return merged_.data() + offset_[Slot(begin, count) + 1];
}

AnchorCost::AnchorCost(const BitextFeatures& features, double weight)
    : weight_(weight), src_(features.src), tgt_(features.tgt) {}

double AnchorCost::Cost(const BeadView& bead) const {
  if (bead.src_count == 0 || bead.tgt_count == 0) return 0.0;
  std::size_t common = CountCommon(src_.Begin(bead.src_begin, bead.src_count),
                                   src_.End(bead.src_begin, bead.src_count),
                                   tgt_.Begin(bead.tgt_begin, bead.tgt_count),
                                   tgt_.End(bead.tgt_begin, bead.tgt_count));
  return -weight_ * static_cast<double>(common);
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
