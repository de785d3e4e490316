// The honest measure of `talign extract` (issue 13): the WMT21 terminology task's dev set
// (../shared/data/terminology-en-fr-dev: 971 aligned segments, 143 gold pairs written
// English → French variants) extracted the way we run it, French → English, one bead per
// line. A gold pair is found when a candidate's source has the lemma key of one of its
// French variants, and "right" when that candidate's accepted rendering has the English
// term's lemma key ("listed" when one of the entry's targets, the variants included, has). Prints
// every gold pair with its rank, the top TOP_SHOWN (50) and the summary. Most gold terms occur once
// or twice in 971 segments: MIN_COUNT (1) is
// --min-count.
//   build/bench/talign_terminology_eval [MIN_COUNT [TOP_SHOWN]]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

#include "debian_paths.h"
#include "talign/align/freedict.h"
#include "talign/extract/term_extractor.h"
#include "talign/io/text_input.h"

namespace talign {
namespace {

constexpr const char* kDir = TALIGN_SHARED_DIR "/data/terminology-en-fr-dev/";

std::vector<std::string> Split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  for (std::size_t at = 0; at <= text.size();) {
    std::size_t end = text.find(sep, at);
    if (end == std::string::npos) end = text.size();
    parts.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return parts;
}

struct GoldPair {
  std::string id, en;
  std::vector<std::string> fr;
};

std::vector<GoldPair> ReadGold() {
  std::vector<GoldPair> gold;
  for (const std::string& line : Split(ReadText(std::string(kDir) + "terms.tsv", ""), '\n')) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line, '\t');
    if (f.size() == 3) gold.push_back({f[0], f[1], Split(f[2], '|')});
  }
  return gold;
}

bool MultiWord(const std::string& s) { return s.find(' ') != std::string::npos; }

// The best-ranked candidate whose source is one of the pair's French variants.
std::size_t RankOf(const GoldPair& g, TermExtractor& keys,
                   const std::unordered_map<std::string, std::size_t>& rank_by_key) {
  std::size_t best = SIZE_MAX;
  for (const std::string& fr : g.fr) {
    auto it = rank_by_key.find(keys.SourceKey(fr));
    if (it != rank_by_key.end()) best = std::min(best, it->second);
  }
  return best;
}

int Run(std::size_t min_count, std::size_t shown) {
  std::vector<std::string> fr = Split(ReadText(std::string(kDir) + "fr.txt", ""), '\n');
  std::vector<std::string> en = Split(ReadText(std::string(kDir) + "en.txt", ""), '\n');
  ExtractOptions options;
  options.min_count = min_count;
  const ResourcePaths paths = cli::DebianResourcePaths();
  LanguageResources fr_resources(Language::Parse("fr"), paths);
  LanguageResources en_resources(Language::Parse("en"), paths);
  options.aligner.dictionary = LoadFreeDict(fr_resources, en_resources);  // as `talign extract`
  TermExtractor extractor(fr_resources, en_resources, options);
  for (std::size_t i = 0; i < fr.size() && i < en.size(); ++i) {
    if (!fr[i].empty() && !en[i].empty()) extractor.AddBead(fr[i], en[i]);
  }
  std::vector<Candidate> all = extractor.Finish();
  std::unordered_map<std::string, std::size_t> rank_by_key;
  for (std::size_t r = 0; r < all.size(); ++r) rank_by_key.emplace(all[r].key, r);
  std::vector<GoldPair> gold = ReadGold();
  std::size_t found = 0, right = 0, listed = 0, right_multi = 0, gold_multi = 0;
  std::size_t right_top100 = 0;
  std::printf("gold pairs (rank: proposal, * = right English, + = among the targets)\n");
  for (const GoldPair& g : gold) {
    gold_multi += MultiWord(g.en);
    std::size_t r = RankOf(g, extractor, rank_by_key);
    if (r == SIZE_MAX) {
      std::printf("  %-4s %-38s -\n", g.id.c_str(), g.en.c_str());
      continue;
    }
    const Candidate& c = all[r];
    std::string key = extractor.TargetKey(g.en);
    bool ok = c.renderings[0].key == key;
    bool any = std::any_of(c.renderings.begin(), c.renderings.end(),
                           [&](const CandidateRendering& r) { return r.key == key; });
    listed += any;
    found += 1;
    right += ok;
    right_multi += ok && MultiWord(g.en);
    right_top100 += ok && r < 100;
    std::printf("  %-4s %-38s %5zu: %s → %s%s\n", g.id.c_str(), g.en.c_str(), r + 1,
                c.source.c_str(), c.renderings[0].target.c_str(), ok ? "  *" : (any ? "  +" : ""));
  }
  std::size_t multi_top = 0, top = std::min<std::size_t>(100, all.size());
  for (std::size_t r = 0; r < top; ++r) multi_top += MultiWord(all[r].source);
  std::printf("\ntop %zu:\n", shown);
  for (std::size_t r = 0; r < shown && r < all.size(); ++r) {
    std::printf("  %3zu  %s → %s  (%zu beads, %.3f)\n", r + 1, all[r].source.c_str(),
                all[r].renderings[0].target.c_str(), all[r].count, all[r].score);
  }
  std::printf("\ncandidates %zu  multi-word in top %zu: %zu\n", all.size(), top, multi_top);
  std::printf(
      "gold %zu (multi-word %zu)  source proposed %zu  right English %zu (listed %zu) "
      "(multi-word %zu, in top 100: %zu)\n",
      gold.size(), gold_multi, found, right, listed, right_multi, right_top100);
  return 0;
}

}  // namespace
}  // namespace talign

int main(int argc, char** argv) {
  int min_count = argc > 1 ? std::atoi(argv[1]) : 1;
  int shown = argc > 2 ? std::atoi(argv[2]) : 50;
  if (min_count < 1 || shown < 0) {
    std::fprintf(stderr, "usage: talign_terminology_eval [MIN_COUNT >= 1 [TOP_SHOWN]]\n");
    return 2;
  }
  return talign::Run(static_cast<std::size_t>(min_count), static_cast<std::size_t>(shown));
}
