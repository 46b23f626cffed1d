/* iree_mnist_demo: written by tools/iree_build.py. */
#include "iree_mnist_demo_lib.h"
#include "iree_mnist_demo_module.h"
#define RVZ_LIBRARY_QUERY iree_mnist_demo_linked_library_query
#define RVZ_LIBRARY_NAME "iree_mnist_demo_linked"
#define RVZ_MODEL_NAME "iree_mnist_demo"
#define RVZ_MODULE_CREATE module_create
#define RVZ_INPUT_BYTES 784
#define RVZ_INPUT_DIMS "1x28x28x1"
#define RVZ_INPUT_SHAPE 1, 28, 28, 1
#define RVZ_INPUT_ELEMENT_TYPE 0x10000008u /* i8 */
#define RVZ_OUTPUT_DIMS "1x10" /* f32 */
