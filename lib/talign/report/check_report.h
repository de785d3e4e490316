// What a `talign check` report shows, gathered once for every format (text, json, html).
//
//   CheckReport report = MakeCheckReport(corpus, checks_run, findings, ignore);
//   report.renderings = RenderingTable(glossary, GlossaryTermUses(context));  // optional
//   WriteReportJson(std::cout, report);   // findings_format.h; html_report.h for HTML
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "talign/io/corpus.h"
#include "talign/qa/finding.h"
#include "talign/qa/run_checks.h"
#include "talign/qa/term_renderings.h"
#include "talign/report/fingerprint.h"

namespace talign {

// Borrows the corpus (it must outlive the report); owns the rest.
struct CheckReport {
  const Corpus& corpus;
  std::vector<std::string> checks;         // names of the checks run, in order
  std::vector<Finding> findings;           // those not ignored
  std::vector<std::string> fingerprints;   // FindingFingerprint of each finding, same order
  CheckSummary summary;                    // of `findings`, so ignored ones count nowhere
  std::size_t ignored = 0;                 // findings dropped by the ignore list
  std::vector<TermRenderings> renderings;  // per-term table; empty: not shown
};

// Fingerprints every finding and drops those in `ignore`.
CheckReport MakeCheckReport(const Corpus& corpus, std::vector<std::string> checks,
                            std::vector<Finding> findings, const IgnoreList& ignore);

// Where a finding is, as every report format shows it: SPEC's 0-based bead and segment
// indices, "bead 12 (source 13; target 11)" ("none" for the empty side of a null bead).
std::string FindingPlace(const Finding& finding);

// "accord de Doha → Doha agreement ×5, Doha accord ×1" ("(none)" for an unrendered use).
std::string RenderingLine(const TermRenderings& row);

}  // namespace talign
