#include "talign/align/anchor_cost.h"

#include <algorithm>

#include "talign/align/bead_shapes.h"

namespace talign {
namespace {

// Common elements of two sorted runs, as a multiset.
std::size_t CountCommon(const std::uint32_t* a, const std::uint32_t* a_end, const std::uint32_t* b,
                        const std::uint32_t* b_end) {
  std::size_t common = 0;
  while (a != a_end && b != b_end) {
    if (*a < *b) {
      ++a;
    } else if (*b < *a) {
      ++b;
    } else {
      ++common;
      ++a;
      ++b;
    }
  }
  return common;
}

// Which anchor ids occur on `side`.
std::vector<bool> Occurring(const std::vector<SegmentFeatures>& side, std::size_t anchors) {
  std::vector<bool> occurs(anchors, false);
  for (const SegmentFeatures& segment : side) {
    for (std::uint32_t a : segment.anchors) occurs[a] = true;
  }
  return occurs;
}

}  // namespace

AnchorCost::AnchorCost(const BitextFeatures& features, double weight, double number_mismatch,
                       double lonely_number)
    : weight_(weight),
      number_mismatch_(number_mismatch),
      lonely_number_(lonely_number),
      unit_(features.anchor_count, 1),
      src_(KeepShared(features.src, Occurring(features.tgt, features.anchor_count),
                      features.number_anchor)),
      tgt_(KeepShared(features.tgt, Occurring(features.src, features.anchor_count),
                      features.number_anchor)),
      surplus_(features.anchor_count, 0) {
  for (std::size_t a = 0; a < features.number_anchor.size(); ++a) {
    if (features.number_anchor[a]) unit_[a] += Common{1} << 32;
  }
}

AnchorCost::SharedAnchors AnchorCost::KeepShared(const std::vector<SegmentFeatures>& side,
                                                 const std::vector<bool>& on_other_side,
                                                 const std::vector<bool>& number_anchor) {
  SharedAnchors shared;
  shared.begin.reserve(side.size() + 1);
  shared.begin.push_back(0);
  shared.numbers.push_back(0);
  shared.lonely.push_back(0);
  for (const SegmentFeatures& segment : side) {
    std::uint32_t numbers = 0, lonely = 0;
    for (std::uint32_t a : segment.anchors) {
      const bool number = a < number_anchor.size() && number_anchor[a];
      if (!on_other_side[a]) {
        lonely += number;
        continue;
      }
      shared.ids.push_back(a);
      numbers += number;
    }
    shared.begin.push_back(shared.ids.size());
    shared.numbers.push_back(shared.numbers.back() + numbers);
    shared.lonely.push_back(shared.lonely.back() + lonely);
  }
  return shared;
}

void AnchorCost::AddCosts(const BeadView& first, std::size_t count, double* out) const {
  if (first.src_count == 0 || first.tgt_count == 0 || count == 0) return;
  const std::size_t begin = first.tgt_begin, width = first.tgt_count;
  if (lonely_number_ > 0) AddLonely(first, count, out);
  const std::vector<std::uint32_t>& tgt_numbers = tgt_.numbers;
  const std::uint32_t src_numbers =
      src_.numbers[first.src_begin + first.src_count] - src_.numbers[first.src_begin];
  if (PlaceSource(first) == 0 || !FindRunAnchors(begin, begin + count - 1 + width)) {
    // nothing in common: only the numbers to charge
    if (number_mismatch_ == 0.0 ||
        (src_numbers == 0 && tgt_numbers[begin + count - 1 + width] == tgt_numbers[begin])) {
      return;
    }
    for (std::size_t x = 0; x < count; ++x) {
      out[x] += Price(0, src_numbers + tgt_numbers[begin + x + width] - tgt_numbers[begin + x]);
    }
    return;
  }
  if (width == 1) {
    for (std::size_t x = 0; x < count; ++x) {
      out[x] += Price(Alone(begin + x),
                      src_numbers + tgt_numbers[begin + x + 1] - tgt_numbers[begin + x]);
    }
    return;
  }
  Common common = 0;
  for (std::size_t l = begin; l + 1 < begin + width; ++l) Enter(l, &common);
  for (std::size_t x = 0; x < count; ++x) {
    Enter(begin + x + width - 1, &common);
    out[x] += Price(common, src_numbers + tgt_numbers[begin + x + width] - tgt_numbers[begin + x]);
    Leave(begin + x, &common);
  }
  for (std::size_t l = begin + count; l + 1 < begin + count + width; ++l) Leave(l, &common);
}

void AnchorCost::AddLonely(const BeadView& first, std::size_t count, double* out) const {
  const std::size_t begin = first.tgt_begin, width = first.tgt_count;
  const std::vector<std::uint32_t>& tgt = tgt_.lonely;
  const std::uint32_t src =
      src_.lonely[first.src_begin + first.src_count] - src_.lonely[first.src_begin];
  if (src == 0 && tgt[begin + count - 1 + width] == tgt[begin]) return;  // the common case
  for (std::size_t x = 0; x < count; ++x) {
    out[x] += lonely_number_ * static_cast<double>(src + tgt[begin + x + width] - tgt[begin + x]);
  }
}

double AnchorCost::Price(Common common, std::uint32_t numbers) const {
  const auto anchors = static_cast<std::uint32_t>(common);
  const auto common_numbers = static_cast<std::uint32_t>(common >> 32);
  return -weight_ * static_cast<double>(anchors) +
         number_mismatch_ * static_cast<double>(numbers - 2 * common_numbers);
}

std::size_t AnchorCost::PlaceSource(const BeadView& bead) const {
  if (bead.src_begin != placed_begin_ || bead.src_count != placed_count_) {
    AddSource(placed_begin_, placed_count_, -1);
    AddSource(bead.src_begin, bead.src_count, +1);
    placed_begin_ = bead.src_begin;
    placed_count_ = bead.src_count;
    run_.end = run_.first;
  }
  return src_.begin[bead.src_begin + bead.src_count] - src_.begin[bead.src_begin];
}

void AnchorCost::AddSource(std::size_t begin, std::size_t count, int sign) const {
  for (std::size_t at = src_.begin[begin]; at < src_.begin[begin + count]; ++at) {
    surplus_[src_.ids[at]] += sign;
  }
}

// The shapes of a run ask for neighbouring target segments: one pass finds a few more
// than asked on each side, so that the next shapes need none.
bool AnchorCost::FindRunAnchors(std::size_t begin, std::size_t end) const {
  if (begin < run_.first || end > run_.end) {
    std::size_t first = begin > kMaxShapeSide ? begin - kMaxShapeSide : 0;
    std::size_t last = std::min(end + kMaxShapeSide, tgt_.begin.size() - 1);
    if (run_.first < run_.end) {
      first = std::min(first, run_.first);
      last = std::max(last, run_.end);
    }
    run_.first = first;
    run_.end = last;
    // Sized for all, written in place, cut to those kept: no capacity test per anchor.
    run_.ids.resize(tgt_.begin[last] - tgt_.begin[first]);
    run_.begin.resize(last - first + 1);
    std::size_t kept = 0;
    for (std::size_t l = first; l < last; ++l) {
      run_.begin[l - first] = kept;
      for (std::size_t at = tgt_.begin[l]; at < tgt_.begin[l + 1]; ++at) {
        const std::uint32_t a = tgt_.ids[at];
        run_.ids[kept] = a;
        kept += surplus_[a] > 0;
      }
    }
    run_.begin[last - first] = kept;
    run_.ids.resize(kept);
  }
  return run_.begin[end - run_.first] != run_.begin[begin - run_.first];
}

void AnchorCost::Enter(std::size_t l, Common* common) const {
  for (const std::uint32_t *a = RunAnchors(l), *a_end = RunAnchors(l + 1); a != a_end; ++a) {
    if (surplus_[*a]-- > 0) *common += unit_[*a];
  }
}

void AnchorCost::Leave(std::size_t l, Common* common) const {
  for (const std::uint32_t *a = RunAnchors(l), *a_end = RunAnchors(l + 1); a != a_end; ++a) {
    if (++surplus_[*a] > 0) *common -= unit_[*a];
  }
}

AnchorCost::Common AnchorCost::Alone(std::size_t l) const {
  Common common = 0;
  std::int32_t nth = 0;  // of this anchor id in the segment, from 1
  const std::uint32_t* const first = RunAnchors(l);
  for (const std::uint32_t *a = first, *a_end = RunAnchors(l + 1); a != a_end; ++a) {
    nth = a > first && a[-1] == *a ? nth + 1 : 1;
    if (surplus_[*a] >= nth) common += unit_[*a];
  }
  return common;
}

std::size_t CountCommonAnchors(const std::vector<SegmentFeatures>& src, const BeadView& bead,
                               const std::vector<SegmentFeatures>& tgt) {
  auto merged = [](const std::vector<SegmentFeatures>& side, std::size_t begin, std::size_t count) {
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
