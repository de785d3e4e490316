# talign_set_warnings(<target>): the project's warning set, on our own targets only.
function(talign_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(TALIGN_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
