#include "talign/io/beads_format.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include "talign/base/error.h"

namespace talign {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// "[1, 2]" → {1, 2}; false when the field is malformed.
bool ParseIndexList(std::string_view field, std::vector<std::size_t>* out) {
  field = Trim(field);
  if (field.size() < 2 || field.front() != '[' || field.back() != ']') return false;
  field = Trim(field.substr(1, field.size() - 2));
  while (!field.empty()) {
    std::size_t comma = field.find(',');
    std::string_view item = Trim(field.substr(0, comma));
    std::size_t value = 0;
    auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), value);
    if (ec != std::errc() || end != item.data() + item.size() || item.empty()) return false;
    out->push_back(value);
    if (comma == std::string_view::npos) break;
    field.remove_prefix(comma + 1);
  }
  return true;
}

class BeadChecker {
 public:
  BeadChecker(std::size_t src_count, std::size_t tgt_count)
      : src_seen_(src_count), tgt_seen_(tgt_count) {}

  // Empty string when fine, else what is wrong.
  std::string Check(const Bead& bead) {
    std::string problem = Mark(bead.src, &src_seen_, "source");
    return problem.empty() ? Mark(bead.tgt, &tgt_seen_, "target") : problem;
  }

 private:
  static std::string Mark(const std::vector<std::size_t>& indices, std::vector<bool>* seen,
                          const char* side) {
    for (std::size_t i : indices) {
      if (i >= seen->size()) {
        return std::string(side) + " index " + std::to_string(i) + " is past the last segment (" +
               std::to_string(seen->size()) + " segments)";
      }
      if ((*seen)[i])
        return std::string(side) + " segment " + std::to_string(i) + " is in two beads";
      (*seen)[i] = true;
    }
    return "";
  }
  std::vector<bool> src_seen_;
  std::vector<bool> tgt_seen_;
};

void AppendList(const std::vector<std::size_t>& indices, std::string* out) {
  *out += '[';
  for (std::size_t k = 0; k < indices.size(); ++k) {
    if (k > 0) *out += ',';
    *out += std::to_string(indices[k]);
  }
  *out += ']';
}

}  // namespace

Alignment ParseBeads(std::string_view text, const std::string& file, std::size_t src_count,
                     std::size_t tgt_count) {
  Alignment alignment;
  BeadChecker checker(src_count, tgt_count);
  std::size_t line_number = 0;
  while (!text.empty()) {
    std::size_t newline = text.find('\n');
    std::string_view line = Trim(text.substr(0, newline));
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    ++line_number;
    if (line.empty()) continue;
    std::size_t colon = line.find(':');
    std::size_t second = colon == std::string_view::npos ? colon : line.find(':', colon + 1);
    Bead bead;
    if (colon == std::string_view::npos || !ParseIndexList(line.substr(0, colon), &bead.src) ||
        !ParseIndexList(line.substr(colon + 1, second - colon - 1), &bead.tgt)) {
      throw Error(ErrorKind::kData, {file, line_number},
                  "expected a bead such as [0]:[0] or [1,2]:[], got `" + std::string(line) + "`");
    }
    if (std::string problem = checker.Check(bead); !problem.empty()) {
      throw Error(ErrorKind::kData, {file, line_number}, problem);
    }
    if (!bead.src.empty() || !bead.tgt.empty()) alignment.beads.push_back(std::move(bead));
  }
  return alignment;
}

void RequireEverySegment(const Alignment& alignment, const std::string& file, std::size_t src_count,
                         std::size_t tgt_count) {
  std::vector<bool> src(src_count), tgt(tgt_count);
  for (const Bead& bead : alignment.beads) {
    for (std::size_t i : bead.src) src[i] = true;
    for (std::size_t i : bead.tgt) tgt[i] = true;
  }
  for (const auto& [covered, side] : {std::pair{&src, "source"}, std::pair{&tgt, "target"}}) {
    std::size_t missing = std::count(covered->begin(), covered->end(), false);
    if (missing == 0) continue;
    std::size_t first = std::find(covered->begin(), covered->end(), false) - covered->begin();
    throw Error(ErrorKind::kData, {file},
                std::to_string(missing) + " " + side + " segment(s) in no bead, the first " +
                    std::to_string(first) + " (the beads must cover every segment once)");
  }
}

std::string FormatBeads(const Alignment& alignment) {
  std::string out;
  for (const Bead& bead : alignment.beads) {
    AppendList(bead.src, &out);
    out += ':';
    AppendList(bead.tgt, &out);
    out += '\n';
  }
  return out;
}

}  // namespace talign
