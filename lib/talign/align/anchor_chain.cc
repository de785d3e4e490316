#include "talign/align/anchor_chain.h"

#include <algorithm>

namespace talign {
namespace {

// For each anchor id, the segments of one side where it occurs rarely, ascending.
struct RareOccurrences {
  std::vector<std::uint32_t> begin;  // by anchor id, into `segment`; size ids + 1
  std::vector<std::uint32_t> segment;
};

// All occurrences grouped by anchor (a counting sort), then the crowded ones dropped:
// a repeat within `radius` segments (or in the same segment) makes both ambiguous.
RareOccurrences FindRare(const std::vector<SegmentFeatures>& side, std::size_t ids,
                         std::size_t radius) {
  std::vector<std::uint32_t> begin(ids + 1, 0), all;
  for (const SegmentFeatures& s : side) {
    for (std::uint32_t a : s.anchors) ++begin[a + 1];
  }
  for (std::size_t a = 0; a < ids; ++a) begin[a + 1] += begin[a];
  all.resize(begin[ids]);
  std::vector<std::uint32_t> fill(begin.begin(), begin.end() - 1);
  for (std::size_t k = 0; k < side.size(); ++k) {
    for (std::uint32_t a : side[k].anchors) all[fill[a]++] = static_cast<std::uint32_t>(k);
  }
  RareOccurrences rare{std::vector<std::uint32_t>(ids + 1, 0), {}};
  for (std::size_t a = 0; a < ids; ++a) {
    for (std::uint32_t k = begin[a]; k < begin[a + 1]; ++k) {
      bool alone_before = k == begin[a] || all[k] - all[k - 1] > radius;
      bool alone_after = k + 1 == begin[a + 1] || all[k + 1] - all[k] > radius;
      if (alone_before && alone_after) rare.segment.push_back(all[k]);
    }
    rare.begin[a + 1] = static_cast<std::uint32_t>(rare.segment.size());
  }
  return rare;
}

// For each source row 0..n, the target row where the same share of the characters is
// reached: the diagonal that the length ratio predicts.
std::vector<std::uint32_t> ProportionalDiagonal(const BitextFeatures& f) {
  const double scale = f.src_chars > 0 ? static_cast<double>(f.tgt_chars) / f.src_chars : 1.0;
  std::vector<std::uint32_t> diagonal(f.src.size() + 1);
  double src_chars = 0, tgt_chars = 0;
  std::size_t j = 0;
  for (std::size_t i = 0; i <= f.src.size(); ++i) {
    while (j < f.tgt.size() && tgt_chars + f.tgt[j].chars / 2.0 < src_chars * scale) {
      tgt_chars += f.tgt[j++].chars;
    }
    diagonal[i] = static_cast<std::uint32_t>(j);
    if (i < f.src.size()) src_chars += f.src[i].chars;
  }
  return diagonal;
}

// Pairs of one anchor's rare occurrences within the corridor; both lists ascend, and so
// does the diagonal, so the window slides.
void PairAnchor(const std::uint32_t* src, const std::uint32_t* src_end, const std::uint32_t* tgt,
                const std::uint32_t* tgt_end, const std::vector<std::uint32_t>& diagonal,
                const AnchorChainOptions& options, std::vector<ChainPoint>* points) {
  const std::uint32_t* lo = tgt;
  const std::uint32_t* hi = tgt;
  for (; src != src_end; ++src) {
    std::size_t at = diagonal[*src];
    while (lo != tgt_end && *lo + options.corridor < at) ++lo;
    hi = std::max(hi, lo);
    while (hi != tgt_end && *hi <= at + options.corridor) ++hi;
    auto partners = static_cast<std::size_t>(hi - lo);
    if (partners == 0 || partners > options.max_partners) continue;
    for (const std::uint32_t* t = lo; t != hi; ++t) points->push_back({*src, *t});
  }
}

// Longest chain strictly increasing in both coordinates (patience sorting): points sorted
// by source ascending and target descending, so one source row gives at most one point.
std::vector<ChainPoint> LongestChain(std::vector<ChainPoint> points) {
  std::sort(points.begin(), points.end(), [](const ChainPoint& a, const ChainPoint& b) {
    return a.src != b.src ? a.src < b.src : a.tgt > b.tgt;
  });
  std::vector<std::uint32_t> tails, previous(points.size());
  for (std::uint32_t k = 0; k < points.size(); ++k) {
    auto at =
        std::lower_bound(tails.begin(), tails.end(), points[k].tgt,
                         [&](std::uint32_t t, std::uint32_t tgt) { return points[t].tgt < tgt; });
    previous[k] = at == tails.begin() ? UINT32_MAX : *(at - 1);
    if (at == tails.end())
      tails.push_back(k);
    else
      *at = k;
  }
  std::vector<ChainPoint> chain;
  for (std::uint32_t k = tails.empty() ? UINT32_MAX : tails.back(); k != UINT32_MAX;
       k = previous[k]) {
    chain.push_back(points[k]);
  }
  return {chain.rbegin(), chain.rend()};
}

}  // namespace

std::vector<ChainPoint> AnchorChain(const BitextFeatures& features,
                                    const AnchorChainOptions& options) {
  const std::size_t ids = features.anchor_count;
  RareOccurrences src = FindRare(features.src, ids, options.rarity_radius);
  RareOccurrences tgt = FindRare(features.tgt, ids, options.rarity_radius);
  std::vector<std::uint32_t> diagonal = ProportionalDiagonal(features);
  std::vector<ChainPoint> points;
  for (std::size_t a = 0; a < ids; ++a) {
    PairAnchor(src.segment.data() + src.begin[a], src.segment.data() + src.begin[a + 1],
               tgt.segment.data() + tgt.begin[a], tgt.segment.data() + tgt.begin[a + 1], diagonal,
               options, &points);
  }
  return LongestChain(std::move(points));
}

GuidePath ChainGuide(const std::vector<ChainPoint>& chain, std::size_t n, std::size_t m) {
  std::vector<ChainPoint> knots{{0, 0}};
  knots.insert(knots.end(), chain.begin(), chain.end());
  knots.push_back({static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(m)});
  GuidePath guide(n + 1, ColumnRange{m, 0});
  for (std::size_t k = 0; k + 1 < knots.size(); ++k) {
    const std::size_t i1 = knots[k].src, i2 = knots[k + 1].src;
    const std::size_t j1 = knots[k].tgt, j2 = knots[k + 1].tgt;
    auto column = [&](std::size_t r) {
      return i2 == i1 ? j2 : j1 + (r - i1) * (j2 - j1) / (i2 - i1);
    };
    for (std::size_t r = i1; r <= i2; ++r) {
      guide[r].lo = std::min(guide[r].lo, r == i1 ? j1 : column(r));
      guide[r].hi = std::max(guide[r].hi, r < i2 ? column(r + 1) : j2);
    }
  }
  return guide;
}

std::vector<std::size_t> ChainHalfWidths(const std::vector<ChainPoint>& chain, std::size_t n,
                                         std::size_t base, std::size_t rows_per_column) {
  std::vector<std::size_t> knots{0};
  for (const ChainPoint& p : chain) knots.push_back(p.src);
  knots.push_back(n);
  std::vector<std::size_t> widths(n + 1, base);
  for (std::size_t k = 0; k + 1 < knots.size(); ++k) {
    for (std::size_t r = knots[k]; r <= knots[k + 1]; ++r) {
      widths[r] = base + std::min(r - knots[k], knots[k + 1] - r) / rows_per_column;
    }
  }
  return widths;
}

}  // namespace talign
