// Default options of the sanitizers, compiled into every program of a sanitizer build
// (ELIGO_SANITIZE). Any report stops the program with SIGABRT, never with exit code 1:
// the command-line tests expect 1 for a refused input, so an exit code could hide a
// report. The ASAN_OPTIONS, UBSAN_OPTIONS and TSAN_OPTIONS variables still override them.
extern "C" {

const char* __asan_default_options() {
  return "abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1";
}

const char* __ubsan_default_options() { return "print_stacktrace=1:halt_on_error=1:abort_on_error=1"; }

const char* __tsan_default_options() { return "halt_on_error=1:abort_on_error=1:second_deadlock_stack=1"; }

}  // extern "C"
