// Banded storage for the alignment DP: only cells near a guide path are kept, so memory
// is O((n + m)·w) instead of O(n·m).
//
//   Band band = Band::AroundPath(DiagonalPath(n, m), /*half_width=*/32, m);
//   std::vector<double> cost(band.cells());
//   if (band.Contains(i, j)) cost[band.Cell(i, j)] = 0;
#pragma once

#include <cstddef>
#include <vector>

namespace talign {

// Columns [lo, hi] (inclusive) kept in one row.
struct ColumnRange {
  std::size_t lo = 0;
  std::size_t hi = 0;
};

// For each DP row i (0..n), the columns a guide path visits in that row.
using GuidePath = std::vector<ColumnRange>;

// The straight line from (0, 0) to (n, m).
GuidePath DiagonalPath(std::size_t n, std::size_t m);

class Band {
 public:
  // Rows 0..guide.size()-1; each row widened by `half_width` columns either side of the
  // guide (clipped to [0, m]), then made monotone so that every cell has in-band
  // predecessors.
  static Band AroundPath(const GuidePath& guide, std::size_t half_width, std::size_t m);
  // The same with a half width per row (half_widths.size() == guide.size()), so that the
  // DP can widen only where its path met the edge.
  static Band AroundPath(const GuidePath& guide, const std::vector<std::size_t>& half_widths,
                         std::size_t m);

  std::size_t rows() const { return rows_.size(); }
  const ColumnRange& Row(std::size_t i) const { return rows_[i]; }
  std::size_t cells() const { return offsets_.back(); }

  bool Contains(std::size_t i, std::size_t j) const {
    return i < rows_.size() && j >= rows_[i].lo && j <= rows_[i].hi;
  }
  // Index of cell (i, j) in row-major storage; (i, j) must be contained.
  std::size_t Cell(std::size_t i, std::size_t j) const { return offsets_[i] + j - rows_[i].lo; }

  // True when (i, j) lies on an edge that cuts the m+1 columns short: a path there may
  // have been forced by the band rather than chosen.
  bool OnCutEdge(std::size_t i, std::size_t j) const;
  // True when no row is cut: the band holds the full matrix.
  bool IsFull() const;

 private:
  Band(std::vector<ColumnRange> rows, std::size_t m);
  std::vector<ColumnRange> rows_;
  std::vector<std::size_t> offsets_;  // offsets_[i] = cells in rows [0, i)
  std::size_t m_;
};

}  // namespace talign
