#include "talign/align/option_table.h"

#include <string>

#include "talign/base/error.h"

namespace talign {

// One row per field: its name is the field's, so the table cannot drift from the structs.
#define TALIGN_COST_OPTION(field)                                                                 \
  AlignerOption {                                                                                 \
#field, [](const AlignerOptions& o) { return o.cost.field; },                                 \
                                                               [](AlignerOptions & o,             \
                                                                  double v) { o.cost.field = v; } \
  }
#define TALIGN_SEARCH_OPTION(field)                                                   \
  AlignerOption {                                                                     \
#field, [](const AlignerOptions& o) { return static_cast<double>(o.field); },       \
        [](AlignerOptions& o, double v) { o.field = static_cast<std::size_t>(v); } \
  }

const std::vector<AlignerOption>& AlignerOptionTable() {
  static const std::vector<AlignerOption> table{
      TALIGN_COST_OPTION(shape_prior_weight),
      TALIGN_COST_OPTION(length_weight),
      TALIGN_COST_OPTION(null_cost),
      TALIGN_COST_OPTION(null_cost_per_char),
      TALIGN_COST_OPTION(anchor_weight),
      TALIGN_COST_OPTION(number_mismatch),
      TALIGN_COST_OPTION(lonely_number),
      TALIGN_COST_OPTION(lexical_weight),
      TALIGN_COST_OPTION(lexical_diagonal),
      TALIGN_COST_OPTION(lexical_leave_one_out),
      TALIGN_COST_OPTION(dictionary_weight),
      TALIGN_COST_OPTION(dictionary_chance),
      TALIGN_COST_OPTION(first_pass_segment_chance),
      TALIGN_COST_OPTION(first_pass_dictionary_weight),
      TALIGN_COST_OPTION(seed_weight),
      TALIGN_COST_OPTION(clause_bonus),
      TALIGN_COST_OPTION(continuation_bonus),
      TALIGN_COST_OPTION(inner_clause_bonus),
      TALIGN_COST_OPTION(length_variance),
      TALIGN_SEARCH_OPTION(full_matrix_cells),
      TALIGN_SEARCH_OPTION(coarse_chunk),
      TALIGN_SEARCH_OPTION(band_half_width),
      TALIGN_SEARCH_OPTION(refine_half_width),
  };
  return table;
}

#undef TALIGN_COST_OPTION
#undef TALIGN_SEARCH_OPTION

void SetAlignerOption(std::string_view name, double value, AlignerOptions* options) {
  for (const AlignerOption& option : AlignerOptionTable()) {
    if (option.name == name) return option.set(*options, value);
  }
  throw Error(ErrorKind::kUsage, "unknown aligner option `" + std::string(name) + "`");
}

}  // namespace talign
