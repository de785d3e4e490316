#include "talign/extract/term_extractor.h"

#include <algorithm>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include "talign/extract/acronym.h"
#include "talign/extract/bead_store.h"
#include "talign/extract/candidate_ranking.h"
#include "talign/extract/term_candidates.h"
#include "talign/extract/term_vocabulary.h"
#include "talign/extract/word_links.h"
#include "talign/extract/word_spill.h"
#include "talign/text/normalizer.h"

namespace talign {
namespace {

// Fixed so that the model sample, hence the output, is the same on every run.
constexpr std::uint64_t kSampleSeed = 20130101;

// One side's dictionaries and terms.
struct Side {
  // A language that does not lower capitals (extract_words.h) gets a share no spelling
  // reaches: the lowered one has at most half of the occurrences.
  Side(const LanguageResources& resources, double lower_case_share)
      : analyzer(resources), terms(analyzer.words().lower_capitals ? lower_case_share : 1.0) {}
  WordAnalyzer analyzer;
  TermVocabulary terms;
};

// A bead side as words and candidate spans.
struct AnalyzedText {
  std::vector<TermWord> words;
  std::vector<TermSpan> spans;
};

AnalyzedText Spanned(std::vector<TermWord> words) {
  AnalyzedText a;
  a.words = std::move(words);
  a.spans = FindTermSpans(a.words);
  return a;
}

AnalyzedText Analyze(Side& side, std::string_view text) {
  return Spanned(TermWords(text, side.analyzer));
}

std::string SpanText(const std::vector<TermWord>& words, const TermSpan& span) {
  const char* begin = words[span.first].text.data();
  const char* end = words[span.last].text.data() + words[span.last].text.size();
  return std::string(begin, end);
}

// `span` with its lower-case plural nouns before any connector in the singular ("confirmed
// cases" → "confirmed case", "mesures de confinement" → "mesure de confinement"; "fermeture
// des écoles" stays); nullopt when there is none, or when a lower-case word could not agree
// ("négociations interafghanes": an unknown word).
std::optional<std::string> Singular(const WordAnalyzer& analyzer,
                                    const std::vector<TermWord>& words, const TermSpan& span) {
  std::string text;
  bool changed = false, complement = false;
  for (std::size_t i = span.first; i <= span.last; ++i) {
    const TermWord& w = words[i];
    complement = complement || w.connector;
    if (i > span.first) {
      const char* gap = words[i - 1].text.data() + words[i - 1].text.size();
      text.append(gap, w.text.data());
    }
    bool lower = !w.connector && FoldCase(w.text) == w.text;
    if (lower && w.number == Number::kFixed && span.first != span.last) return std::nullopt;
    if (lower && w.number == Number::kPlural && !complement) {
      text += analyzer.SingularText(w.singular);
      changed = true;
    } else {
      text += w.text;
    }
  }
  if (!changed) return std::nullopt;
  return text;
}

// How a term is written, as glossaries list it: a lower-case single word Hunspell tags as
// its lemma ("talibans" → "taliban"), other terms in the singular where they can be.
std::string Spelling(Side& side, const std::vector<TermWord>& words, const TermSpan& span) {
  const TermWord& w = words[span.first];
  if (span.first == span.last && w.word_class != WordClass::kUnknown && FoldCase(w.text) == w.text)
    return side.analyzer.LemmaText(w.lemma);
  return Singular(side.analyzer, words, span).value_or(SpanText(words, span));
}

bool SentenceInitial(const std::vector<TermWord>& words, const TermSpan& span) {
  for (std::size_t i = 0; i < span.first; ++i) {
    if (!words[i].boundary) return false;
  }
  return true;
}

// The first kMaxTrainingWords content lemmas, as the model trains on them.
std::vector<std::uint32_t> ContentLemmas(const std::vector<TermWord>& words) {
  std::vector<std::uint32_t> lemmas;
  for (const TermWord& w : words) {
    if (lemmas.size() == kMaxTrainingWords) break;
    if (w.content()) lemmas.push_back(w.lemma);
  }
  return lemmas;
}

// Pass 1 on one side: count the bead's terms.
void CountTerms(Side& side, const AnalyzedText& a) {
  std::vector<std::uint32_t> ids;
  for (const TermSpan& span : a.spans) {
    ids.push_back(side.terms.Add(TermKey(a.words, span), Spelling(side, a.words, span),
                                 SentenceInitial(a.words, span)));
  }
  side.terms.CountBead(std::move(ids));
}

// The bead's terms seen at least `min_count` times, with their spans.
std::vector<std::pair<TermSpan, std::uint32_t>> FrequentTerms(const Side& side,
                                                              const AnalyzedText& a,
                                                              std::size_t min_count) {
  std::vector<std::pair<TermSpan, std::uint32_t>> terms;
  for (const TermSpan& span : a.spans) {
    auto id = side.terms.Find(TermKey(a.words, span));
    if (id && side.terms.beads(*id) >= min_count) terms.emplace_back(span, *id);
  }
  return terms;
}

}  // namespace

struct TermExtractor::Impl {
  Impl(const LanguageResources& src_resources, const LanguageResources& tgt_resources,
       const ExtractOptions& o)
      : options(o),
        src_resources(src_resources),
        tgt_resources(tgt_resources),
        src(src_resources, o.lower_case_share),
        tgt(tgt_resources, o.lower_case_share) {}

