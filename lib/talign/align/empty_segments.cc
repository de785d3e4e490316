#include "talign/align/empty_segments.h"

#include <algorithm>

namespace talign {
namespace {

bool IsBlank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// The input indices of a kept bead side, with the empty segments between them.
std::vector<std::size_t> Span(const std::vector<std::size_t>& kept, const NonEmpty& side) {
  if (kept.empty()) return {};
  std::vector<std::size_t> span;
  for (std::size_t i = side.index[kept.front()]; i <= side.index[kept.back()]; ++i)
    span.push_back(i);
  return span;
}

// Appends a null bead for each index before `end` not yet placed (*next onwards).
void NullBeadsBefore(std::size_t end, bool source, double score, std::size_t* next,
                     Alignment* out) {
  for (; *next < end; ++*next) {
    Bead bead{{}, {}, score};
    (source ? bead.src : bead.tgt).push_back(*next);
    out->beads.push_back(bead);
  }
}

}  // namespace

bool AnyEmpty(const std::vector<Segment>& segments) {
  return std::any_of(segments.begin(), segments.end(),
                     [](const Segment& s) { return IsBlank(s.text); });
}

NonEmpty DropEmpty(const std::vector<Segment>& segments) {
  NonEmpty kept;
  kept.total = segments.size();
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (IsBlank(segments[i].text)) continue;
    kept.segments.push_back(segments[i]);
    kept.index.push_back(i);
  }
  return kept;
}

Alignment RestoreEmpty(const Alignment& kept, const NonEmpty& src, const NonEmpty& tgt,
                       double score) {
  Alignment out;
  std::size_t next_src = 0, next_tgt = 0;  // the first input indices not yet in a bead
  for (const Bead& bead : kept.beads) {
    Bead restored{Span(bead.src, src), Span(bead.tgt, tgt), bead.score};
    if (!restored.src.empty()) NullBeadsBefore(restored.src.front(), true, score, &next_src, &out);
    if (!restored.tgt.empty()) NullBeadsBefore(restored.tgt.front(), false, score, &next_tgt, &out);
    if (!restored.src.empty()) next_src = restored.src.back() + 1;
    if (!restored.tgt.empty()) next_tgt = restored.tgt.back() + 1;
    out.beads.push_back(std::move(restored));
  }
  NullBeadsBefore(src.total, true, score, &next_src, &out);
  NullBeadsBefore(tgt.total, false, score, &next_tgt, &out);
  return out;
}

}  // namespace talign
