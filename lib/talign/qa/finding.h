// What a check reports: one problem in one bead.
//
//   Finding f{"term-forbidden", Severity::kError, /*bead=*/3, {2}, {3}, "taliban", "Talibans",
//             {"Taliban"}, "forbidden form `Talibans` …"};
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "talign/align/bead.h"
#include "talign/base/byte_range.h"
#include "talign/base/error.h"
#include "talign/glossary/severity.h"

namespace talign {

// Where words a finding is about stand: bytes of one segment's text, on one side.
struct FindingSpan {
  bool source = true;
  std::size_t segment = 0;
  ByteRange range;
};

struct Finding {
  std::string check;  // SPEC's check name: "term-missing", "term-forbidden", …
  Severity severity = Severity::kError;
  std::size_t bead = 0;                      // index into the checked Alignment's beads
  std::vector<std::size_t> source_segments;  // the bead's segments, 0-based
  std::vector<std::size_t> target_segments;
  std::string term;  // the glossary entry's first source form; empty for non-term checks
  // The words that triggered the finding: the forbidden target words for term-forbidden,
  // the source words of the term for term-missing. Empty where nothing applies.
  std::string found;
  std::vector<std::string> expected;  // accepted forms, where they apply
  std::string message;                // one line for people, naming the glossary entry
  SourceLocation rule;                // the glossary entry (file:line:col) when there is one
  std::vector<FindingSpan> spans;     // the words reports highlight, where the check knows them
};

// A finding of `check` about bead `bead_index`, with the bead's segments; the caller fills
// in what the check found.
inline Finding BeadFinding(std::string_view check, Severity severity, std::size_t bead_index,
                           const Bead& bead) {
  Finding finding;
  finding.check = std::string(check);
  finding.severity = severity;
  finding.bead = bead_index;
  finding.source_segments = bead.src;
  finding.target_segments = bead.tgt;
  return finding;
}

}  // namespace talign
