// Reports of `talign check`: SPEC's JSON and a text report for terminals.
//
//   std::vector<Finding> findings = RunChecks(checks, context);
//   CheckSummary summary = Summarize(context, findings);
//   WriteFindingsJson(std::cout, findings, summary);
//   WriteReportJson(std::cout, report);   // the full report: fingerprints, renderings
#pragma once

#include <ostream>
#include <vector>

#include "talign/qa/finding.h"
#include "talign/qa/run_checks.h"
#include "talign/report/check_report.h"
#include "talign/text/document.h"

namespace talign {

// {"findings":[{"check":…,"severity":…,"source_segments":[…],"target_segments":[…],
//   "term":…,"found":…,"expected":[…],"message":…}],
//  "summary":{"segments":{"source":N,"target":M},"beads":B,"findings":{"error":E,"warning":W}}}
// Keys in SPEC's order; `term`, `found` and `expected` only where they apply (non-empty).
// One line, ending in a newline.
void WriteFindingsJson(std::ostream& out, const std::vector<Finding>& findings,
                       const CheckSummary& summary);

// As WriteFindingsJson, each finding also with "fingerprint" (last key) and, in a corpus of
// several documents, "document" (the source file); the summary with "ignored" when the
// ignore list dropped any; then "renderings":[{"term":…,"in_glossary":true,"beads":N,
// "renderings":[{"text":…,"count":N}]}] when the report has a table.
void WriteReportJson(std::ostream& out, const CheckReport& report);

// "1 error, 0 warnings in 2 beads (2 source, 2 target segments)", no newline: the summary
// line of the text and HTML reports.
void WriteSummaryLine(std::ostream& out, const CheckSummary& summary);

struct TextStyle {
  bool colour = false;  // (false) ANSI colours: the caller decides, e.g. when out is a terminal
};

// One block per finding: severity, check, FindingPlace and fingerprint (for --ignore); the
// document name in a corpus of several; the message; the bead's source and target
// sentences. Then a one-line summary, and the renderings table when the report has one.
void WriteReportText(std::ostream& out, const CheckReport& report, const TextStyle& style = {});

}  // namespace talign
