#include "talign/io/text_input.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "talign/base/error.h"
#include "talign/base/utf8.h"

namespace talign {
namespace {

std::string Slurp(std::istream& in, const std::string& path) {
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw Error(ErrorKind::kIo, {path}, "read failed");
  return bytes.str();
}

}  // namespace

std::string ReadBytes(const std::string& path) {
  if (path == "-") {
    // Closed, or write-only: the placeholder tools/talign puts on a closed descriptor.
    const int mode = fcntl(STDIN_FILENO, F_GETFL);
    if (mode < 0 || (mode & O_ACCMODE) == O_WRONLY)
      throw Error(ErrorKind::kNoInput, {"<stdin>"}, "standard input is closed");
    return Slurp(std::cin, "<stdin>");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::kNoInput, {path}, std::string("cannot open: ") + std::strerror(errno));
  }
  // An empty read of a directory "succeeds": name the real problem.
  in.peek();
  if (in.bad()) throw Error(ErrorKind::kNoInput, {path}, "cannot read (is it a directory?)");
  return Slurp(in, path);
}

std::string ReadText(const std::string& path, const std::string& encoding) {
  return DecodeText(ReadBytes(path), {path == "-" ? "<stdin>" : path}, encoding);
}

Document ReadDocument(const std::string& path, const Language& language,
                      const SegmenterOptions& options, const std::string& encoding) {
  Document doc{path, language, ReadText(path, encoding), {}};
  doc.segments = Segmenter(LanguageResources(language, {})).Split(doc.text, options);
  return doc;
}

}  // namespace talign
