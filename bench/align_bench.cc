// Alignment time against input size. Inputs repeat the news doc-test documents (with their
// merges, splits and furniture) until each side has the wanted number of segments.
//   build/bench/talign_align_bench --benchmark_filter=AlignNews/1000
//   build/bench/talign_align_bench --benchmark_filter=AlignNewsWithDictionary
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "debian_paths.h"
#include "talign/align/aligner.h"
#include "talign/align/freedict.h"
#include "talign/io/text_input.h"

namespace {

const talign::Language kFr = talign::Language::Parse("fr");
const talign::Language kEn = talign::Language::Parse("en");

struct Bitext {
  std::vector<talign::Segment> src, tgt;
};

// All doc-test documents concatenated, in directory order.
const Bitext& NewsDocs() {
  static const Bitext docs = [] {
    Bitext b;
    std::string root = std::string(TALIGN_SHARED_DIR) + "/data/news-fr-en-dev/doc-test";
    std::vector<std::string> dirs;
    if (std::filesystem::exists(root)) {
      for (const auto& e : std::filesystem::directory_iterator(root)) {
        if (e.is_directory()) dirs.push_back(e.path().string());
      }
    }
    std::sort(dirs.begin(), dirs.end());
    for (const std::string& dir : dirs) {
      const talign::SegmenterOptions lines{/*presegmented=*/true};
      for (auto& s : talign::ReadDocument(dir + "/doc.fr", kFr, lines, "").segments)
        b.src.push_back(s);
      for (auto& s : talign::ReadDocument(dir + "/doc.en", kEn, lines, "").segments)
        b.tgt.push_back(s);
    }
    return b;
  }();
  return docs;
}

std::vector<talign::Segment> Repeat(const std::vector<talign::Segment>& side, std::size_t count) {
  std::vector<talign::Segment> out;
  for (std::size_t k = 0; k < count && !side.empty(); ++k) {
    out.push_back(side[k % side.size()]);
    out.back().index = k;
  }
  return out;
}

void AlignNews(benchmark::State& state, const talign::AlignerOptions& options) {
  const Bitext& docs = NewsDocs();
  if (docs.src.empty()) {
    state.SkipWithError("no dev data under TALIGN_SHARED_DIR");
    return;
  }
  std::size_t n = static_cast<std::size_t>(state.range(0));
  // Keep the sides' proportions, so that the documents stay in step.
  auto src = Repeat(docs.src, n);
  auto tgt = Repeat(docs.tgt, n * docs.tgt.size() / docs.src.size());
  for (auto _ : state) {
    benchmark::DoNotOptimize(talign::AlignSegments(src, tgt, options));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
  state.counters["segments_per_side"] = static_cast<double>(n);
}

void BM_AlignNews(benchmark::State& state) { AlignNews(state, {}); }
BENCHMARK(BM_AlignNews)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

// As `talign align` does: FreeDict's fra-eng and eng-fra (when installed) loaded for the
// input's words once the aligner has folded them (AlignerOptions::load_dictionary); they
// seed Model 1 and price the dictionary cost.
void BM_AlignNewsWithDictionary(benchmark::State& state) {
  const talign::ResourcePaths paths = talign::cli::DebianResourcePaths();
  auto fr = std::make_shared<const talign::LanguageResources>(kFr, paths);
  auto en = std::make_shared<const talign::LanguageResources>(kEn, paths);
  talign::AlignerOptions options;
  options.load_dictionary = [fr, en](const talign::DictionaryScope& scope) {
    return talign::LoadFreeDict(*fr, *en, &scope);
  };
  AlignNews(state, options);
}
BENCHMARK(BM_AlignNewsWithDictionary)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
