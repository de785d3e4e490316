#include "talign/io/text_input.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <utility>

#include "talign/base/error.h"
#include "talign/base/utf8.h"

namespace talign {
namespace {

// Reads to the end straight into the string, so the bytes are copied once, from the
// kernel; `size_hint` (the file size, 0 if unknown) makes the first read the last.
std::string Slurp(std::istream& in, const std::string& path, std::size_t size_hint) {
  std::string bytes(std::max<std::size_t>(size_hint, 1 << 16) + 1, '\0');
  std::size_t filled = 0;
  while (in.read(bytes.data() + filled, static_cast<std::streamsize>(bytes.size() - filled))) {
    filled = bytes.size();
    bytes.resize(2 * filled);
  }
  bytes.resize(filled + static_cast<std::size_t>(in.gcount()));
  if (in.bad()) throw Error(ErrorKind::kIo, {path}, "read failed");
  return bytes;
}

// `bytes` as UTF-8, decoded as their XML declaration says.
std::string DecodeXml(std::string bytes, const std::string& file_name) {
  const std::size_t close = bytes.find('>');
  std::string_view head = std::string_view(bytes).substr(0, close == std::string::npos ? 0 : close);
  std::string charset;
  if (head.rfind("<?xml", 0) == 0) {
    std::size_t key = head.find("encoding");
    std::size_t quote = key == std::string_view::npos ? key : head.find_first_of("\"'", key);
    std::size_t end = quote == std::string_view::npos ? quote : head.find(head[quote], quote + 1);
    if (end != std::string_view::npos)
      charset = std::string(head.substr(quote + 1, end - quote - 1));
  }
  for (char& c : charset) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool unicode =
      charset.empty() || charset == "utf-8" || charset == "utf8" || charset.rfind("utf-16", 0) == 0;
  return DecodeText(std::move(bytes), {file_name}, unicode ? "" : charset);
}

}  // namespace

std::string ReadBytes(const std::string& path) {
  if (path == "-") {
    // Closed, or write-only: the placeholder tools/talign puts on a closed descriptor.
    const int mode = fcntl(STDIN_FILENO, F_GETFL);
    if (mode < 0 || (mode & O_ACCMODE) == O_WRONLY)
      throw Error(ErrorKind::kNoInput, {"<stdin>"}, "standard input is closed");
    return Slurp(std::cin, "<stdin>", 0);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::kNoInput, {path}, std::string("cannot open: ") + std::strerror(errno));
  }
  // An empty read of a directory "succeeds": name the real problem.
  in.peek();
  if (in.bad()) throw Error(ErrorKind::kNoInput, {path}, "cannot read (is it a directory?)");
  std::error_code unknown;
  std::uintmax_t size = std::filesystem::file_size(path, unknown);
  return Slurp(in, path, unknown ? 0 : static_cast<std::size_t>(size));
}

std::string ReadText(const std::string& path, const std::string& encoding) {
  return DecodeText(ReadBytes(path), {path == "-" ? "<stdin>" : path}, encoding);
}

std::string ReadXmlText(const std::string& path) {
  return DecodeXml(ReadBytes(path), path == "-" ? "<stdin>" : path);
}

Document ReadDocument(const std::string& path, const Language& language,
                      const SegmenterOptions& options, const std::string& encoding) {
  Document doc{path, language, ReadText(path, encoding), {}};
  doc.segments = Segmenter(LanguageResources(language, {})).Split(doc.text, options);
  return doc;
}

}  // namespace talign
