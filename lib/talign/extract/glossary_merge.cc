#include "talign/extract/glossary_merge.h"

#include <cmath>
#include <set>
#include <unordered_map>

namespace talign {
namespace {

double Round3(double x) { return std::round(x * 1000.0) / 1000.0; }

std::string RenderingsNote(const Candidate& c) {
  std::string note = "corpus renderings (beads):";
  for (std::size_t i = 0; i < c.renderings.size(); ++i) {
    note += (i ? ", " : " ") + c.renderings[i].target + " " + std::to_string(c.renderings[i].count);
  }
  return note + "; source term in " + std::to_string(c.count) + " beads.";
}

std::string UniqueId(const std::string& base, std::set<std::string>* taken) {
  std::string id = base.empty() ? "term" : base;
  for (int n = 2; taken->count(id) > 0; ++n) id = base + "-" + std::to_string(n);
  taken->insert(id);
  return id;
}

// The candidate about one of `term`'s source forms, if any.
const Candidate* FindCandidate(const Term& term, TermExtractor& keys,
                               const std::unordered_map<std::string, const Candidate*>& by_key) {
  for (const std::string& source : term.sources) {
    auto it = by_key.find(keys.SourceKey(source));
    if (it != by_key.end()) return it->second;
  }
  return nullptr;
}

// Renderings of `c` that are none of the entry's accepted targets, as "X (n beads)".
std::string OtherRenderings(const Term& term, const Candidate& c, TermExtractor& keys) {
  std::set<std::string> accepted;
  for (const std::string& target : term.targets) accepted.insert(keys.TargetKey(target));
  std::string others;
  for (const CandidateRendering& r : c.renderings) {
    if (accepted.count(r.key) > 0) continue;
    others += (others.empty() ? "" : ", ") + r.target + " (" + std::to_string(r.count) + " beads)";
  }
  return others;
}

}  // namespace

Term CandidateTerm(const Candidate& c) {
  Term term;
  term.sources = {c.source};
  for (const CandidateRendering& r : c.renderings) term.targets.push_back(r.target);
  term.note = RenderingsNote(c);
  term.count = static_cast<long long>(c.count);
  term.score = Round3(c.score);
  term.examples = c.examples;
  return term;
}

Glossary BuildGlossary(const std::vector<Candidate>& candidates, const Glossary* existing,
                       const Language& src, const Language& tgt, TermExtractor& keys) {
  Glossary out(src, tgt);
  std::unordered_map<std::string, const Candidate*> by_key;
  for (const Candidate& c : candidates) by_key.emplace(c.key, &c);
  std::set<std::string> ids;
  std::set<const Candidate*> covered;
  if (existing != nullptr) {
    out.id = existing->id;
    out.title = existing->title;
    for (Term term : existing->terms) {
      ids.insert(term.id);
      const Candidate* c = FindCandidate(term, keys, by_key);
      if (c == nullptr) {
        out.terms.push_back(std::move(term));
        continue;
      }
      covered.insert(c);
      std::string others = OtherRenderings(term, *c, keys);
      if (!others.empty()) {
        term.note += (term.note.empty() ? "" : " ") +
                     std::string("extract: the corpus renders it as ") + others + ".";
      }
      out.terms.push_back(std::move(term));
    }
  }
  for (const Candidate& c : candidates) {
    if (covered.count(&c) > 0) continue;
    Term term = CandidateTerm(c);
    term.id = UniqueId(DefaultTermId(c.source), &ids);
    out.terms.push_back(std::move(term));
  }
  return out;
}

}  // namespace talign
