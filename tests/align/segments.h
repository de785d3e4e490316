// Small helpers shared by the align tests: segments from lines, beads as text.
#pragma once

#include <string>
#include <vector>

#include "talign/align/bead.h"
#include "talign/text/document.h"

namespace talign::testing {

inline std::vector<Segment> Segments(const std::vector<std::string>& lines) {
  std::vector<Segment> segments;
  for (const std::string& line : lines) {
    Segment s;
    s.index = segments.size();
    s.text = line;
    segments.push_back(s);
  }
  return segments;
}

// "[0]:[0,1] [1]:[]" — beads in SPEC format, space separated.
inline std::string BeadsText(const Alignment& alignment) {
  auto list = [](const std::vector<std::size_t>& v) {
    std::string out = "[";
    for (std::size_t k = 0; k < v.size(); ++k) out += (k ? "," : "") + std::to_string(v[k]);
    return out + "]";
  };
  std::string out;
  for (const Bead& b : alignment.beads)
    out += (out.empty() ? "" : " ") + list(b.src) + ":" + list(b.tgt);
  return out;
}

}  // namespace talign::testing
