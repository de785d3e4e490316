#include "talign/align/confidence.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace talign {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct Point {
  std::size_t i = 0, j = 0;
  bool operator<=(const Point& o) const { return i <= o.i && j <= o.j; }
  bool operator==(const Point& o) const { return i == o.i && j == o.j; }
};

// The cells near a stretch of the path: for each of its beads, the rectangle from the
// start of the bead before it to the end of the bead after it. Rows are contiguous.
class Corridor {
 public:
  // Beads [first, last) of the path whose bead k runs from points[k] to points[k + 1].
  Corridor(const std::vector<Point>& points, std::size_t first, std::size_t last)
      : top_(points[first].i),
        lo_(points[last].i - top_ + 1, SIZE_MAX),
        hi_(lo_.size(), 0),
        offset_(lo_.size() + 1, 0) {
    for (std::size_t k = first; k < last; ++k) {
      const Point& a = points[k > first ? k - 1 : k];
      const Point& b = points[k + 1 < last ? k + 2 : k + 1];
      for (std::size_t i = a.i; i <= b.i; ++i) {
        lo_[i - top_] = std::min(lo_[i - top_], a.j);
        hi_[i - top_] = std::max(hi_[i - top_], b.j);
      }
    }
    for (std::size_t r = 0; r < lo_.size(); ++r) offset_[r + 1] = offset_[r] + hi_[r] - lo_[r] + 1;
  }
  std::size_t top() const { return top_; }
  std::size_t bottom() const { return top_ + lo_.size() - 1; }
  std::size_t lo(std::size_t i) const { return lo_[i - top_]; }
  std::size_t hi(std::size_t i) const { return hi_[i - top_]; }
  std::size_t cells() const { return offset_.back(); }
  bool Contains(std::size_t i, std::size_t j) const {
    return i >= top_ && i <= bottom() && j >= lo(i) && j <= hi(i);
  }
  std::size_t Cell(std::size_t i, std::size_t j) const { return offset_[i - top_] + j - lo(i); }

 private:
  std::size_t top_;
  std::vector<std::size_t> lo_, hi_, offset_;  // by row - top_
};

// Best costs from the corridor's first point (forward) and to its last (backward), and
// every candidate bead's cost by end cell × shape (infinite outside the corridor).
struct Lattice {
  std::vector<double> forward, backward, bead_cost;
};

template <typename Visit>  // Visit(end cell i, j, its index, shape index, start cell index)
void ForEachBead(const Corridor& c, bool reverse, Visit visit) {
  for (std::size_t r = 0; r <= c.bottom() - c.top(); ++r) {
    std::size_t i = reverse ? c.bottom() - r : c.top() + r;
    for (std::size_t k = 0; k <= c.hi(i) - c.lo(i); ++k) {
      std::size_t j = reverse ? c.hi(i) - k : c.lo(i) + k;
      for (std::size_t s = 0; s < kBeadShapes.size(); ++s) {
        const BeadShape& shape = kBeadShapes[s];
        if (shape.src > i || shape.tgt > j || !c.Contains(i - shape.src, j - shape.tgt)) continue;
        visit(i, j, c.Cell(i, j), s, c.Cell(i - shape.src, j - shape.tgt));
      }
    }
  }
}

// Prices the beads that end in row i, a shape and a run of columns at a time.
void PriceRow(const CostModel& model, const Corridor& c, std::size_t i,
              std::vector<double>* bead_cost) {
  std::vector<double> costs;
  for (std::size_t s = 0; s < kBeadShapes.size(); ++s) {
    const BeadShape& shape = kBeadShapes[s];
    if (shape.src > i || i - shape.src < c.top() || !model.Prices(shape)) continue;
    const std::size_t from = i - shape.src;
    const std::size_t lo = std::max(c.lo(i), c.lo(from) + shape.tgt);
    const std::size_t hi = std::min(c.hi(i), c.hi(from) + shape.tgt);
    if (lo > hi) continue;
    costs.resize(hi - lo + 1);
    model.Costs({from, shape.src, lo - shape.tgt, shape.tgt}, costs.size(), shape, costs.data());
    for (std::size_t j = lo; j <= hi; ++j) {
      (*bead_cost)[c.Cell(i, j) * kBeadShapes.size() + s] = costs[j - lo];
    }
  }
}

