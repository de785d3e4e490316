#include "talign/qa/segment_memo.h"

namespace talign {
namespace {

const std::vector<Token>& TokensOf(const std::vector<Segment>& segments, std::size_t i,
                                   std::vector<std::optional<std::vector<Token>>>& memo) {
  if (!memo[i]) memo[i] = Tokenize(segments[i].text);
  return *memo[i];
}

}  // namespace

SegmentMemo::SegmentMemo(const std::vector<Segment>& src, const std::vector<Segment>& tgt,
                         const TermMatcher* matcher)
    : src_(src), tgt_(tgt), matcher_(matcher), src_tokens_(src.size()), tgt_tokens_(tgt.size()) {
  found_[static_cast<int>(TermSide::kSource)].resize(src.size());
  found_[static_cast<int>(TermSide::kTarget)].resize(tgt.size());
  found_[static_cast<int>(TermSide::kForbidden)].resize(tgt.size());
}

const std::vector<Token>& SegmentMemo::SourceTokens(std::size_t segment) const {
  return TokensOf(src_, segment, src_tokens_);
}

const std::vector<Token>& SegmentMemo::TargetTokens(std::size_t segment) const {
  return TokensOf(tgt_, segment, tgt_tokens_);
}

const SegmentMemo::Found& SegmentMemo::FoundIn(TermSide side, std::size_t segment) const {
  std::optional<Found>& found = found_[static_cast<int>(side)][segment];
  if (!found) {
    bool source = side == TermSide::kSource;
    const std::string& text = (source ? src_ : tgt_)[segment].text;
    const std::vector<Token>& tokens = source ? SourceTokens(segment) : TargetTokens(segment);
    found = Found{matcher_->FindForms(side, text, tokens, segment), {}};
    found->terms = TermMatches(found->forms);
  }
  return *found;
}

const std::vector<FormMatch>& SegmentMemo::FormMatches(TermSide side, std::size_t segment) const {
  return FoundIn(side, segment).forms;
}

const SegmentMemo& MemoOf(const CheckContext& context, std::unique_ptr<SegmentMemo>& fallback) {
  if (context.memo) return *context.memo;
  fallback = std::make_unique<SegmentMemo>(context.src, context.tgt, context.matcher);
  return *fallback;
}

const std::vector<TermMatch>& SegmentMemo::Matches(TermSide side, std::size_t segment) const {
  return FoundIn(side, segment).terms;
}

}  // namespace talign
