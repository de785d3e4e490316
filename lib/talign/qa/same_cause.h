// One cause, one finding. A sentence reported as left out (omission) or added (addition)
// has no counterpart, so its numbers and glossary terms are missing on the other side too
// and its bead is longer on one side; those consequences are not reported again.
//
//   std::vector<Finding> findings = ...;  // every check's findings, in bead order
//   DropSameCause(findings);              // what omission/addition already explain is gone
#pragma once

#include <vector>

#include "talign/qa/finding.h"

namespace talign {

// Drops, in each bead that has an omission or addition finding, its length-ratio finding
// and the number-mismatch and term-missing findings whose words all stand in the sentences
// reported as left out or added. A finding with words elsewhere in the bead stays whole.
void DropSameCause(std::vector<Finding>& findings);

}  // namespace talign
