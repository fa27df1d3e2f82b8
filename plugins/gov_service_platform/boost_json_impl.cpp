// Compiles Boost.JSON (its SAX parser is all this adapter uses) into the plugin, where the
// version script keeps its symbols local.
#include <boost/json/src.hpp>
