#include "align_batch.h"

#include <filesystem>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "progress.h"
#include "talign/base/error.h"
#include "talign/base/parallel.h"
#include "talign/base/printable.h"
#include "talign/io/atomic_output.h"
#include "talign/io/json_depth.h"
#include "talign/io/manifest.h"
#include "talign/io/text_input.h"

namespace talign::cli {
namespace {

namespace fs = std::filesystem;

const char* Extension(AlignmentFormat format) {
  switch (format) {
    case AlignmentFormat::kBeads:
      return ".beads";
    case AlignmentFormat::kTsv:
      return ".tsv";
    case AlignmentFormat::kTmx:
      return ".tmx";
    case AlignmentFormat::kJson:
      return ".json";
    case AlignmentFormat::kMoses:
      return "";  // WriteMosesPair adds the language tags
  }
  return "";
}

// Output names, checked up front so that two pairs never write the same file.
std::vector<std::string> OutputNames(const std::vector<ManifestEntry>& entries,
                                     const std::string& manifest) {
  std::vector<std::string> names;
  std::map<std::string, std::size_t> seen;
  for (const ManifestEntry& e : entries) {
    std::string name = e.name.empty() ? fs::path(e.src).stem().string() : e.name;
    if (auto [it, fresh] = seen.emplace(name, e.line); !fresh) {
      throw Error(ErrorKind::kData, {manifest, e.line},
                  "output name `" + name + "` is also line " + std::to_string(it->second) +
                      "'s: give a third column to tell them apart");
    }
    names.push_back(std::move(name));
  }
  return names;
}

}  // namespace

void WriteMosesPair(const std::string& prefix, const AlignedPair& pair) {
  if (prefix == "-") throw Error(ErrorKind::kUsage, "align: --format moses needs -o PREFIX");
  AtomicOutput src(prefix + "." + pair.src.language.tag());
  AtomicOutput tgt(prefix + "." + pair.tgt.language.tag());
  WriteMosesSide(src.stream(), pair, Side::kSource);
  WriteMosesSide(tgt.stream(), pair, Side::kTarget);
  src.Commit();  // the second file is committed only once both are complete
  tgt.Commit();
}

namespace {

void WritePair(const std::string& path, const AlignedPair& pair, AlignmentFormat format) {
  if (format == AlignmentFormat::kMoses) {
    WriteMosesPair(path, pair);
    return;
  }
  AtomicOutput out(path);
  WriteAlignment(out.stream(), format, pair);
  out.Commit();
}

std::size_t SentenceCount(const DocumentPair& docs) {
  return docs.src.segments.size() + docs.tgt.segments.size();
}

}  // namespace

ExitCode AlignManifest(const std::string& manifest, const std::string& out_dir,
                       const BatchOptions& o) {
  std::vector<ManifestEntry> entries = ParseManifest(ReadText(manifest, ""), manifest);
  std::vector<std::string> names = OutputNames(entries, manifest);
  std::error_code error;
  fs::create_directories(out_dir, error);
  if (!fs::is_directory(out_dir, error))
    throw Error(ErrorKind::kCantCreate, {out_dir}, "cannot create the output directory");
  std::vector<std::string> failures(entries.size());
  std::vector<ExitCode> codes(entries.size(), ExitCode::kOk);
  Progress progress(entries.size(), !o.common.quiet);
  ParallelFor(entries.size(), o.threads, [&](std::size_t i) {
    try {
      DocumentPair docs = ReadPair(o.common, entries[i].src, entries[i].tgt);
      Alignment alignment = AlignSegments(docs.src.segments, docs.tgt.segments, o.aligner);
      fs::path path = fs::path(out_dir) / (names[i] + Extension(o.format));
      std::error_code ignored;  // AtomicOutput names the path when the directory is missing
      fs::create_directories(path.parent_path(), ignored);
      WritePair(path.string(), {docs.src, docs.tgt, alignment}, o.format);
      progress.Done(SentenceCount(docs));
    } catch (const Error& e) {
      failures[i] = e.what();
      codes[i] = ExitCodeFor(e.kind());
    }
  });
  ExitCode result = ExitCode::kOk;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (failures[i].empty()) continue;
    std::cerr << "talign: " << Printable(failures[i]) << " (manifest " << Printable(manifest) << ":"
              << entries[i].line << ", skipped)\n";
    if (result == ExitCode::kOk) result = codes[i];
  }
  return result;
}

namespace {

struct JsonLineResult {
  std::string text;  // the output line, without its newline
  bool ok = true;
};

JsonLineResult RefusedLine(const std::string& id, const std::string& why) {
  nlohmann::ordered_json error = {{"id", nlohmann::json::parse(id)}, {"error", why}};
  return {error.dump(), false};
}

// One line of --jsonl input aligned into its output line.
JsonLineResult AlignJsonLine(const std::string& line, const BatchOptions& o,
                             const Language& src_lang, const Language& tgt_lang) {
  if (JsonNestingDepth(line) > kMaxJsonDepth) {
    return RefusedLine("null", "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
  }
  nlohmann::json request = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  std::string id = request.is_object() && request.contains("id") ? request["id"].dump() : "null";
  if (!request.is_object() || !request.value("src", nlohmann::json()).is_string() ||
      !request.value("tgt", nlohmann::json()).is_string()) {
    return RefusedLine(id, "expected {\"id\":…,\"src\":\"text\",\"tgt\":\"text\"}");
  }
  Document src{"", src_lang, request["src"].get<std::string>(), {}};
  Document tgt{"", tgt_lang, request["tgt"].get<std::string>(), {}};
  src.segments = Segmenter(LanguageResources(src_lang, {})).Split(src.text, o.common.segmenter());
  tgt.segments = Segmenter(LanguageResources(tgt_lang, {})).Split(tgt.text, o.common.segmenter());
  Alignment alignment = AlignSegments(src.segments, tgt.segments, o.aligner);
  std::ostringstream out;
  WriteAlignmentJsonLine(out, {src, tgt, alignment}, id);
  std::string text = out.str();
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return {text, true};
}

}  // namespace

ExitCode AlignJsonLines(std::istream& in, std::ostream& out, const BatchOptions& o) {
  const Language src_lang = ParseLanguage(o.common.src_lang, "src-lang");
  const Language tgt_lang = ParseLanguage(o.common.tgt_lang, "tgt-lang");
  constexpr std::size_t kChunk = 256;  // lines in flight: memory stays bounded on endless input
  std::size_t line_number = 0, refused = 0, first_refused = 0;
  std::vector<std::string> lines;
  std::vector<std::size_t> numbers;  // input line of each of `lines`
  while (in) {
    lines.clear();
    numbers.clear();
    for (std::string line; lines.size() < kChunk && std::getline(in, line);) {
      ++line_number;
      if (line.empty()) continue;
      lines.push_back(std::move(line));
      numbers.push_back(line_number);
    }
    std::vector<JsonLineResult> results(lines.size());
    ParallelFor(lines.size(), o.threads, [&](std::size_t i) {
      results[i] = AlignJsonLine(lines[i], o, src_lang, tgt_lang);
    });
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (!results[i].ok && refused++ == 0) first_refused = numbers[i];
      out << results[i].text << '\n';
    }
  }
  if (refused == 0) return ExitCode::kOk;
  throw Error(
      ErrorKind::kData, {"<stdin>", first_refused},
      std::to_string(refused) + " request line(s) refused, answered with an \"error\" object");
}

}  // namespace talign::cli
