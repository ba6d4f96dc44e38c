# cmake -DCOMMAND="prog;arg;…" -DOUTPUT=file -P QobjCapture.cmake: runs a command and writes its
# standard output to a file (a build step cannot redirect portably); fails when it fails.
get_filename_component(directory ${OUTPUT} DIRECTORY)
file(MAKE_DIRECTORY ${directory})
execute_process(COMMAND ${COMMAND} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE failed)
if(failed)
  file(REMOVE ${OUTPUT})
  message(FATAL_ERROR "${COMMAND} failed: ${failed}")
endif()
