// Reading presegmented files (one segment per line) for the align programs in bench/.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "talign/align/bead.h"
#include "talign/text/document.h"

namespace talign::bench {

// One Segment per line, empty lines included; a trailing '\r' is dropped. Empty result
// and `ok` false when the file cannot be read.
inline std::vector<Segment> ReadSegments(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  *ok = in.good();
  std::vector<Segment> segments;
  std::size_t offset = 0;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    Segment s;
    s.index = segments.size();
    s.range = {offset, offset + line.size()};
    offset += line.size() + 1;
    s.text = std::move(line);
    segments.push_back(std::move(s));
  }
  return segments;
}

// "[1,2]:[1]" — SPEC's beads format.
inline std::string FormatBead(const Bead& bead) {
  auto list = [](const std::vector<std::size_t>& indices) {
    std::string out = "[";
    for (std::size_t k = 0; k < indices.size(); ++k) {
      out += (k ? "," : "") + std::to_string(indices[k]);
    }
    return out + "]";
  };
  return list(bead.src) + ":" + list(bead.tgt);
}

}  // namespace talign::bench
