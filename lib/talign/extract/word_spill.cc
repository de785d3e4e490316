#include "talign/extract/word_spill.h"

#include <cstdint>

#include "talign/base/error.h"

namespace talign {
namespace {

struct PackedWord {
  std::uint32_t begin;
  std::uint32_t length;
  std::uint32_t lemma;
  std::uint8_t word_class;
  std::uint8_t flags;  // kConnector | kBoundary | kArticle
  std::uint16_t unused;
};
static_assert(sizeof(PackedWord) == 16);

constexpr std::uint8_t kConnector = 1, kBoundary = 2, kArticle = 4;

// Bead texts are lines of a text file, far below 4 GiB.
PackedWord Pack(std::string_view text, const TermWord& w) {
  return {static_cast<std::uint32_t>(w.text.data() - text.data()),
          static_cast<std::uint32_t>(w.text.size()),
          w.lemma,
          static_cast<std::uint8_t>(w.word_class),
          static_cast<std::uint8_t>((w.connector ? kConnector : 0) | (w.boundary ? kBoundary : 0) |
                                    (w.article ? kArticle : 0)),
          0};
}

TermWord Unpack(std::string_view text, const PackedWord& p) {
  TermWord w;
  w.text = text.substr(p.begin, p.length);
  w.lemma = p.lemma;
  w.word_class = static_cast<WordClass>(p.word_class);
  w.connector = (p.flags & kConnector) != 0;
  w.boundary = (p.flags & kBoundary) != 0;
  w.article = (p.flags & kArticle) != 0;
  return w;
}

}  // namespace

WordSpill::WordSpill() : file_(std::tmpfile()) {
  if (file_ == nullptr) throw Error(ErrorKind::kIo, "extract: cannot create a temporary file");
}

WordSpill::~WordSpill() { std::fclose(file_); }

void WordSpill::Append(std::string_view text, const std::vector<TermWord>& words) {
  std::vector<PackedWord> packed;
  packed.reserve(words.size());
  for (const TermWord& w : words) packed.push_back(Pack(text, w));
  std::uint32_t count = static_cast<std::uint32_t>(packed.size());
  if (std::fwrite(&count, sizeof count, 1, file_) != 1 ||
      std::fwrite(packed.data(), sizeof(PackedWord), packed.size(), file_) != packed.size())
    throw Error(ErrorKind::kIo, "extract: cannot write the temporary word file (disk full?)");
}

void WordSpill::Rewind() {
  std::fflush(file_);
  std::fseek(file_, 0, SEEK_SET);
}

std::vector<TermWord> WordSpill::Next(std::string_view text) {
  std::uint32_t count = 0;
  std::vector<PackedWord> packed;
  bool ok = std::fread(&count, sizeof count, 1, file_) == 1;
  if (ok) {
    packed.resize(count);
    ok = std::fread(packed.data(), sizeof(PackedWord), count, file_) == count;
  }
  if (!ok) throw Error(ErrorKind::kIo, "extract: the temporary word file is short");
  std::vector<TermWord> words;
  words.reserve(count);
  for (const PackedWord& p : packed) words.push_back(Unpack(text, p));
  return words;
}

}  // namespace talign
