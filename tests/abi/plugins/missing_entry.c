/*
 * Failure mode: the library exports no entry symbol (a plugin built without CASEGW_PLUGIN,
 * or any other shared library put in the plugin directory). The version script hides
 * everything but casegw_plugin_entry_v1, so defining anything else exports nothing.
 */
#include <casegw/plugin_abi.h>

const casegw_plugin* casegw_plugin_entry_v0(void);
const casegw_plugin* casegw_plugin_entry_v0(void) { return NULL; }
