// Every AlignerOptions number that changes alignment quality, by name: the one table that
// the dev-suite harness sweeps (bench/eval_align.sh --set NAME=VALUE) and that the fit
// (bench/fit_align.sh) fits. Each field's default and effect are written beside it in
// aligner.h and cost_model.h.
//
//   AlignerOptions options;
//   SetAlignerOption("null_cost", 2.0, &options);  // Error(kUsage) for an unknown name
#pragma once

#include <string_view>
#include <vector>

#include "talign/align/aligner.h"

namespace talign {

struct AlignerOption {
  std::string_view name;
  double (*get)(const AlignerOptions&);
  void (*set)(AlignerOptions&, double);
};

// In the order of the structs' fields: cost model weights first, then the search.
const std::vector<AlignerOption>& AlignerOptionTable();

void SetAlignerOption(std::string_view name, double value, AlignerOptions* options);

}  // namespace talign
