# TALIGN_SANITIZE=ON instruments the whole build (our code, tests, fuzzers) with
# AddressSanitizer and UndefinedBehaviorSanitizer; every object must agree, hence global.
if(TALIGN_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(TALIGN_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link)  # coverage for libFuzzer in our libraries
endif()
