#include "talign/io/segments_format.h"

#include <nlohmann/json.hpp>

namespace talign {

std::optional<SegmentsFormat> ParseSegmentsFormat(const std::string& name) {
  if (name == "lines") return SegmentsFormat::kLines;
  if (name == "jsonl") return SegmentsFormat::kJsonl;
  return std::nullopt;
}

void WriteSegments(std::ostream& out, SegmentsFormat format, const Document& doc) {
  for (const Segment& segment : doc.segments) {
    if (format == SegmentsFormat::kLines) {
      out << segment.text << '\n';
      continue;
    }
    nlohmann::ordered_json line = {{"index", segment.index},
                                   {"paragraph", segment.paragraph},
                                   {"start", segment.range.begin},
                                   {"end", segment.range.end},
                                   {"text", segment.text}};
    out << line.dump() << '\n';
  }
}

}  // namespace talign
