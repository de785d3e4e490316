// talign_align_eval SRC TGT [NAME=VALUE…]: aligns two presegmented files and prints SPEC
// beads, one per line. A development driver for scripts/eval_align.sh (users run
// `talign align`); NAME=VALUE overrides a CostModelOptions field for tuning.
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "talign/align/aligner.h"
#include "talign/align/freedict.h"
#include "talign/base/error.h"
#include "talign/io/beads_format.h"
#include "talign/io/text_input.h"

namespace {

// Applies "null_cost=4" style overrides; false on an unknown name.
bool Override(const char* arg, talign::AlignerOptions* options) {
  const char* eq = std::strchr(arg, '=');
  if (eq == nullptr) return false;
  std::string name(arg, eq);
  if (name == "dict") {  // dict=de-fr: FreeDict's pairs, when installed
    std::string pair(eq + 1);
    std::size_t dash = pair.find('-');
    if (dash == std::string::npos) return false;
    options->dictionary = talign::LoadFreeDict(pair.substr(0, dash), pair.substr(dash + 1));
    return true;
  }
  double value = std::atof(eq + 1);
  if (name == "null_cost") options->cost.null_cost = value;
  else if (name == "null_cost_per_char") options->cost.null_cost_per_char = value;
  else if (name == "lexical_weight") options->cost.lexical_weight = value;
  else if (name == "clause_bonus") options->cost.clause_bonus = value;
  else if (name == "dictionary_weight") options->cost.dictionary_weight = value;
  else if (name == "anchor_weight") options->cost.anchor_weight = value;
  else if (name == "number_mismatch") options->cost.number_mismatch = value;
  else if (name == "length_variance") options->cost.length_variance = value;
  else if (name == "coarse_chunk") options->coarse_chunk = static_cast<std::size_t>(value);
  else if (name == "band_half_width") options->band_half_width = static_cast<std::size_t>(value);
  else if (name == "refine_half_width") options->refine_half_width = static_cast<std::size_t>(value);
  else if (name == "chain_radius") options->anchor_chain.rarity_radius = static_cast<std::size_t>(value);
  else if (name == "chain_corridor") options->anchor_chain.corridor = static_cast<std::size_t>(value);
  else if (name == "full_matrix_cells") options->full_matrix_cells = static_cast<std::size_t>(value);
  else return false;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  talign::AlignerOptions options;
  for (int k = 3; k < argc; ++k) {
    if (!Override(argv[k], &options)) argc = 0;
  }
  if (argc < 3) {
    std::cerr << "usage: talign_align_eval SRC TGT [null_cost=X null_cost_per_char=X anchor_weight=X number_mismatch=X clause_bonus=X dictionary_weight=X lexical_weight=X length_variance=X coarse_chunk=N band_half_width=N dict=SRC-TGT]\n";
    return 2;
  }
  try {
    // Presegmented: one segment per line, whatever the language.
    const talign::Language any = talign::Language::Parse("en");
    auto src = talign::ReadDocument(argv[1], any, {/*presegmented=*/true}, "");
    auto tgt = talign::ReadDocument(argv[2], any, {/*presegmented=*/true}, "");
    std::cout << talign::FormatBeads(talign::AlignSegments(src.segments, tgt.segments, options));
  } catch (const talign::Error& e) {
    std::cerr << "talign_align_eval: " << e.what() << '\n';
    return 66;
  }
  return 0;
}
