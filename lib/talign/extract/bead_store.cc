#include "talign/extract/bead_store.h"

#include <cstdlib>

#include "talign/base/error.h"

namespace talign {
namespace {

std::string OneLine(const std::string& text) {
  std::string line = text;
  for (char& c : line) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return line;
}

}  // namespace

BeadStore::BeadStore() : file_(std::tmpfile()) {
  if (file_ == nullptr) throw Error(ErrorKind::kIo, "extract: cannot create a temporary file");
}

BeadStore::~BeadStore() {
  std::fclose(file_);
  std::free(line_);
}

std::uint64_t BeadStore::Append(const std::string& src, const std::string& tgt) {
  std::string line = OneLine(src) + "\t" + OneLine(tgt) + "\n";
  if (!appending_) std::fseek(file_, 0, SEEK_END);
  appending_ = true;
  if (std::fwrite(line.data(), 1, line.size(), file_) != line.size())
    throw Error(ErrorKind::kIo, "extract: cannot write the temporary bead file (disk full?)");
  std::uint64_t at = size_;
  size_ += line.size();
  return at;
}

void BeadStore::Rewind() {
  appending_ = false;
  std::fflush(file_);
  std::fseek(file_, 0, SEEK_SET);
}

bool BeadStore::Next(StoredBead* bead) {
  long at = std::ftell(file_);
  ssize_t length = getline(&line_, &capacity_, file_);
  if (length <= 0) return false;
  std::string line(line_, static_cast<std::size_t>(length) - 1);  // without '\n'
  std::size_t tab = line.find('\t');
  bead->offset = static_cast<std::uint64_t>(at);
  bead->src = line.substr(0, tab);
  bead->tgt = tab == std::string::npos ? "" : line.substr(tab + 1);
  return true;
}

StoredBead BeadStore::Read(std::uint64_t offset) {
  appending_ = false;
  std::fflush(file_);
  std::fseek(file_, static_cast<long>(offset), SEEK_SET);
  StoredBead bead;
  Next(&bead);
  return bead;
}

}  // namespace talign