  void SampleForModel(std::vector<std::uint32_t> s, std::vector<std::uint32_t> t);
  std::unordered_set<std::uint64_t> DictionaryPairs();
  WordModel TrainModel() const;
  void CountPairs(const WordModel& model);
  void CountPairsInBead(const WordModel& model, const StoredBead& bead);

  ExtractOptions options;
  const LanguageResources& src_resources;
  const LanguageResources& tgt_resources;
  Side src;
  Side tgt;
  AcronymPairs acronyms;  // source side
  BeadStore store;
  WordSpill spill;  // per bead: source words, then target words
  std::size_t beads = 0;
  std::mt19937_64 rng{kSampleSeed};
  std::vector<std::vector<std::uint32_t>> sample_src;
  std::vector<std::vector<std::uint32_t>> sample_tgt;
  PairCounts pairs;
};

// Reservoir sampling: every bead has the same chance to train the model, in bounded memory.
void TermExtractor::Impl::SampleForModel(std::vector<std::uint32_t> s,
                                         std::vector<std::uint32_t> t) {
  if (sample_src.size() < options.model_beads) {
    sample_src.push_back(std::move(s));
    sample_tgt.push_back(std::move(t));
    return;
  }
  std::uniform_int_distribution<std::size_t> pick(0, beads - 1);
  std::size_t slot = pick(rng);
  if (slot < sample_src.size()) {
    sample_src[slot] = std::move(s);
    sample_tgt[slot] = std::move(t);
  }
}

// The general dictionary's single-word pairs whose two lemmas the corpus uses: on a small
// corpus, Model 1 alone links "cas" to "reported" rather than "cases".
std::unordered_set<std::uint64_t> TermExtractor::Impl::DictionaryPairs() {
  std::unordered_set<std::uint64_t> known;
  const std::size_t src_seen = src.analyzer.lemma_count(), tgt_seen = tgt.analyzer.lemma_count();
  for (const auto& [s, t] : options.aligner.dictionary.pairs()) {
    if (s.find(' ') != std::string::npos || t.find(' ') != std::string::npos) continue;
    std::uint32_t s_lemma = src.analyzer.Analyze(s).lemma, t_lemma = tgt.analyzer.Analyze(t).lemma;
    if (s_lemma < src_seen && t_lemma < tgt_seen) known.insert(WordModel::Key(s_lemma, t_lemma));
  }
  return known;
}

WordModel TermExtractor::Impl::TrainModel() const {
  std::vector<WordPair> pairs;
  for (std::size_t i = 0; i < sample_src.size(); ++i) {
    pairs.push_back({&sample_src[i], &sample_tgt[i]});
  }
  auto [forward, backward] = TranslationTable::TrainBothWays(pairs, src.analyzer.lemma_count(),
                                                             tgt.analyzer.lemma_count());
  return {std::move(forward), std::move(backward), {}, {}};
}

void TermExtractor::Impl::CountPairsInBead(const WordModel& model, const StoredBead& bead) {
  // Pass 1's analyses, read back in step with the texts: no second tokenising and lookup.
  AnalyzedText s = Spanned(spill.Next(bead.src));
  std::vector<TermWord> tgt_words = spill.Next(bead.tgt);
  auto src_terms = FrequentTerms(src, s, options.min_count);
  if (src_terms.empty()) return;
  AnalyzedText t = Spanned(std::move(tgt_words));
  auto tgt_terms = FrequentTerms(tgt, t, options.min_count);
  WordLinks links(s.words, t.words, model);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> found;
  for (const auto& [span, src_id] : src_terms) {
    std::optional<TermSpan> projected = links.Project(span);
    if (!projected) continue;
    for (const auto& [tgt_span, tgt_id] : tgt_terms) {
      if (links.GrowsInto(*projected, tgt_span)) found.emplace_back(src_id, tgt_id);
    }
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  for (const auto& [s_id, t_id] : found) pairs.Count(s_id, t_id, bead.offset, options.max_examples);
}

void TermExtractor::Impl::CountPairs(const WordModel& model) {
  store.Rewind();
  spill.Rewind();
  StoredBead bead;
  while (store.Next(&bead)) CountPairsInBead(model, bead);
}

TermExtractor::TermExtractor(const LanguageResources& src, const LanguageResources& tgt,
                             const ExtractOptions& options)
    : impl_(std::make_unique<Impl>(src, tgt, options)) {}

TermExtractor::~TermExtractor() = default;

void TermExtractor::AddDocuments(const std::vector<Segment>& src, const std::vector<Segment>& tgt) {
  Alignment alignment = AlignSegments(src, tgt, impl_->options.aligner);
  for (const Bead& bead : alignment.beads) {
    if (bead.src.empty() || bead.tgt.empty()) continue;
    std::string s, t;
    for (std::size_t i : bead.src) s += (s.empty() ? "" : " ") + src[i].text;
    for (std::size_t j : bead.tgt) t += (t.empty() ? "" : " ") + tgt[j].text;
    AddBead(s, t);
  }
}

void TermExtractor::AddBead(const std::string& src, const std::string& tgt) {
  Impl& m = *impl_;
  ++m.beads;
  m.store.Append(src, tgt);
  AnalyzedText s = Analyze(m.src, src);
  AnalyzedText t = Analyze(m.tgt, tgt);
  m.spill.Append(src, s.words);
  m.spill.Append(tgt, t.words);
  CountTerms(m.src, s);
  CountTerms(m.tgt, t);
  for (const auto& [span, acronym] : AcronymExpansions(s.words, s.spans)) {
    auto expansion = m.src.terms.Find(TermKey(s.words, span));
    auto letters = m.src.terms.Find(TermKey(s.words, {acronym, acronym}));
    if (expansion && letters) ++m.acronyms[{*expansion, *letters}];
  }
  m.SampleForModel(ContentLemmas(s.words), ContentLemmas(t.words));
}

std::vector<Candidate> TermExtractor::Finish() {
  Impl& m = *impl_;
  WordModel model = m.TrainModel();
  model.dictionary = m.DictionaryPairs();
  model.in_dictionary.assign(m.src.analyzer.lemma_count(), false);
  for (std::uint64_t key : model.dictionary) model.in_dictionary[key >> 32] = true;
  m.sample_src.clear();
  m.sample_tgt.clear();
  m.CountPairs(model);
  RankingInput input{m.src_resources, m.tgt_resources, m.src.terms, m.tgt.terms,
                     m.pairs,         m.acronyms,      m.options};
  return RankCandidates(input, m.store);
}

std::string TermExtractor::SourceKey(std::string_view form) {
  AnalyzedText a = Analyze(impl_->src, form);
  if (a.words.empty()) return "";
  return TermKey(a.words, {0, a.words.size() - 1});
}

std::string TermExtractor::TargetKey(std::string_view form) {
  AnalyzedText a = Analyze(impl_->tgt, form);
  if (a.words.empty()) return "";
  return TermKey(a.words, {0, a.words.size() - 1});
}

std::size_t TermExtractor::beads() const { return impl_->beads; }

}  // namespace talign
