#include "talign/align/dp.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

namespace talign {
namespace {

constexpr double kUnreachable = std::numeric_limits<double>::infinity();
constexpr std::uint8_t kNoShape = 0xFF;

struct Cell {
  std::size_t i = 0, j = 0;
};

// Costs are kept for the last kMaxShapeSide + 1 rows only (a bead reaches no further back)
// and shapes for the whole band: one byte per cell, so a band that widens across unrelated
// text stays small.
struct Tables {
  std::array<std::vector<double>, kMaxShapeSide + 1> cost;  // best cost to reach, by row
  std::vector<std::uint8_t> shape;  // index into kBeadShapes of the last bead
  // Scratch of the row being relaxed, by shape and column: the cost of reaching the cell
  // by that shape (its bead's only, for shapes within the row), or kUnreachable.
  std::array<std::vector<double>, kBeadShapes.size()> via;

  // Row i's costs, by column from the row's lo.
  std::vector<double>& Cost(std::size_t i) { return cost[i % cost.size()]; }
};

// kBeadShapes' indices by source segments: a row's beads of one source run are priced one
// after another, so that a component may keep what the run sets up (AnchorCost does).
constexpr std::array<std::size_t, kBeadShapes.size()> kPricingOrder = [] {
  std::array<std::size_t, kBeadShapes.size()> order{};
  std::size_t next = 0;
  for (std::size_t src = 0; src <= kMaxShapeSide; ++src) {
    for (std::size_t s = 0; s < kBeadShapes.size(); ++s) {
      if (kBeadShapes[s].src == src) order[next++] = s;
    }
  }
  return order;
}();

// Fills t->via[s] for row i: every shape's beads at once (CostModel::Costs).
void PriceRow(const CostModel& model, const Band& band, std::size_t i, Tables* t) {
  const ColumnRange& row = band.Row(i);
  for (std::size_t s : kPricingOrder) {
    const BeadShape& shape = kBeadShapes[s];
    std::vector<double>& via = t->via[s];
    via.resize(row.hi - row.lo + 1);
    // End columns [lo, hi] whose start column is in the start row; kUnreachable elsewhere.
    std::size_t lo = row.hi + 1, hi = row.hi, from_lo = 0;
    if (shape.src <= i && model.Prices(shape)) {
      const ColumnRange& from = band.Row(i - shape.src);
      lo = std::max(row.lo, from.lo + shape.tgt);
      hi = std::min(row.hi, from.hi + shape.tgt);
      from_lo = from.lo;
    }
    if (lo > hi) {
      std::fill(via.begin(), via.end(), kUnreachable);
      continue;
    }
    std::fill(via.begin(), via.begin() + static_cast<std::ptrdiff_t>(lo - row.lo), kUnreachable);
    std::fill(via.begin() + static_cast<std::ptrdiff_t>(hi + 1 - row.lo), via.end(), kUnreachable);
    double* out = via.data() + (lo - row.lo);
    model.Costs({i - shape.src, shape.src, lo - shape.tgt, shape.tgt}, hi - lo + 1, shape, out);
    if (shape.src == 0) continue;  // its start cell is found in RelaxRow
    const double* before = &t->Cost(i - shape.src)[lo - shape.tgt - from_lo];
    for (std::size_t x = 0; x <= hi - lo; ++x) out[x] += before[x];
  }
}

// Best way into each cell of row i after `start`, over all shapes whose start cell is in
// the band; ties go to the shape listed first.
void RelaxRow(const Band& band, std::size_t i, Cell start, Tables* t) {
  const ColumnRange& row = band.Row(i);
  // Local pointers: the shape bytes written below could alias the vectors' own.
  const double* via[kBeadShapes.size()];
  for (std::size_t s = 0; s < kBeadShapes.size(); ++s) via[s] = t->via[s].data();
  double* cost = t->Cost(i).data();
  std::uint8_t* shapes = t->shape.data() + band.Cell(i, row.lo);
  for (std::size_t j = i == start.i ? start.j + 1 : row.lo; j <= row.hi; ++j) {
    const std::size_t x = j - row.lo;
    double best = kUnreachable;
    std::uint8_t best_shape = kNoShape;
    for (std::size_t s = 0; s < kBeadShapes.size(); ++s) {
      double total = via[s][x];
      if (kBeadShapes[s].src == 0 && total != kUnreachable) total += cost[x - kBeadShapes[s].tgt];
      if (total < best) {
        best = total;
        best_shape = static_cast<std::uint8_t>(s);
      }
    }
    cost[x] = best;
    shapes[x] = best_shape;
  }
}

// The target segments that the band's beads reading source segment i - 1 span: for each
// shape and each place of the segment in it, the ends in the band whose start is too.
// Tighter than the rows' whole span, since a bead's two ends are shape.tgt columns apart.
void BeginRow(const CostModel& model, const Band& band, std::size_t i) {
  std::size_t lo = SIZE_MAX, hi = 0;
  for (const BeadShape& shape : kBeadShapes) {
    if (shape.src == 0 || shape.tgt == 0) continue;
    for (std::size_t start = i > shape.src ? i - shape.src : 0; start < i; ++start) {
      if (start + shape.src >= band.rows()) break;
      const ColumnRange& from = band.Row(start);
      const ColumnRange& to = band.Row(start + shape.src);
      std::size_t first_end = std::max(to.lo, from.lo + shape.tgt);
      std::size_t last_end = std::min(to.hi, from.hi + shape.tgt);
      if (first_end > last_end) continue;
      lo = std::min(lo, first_end - shape.tgt);
      hi = std::max(hi, last_end);
    }
  }
  if (lo < hi) model.BeginRow(i, lo, hi);
}

// The beads of the path that ends at `end`. Rows where the path runs along a cut edge go
// to `touched`.
std::vector<PathBead> Backtrace(const Band& band, Cell start, Cell end, const Tables& t,
                                std::vector<std::size_t>* touched) {
  std::vector<PathBead> path;
  std::size_t i = end.i, j = end.j;
  while (i != start.i || j != start.j) {
    std::uint8_t s = t.shape[band.Cell(i, j)];
    if (s == kNoShape) return {};
    const BeadShape& shape = kBeadShapes[s];
    path.push_back({{i - shape.src, shape.src, j - shape.tgt, shape.tgt}});
    i -= shape.src;
    j -= shape.tgt;
    if (band.OnCutEdge(i, j)) touched->push_back(i);
  }
  return {path.rbegin(), path.rend()};
}

// The best path from `start` to `end` through the band. Fills `t`'s rows from start.i to
// end.i, and clears the kMaxShapeSide rows above so that no path comes from outside.
std::vector<PathBead> BestPath(const CostModel& model, const Band& band, Cell start, Cell end,
                               Tables* t, std::vector<std::size_t>* touched) {
  std::size_t top = start.i > kMaxShapeSide ? start.i - kMaxShapeSide : 0;
  auto from = static_cast<std::ptrdiff_t>(band.Cell(top, band.Row(top).lo));
  auto to = static_cast<std::ptrdiff_t>(band.Cell(end.i, band.Row(end.i).hi) + 1);
  t->shape.resize(band.cells());
  std::fill(t->shape.begin() + from, t->shape.begin() + to, kNoShape);
  for (std::size_t i = top; i <= end.i; ++i) {
    t->Cost(i).assign(band.Row(i).hi - band.Row(i).lo + 1, kUnreachable);
    if (i == start.i) t->Cost(i)[start.j - band.Row(i).lo] = 0.0;
    if (i < start.i) continue;
    if (i > 0) BeginRow(model, band, i);
    PriceRow(model, band, i, t);
    RelaxRow(band, i, start, t);
  }
  return Backtrace(band, start, end, *t, touched);
}

std::vector<PathBead> BestPath(const CostModel& model, const Band& band, std::size_t m,
                               std::vector<std::size_t>* touched) {
  Tables t;
  return BestPath(model, band, {0, 0}, {band.rows() - 1, m}, &t, touched);
}

// A rerun after widening re-searches each widened stretch of rows only, from a point of
// the previous path this many rows above it to one this many rows below, and keeps the
// previous path elsewhere. Stretches closer than 3 × this are searched as one.
constexpr std::size_t kJoinRows = 16;

// The stretches of rows [first, last] where two bands over the same rows differ.
std::vector<std::pair<std::size_t, std::size_t>> ChangedStretches(const Band& before,
                                                                  const Band& after) {
  std::vector<std::pair<std::size_t, std::size_t>> stretches;
  for (std::size_t i = 0; i < after.rows(); ++i) {
    if (before.Row(i).lo == after.Row(i).lo && before.Row(i).hi == after.Row(i).hi) continue;
    if (!stretches.empty() && i <= stretches.back().second + 3 * kJoinRows) {
      stretches.back().second = i;
    } else {
      stretches.emplace_back(i, i);
    }
  }
  return stretches;
}

Cell StartOf(const PathBead& bead) { return {bead.view.src_begin, bead.view.tgt_begin}; }

// `path` with each stretch re-searched in `band`; empty when a stretch has no path.
std::vector<PathBead> Research(const CostModel& model, const Band& band, std::size_t m,
                               const std::vector<PathBead>& path,
                               const std::vector<std::pair<std::size_t, std::size_t>>& stretches,
                               Tables* t, std::vector<std::size_t>* touched) {
  std::vector<PathBead> out;
  std::size_t k = 0;  // beads of `path` before k are decided
  for (const auto& [first, last] : stretches) {
    std::size_t from = k;
    while (from + 1 < path.size() && path[from + 1].view.src_begin + kJoinRows <= first) ++from;
    std::size_t to = from + 1;
    while (to < path.size() &&
           (path[to].view.src_begin < last + kJoinRows || path[to].view.src_count == 0)) {
      ++to;
    }
    out.insert(out.end(), path.begin() + static_cast<std::ptrdiff_t>(k),
               path.begin() + static_cast<std::ptrdiff_t>(from));
    Cell end = to < path.size() ? StartOf(path[to]) : Cell{band.rows() - 1, m};
    Cell start = from < path.size() ? StartOf(path[from]) : end;
    std::vector<PathBead> part = BestPath(model, band, start, end, t, touched);
    if (part.empty() && (start.i != end.i || start.j != end.j)) return {};
    out.insert(out.end(), part.begin(), part.end());
    k = to;
  }
  out.insert(out.end(), path.begin() + static_cast<std::ptrdiff_t>(std::min(k, path.size())),
             path.end());
  return out;
}

// Each rerun of the DP costs a whole pass: widen by this factor, not by doubling.
constexpr std::size_t kWidenFactor = 4;

// Widens the rows around each touched row; false when none grew.
bool Widen(const std::vector<std::size_t>& touched, std::size_t m,
           std::vector<std::size_t>* widths) {
  std::vector<std::size_t> before = *widths;
  for (std::size_t r : touched) {
    std::size_t w = std::min(kWidenFactor * before[r], m + 1);
    // A path pushed off its guide by w columns stays off for about as many rows (a repeated
    // input's every copy may touch at the same spot: keep each stretch short).
    std::size_t span = w + kMaxShapeSide;
    std::size_t first = r > span ? r - span : 0, last = std::min(widths->size() - 1, r + span);
    for (std::size_t x = first; x <= last; ++x) (*widths)[x] = std::max((*widths)[x], w);
  }
  return *widths != before;
}

// Widening stops before the band passes this many cells per row (or the whole matrix of a
// short input): a local widening around an omission of hundreds of segments fits, while
// unrelated texts, whose path meets the edge everywhere, keep memory linear in the input.
constexpr std::size_t kBudgetCellsPerRow = 512;
constexpr std::size_t kBudgetCells = std::size_t{1} << 22;

bool WithinBudget(const Band& band) {
  return band.cells() <= std::max(kBudgetCells, kBudgetCellsPerRow * band.rows());
}

}  // namespace

std::vector<PathBead> BestPathInBand(const CostModel& model, const Band& band, std::size_t m,
                                     bool* touched_cut_edge) {
  std::vector<std::size_t> touched;
  std::vector<PathBead> path = BestPath(model, band, m, &touched);
  if (touched_cut_edge != nullptr) *touched_cut_edge = !touched.empty();
  return path;
}

std::vector<PathBead> AlignInBand(const CostModel& model, std::size_t m, const GuidePath& guide,
                                  std::size_t half_width) {
  return AlignInBand(model, m, guide, std::vector<std::size_t>(guide.size(), half_width));
}

std::vector<PathBead> AlignInBand(const CostModel& model, std::size_t m, const GuidePath& guide,
                                  std::vector<std::size_t> widths) {
  for (std::size_t& w : widths) w = std::max<std::size_t>(w, kMaxShapeSide);
  Tables tables;
  Band band = Band::AroundPath(guide, widths, m);
  std::vector<std::size_t> touched;
  const Cell origin{0, 0}, corner{band.rows() - 1, m};
  std::vector<PathBead> path = BestPath(model, band, origin, corner, &tables, &touched);
  for (;;) {
    if (path.empty() && !band.IsFull()) {  // no path at all: widen all, search all
      for (std::size_t& w : widths) w = std::min(2 * w, m + 1);
      band = Band::AroundPath(guide, widths, m);
      touched.clear();
      path = BestPath(model, band, origin, corner, &tables, &touched);
      continue;
    }
    if (touched.empty() || !Widen(touched, m, &widths)) return path;
    Band wider = Band::AroundPath(guide, widths, m);
    if (!WithinBudget(wider)) return path;
    auto stretches = ChangedStretches(band, wider);
    band = std::move(wider);
    touched.clear();
    path = Research(model, band, m, path, stretches, &tables, &touched);
    if (path.empty()) path = BestPath(model, band, origin, corner, &tables, &touched);
  }
}

GuidePath PathToGuide(const std::vector<PathBead>& path, std::size_t n) {
  GuidePath guide(n + 1);
  std::size_t i = 0, j = 0;
  for (const PathBead& bead : path) {
    std::size_t next_j = j + bead.view.tgt_count;
    guide[i].hi = std::max(guide[i].hi, bead.view.src_count == 0 ? next_j : j);
    // Rows inside a bead span its target columns, so that merges stay in the band.
    for (std::size_t r = i + 1; r < i + bead.view.src_count; ++r) guide[r] = {j, next_j};
    if (bead.view.src_count > 0) guide[i + bead.view.src_count] = {next_j, next_j};
    i += bead.view.src_count;
    j = next_j;
  }
  return guide;
}

}  // namespace talign
