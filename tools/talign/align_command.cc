// talign align SRC TGT [--presegmented] [--glossary FILE] [--format beads|tsv|tmx|json|moses] [-o
// OUT] talign align --manifest FILE -o DIR [--threads N] …     many pairs, one output file each
// talign align --jsonl [--threads N] < requests > results  one pair per line, for clusters
#include <iostream>
#include <optional>

#include "align_batch.h"
#include "command.h"
#include "common_options.h"
#include "talign/base/error.h"
#include "talign/glossary/glossary_yaml.h"
#include "talign/io/atomic_output.h"

namespace talign::cli {
namespace {

struct AlignOptions {
  std::string format = "beads";
  std::string glossary;
  std::string manifest;
  unsigned threads = 0;
  bool jsonl = false;
};

// The aligner loads only the dictionary pairs of the documents' words.
ExitCode AlignOnePair(const CommonOptions& common, const std::vector<std::string>& inputs,
                      AlignmentFormat format, const Glossary* glossary, bool confidences) {
  DocumentPair docs = ReadPair(common, inputs[0], inputs[1]);
  AlignerOptions aligner = AlignerOptionsForPair(common, glossary);
  aligner.confidences = confidences;
  Alignment alignment = AlignSegments(docs.src.segments, docs.tgt.segments, aligner);
  AlignedPair pair{docs.src, docs.tgt, alignment};
  if (format == AlignmentFormat::kMoses) {
    WriteMosesPair(common.output, pair);
    return ExitCode::kOk;
  }
  AtomicOutput out(common.output);
  WriteAlignment(out.stream(), format, pair);
  out.Commit();
  return ExitCode::kOk;
}

}  // namespace

ExitCode RunAlign(const std::vector<std::string>& args) {
  const std::string usage =
      "talign align (SRC TGT | --manifest FILE -o DIR | --jsonl) [--presegmented] "
      "[--glossary FILE] [--format beads|tsv|tmx|json|moses] [--threads N] [-o OUT]";
  CommonOptions common;
  AlignOptions o;
  po::options_description options("Options");
  options.add_options()("format", po::value(&o.format)->default_value(o.format),
                        "beads | tsv | tmx | json | moses")(
      "glossary", po::value(&o.glossary), "YAML glossary whose term pairs anchor the alignment")(
      "manifest", po::value(&o.manifest), "align every SRC<TAB>TGT[<TAB>NAME] line into -o DIR")(
      "jsonl", po::bool_switch(&o.jsonl),
      "stdin {\"id\",\"src\",\"tgt\"} lines → stdout json lines")(
      "threads", CountValue(&o.threads, "threads"), "documents aligned at once (0: all cores)");
  options.add(CommonOptionsDescription(&common, true))
      .add(ResourceOptionsDescription(&common.resources));
  std::vector<std::string> inputs;
  if (ParseCommandLine(args, usage, options, &inputs)) return ExitCode::kOk;
  bool batch = !o.manifest.empty() || o.jsonl;
  RequireInputs(inputs, batch ? 0 : 2, batch ? 0 : 2, usage);
  NoticeIfNoData(ParseLanguage(common.src_lang, "src-lang"), common.quiet);
  NoticeIfNoData(ParseLanguage(common.tgt_lang, "tgt-lang"), common.quiet);
  auto format = ParseAlignmentFormat(o.format);
  if (!format) throw Error(ErrorKind::kUsage, "align: unknown --format `" + o.format + "`");
  std::optional<Glossary> glossary;
  if (!o.glossary.empty()) glossary = LoadGlossary(o.glossary);
  const Glossary* glossary_ptr = glossary ? &*glossary : nullptr;
  bool confidences = o.jsonl || *format == AlignmentFormat::kJson;  // only json shows them
  if (!batch) return AlignOnePair(common, inputs, *format, glossary_ptr, confidences);
  AlignerOptions aligner = AlignerOptionsFor(common, glossary_ptr);
  aligner.confidences = confidences;
  BatchOptions batch_options{common, *format, aligner, o.threads};
  if (o.jsonl) return AlignJsonLines(std::cin, std::cout, batch_options);
  if (common.output == "-") throw Error(ErrorKind::kUsage, "align: --manifest needs -o DIR");
  return AlignManifest(o.manifest, common.output, batch_options);
}

}  // namespace talign::cli
