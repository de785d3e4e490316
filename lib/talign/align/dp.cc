#include "talign/align/dp.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace talign {
namespace {

constexpr double kUnreachable = std::numeric_limits<double>::infinity();
constexpr std::uint8_t kNoShape = 0xFF;

struct Tables {
  std::vector<double> cost;          // best cost to reach each band cell
  std::vector<std::uint8_t> shape;   // index into kBeadShapes of the last bead
};

// Best way into (i, j) over all shapes whose start cell is in the band.
void Relax(const CostModel& model, const Band& band, std::size_t i, std::size_t j, Tables* t) {
  std::size_t cell = band.Cell(i, j);
  for (std::size_t s = 0; s < kBeadShapes.size(); ++s) {
    const BeadShape& shape = kBeadShapes[s];
    if (shape.src > i || shape.tgt > j || !band.Contains(i - shape.src, j - shape.tgt)) continue;
    double before = t->cost[band.Cell(i - shape.src, j - shape.tgt)];
    if (before == kUnreachable) continue;
    double total = before + model.Cost({i - shape.src, shape.src, j - shape.tgt, shape.tgt}, shape);
    if (total < t->cost[cell]) {
      t->cost[cell] = total;
      t->shape[cell] = static_cast<std::uint8_t>(s);
    }
  }
}

// Row i's beads and those of the next rows that read source segment i - 1 span these
// target segments (the band's rows are monotone).
void BeginRow(const CostModel& model, const Band& band, std::size_t i) {
  std::size_t first = i >= kMaxShapeSide ? i - kMaxShapeSide : 0;
  std::size_t last = std::min(i + kMaxShapeSide - 1, band.rows() - 1);
  model.BeginRow(i, band.Row(first).lo, band.Row(last).hi);
}

// Each bead's cost is the difference of the DP costs at its ends. Rows where the path
// runs along a cut edge go to `touched`.
std::vector<PathBead> Backtrace(const Band& band, std::size_t m, const Tables& t,
                                std::vector<std::size_t>* touched) {
  std::vector<PathBead> path;
  std::size_t i = band.rows() - 1, j = m;
  while (i > 0 || j > 0) {
    std::uint8_t s = t.shape[band.Cell(i, j)];
    if (s == kNoShape) return {};
    const BeadShape& shape = kBeadShapes[s];
    BeadView view{i - shape.src, shape.src, j - shape.tgt, shape.tgt};
    double cost = t.cost[band.Cell(i, j)] - t.cost[band.Cell(view.src_begin, view.tgt_begin)];
    path.push_back({view, cost});
    i -= shape.src;
    j -= shape.tgt;
    if (band.OnCutEdge(i, j)) touched->push_back(i);
  }
  return {path.rbegin(), path.rend()};
}

// Fills rows [first_row, rows) of `t`, whose cells before row `first_row` hold the DP
// values of a band with the same rows there (a row's values depend only on the rows above).
std::vector<PathBead> BestPath(const CostModel& model, const Band& band, std::size_t m,
                               std::size_t first_row, Tables* t,
                               std::vector<std::size_t>* touched) {
  std::size_t kept = first_row < band.rows() ? band.Cell(first_row, band.Row(first_row).lo)
                                             : band.cells();
  t->cost.resize(band.cells()), t->shape.resize(band.cells());
  std::fill(t->cost.begin() + static_cast<std::ptrdiff_t>(kept), t->cost.end(), kUnreachable);
  std::fill(t->shape.begin() + static_cast<std::ptrdiff_t>(kept), t->shape.end(), kNoShape);
  if (first_row == 0) t->cost[band.Cell(0, 0)] = 0.0;
  for (std::size_t i = first_row; i < band.rows(); ++i) {
    if (i > 0) BeginRow(model, band, i);
    for (std::size_t j = band.Row(i).lo; j <= band.Row(i).hi; ++j) {
      if (i > 0 || j > 0) Relax(model, band, i, j, t);
    }
  }
  return Backtrace(band, m, *t, touched);
}

std::vector<PathBead> BestPath(const CostModel& model, const Band& band, std::size_t m,
                               std::vector<std::size_t>* touched) {
  Tables t;
  return BestPath(model, band, m, 0, &t, touched);
}

// The first row where two bands over the same rows differ (their rows() when none).
std::size_t FirstChangedRow(const Band& before, const Band& after) {
  std::size_t i = 0;
  while (i < after.rows() && before.Row(i).lo == after.Row(i).lo &&
         before.Row(i).hi == after.Row(i).hi) {
    ++i;
  }
  return i;
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
  for (std::size_t first_row = 0;;) {
    std::vector<std::size_t> touched;
    std::vector<PathBead> path = BestPath(model, band, m, first_row, &tables, &touched);
    if (path.empty() && !band.IsFull()) {
      for (std::size_t& w : widths) w = std::min(2 * w, m + 1);  // no path at all: widen all
    } else if (touched.empty() || !Widen(touched, m, &widths)) {
      return path;
    }
    // The rerun keeps the DP values of the rows above the first one that widened.
    Band wider = Band::AroundPath(guide, widths, m);
    first_row = FirstChangedRow(band, wider);
    band = std::move(wider);
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
