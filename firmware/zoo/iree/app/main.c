/*
 * IREE-compiled zoo firmware on the rv-zoo micro runtime: runs the EmitC module and static
 * library iree-compile made of one model (chosen at build time) on the digit in `zoo_input`,
 * printing the stages the IREE samples print and the rv-zoo console protocol:
 *
 *   [1/8] Creating VM instance...
 *   ...
 *   [8/8] Invoking 'main'...
 *   # invoke instructions N
 *   # invoke cycles C
 *   @layer I NAME workgroups=XxYxZ constants=B instructions=N cycles=C
 *                                            (one per dispatch, in order: the export's name in
 *                                            the static library, its workgroup count, bytes of
 *                                            constant buffers it binds, and minstret / mcycle
 *                                            around its workgroup calls)
 *   @result scores f32[1xK] v0 v1 ...        (%.9g: round-trips float32)
 *   1xKxf32=[v0 v1 ...]                      (IREE's buffer-view text)
 *   class C
 *   # arena peak P of A bytes
 *   === SUCCESS: Inference Complete! ===
 *
 * On failure one line `error: CODE: message` and exit status 1.
 *
 * Input: `zoo_input`, 784 bytes, a 28x28 digit (MNIST row-major, pixel 0..255), in .rodata
 * (flash for XIP builds) so that a harness writes it after loading. It is handed to the model
 * without a copy: the build tool rewrote the model's uint8 input to i8 carrying the same bits.
 *
 * Build-time macros: RVZ_MODEL_INFO (header written by tools/iree_build.py: library query
 * function, EmitC module create function, input/output types and shapes), RVZ_ARENA_SIZE
 * (bytes of the runtime's static arena: buffers, objects, the module's state).
 */
#include <stdio.h>
#include <stdint.h>

#include "bsp.h"
#include "default_digit.h"
#include "rvz_hal.h"
#include RVZ_MODEL_INFO

#ifndef RVZ_ARENA_SIZE
#define RVZ_ARENA_SIZE (64 * 1024)
#endif
RVZ_ARENA_DEFINE(RVZ_ARENA_SIZE);

const uint8_t zoo_input[RVZ_INPUT_BYTES] __attribute__((used, aligned(64))) = {ZOO_DEFAULT_DIGIT_PIXELS};

static int check(iree_status_t s) {
  if (iree_status_is_ok(s)) return 0;
  rvz_status_print(s);
  return 1;
}

/* `@layer I NAME workgroups=XxYxZ constants=B instructions=N cycles=C` per dispatch of the
 * invocation (README, "Firmware protocol"). IREE packs a model's constants into a few buffers
 * and each dispatch binds a whole one, so `constants` is not that dispatch's own weights. */
static void print_dispatches(void) {
  iree_host_size_t n, dropped;
  const rvz_hal_dispatch_record_t* r = rvz_hal_dispatch_log(&n, &dropped);
  for (iree_host_size_t i = 0; i < n; i++, r++) {
    if (r->name) printf("@layer %u %s", (unsigned)i, r->name);
    else printf("@layer %u dispatch_%lu", (unsigned)i, (unsigned long)r->ordinal);
    printf(" workgroups=%lux%lux%lu constants=%lu instructions=%lu cycles=%lu\n", (unsigned long)r->workgroups[0],
           (unsigned long)r->workgroups[1], (unsigned long)r->workgroups[2], (unsigned long)r->constants,
           (unsigned long)r->instructions, (unsigned long)r->cycles);
  }
  if (dropped) printf("# dispatch log full: %lu more dispatches not listed\n", (unsigned long)dropped);
}

