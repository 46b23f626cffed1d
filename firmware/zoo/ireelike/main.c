/*
 * ireelike: a test fixture that looks like a user's firmware on IREE's runtime (see
 * runtime/iree_fixture.h). It prints what such firmware prints, and nothing of rv-zoo's own
 * protocol (no @input, no @result):
 *
 *   [1/8] Creating VM instance...
 *   [2/8] Creating Static Library Loader...
 *   [3/8] Creating HAL module (local-sync device)...
 *   [4/8] Creating EmitC module 'classifier'...
 *   [5/8] Creating VM context...
 *   [6/8] Wrapping input buffer view...
 *   [7/8] Looking up 'classifier.main'...
 *   [8/8] Invoking 'main'...
 *   result[0]: hal.buffer_view
 *   1x10xf32=[0 0 0 0 0 0 0 0.996094 0 0]
 *   Predicted class: 7
 *   === SUCCESS: Inference Complete! ===
 *
 * Input: `model_input`, 784 bytes, a 28x28 digit (MNIST row-major, pixels 0..255), in
 * .rodata (flash for XIP) so that a harness can write it after loading. Output: the scores are
 * copied into `model_output` (10 float32), as application code often does; the output buffer
 * view itself lives on the heap (IREE's system allocator: malloc).
 */
#include <stdio.h>
#include <string.h>

#include "bsp.h"
#include "default_digit.h"
#include "iree_fixture.h"

const uint8_t model_input[28 * 28] __attribute__((used, aligned(4))) = {ZOO_DEFAULT_DIGIT_PIXELS};
float model_output[10];

iree_status_t classifier_create(iree_vm_instance_t* instance, iree_allocator_t allocator, iree_vm_module_t** out);
const iree_hal_executable_library_header_t** classifier_linked_library_query(uint32_t max_version,
                                                                            const void* environment);

static int check(iree_status_t s) {
  if (iree_status_is_ok(s)) return 0;
  iree_status_fprint(stdout, s);
  return 1;
}

int main(void) {
  iree_allocator_t host = iree_allocator_system();
  iree_vm_instance_t* instance = 0;
  iree_hal_executable_loader_t* loader = 0;
  iree_vm_module_t* hal = 0;
  iree_vm_module_t* module = 0;
  iree_vm_context_t* context = 0;
  static const iree_hal_executable_library_query_fn_t libraries[] = {classifier_linked_library_query};

  printf("[1/8] Creating VM instance...\n");
  if (check(iree_vm_instance_create(host, &instance))) return 1;
  printf("[2/8] Creating Static Library Loader...\n");
  if (check(iree_hal_static_library_loader_create(libraries, 1, host, &loader))) return 1;
  printf("[3/8] Creating HAL module (local-sync device)...\n");
  if (check(iree_hal_module_create(instance, loader, host, &hal))) return 1;
  printf("[4/8] Creating EmitC module 'classifier'...\n");
  if (check(classifier_create(instance, host, &module))) return 1;
  printf("[5/8] Creating VM context...\n");
  iree_vm_module_t* modules[] = {hal, module};
  if (check(iree_vm_context_create_with_modules(instance, modules, 2, host, &context))) return 1;

  printf("[6/8] Wrapping input buffer view...\n");
  iree_hal_buffer_t* input_buffer = 0;
  iree_hal_buffer_view_t* input = 0;
  static const int32_t shape[] = {1, 28, 28, 1};
  if (check(iree_hal_heap_buffer_wrap((void*)model_input, sizeof(model_input), host, &input_buffer))) return 1;
  if (check(iree_hal_buffer_view_create(input_buffer, shape, 4, IREE_HAL_ELEMENT_TYPE_UINT_8, host, &input))) return 1;
  iree_vm_ref_release(input_buffer);

  printf("[7/8] Looking up 'classifier.main'...\n");
  iree_vm_function_t main_fn;
  if (check(iree_vm_context_resolve_function(context, iree_make_cstring_view("classifier.main"), &main_fn))) return 1;

  printf("[8/8] Invoking 'main'...\n");
  iree_vm_abi_t inputs = {{input}, {0}}, outputs;
  if (check(iree_vm_invoke(context, main_fn, &inputs, &outputs))) return 1;
  iree_hal_buffer_view_t* output = (iree_hal_buffer_view_t*)outputs.refs[0];
  if (!output || output->element_type != IREE_HAL_ELEMENT_TYPE_FLOAT_32 ||
      iree_hal_buffer_view_element_count(output) != 10) {
    printf("error: INVALID_ARGUMENT: expected a 1x10xf32 result\n");
    return 1;
  }
  printf("result[0]: hal.buffer_view\n");
  iree_hal_buffer_view_fprint(stdout, output, 1024);
  memcpy(model_output, output->buffer->data, sizeof(model_output));
  int best = 0;
  for (int i = 1; i < 10; i++) if (model_output[i] > model_output[best]) best = i;
  printf("Predicted class: %d\n", best);

  iree_vm_ref_release(output);
  iree_vm_ref_release(input);
  iree_vm_context_release(context);
  iree_vm_module_release(module);
  iree_vm_module_release(hal);
  iree_hal_executable_loader_release(loader);
  iree_vm_instance_release(instance);
  printf("=== SUCCESS: Inference Complete! ===\n");
  return 0;
}
