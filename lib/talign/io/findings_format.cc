#include "talign/io/findings_format.h"

#include <nlohmann/json.hpp>
#include <string>

namespace talign {
namespace {

// ordered_json keeps SPEC's key order; plain json would sort the keys.
using Json = nlohmann::ordered_json;

Json FindingJson(const Finding& finding) {
  Json json;
  json["check"] = finding.check;
  json["severity"] = std::string(SeverityName(finding.severity));
  json["source_segments"] = finding.source_segments;
  json["target_segments"] = finding.target_segments;
  if (!finding.term.empty()) json["term"] = finding.term;
  if (!finding.found.empty()) json["found"] = finding.found;
  if (!finding.expected.empty()) json["expected"] = finding.expected;
  json["message"] = finding.message;
  return json;
}

Json SummaryJson(const CheckSummary& summary) {
  Json json;
  json["segments"]["source"] = summary.source_segments;
  json["segments"]["target"] = summary.target_segments;
  json["beads"] = summary.beads;
  json["findings"]["error"] = summary.findings.errors;
  json["findings"]["warning"] = summary.findings.warnings;
  return json;
}

// "2", "7, 8", or "none" for the empty side of a null bead.
std::string Indices(const std::vector<std::size_t>& indices) {
  if (indices.empty()) return "none";
  std::string out;
  for (std::size_t i : indices) out += (out.empty() ? "" : ", ") + std::to_string(i);
  return out;
}

void WriteSentences(std::ostream& out, const char* side, const std::vector<std::size_t>& indices,
                    const std::vector<Segment>& segments) {
  for (std::size_t i : indices) {
    out << "  " << side << ' ' << i << ": " << (i < segments.size() ? segments[i].text : "?")
        << '\n';
  }
}

std::string Plural(std::size_t n, const char* word) {
  return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
}

}  // namespace

void WriteFindingsJson(std::ostream& out, const std::vector<Finding>& findings,
                       const CheckSummary& summary) {
  Json json;
  json["findings"] = Json::array();
  for (const Finding& finding : findings) json["findings"].push_back(FindingJson(finding));
  json["summary"] = SummaryJson(summary);
  out << json.dump() << '\n';
}

void WriteFindingsText(std::ostream& out, const std::vector<Finding>& findings,
                       const CheckSummary& summary, const std::vector<Segment>& src,
                       const std::vector<Segment>& tgt) {
  for (const Finding& f : findings) {
    out << SeverityName(f.severity) << ": " << f.check << " (source " << Indices(f.source_segments)
        << "; target " << Indices(f.target_segments) << ")\n";
    out << "  " << f.message << '\n';
    WriteSentences(out, "source", f.source_segments, src);
    WriteSentences(out, "target", f.target_segments, tgt);
    out << '\n';
  }
  out << Plural(summary.findings.errors, "error") << ", "
      << Plural(summary.findings.warnings, "warning") << " in " << Plural(summary.beads, "bead")
      << " (" << summary.source_segments << " source, " << summary.target_segments
      << " target segments)\n";
}

}  // namespace talign
