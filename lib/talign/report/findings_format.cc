#include "talign/report/findings_format.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

#include "talign/base/printable.h"
#include "talign/report/message_text.h"

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

// The sentences the finding names on one side, and, marked, the rest of its bead's on that
// side: a sentence folded into a bead is reported beside the translation it sits with.
void WriteSentences(std::ostream& out, const char* side, const std::vector<std::size_t>& named,
                    const std::vector<std::size_t>& bead, const std::vector<Segment>& segments) {
  std::vector<std::size_t> shown = named;
  shown.insert(shown.end(), bead.begin(), bead.end());
  std::sort(shown.begin(), shown.end());
  shown.erase(std::unique(shown.begin(), shown.end()), shown.end());
  for (std::size_t i : shown) {
    bool rest = std::find(named.begin(), named.end(), i) == named.end();
    out << "  " << side << ' ' << i << (rest ? " (rest of the bead): " : ": ")
        << (i < segments.size() ? Printable(segments[i].text) : "?") << '\n';
  }
}

std::string Plural(std::size_t n, const char* word) {
  return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
}

const char* Colour(const TextStyle& style, const char* code) { return style.colour ? code : ""; }

constexpr const char* kRed = "\033[1;31m";
constexpr const char* kYellow = "\033[1;33m";
constexpr const char* kDim = "\033[2m";
constexpr const char* kReset = "\033[0m";

bool SeveralDocuments(const CheckReport& report) { return report.corpus.parts.size() > 1; }

Json RenderingsJson(const std::vector<TermRenderings>& table) {
  Json rows = Json::array();
  for (const TermRenderings& row : table) {
    Json renderings = Json::array();
    for (const Rendering& r : row.renderings) {
      renderings.push_back({{"text", r.text}, {"count", r.count}});
    }
    rows.push_back({{"term", row.term},
                    {"in_glossary", row.in_glossary},
                    {"beads", row.beads},
                    {"renderings", std::move(renderings)}});
  }
  return rows;
}

void WriteFindingText(std::ostream& out, const CheckReport& report, std::size_t i,
                      const TextStyle& style) {
  const Finding& f = report.findings[i];
  const char* colour = f.severity == Severity::kError ? kRed : kYellow;
  out << Colour(style, colour) << SeverityName(f.severity) << Colour(style, kReset) << ": "
      << f.check << " at " << FindingPlace(f) << ' ' << Colour(style, kDim)
      << report.fingerprints[i] << Colour(style, kReset) << '\n';
  if (SeveralDocuments(report)) {
    const CorpusPart& part = report.corpus.parts[PartOfBead(report.corpus, f.bead)];
    out << "  in " << Printable(part.src_name) << " / " << Printable(part.tgt_name) << '\n';
  }
  out << "  " << Printable(MessageText(f.message)) << '\n';
  const std::vector<Bead>& beads = report.corpus.alignment.beads;
  const Bead bead = f.bead < beads.size() ? beads[f.bead] : Bead{};
  WriteSentences(out, "source", f.source_segments, bead.src, report.corpus.src);
  WriteSentences(out, "target", f.target_segments, bead.tgt, report.corpus.tgt);
  out << '\n';
}

void WriteRenderingsText(std::ostream& out, const std::vector<TermRenderings>& table) {
  if (table.empty()) return;
  out << "\nterm renderings (beads):\n";
  bool frequent_heading = false;
  for (const TermRenderings& row : table) {
    if (!row.in_glossary && !frequent_heading) {
      out << "frequent source terms not in the glossary (most associated target words):\n";
      frequent_heading = true;
    }
    out << "  " << Printable(RenderingLine(row)) << '\n';
  }
}

}  // namespace

void WriteSummaryLine(std::ostream& out, const CheckSummary& summary) {
  out << Plural(summary.findings.errors, "error") << ", "
      << Plural(summary.findings.warnings, "warning") << " in " << Plural(summary.beads, "bead")
      << " (" << summary.source_segments << " source, " << summary.target_segments
      << " target segments)";
}

void WriteFindingsJson(std::ostream& out, const std::vector<Finding>& findings,
                       const CheckSummary& summary) {
  Json json;
  json["findings"] = Json::array();
  for (const Finding& finding : findings) json["findings"].push_back(FindingJson(finding));
  json["summary"] = SummaryJson(summary);
  out << json.dump() << '\n';
}

void WriteReportJson(std::ostream& out, const CheckReport& report) {
  Json json;
  json["findings"] = Json::array();
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    Json finding = FindingJson(report.findings[i]);
    if (SeveralDocuments(report)) {
      finding["document"] =
          report.corpus.parts[PartOfBead(report.corpus, report.findings[i].bead)].src_name;
    }
    finding["fingerprint"] = report.fingerprints[i];
    json["findings"].push_back(std::move(finding));
  }
  json["summary"] = SummaryJson(report.summary);
  if (report.ignored > 0) json["summary"]["ignored"] = report.ignored;
  if (!report.renderings.empty()) json["renderings"] = RenderingsJson(report.renderings);
  out << json.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

void WriteReportText(std::ostream& out, const CheckReport& report, const TextStyle& style) {
  for (std::size_t i = 0; i < report.findings.size(); ++i) WriteFindingText(out, report, i, style);
  WriteSummaryLine(out, report.summary);
  if (report.ignored > 0) out << "; " << report.ignored << " ignored";
  out << '\n';
  WriteRenderingsText(out, report.renderings);
}

}  // namespace talign