int main(void) {
  iree_allocator_t host = iree_allocator_system();
  iree_vm_instance_t* instance = 0;
  iree_vm_module_t* hal = 0;
  iree_vm_module_t* module = 0;
  iree_vm_context_t* context = 0;
  static const iree_hal_executable_library_query_fn_t libraries[] = {RVZ_LIBRARY_QUERY};

  printf("[1/8] Creating VM instance...\n");
  if (check(iree_vm_instance_create(host, &instance))) return 1;
  printf("[2/8] Registering static library '%s'...\n", RVZ_LIBRARY_NAME);
  printf("[3/8] Creating HAL module (local-sync device, inline execution)...\n");
  if (check(rvz_hal_module_create(instance, libraries, 1, host, &hal))) return 1;
  printf("[4/8] Creating EmitC module '%s'...\n", RVZ_MODEL_NAME);
  if (check(RVZ_MODULE_CREATE(instance, host, &module))) return 1;
  printf("[5/8] Creating VM context (imports, __init)...\n");
  iree_vm_module_t* modules[] = {hal, module};
  if (check(iree_vm_context_create_with_modules(instance, modules, 2, host, &context))) return 1;

  printf("[6/8] Wrapping input buffer view...\n");
  size_t in_use_before, peak, capacity;
  rvz_arena_stats(&in_use_before, &peak, &capacity);
  printf("@input zoo_input u8[%s]\n", RVZ_INPUT_DIMS);
  static const int64_t shape[] = {RVZ_INPUT_SHAPE};
  iree_vm_ref_t input = {0, 0};
  struct { iree_vm_ref_t input; } args = {{0, 0}};
  struct { iree_vm_ref_t output; } results = {{0, 0}};
  if (check(rvz_hal_buffer_view_wrap((void*)zoo_input, sizeof(zoo_input), RVZ_INPUT_ELEMENT_TYPE,
                                     shape, sizeof(shape) / sizeof(shape[0]), &input))) {
    return 1;
  }

  printf("[7/8] Looking up 'main'...\n");
  iree_vm_function_t main_fn;
  if (check(iree_vm_context_resolve_function(context, iree_make_cstring_view("module.main"), &main_fn))) return 1;

  printf("[8/8] Invoking 'main'...\n");
  /* Arguments are borrowed: the call does not take our count but may clear its copy. */
  iree_vm_ref_assign(&input, &args.input);
  rvz_hal_dispatch_log_reset();
  uint64_t t0 = rd_minstret(), c0 = rd_mcycle();
  iree_status_t s = iree_vm_invoke(context, main_fn, iree_make_byte_span(&args, sizeof(args)),
                                   iree_make_byte_span(&results, sizeof(results)));
  uint64_t t1 = rd_minstret(), c1 = rd_mcycle();
  if (check(s)) return 1;
  printf("# invoke instructions %lu\n", (unsigned long)(t1 - t0));
  printf("# invoke cycles %lu\n", (unsigned long)(c1 - c0));
  print_dispatches();

  rvz_hal_view_info_t out;
  if (check(rvz_hal_buffer_view_info(&results.output, &out))) return 1;
  if (out.element_type != RVZ_HAL_ELEMENT_TYPE_FLOAT_32 || out.rank != 2) {
    printf("error: INVALID_ARGUMENT: output is not a f32 [1xK] tensor\n");
    return 1;
  }
  const float* scores = (const float*)out.data;
  int n = (int)out.shape[1], best = 0;
  printf("@result scores f32[1x%d]", n);
  for (int i = 0; i < n; i++) {
    printf(" %.9g", (double)scores[i]);
    if (scores[i] > scores[best]) best = i;
  }
  printf("\n");
  rvz_hal_buffer_view_print(&results.output);
  printf("class %d\n", best);

  iree_vm_ref_release(&input);
  iree_vm_ref_release(&results.output);
  size_t in_use;
  rvz_arena_stats(&in_use, &peak, &capacity);
  printf("# arena peak %lu of %lu bytes, %lu in use before the inference and %lu after\n", (unsigned long)peak,
         (unsigned long)capacity, (unsigned long)in_use_before, (unsigned long)in_use);
  printf("=== SUCCESS: Inference Complete! ===\n");
  return 0;
}
