// Google Benchmark of `talign check`'s library path: every registered check over a
// 10,000-pair corpus (newstest2013 repeated, one 1-1 bead per line) against glossaries of
// 20 (the desk's) and 5,000 entries, TermMatcher construction included. Issue 4's target:
// under 2 s on one core, and the same cost per word whatever the glossary's size.
//   build/bench/talign_check_bench --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <map>

#include "talign/glossary/glossary_yaml.h"
#include "talign/io/text_input.h"
#include "talign/qa/check_registry.h"
#include "talign/qa/run_checks.h"
#include "talign/text/normalizer.h"
#include "talign/text/tokenizer.h"

namespace talign {
namespace {

constexpr std::size_t kPairs = 10'000;

struct Corpus {
  std::vector<Segment> src, tgt;
  Alignment alignment;
};

std::vector<Segment> Repeated(const std::string& path, const char* lang) {
  Document doc = ReadDocument(path, Language::Parse(lang), {/*presegmented=*/true}, "");
  std::vector<Segment> out;
  for (std::size_t i = 0; out.size() < kPairs; ++i) {
    out.push_back(doc.segments[i % doc.segments.size()]);
    out.back().index = out.size() - 1;
  }
  return out;
}

const Corpus& NewsCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus{Repeated(TALIGN_SHARED_DIR "/data/news-fr-en-dev/newstest2013.fr", "fr"),
                         Repeated(TALIGN_SHARED_DIR "/data/news-fr-en-dev/newstest2013.en", "en"), {}};
    for (std::size_t i = 0; i < kPairs; ++i) c->alignment.beads.push_back({{i}, {i}, 1.0});
    return c;
  }();
  return *corpus;
}

// The desk glossary plus entries made of the corpus's own frequent words, so that they
// really match (and fire term-missing) as a large desk glossary would.
Glossary GlossaryOfSize(std::size_t size) {
  Glossary glossary = LoadGlossary(TALIGN_SOURCE_DIR "/glossary/news.fr-en.yaml");
  std::map<std::string, std::size_t> counts;
  for (const Segment& s : NewsCorpus().src) {
    for (const Token& t : Tokenize(s.text)) {
      if (t.kind == TokenKind::kWord && t.text.size() > 4) ++counts[FoldForMatch(t.text)];
    }
  }
  for (auto it = counts.begin(); it != counts.end() && glossary.terms.size() < size; ++it) {
    Term term;
    term.sources = {it->first};
    term.targets = {"rendering" + std::to_string(glossary.terms.size())};
    term.forbidden = {"wrong" + std::to_string(glossary.terms.size())};
    term.id = "bench-" + std::to_string(glossary.terms.size());
    glossary.terms.push_back(std::move(term));
  }
  return glossary;
}

void BM_CheckCorpus(benchmark::State& state) {
  const Corpus& corpus = NewsCorpus();
  const Glossary glossary = GlossaryOfSize(static_cast<std::size_t>(state.range(0)));
  auto checks = ParseChecks("all");
  std::size_t findings = 0;
  for (auto _ : state) {
    TermMatcher matcher(glossary);
    CheckContext context{corpus.src, corpus.tgt, corpus.alignment, &glossary, &matcher};
    findings = RunChecks(checks, context).size();
    benchmark::DoNotOptimize(findings);
  }
  state.counters["entries"] = static_cast<double>(glossary.terms.size());
  state.counters["pairs"] = static_cast<double>(kPairs);
  state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(BM_CheckCorpus)->Arg(20)->Arg(5000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace talign

BENCHMARK_MAIN();
