// Stable fingerprints of findings, and the ignore file that silences reviewed ones.
//
//   std::string fp = FindingFingerprint(finding, src, tgt);   // "9c1f0e5a7b3d2e41"
//   IgnoreList ignore = ParseIgnoreList(ReadText("reviewed.ignore", ""), "reviewed.ignore");
//   bool drop = ignore.count(fp) > 0;
//
// A fingerprint hashes what the finding is about, never where it is: the check, the term,
// the words found, and the bead's source and target text with white space and case folded.
// Segment and bead numbers are left out, so a fingerprint survives re-runs, re-alignment and
// edits elsewhere in the document; editing the bead's own text gives a new fingerprint (the
// reviewer has to look again). Two identical beads with the same finding share one.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "talign/qa/finding.h"
#include "talign/text/document.h"

namespace talign {

// 16 lower-case hex digits (64-bit FNV-1a). `src`/`tgt` are the segments the finding indexes.
std::string FindingFingerprint(const Finding& finding, const std::vector<Segment>& src,
                               const std::vector<Segment>& tgt);

using IgnoreList = std::unordered_set<std::string>;

// One fingerprint per line; `#` starts a comment (whole line or after the fingerprint);
// blank lines are skipped. Throws Error{kData, file:line} on a line that is not 16 hex
// digits, so that a pasted message or a typo does not silently ignore nothing.
IgnoreList ParseIgnoreList(std::string_view text, const std::string& file_name);

}  // namespace talign
