/*
 * ireelike fixture: iree/modules/hal, the `hal` VM module. Its exports, called by the EmitC
 * module through its imports:
 *
 *   hal.allocator.import         refs[0] memory, i32[0] bytes          -> refs[0] buffer (no copy)
 *   hal.buffer.allocate          i32[0] bytes                          -> refs[0] buffer
 *   hal.buffer_view.create       refs[0] buffer, i32[0] element type,
 *                                i32[1] rank (<= 2), i32[2..3] dims    -> refs[0] view
 *   hal.buffer_view.buffer       refs[0] view                          -> refs[0] buffer (borrowed)
 *   hal.executable.create        refs[0] library name (a C string)     -> refs[0] library
 *   hal.command_buffer.dispatch  refs[0] library, i32[0] entry ordinal,
 *                                refs[1..3] bound buffers (or NULL)    (runs it inline)
 */
#include "iree_fixture.h"

typedef struct {
  iree_hal_executable_loader_t* loader;
  iree_allocator_t allocator;
} iree_hal_module_state_t;

static iree_hal_module_state_t* iree_hal_module_state(iree_vm_module_t* module) {
  return (iree_hal_module_state_t*)module->self;
}

static iree_status_t iree_hal_module_buffer_allocate(iree_vm_module_t* module, const iree_vm_abi_t* args,
                                                     iree_vm_abi_t* results) {
  if (args->i32[0] <= 0) return iree_make_status(IREE_STATUS_INVALID_ARGUMENT, "buffer size must be positive");
  return iree_hal_heap_buffer_allocate(iree_hal_module_state(module)->allocator, (size_t)args->i32[0],
                                       (iree_hal_buffer_t**)&results->refs[0]);
}

static iree_status_t iree_hal_module_allocator_import(iree_vm_module_t* module, const iree_vm_abi_t* args,
                                                      iree_vm_abi_t* results) {
  if (!args->refs[0] || args->i32[0] <= 0) return iree_make_status(IREE_STATUS_INVALID_ARGUMENT, "nothing to import");
  return iree_hal_heap_buffer_wrap(args->refs[0], (size_t)args->i32[0], iree_hal_module_state(module)->allocator,
                                   (iree_hal_buffer_t**)&results->refs[0]);
}

static iree_status_t iree_hal_module_buffer_view_create(iree_vm_module_t* module, const iree_vm_abi_t* args,
                                                        iree_vm_abi_t* results) {
  if (!args->refs[0]) return iree_make_status(IREE_STATUS_INVALID_ARGUMENT, "null buffer");
  if (args->i32[1] < 0 || args->i32[1] > 2) return iree_make_status(IREE_STATUS_INVALID_ARGUMENT, "rank above 2");
  return iree_hal_buffer_view_create((iree_hal_buffer_t*)args->refs[0], &args->i32[2], (size_t)args->i32[1],
                                     (iree_hal_element_type_t)args->i32[0], iree_hal_module_state(module)->allocator,
                                     (iree_hal_buffer_view_t**)&results->refs[0]);
}

static iree_status_t iree_hal_module_buffer_view_buffer(iree_vm_module_t* module, const iree_vm_abi_t* args,
                                                        iree_vm_abi_t* results) {
  (void)module;
  if (!args->refs[0]) return iree_make_status(IREE_STATUS_INVALID_ARGUMENT, "null buffer view");
  results->refs[0] = ((iree_hal_buffer_view_t*)args->refs[0])->buffer;
  return iree_ok_status();
}

static iree_status_t iree_hal_module_executable_create(iree_vm_module_t* module, const iree_vm_abi_t* args,
                                                       iree_vm_abi_t* results) {
  return iree_hal_executable_loader_try_load(iree_hal_module_state(module)->loader, (const char*)args->refs[0],
                                             (const iree_hal_executable_library_v0_t**)&results->refs[0]);
}

static iree_status_t iree_hal_module_command_buffer_dispatch(iree_vm_module_t* module, const iree_vm_abi_t* args,
                                                             iree_vm_abi_t* results) {
  (void)module;
  (void)results;
  const iree_hal_executable_library_v0_t* library = (const iree_hal_executable_library_v0_t*)args->refs[0];
  if (!library || args->i32[0] < 0 || (uint32_t)args->i32[0] >= library->count) {
    return iree_make_status(IREE_STATUS_INVALID_ARGUMENT, "no such dispatch entry point");
  }
  void* ptrs[3];
  size_t lengths[3];
  for (int i = 0; i < 3; i++) {
    iree_hal_buffer_t* b = (iree_hal_buffer_t*)args->refs[1 + i];
    ptrs[i] = b ? b->data : 0;
    lengths[i] = b ? b->size : 0;
  }
  iree_hal_executable_dispatch_state_v0_t state = {ptrs, lengths, 3};
  if (library->ptrs[args->i32[0]](0, &state, 0) != 0) {
    return iree_make_status(IREE_STATUS_INTERNAL, library->names[args->i32[0]]);
  }
  return iree_ok_status();
}

static const iree_vm_native_export_t iree_hal_module_exports_[] = {
    {"allocator.import", iree_hal_module_allocator_import},
    {"buffer.allocate", iree_hal_module_buffer_allocate},
    {"buffer_view.buffer", iree_hal_module_buffer_view_buffer},
    {"buffer_view.create", iree_hal_module_buffer_view_create},
    {"command_buffer.dispatch", iree_hal_module_command_buffer_dispatch},
    {"executable.create", iree_hal_module_executable_create},
};

static const iree_vm_native_module_descriptor_t iree_hal_module_descriptor_ = {
    "hal", iree_hal_module_exports_, sizeof(iree_hal_module_exports_) / sizeof(iree_hal_module_exports_[0]), 0, 0,
};

iree_status_t iree_hal_module_create(iree_vm_instance_t* instance, iree_hal_executable_loader_t* loader,
                                     iree_allocator_t allocator, iree_vm_module_t** out) {
  iree_hal_module_state_t* state = 0;
  iree_status_t s = iree_allocator_malloc(allocator, sizeof(*state), (void**)&state);
  if (!iree_status_is_ok(s)) return s;
  state->loader = loader;
  state->allocator = allocator;
  s = iree_vm_native_module_create(&iree_hal_module_descriptor_, state, instance, allocator, out);
  if (!iree_status_is_ok(s)) iree_allocator_free(allocator, state);
  return s;
}
