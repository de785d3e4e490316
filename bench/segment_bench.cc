// Segmentation throughput on French news prose: the two French ersatz suites (hand-segmented
// WMT news) laid out as paragraphs of six sentences, repeated to about 4 MiB.
//   build/bench/talign_segment_bench --benchmark_filter=SegmentFrench
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "talign/text/segmenter.h"

namespace {

// Paragraphs of six gold sentences, blank-line separated, repeated to at least `bytes`.
std::string FrenchProse(std::size_t bytes) {
  std::string text;
  std::string root = std::string(TALIGN_SHARED_DIR) + "/data/ersatz-segmentation/";
  std::string block;
  for (const char* name : {"wmt15.fr-en.fr", "wmt20.fr-de.fr"}) {
    std::ifstream in(root + name);
    std::string line;
    for (int n = 0; std::getline(in, line);) {
      if (line.empty()) continue;
      block += line;
      block += ++n % 6 == 0 ? "\n\n" : " ";
    }
  }
  while (!block.empty() && text.size() < bytes) text += block;
  return text;
}

void BM_SegmentFrench(benchmark::State& state) {
  static const std::string text = FrenchProse(4 << 20);
  if (text.empty()) {
    state.SkipWithError("no ersatz suites under TALIGN_SHARED_DIR");
    return;
  }
  talign::Segmenter fr(talign::LanguageResources(talign::Language::Parse("fr"), {}));
  for (auto _ : state) benchmark::DoNotOptimize(fr.Split(text, {}));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_SegmentFrench)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
