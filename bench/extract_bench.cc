// Timed driver for `talign extract`'s library path (issue 5: 150,000 sentence pairs in
// under 60 s on one core, under 2 GB): newstest2013's 3,000 fr-en pairs, cut into its 52
// documents by newstest2013.docids, fed REPEAT times (default 50: 150,000 pairs) to
// TermExtractor::AddDocuments (alignment included, seeded with FreeDict as the CLI does),
// then Finish, BuildGlossary and SaveGlossary. Prints pairs, candidates, CPU and wall
// seconds, and peak resident memory.
// A timed program, not Google Benchmark: one run is the measurement. OUT.yaml, if given,
// receives the glossary, to compare outputs across changes.
//   build/bench/talign_extract_bench [REPEAT [OUT.yaml]]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "debian_paths.h"
#include "talign/align/freedict.h"
#include "talign/extract/glossary_merge.h"
#include "talign/extract/term_extractor.h"
#include "talign/glossary/glossary_yaml.h"
#include "talign/io/text_input.h"

namespace talign {
namespace {

constexpr const char* kDir = TALIGN_SHARED_DIR "/data/news-fr-en-dev/newstest2013";

std::vector<std::string> Lines(const std::string& path) {
  std::vector<std::string> lines;
  std::string text = ReadText(path, "");
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return lines;
}

struct DocumentPair {
  std::vector<Segment> src, tgt;
};

// Consecutive lines with one document id make one document pair, one segment per line.
std::vector<DocumentPair> Documents() {
  std::vector<std::string> src = Lines(std::string(kDir) + ".fr");
  std::vector<std::string> tgt = Lines(std::string(kDir) + ".en");
  std::vector<std::string> ids = Lines(std::string(kDir) + ".docids");
  std::vector<DocumentPair> docs;
  for (std::size_t i = 0; i < ids.size() && i < src.size() && i < tgt.size(); ++i) {
    if (i == 0 || ids[i] != ids[i - 1]) docs.emplace_back();
    DocumentPair& doc = docs.back();
    doc.src.push_back({doc.src.size(), 0, {}, src[i]});
    doc.tgt.push_back({doc.tgt.size(), 0, {}, tgt[i]});
  }
  return docs;
}

double CpuSeconds(const rusage& u) {
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

int Run(int repeat, const char* out_path) {
  std::vector<DocumentPair> docs = Documents();
  auto wall_start = std::chrono::steady_clock::now();
  rusage before{};
  getrusage(RUSAGE_SELF, &before);
  Language fr = Language::Parse("fr"), en = Language::Parse("en");
  ExtractOptions options;
  // As `talign extract` without --glossary does: FreeDict fr-en pairs seed the aligner.
  const ResourcePaths paths = cli::DebianResourcePaths();
  LanguageResources fr_resources(fr, paths), en_resources(en, paths);
  options.aligner.dictionary = LoadFreeDict(fr_resources, en_resources);
  TermExtractor extractor(fr_resources, en_resources, options);
  std::size_t pairs = 0;
  for (int r = 0; r < repeat; ++r) {
    for (const DocumentPair& doc : docs) {
      extractor.AddDocuments(doc.src, doc.tgt);
      pairs += doc.src.size();
    }
  }
  std::vector<Candidate> candidates = extractor.Finish();
  std::string yaml = SaveGlossary(BuildGlossary(candidates, nullptr, fr, en, extractor));
  rusage after{};
  getrusage(RUSAGE_SELF, &after);
  double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
  if (out_path != nullptr) std::ofstream(out_path, std::ios::binary) << yaml;
  std::printf("pairs %zu  documents %zu  candidates %zu  yaml_bytes %zu\n", pairs,
              docs.size() * static_cast<std::size_t>(repeat), candidates.size(), yaml.size());
  std::printf("cpu_s %.2f  wall_s %.2f  peak_rss_mb %.0f\n", CpuSeconds(after) - CpuSeconds(before),
              wall, static_cast<double>(after.ru_maxrss) / 1024.0);
  return 0;
}

}  // namespace
}  // namespace talign

int main(int argc, char** argv) {
  int repeat = argc > 1 ? std::atoi(argv[1]) : 50;
  if (repeat <= 0) {
    std::fprintf(stderr, "usage: talign_extract_bench [REPEAT > 0 [OUT.yaml]]\n");
    return 2;
  }
  return talign::Run(repeat, argc > 2 ? argv[2] : nullptr);
}
