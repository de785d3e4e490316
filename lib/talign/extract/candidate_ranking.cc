#include "talign/extract/candidate_ranking.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "talign/extract/acronym.h"
#include "talign/extract/association.h"
#include "talign/extract/desk_weight.h"

namespace talign {
namespace {

// A multi-word term nested in a longer candidate that holds this share of its occurrences
// is only a piece of it ("Ghani Baradar" in "Abdul Ghani Baradar"): the longer term is
// proposed. Single words stay: "mollah" and "Baradar" are entries of their own. Below
// kNestedMinCount occurrences the counts cannot tell "négociations interafghanes" from
// "reprise des négociations interafghanes": both stay.
constexpr double kNestedShare = 0.9;
constexpr std::size_t kNestedMinCount = 3;

// True when the word sequence `inner` (a lemma key) runs inside `outer`.
bool HoldsWords(const std::string& outer, const std::string& inner) {
  for (std::size_t at = outer.find(inner); at != std::string::npos;
       at = outer.find(inner, at + 1)) {
    if (at % sizeof(std::uint32_t) == 0) return true;
  }
  return false;
}

struct Proposal {
  Candidate candidate;
  std::uint32_t src = 0;
  std::uint32_t tgt = 0;  // the accepted rendering's term
};

// Every linked pair seen min_count times, grouped by source term.
std::map<std::uint32_t, std::vector<std::pair<std::uint32_t, std::uint32_t>>> GroupBySource(
    const RankingInput& in) {
  std::map<std::uint32_t, std::vector<std::pair<std::uint32_t, std::uint32_t>>> groups;
  for (const auto& [key, stats] : in.pairs.all()) {
    if (stats.count < in.options.min_count) continue;
    groups[static_cast<std::uint32_t>(key >> 32)].emplace_back(
        static_cast<std::uint32_t>(key & 0xffffffffu), stats.count);
  }
  return groups;
}

std::optional<Proposal> Propose(const RankingInput& in, std::uint32_t src,
                                const std::vector<std::pair<std::uint32_t, std::uint32_t>>& tgts) {
  const std::string& source = in.src_terms.Spelling(src);
  std::vector<std::pair<CandidateRendering, std::uint32_t>> renderings;
  for (const auto& [tgt, count] : tgts) {
    double score = PairScore(count, in.src_terms.beads(src), in.tgt_terms.beads(tgt));
    std::string target = WithSourceAcronyms(source, in.tgt_terms.LoweredSpelling(tgt));
    renderings.push_back({{std::move(target), in.tgt_terms.key(tgt), count, score}, tgt});
  }
  // Ties (a pair seen once) go to the rendering as long as the source, in words:
  // "défaillance multiviscérale" → "multi-organ failure" rather than "multi-organ".
  const std::size_t length = in.src_terms.key(src).size();
  auto misfit = [&](const CandidateRendering& r) {
    return std::max(r.key.size(), length) - std::min(r.key.size(), length);
  };
  std::sort(renderings.begin(), renderings.end(), [&](const auto& a, const auto& b) {
    return std::make_tuple(b.first.score, b.first.count, misfit(a.first),
                           std::cref(a.first.target)) <
           std::make_tuple(a.first.score, a.first.count, misfit(b.first),
                           std::cref(b.first.target));
  });
  const CandidateRendering& best = renderings[0].first;
  if (best.score < in.options.min_score) return std::nullopt;
  Proposal p;
  p.src = src;
  p.tgt = renderings[0].second;
  p.candidate = {source, in.src_terms.key(src), in.src_terms.beads(src), best.score, {}, {}, {}};
  // A variant holding the accepted rendering, or held in it, is that rendering with more or
  // fewer of its neighbours ("Prime Minister recently", "West" of "West Bank"): not listed.
  p.candidate.renderings.push_back(best);
  for (std::size_t i = 1; i < renderings.size(); ++i) {
    const CandidateRendering& r = renderings[i].first;
    if (r.count >= in.options.variant_share * static_cast<double>(best.count) &&
        !HoldsWords(r.key, best.key) && !HoldsWords(best.key, r.key))
      p.candidate.renderings.push_back(r);
  }
  return p;
}

// Most occurrences of any word sequence inside a longer proposal, by lemma key.
std::unordered_map<std::string, std::size_t> NestedCounts(const std::vector<Proposal>& all) {
  constexpr std::size_t kWord = sizeof(std::uint32_t);
  std::unordered_map<std::string, std::size_t> nested;
  for (const Proposal& p : all) {
    const std::string& key = p.candidate.key;
    std::size_t words = key.size() / kWord;
    for (std::size_t first = 0; first < words; ++first) {
      for (std::size_t n = 1; first + n <= words; ++n) {
        if (n == words) continue;
        std::size_t& most = nested[key.substr(first * kWord, n * kWord)];
        most = std::max(most, p.candidate.count);
      }
    }
  }
  return nested;
}

void DropNested(std::vector<Proposal>* proposals) {
  auto nested = NestedCounts(*proposals);
  proposals->erase(std::remove_if(proposals->begin(), proposals->end(),
                                  [&](const Proposal& p) {
                                    if (p.candidate.key.size() <= sizeof(std::uint32_t) ||
                                        p.candidate.count < kNestedMinCount)
                                      return false;
                                    auto it = nested.find(p.candidate.key);
                                    return it != nested.end() &&
                                           it->second >= kNestedShare * p.candidate.count;
                                  }),
                   proposals->end());
}

// Each term of an acronym pair seen min_count times names the other: the pair most seen.
void AddAcronyms(const RankingInput& in, std::vector<Proposal>* proposals) {
  std::unordered_map<std::uint32_t, std::pair<std::uint32_t, std::uint32_t>> other;  // → id, beads
  for (const auto& [ids, beads] : in.acronyms) {
    if (beads < in.options.min_count) continue;
    for (auto [from, to] : {ids, std::make_pair(ids.second, ids.first)}) {
      auto& best = other[from];
      if (beads > best.second) best = {to, beads};
    }
  }
  for (Proposal& p : *proposals) {
    auto it = other.find(p.src);
    if (it != other.end()) p.candidate.written_with = in.src_terms.Spelling(it->second.first);
  }
}

void AddExamples(const RankingInput& in, BeadStore& store, Proposal* p) {
  const PairCounts::Stats* stats = in.pairs.Find(p->src, p->tgt);
  std::size_t n = std::min<std::size_t>(stats->examples, in.options.max_examples);
  for (std::size_t i = 0; i < n; ++i) {
    StoredBead bead = store.Read(stats->offsets[i]);
    p->candidate.examples.push_back(
        {Excerpt(bead.src, in.options.example_bytes), Excerpt(bead.tgt, in.options.example_bytes)});
  }
}

}  // namespace

void PairCounts::Count(std::uint32_t src, std::uint32_t tgt, std::uint64_t offset,
                       std::size_t max_examples) {
  Stats& stats = stats_[Key(src, tgt)];
  ++stats.count;
  if (stats.examples < std::min(max_examples, kMaxExamples))
    stats.offsets[stats.examples++] = offset;
}

const PairCounts::Stats* PairCounts::Find(std::uint32_t src, std::uint32_t tgt) const {
  auto it = stats_.find(Key(src, tgt));
  return it == stats_.end() ? nullptr : &it->second;
}

std::vector<Candidate> RankCandidates(const RankingInput& in, BeadStore& store) {
  DeskWeight desk(in.src_resources, in.tgt_resources, in.options.aligner.dictionary, in.options);
  std::vector<Proposal> proposals;
  for (const auto& [src, tgts] : GroupBySource(in)) {
    auto p = Propose(in, src, tgts);
    if (!p) continue;
    p->candidate.score *= desk.Weight(p->candidate.source, p->candidate.renderings[0].target);
    if (p->candidate.score > 0.0) proposals.push_back(std::move(*p));
  }
  DropNested(&proposals);
  AddAcronyms(in, &proposals);
  std::sort(proposals.begin(), proposals.end(), [](const Proposal& a, const Proposal& b) {
    return std::tie(b.candidate.score, b.candidate.count, a.candidate.source) <
           std::tie(a.candidate.score, a.candidate.count, b.candidate.source);
  });
  if (in.options.top > 0 && proposals.size() > in.options.top) proposals.resize(in.options.top);
  std::vector<Candidate> ranked;
  for (Proposal& p : proposals) {
    AddExamples(in, store, &p);
    ranked.push_back(std::move(p.candidate));
  }
  return ranked;
}

std::string Excerpt(const std::string& text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  std::size_t cut = text.rfind(' ', bytes);
  if (cut == std::string::npos || cut == 0) {
    cut = bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return text.substr(0, cut) + " …";
}

}  // namespace talign
