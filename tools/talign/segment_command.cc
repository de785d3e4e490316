// talign segment [--lang fr] [--format lines|jsonl] [-o OUT] [FILE|-]
#include "command.h"
#include "common_options.h"
#include "talign/base/error.h"
#include "talign/io/atomic_output.h"
#include "talign/io/segments_format.h"
#include "talign/io/text_input.h"

namespace talign::cli {

ExitCode RunSegment(const std::vector<std::string>& args) {
  const std::string usage = "talign segment [--lang fr] [--format lines|jsonl] [-o OUT] [FILE|-]";
  CommonOptions common;
  std::string lang = "fr";
  std::string format_name = "lines";
  po::options_description options("Options");
  options.add_options()("lang", po::value(&lang)->default_value(lang),
                        "language of the text (BCP 47)")(
      "format", po::value(&format_name)->default_value(format_name), "lines | jsonl");
  options.add(CommonOptionsDescription(&common, false));
  std::vector<std::string> inputs;
  if (ParseCommandLine(args, usage, options, &inputs)) return ExitCode::kOk;
  RequireInputs(inputs, 0, 1, usage);
  auto format = ParseSegmentsFormat(format_name);
  if (!format) throw Error(ErrorKind::kUsage, "segment: unknown --format `" + format_name + "`");
  const Language language = ParseLanguage(lang, "lang");
  NoticeIfNoData(language, common.quiet);
  AtomicOutput out(common.output);  // an unusable -o fails before a long read
  Document doc =
      ReadDocument(inputs.empty() ? "-" : inputs[0], language, common.segmenter(), common.encoding);
  WriteSegments(out.stream(), *format, doc);
  out.Commit();
  return ExitCode::kOk;
}

}  // namespace talign::cli
