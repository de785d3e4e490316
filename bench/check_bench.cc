// Google Benchmark of `talign check`'s library path: every registered check over a
// 10,000-pair corpus (newstest2013 repeated, one 1-1 bead per line) against glossaries of
// 20 (the desk's) and 5,000 entries of two kinds (see GlossaryOfSize), TermMatcher
// construction and the languages' resources (Hunspell dictionaries) included, as in a
// `talign check` run. Issue 12's target: under 2 s CPU on one core, and the same cost per
// word whatever the glossary's size.
//   build/bench/talign_check_bench --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <map>
#include <set>

#include "debian_paths.h"
#include "talign/glossary/glossary_yaml.h"
#include "talign/io/text_input.h"
#include "talign/qa/check_registry.h"
#include "talign/qa/run_checks.h"
#include "talign/text/language_resources.h"
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
                         Repeated(TALIGN_SHARED_DIR "/data/news-fr-en-dev/newstest2013.en", "en"),
                         {}};
    for (std::size_t i = 0; i < kPairs; ++i) c->alignment.beads.push_back({{i}, {i}, 1.0});
    return c;
  }();
  return *corpus;
}

// The desk glossary plus `size` - 20 entries of one of two kinds:
//  kUnmatched: the corpus's source words of five letters or more, lower-cased, accents kept
//    as a glossary writes them ("sécurité"), the first in alphabetical order, rendered by
//    made-up targets, so that every occurrence fires term-missing (a stress test: ~200k
//    findings at 5,000 entries);
//  kMatched: words written alike on both sides of a pair (names, cognates: "Obama",
//    "Twitter"), rendered by themselves, so that most occurrences match as a real desk
//    glossary's would.
enum GlossaryKind { kUnmatched = 0, kMatched = 1 };

std::map<std::string, std::size_t> UnmatchedWords() {
  std::map<std::string, std::size_t> counts;
  for (const Segment& s : NewsCorpus().src) {
    for (const Token& t : Tokenize(s.text)) {
      if (t.kind == TokenKind::kWord && t.text.size() > 4) ++counts[FoldCase(t.text)];
    }
  }
  return counts;
}

std::map<std::string, std::size_t> SharedWords() {
  std::map<std::string, std::size_t> counts;
  const Corpus& corpus = NewsCorpus();
  for (std::size_t i = 0; i < corpus.src.size(); ++i) {
    std::set<std::string_view> tgt;
    for (const Token& t : Tokenize(corpus.tgt[i].text)) tgt.insert(t.text);
    for (const Token& t : Tokenize(corpus.src[i].text)) {
      if (t.kind == TokenKind::kWord && t.text.size() > 3 && tgt.count(t.text))
        ++counts[std::string(t.text)];
    }
  }
  return counts;
}

Glossary GlossaryOfSize(std::size_t size, GlossaryKind kind) {
  Glossary glossary = LoadGlossary(TALIGN_SOURCE_DIR "/glossary/news.fr-en.yaml");
  auto counts = kind == kMatched ? SharedWords() : UnmatchedWords();
  for (auto it = counts.begin(); it != counts.end() && glossary.terms.size() < size; ++it) {
    std::string n = std::to_string(glossary.terms.size());
    Term term;
    term.sources = {it->first};
    term.targets = {kind == kMatched ? it->first : "rendering" + n};
    term.forbidden = {"wrong" + n};
    term.id = "bench-" + n;
    glossary.terms.push_back(std::move(term));
  }
  return glossary;
}

void BM_CheckCorpus(benchmark::State& state) {
  const Corpus& corpus = NewsCorpus();
  const Glossary glossary = GlossaryOfSize(static_cast<std::size_t>(state.range(0)),
                                           static_cast<GlossaryKind>(state.range(1)));
  auto checks = ParseChecks("all");
  std::size_t findings = 0;
  for (auto _ : state) {
    // Per iteration, as per run: the resources keep what they look up (Hunspell analyses).
    const LanguageResources fr(Language::Parse("fr"), cli::DebianResourcePaths()),
        en(Language::Parse("en"), cli::DebianResourcePaths());
    TermMatcher matcher(glossary, fr, en);
    CheckContext context{corpus.src, corpus.tgt, corpus.alignment, &glossary, &matcher};
    context.source_language = &fr;
    context.target_language = &en;
    findings = RunChecks(checks, context).size();
    benchmark::DoNotOptimize(findings);
  }
  state.counters["entries"] = static_cast<double>(glossary.terms.size());
  state.counters["pairs"] = static_cast<double>(kPairs);
  state.counters["findings"] = static_cast<double>(findings);
}
// Args: glossary size, GlossaryKind. The desk's 20 entries, then 5,000 of each kind (fewer
// when the corpus has fewer shared words: the "entries" counter says).
BENCHMARK(BM_CheckCorpus)
    ->Args({20, kUnmatched})
    ->Args({5000, kUnmatched})
    ->Args({5000, kMatched})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
}  // namespace talign

BENCHMARK_MAIN();