Lattice Search(const CostModel& model, const Corridor& c) {
  const std::size_t shapes = kBeadShapes.size();
  Lattice t{std::vector<double>(c.cells(), kInf), std::vector<double>(c.cells(), kInf),
            std::vector<double>(c.cells() * shapes, kInf)};
  for (std::size_t i = c.top(); i <= c.bottom(); ++i) {
    if (i > c.top()) {  // the row caches of LexicalCost, as the band DP fills them
      model.BeginRow(i, c.lo(i > c.top() + kMaxShapeSide ? i - kMaxShapeSide : c.top()),
                     c.hi(std::min(i + kMaxShapeSide - 1, c.bottom())));
    }
    PriceRow(model, c, i, &t.bead_cost);
  }
  t.forward.front() = 0.0;
  ForEachBead(
      c, false, [&](std::size_t, std::size_t, std::size_t end, std::size_t s, std::size_t start) {
        t.forward[end] = std::min(t.forward[end], t.forward[start] + t.bead_cost[end * shapes + s]);
      });
  t.backward.back() = 0.0;
  ForEachBead(c, true,
              [&](std::size_t, std::size_t, std::size_t end, std::size_t s, std::size_t start) {
                t.backward[start] =
                    std::min(t.backward[start], t.bead_cost[end * shapes + s] + t.backward[end]);
              });
  return t;
}

// Lowers alternative[b - first] to `total` for each path bead b in [first, last) that a bead from
// u to v cannot share a path with, other than itself: every bead but those that end by u
// and those that start from v on. Bead b runs from points[b] to points[b + 1].
void Compete(const std::vector<Point>& points, std::size_t first, std::size_t last, Point u,
             Point v, double total, std::vector<double>* alternative) {
  auto ends_by_u =
      std::partition_point(points.begin(), points.end(), [&](const Point& p) { return p <= u; });
  auto starts_at_v =
      std::partition_point(points.begin(), points.end(), [&](const Point& p) { return !(v <= p); });
  auto b_first = static_cast<std::size_t>(ends_by_u - points.begin()) - 1;
  auto b_last = static_cast<std::size_t>(starts_at_v - points.begin());
  for (std::size_t b = std::max(b_first, first); b < std::min(b_last, last); ++b) {
    bool same = points[b] == u && points[b + 1] == v;
    if (!same) (*alternative)[b - first] = std::min((*alternative)[b - first], total);
  }
}

// Path beads are re-searched this many at a time, each stretch with a bead of overlap on
// both sides, so that memory stays bounded on long inputs.
constexpr std::size_t kStretchBeads = 4096;

double Confidence(double margin) {
  return 1.0 / (1.0 + std::exp(-(kTiedLogOdds + margin / kMarginScale)));
}

}  // namespace

std::vector<double> BeadConfidences(const CostModel& model, const std::vector<PathBead>& path) {
  std::vector<Point> points{{0, 0}};
  for (const PathBead& bead : path) {
    points.push_back(
        {bead.view.src_begin + bead.view.src_count, bead.view.tgt_begin + bead.view.tgt_count});
  }
  std::vector<double> confidences(path.size());
  for (std::size_t first = 0; first < path.size(); first += kStretchBeads) {
    std::size_t last = std::min(first + kStretchBeads, path.size());
    std::size_t from = first > 0 ? first - 1 : 0, to = std::min(last + 1, path.size());
    Corridor corridor(points, from, to);
    Lattice t = Search(model, corridor);
    std::vector<double> alternative(last - first, kInf);
    ForEachBead(
        corridor, false,
        [&](std::size_t i, std::size_t j, std::size_t end, std::size_t s, std::size_t start) {
          const BeadShape& shape = kBeadShapes[s];
          double total =
              t.forward[start] + t.bead_cost[end * kBeadShapes.size() + s] + t.backward[end];
          Compete(points, first, last, {i - shape.src, j - shape.tgt}, {i, j}, total, &alternative);
        });
    for (std::size_t b = first; b < last; ++b) {
      confidences[b] = Confidence(alternative[b - first] - t.forward.back());
    }
  }
  return confidences;
}

}  // namespace talign
