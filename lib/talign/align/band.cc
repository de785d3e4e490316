#include "talign/align/band.h"

#include <algorithm>

namespace talign {

GuidePath DiagonalPath(std::size_t n, std::size_t m) {
  GuidePath path(n + 1);
  for (std::size_t i = 0; i <= n; ++i) {
    std::size_t j = n == 0 ? 0 : (i * m + n / 2) / n;
    path[i] = {j, j};
  }
  if (n == 0) path[0] = {0, m};
  return path;
}

Band Band::AroundPath(const GuidePath& guide, std::size_t half_width, std::size_t m) {
  return AroundPath(guide, std::vector<std::size_t>(guide.size(), half_width), m);
}

Band Band::AroundPath(const GuidePath& guide, const std::vector<std::size_t>& half_widths,
                      std::size_t m) {
  std::vector<ColumnRange> rows(guide.size());
  for (std::size_t i = 0; i < guide.size(); ++i) {
    rows[i].lo = guide[i].lo > half_widths[i] ? guide[i].lo - half_widths[i] : 0;
    rows[i].hi = std::min(m, guide[i].hi + half_widths[i]);
  }
  // lo non-decreasing from the end, hi non-decreasing from the start: only widens.
  for (std::size_t i = rows.size(); i-- > 1;) rows[i - 1].lo = std::min(rows[i - 1].lo, rows[i].lo);
  for (std::size_t i = 1; i < rows.size(); ++i) rows[i].hi = std::max(rows[i].hi, rows[i - 1].hi);
  if (!rows.empty()) {
    rows.front().lo = 0;
    rows.back().hi = m;
  }
  return Band(std::move(rows), m);
}

Band::Band(std::vector<ColumnRange> rows, std::size_t m) : rows_(std::move(rows)), m_(m) {
  offsets_.assign(rows_.size() + 1, 0);
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    offsets_[i + 1] = offsets_[i] + rows_[i].hi - rows_[i].lo + 1;
  }
}

bool Band::OnCutEdge(std::size_t i, std::size_t j) const {
  const ColumnRange& row = rows_[i];
  return (j == row.lo && row.lo > 0) || (j == row.hi && row.hi < m_);
}

bool Band::IsFull() const {
  return std::all_of(rows_.begin(), rows_.end(),
                     [this](const ColumnRange& r) { return r.lo == 0 && r.hi == m_; });
}

}  // namespace talign
