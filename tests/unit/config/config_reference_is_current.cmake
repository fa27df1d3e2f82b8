# cmake -DCASEGW=<casegw> -DREFERENCE=<docs/config-reference.md> -DGENERATED=<scratch file> -P this
# Runs `casegw config-reference` and fails, with the difference and how to regenerate, when its
# output is not the checked-in file.
execute_process(COMMAND ${CASEGW} config-reference
                OUTPUT_VARIABLE generated ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "casegw config-reference failed (${status}):\n${errors}")
endif()
file(READ ${REFERENCE} checked_in)
if(NOT generated STREQUAL checked_in)
  file(WRITE ${GENERATED} "${generated}")
  execute_process(COMMAND diff -u ${REFERENCE} ${GENERATED})
  message(FATAL_ERROR "docs/config-reference.md is out of date (a configuration key, a default or a plugin setting "
                      "changed). Regenerate it with `make config-reference` (or `<build>/casegw config-reference > "
                      "docs/config-reference.md`) and commit it.")
endif()
