// talign_align_eval SRC TGT: aligns two presegmented files and prints SPEC beads, one per
// line. A development driver for scripts/eval_align.sh; users run `talign align`.
#include <iostream>

#include "presegmented.h"
#include "talign/align/aligner.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: talign_align_eval SRC TGT   (one segment per line)\n";
    return 2;
  }
  bool src_ok = false, tgt_ok = false;
  auto src = talign::bench::ReadSegments(argv[1], &src_ok);
  auto tgt = talign::bench::ReadSegments(argv[2], &tgt_ok);
  if (!src_ok || !tgt_ok) {
    std::cerr << "talign_align_eval: " << (src_ok ? argv[2] : argv[1]) << ": cannot read\n";
    return 66;
  }
  talign::Alignment alignment = talign::AlignSegments(src, tgt, {});
  for (const talign::Bead& bead : alignment.beads) {
    std::cout << talign::bench::FormatBead(bead) << '\n';
  }
  return 0;
}
