/*
 * Compiled as strict C11 with warnings as errors: proves that plugin_abi.h is a valid C
 * header (a plugin may be written in C, or in any language with a C FFI), and checks the
 * layout from the C compiler's point of view.
 */
#include "expected_layout.h"

#include <stdio.h>
#include <string.h>

/* A C plugin must be able to name the entry point's type and the exported symbol. */
static const casegw_plugin* CASEGW_CALL no_plugin(void) { return NULL; }
static const casegw_plugin_entry_fn entry_type_check = no_plugin;

int main(void) {
  if (strcmp(CASEGW_PLUGIN_ENTRY_SYMBOL, "casegw_plugin_entry_v1") != 0) {
    fprintf(stderr, "entry symbol is %s, expected casegw_plugin_entry_v1\n", CASEGW_PLUGIN_ENTRY_SYMBOL);
    return 1;
  }
  if (entry_type_check() != NULL) return 1;
  printf("plugin_abi.h compiles as C; layout %s\n", CASEGW_LAYOUT_CHECKED ? "checked for x86_64 LP64" : "not checked on this target");
  return 0;
}
