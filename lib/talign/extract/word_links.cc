#include "talign/extract/word_links.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "talign/text/normalizer.h"

namespace talign {
namespace {

// Cognates and names share their first five letters once folded ("Helmand", "président" /
// "president"; "négociations" / "negotiations" do not: the model links those).
constexpr std::size_t kCognatePrefix = 5;

// A part of a hyphenated word this long, found inside the other word, makes them cognates:
// "intra-afghan" / "interafghanes".
constexpr std::size_t kCognatePart = 6;

bool SharePrefix(const std::string& a, const std::string& b) {
  return a.size() >= kCognatePrefix && b.size() >= kCognatePrefix &&
         a.compare(0, kCognatePrefix, b, 0, kCognatePrefix) == 0;
}

bool HasPartInside(const std::string& hyphenated, const std::string& other) {
  std::size_t begin = 0;
  while (begin < hyphenated.size()) {
    std::size_t end = hyphenated.find('-', begin);
    if (end == std::string::npos) end = hyphenated.size();
    if (end < hyphenated.size() || begin > 0) {  // only the parts of a hyphenated word
      std::string part = hyphenated.substr(begin, end - begin);
      if (part.size() >= kCognatePart && other.find(part) != std::string::npos) return true;
    }
    begin = end + 1;
  }
  return false;
}

float Probability(const TranslationTable& table, std::uint32_t from, std::uint32_t to) {
  if (from >= table.null_word()) return 0.0f;
  for (const auto& [word, p] : table.Translations(from)) {
    if (word == to) return p;
  }
  return 0.0f;
}

// Words further apart than this from the bead's diagonal are not paired: a bead's pairs stay
// linear in its length, and a bead of up to this many target words keeps every pair.
constexpr std::size_t kMaxLinkDistance = kMaxTrainingWords;

std::vector<std::string> Folded(const std::vector<TermWord>& words) {
  std::vector<std::string> folded;
  for (const TermWord& w : words) folded.push_back(w.content() ? FoldForMatch(w.text) : "");
  return folded;
}

}  // namespace

bool NearIdentical(const std::string& a, const std::string& b) {
  if (a == b) return a.size() >= 2;
  return SharePrefix(a, b) || HasPartInside(a, b) || HasPartInside(b, a);
}

WordLinks::WordLinks(const std::vector<TermWord>& src, const std::vector<TermWord>& tgt,
                     const WordModel& model)
    : src_links_(src.size()), tgt_links_(tgt.size()) {
  for (const TermWord& w : src) src_content_.push_back(w.content());
  for (const TermWord& w : tgt) tgt_content_.push_back(w.content());
  std::vector<std::string> src_folded = Folded(src);
  std::vector<std::string> tgt_folded = Folded(tgt);
  struct Scored {
    double score;
    std::size_t i, j;
  };
  std::vector<Scored> scored;
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (!src_content_[i]) continue;
    const bool in_dictionary =
        src[i].lemma < model.in_dictionary.size() && model.in_dictionary[src[i].lemma];
    const std::size_t diagonal = i * tgt.size() / src.size();
    const std::size_t last = std::min(tgt.size(), diagonal + kMaxLinkDistance + 1);
    for (std::size_t j = diagonal > kMaxLinkDistance ? diagonal - kMaxLinkDistance : 0; j < last;
         ++j) {
      if (!tgt_content_[j]) continue;
      double score = NearIdentical(src_folded[i], tgt_folded[j])
                         ? 1.0
                         : std::sqrt(Probability(model.forward, src[i].lemma, tgt[j].lemma) *
                                     Probability(model.backward, tgt[j].lemma, src[i].lemma));
      if (in_dictionary && model.dictionary.count(WordModel::Key(src[i].lemma, tgt[j].lemma)) > 0)
        score = std::max(score, kDictionaryLink);
      if (score < kLinkThreshold) continue;
      // Repeated words tie: the one nearer the diagonal wins.
      double skew =
          std::abs(static_cast<double>(i) / src.size() - static_cast<double>(j) / tgt.size());
      scored.push_back({score * (1.0 - 0.1 * skew), i, j});
    }
  }
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return std::tie(b.score, a.i, a.j) < std::tie(a.score, b.i, b.j);
  });
  std::vector<Scored> rest;
  for (const Scored& s : scored) {  // competitive linking: best pairs first, one-to-one
    if (src_links_[s.i].linked() || tgt_links_[s.j].linked()) {
      rest.push_back(s);
      continue;
    }
    src_links_[s.i].Add(s.j);
    tgt_links_[s.j].Add(s.i);
  }
  // Grow: a word left unlinked joins its neighbour's partner when the model pairs them too
  // ("États-Unis" → "United" then "States").
  for (const Scored& s : rest) {
    bool src_free = !src_links_[s.i].linked(), tgt_free = !tgt_links_[s.j].linked();
    if (src_free == tgt_free) continue;
    const Range& partner = src_free ? tgt_links_[s.j] : src_links_[s.i];
    std::size_t free_word = src_free ? s.i : s.j;
    if (partner.first > free_word + 1 || partner.last + 1 < free_word) continue;
    src_links_[s.i].Add(s.j);
    tgt_links_[s.j].Add(s.i);
  }
}

bool WordLinks::FreeTarget(std::size_t j) const {
  return j < tgt_content_.size() && tgt_content_[j] && !tgt_links_[j].linked();
}

std::optional<TermSpan> WordLinks::Project(const TermSpan& src_span) const {
  Range projected;
  std::size_t unlinked = 0;
  for (std::size_t i = src_span.first; i <= src_span.last; ++i) {
    if (!src_content_[i]) continue;
    if (!src_links_[i].linked()) {
      ++unlinked;
      continue;
    }
    projected.Add(src_links_[i].first);
    projected.Add(src_links_[i].last);
  }
  if (!projected.linked()) return std::nullopt;
  for (std::size_t j = projected.first; j <= projected.last; ++j) {
    if (!tgt_content_[j]) continue;
    const Range& back = tgt_links_[j];
    if (!back.linked() || back.first < src_span.first || back.last > src_span.last)
      return std::nullopt;
  }
  // Each unlinked source word takes an unlinked target word next to the span, before it
  // first: a word seen once has no model to link it ("contact étroit" → "close contact").
  // Without one it stays unmatched, as words a translation leaves out do ("pneumonie liée
  // au coronavirus" → "Coronavirus pneumonia").
  for (; unlinked > 0; --unlinked) {
    if (projected.first > 0 && FreeTarget(projected.first - 1)) {
      --projected.first;
    } else if (FreeTarget(projected.last + 1)) {
      ++projected.last;
    }
  }
  return TermSpan{projected.first, projected.last};
}

bool WordLinks::GrowsInto(const TermSpan& inner, const TermSpan& outer) const {
  if (outer.first > inner.first || outer.last < inner.last) return false;
  for (std::size_t j = outer.first; j <= outer.last; ++j) {
    bool inside = j >= inner.first && j <= inner.last;
    if (!inside && tgt_content_[j] && tgt_links_[j].linked()) return false;
  }
  return true;
}

}  // namespace talign
