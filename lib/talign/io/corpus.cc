#include "talign/io/corpus.h"

#include <algorithm>

namespace talign {
namespace {

void AppendSegments(std::vector<Segment>& all, const std::vector<Segment>& more) {
  for (Segment segment : more) {
    segment.index = all.size();
    all.push_back(std::move(segment));
  }
}

std::vector<std::size_t> Shifted(std::vector<std::size_t> indices, std::size_t by) {
  for (std::size_t& index : indices) index += by;
  return indices;
}

}  // namespace

void AppendPair(Corpus& corpus, CorpusPart names, const std::vector<Segment>& src,
                const std::vector<Segment>& tgt, const Alignment& alignment) {
  names.first_src = corpus.src.size();
  names.first_tgt = corpus.tgt.size();
  names.first_bead = corpus.alignment.beads.size();
  for (const Bead& bead : alignment.beads) {
    corpus.alignment.beads.push_back(
        {Shifted(bead.src, names.first_src), Shifted(bead.tgt, names.first_tgt), bead.score});
  }
  AppendSegments(corpus.src, src);
  AppendSegments(corpus.tgt, tgt);
  corpus.parts.push_back(std::move(names));
}

std::size_t PartOfBead(const Corpus& corpus, std::size_t bead) {
  auto after =
      std::upper_bound(corpus.parts.begin(), corpus.parts.end(), bead,
                       [](std::size_t b, const CorpusPart& part) { return b < part.first_bead; });
  return after == corpus.parts.begin() ? 0
                                       : static_cast<std::size_t>(after - corpus.parts.begin()) - 1;
}

}  // namespace talign
