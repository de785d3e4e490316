#include "talign/report/check_report.h"

namespace talign {

CheckReport MakeCheckReport(const Corpus& corpus, std::vector<std::string> checks,
                            std::vector<Finding> findings, const IgnoreList& ignore) {
  CheckReport report{corpus, std::move(checks), {}, {}, {}, 0, {}};
  for (Finding& finding : findings) {
    std::string fingerprint = FindingFingerprint(finding, corpus.src, corpus.tgt);
    if (ignore.count(fingerprint) > 0) {
      ++report.ignored;
      continue;
    }
    report.findings.push_back(std::move(finding));
    report.fingerprints.push_back(std::move(fingerprint));
  }
  CheckContext context{corpus.src, corpus.tgt, corpus.alignment};
  report.summary = Summarize(context, report.findings);
  return report;
}

namespace {

std::string Indices(const std::vector<std::size_t>& indices) {
  if (indices.empty()) return "none";
  std::string out;
  for (std::size_t i : indices) out += (out.empty() ? "" : ", ") + std::to_string(i);
  return out;
}

}  // namespace

std::string FindingPlace(const Finding& f) {
  return "bead " + std::to_string(f.bead) + " (source " + Indices(f.source_segments) + "; target " +
         Indices(f.target_segments) + ")";
}

std::string RenderingLine(const TermRenderings& row) {
  std::string line = row.term + " →";
  for (std::size_t i = 0; i < row.renderings.size(); ++i) {
    const Rendering& r = row.renderings[i];
    line += (i == 0 ? " " : ", ") + (r.text.empty() ? std::string("(none)") : r.text) + " ×" +
            std::to_string(r.count);
  }
  return line;
}

}  // namespace talign
