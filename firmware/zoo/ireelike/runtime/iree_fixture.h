/*
 * ireelike: a test fixture shaped like firmware built on IREE's runtime, written for rv-zoo.
 *
 * It is not IREE. It borrows the names and the layering of IREE's C API (iree/base, iree/vm,
 * iree/hal with a static library loader, the HAL module, an EmitC-style VM module and a
 * static executable library of dispatches) so that the harness can be tested on a binary whose
 * symbols, sections and console look like a user's IREE firmware: stage lines
 * `[k/8] ...`, `result[0]: hal.buffer_view` and the buffer-view text `1x10xf32=[...]`, no
 * rv-zoo protocol lines. The arithmetic underneath is the zoo library's (TFLite-exact int8
 * kernels) running the project's demo MNIST model, so its outputs can be checked against the
 * TFLite reference interpreter.
 */
#ifndef IREE_FIXTURE_H
#define IREE_FIXTURE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---------------------------------------------------------------- iree/base */

typedef enum {
  IREE_STATUS_OK = 0,
  IREE_STATUS_INVALID_ARGUMENT = 3,
  IREE_STATUS_NOT_FOUND = 5,
  IREE_STATUS_RESOURCE_EXHAUSTED = 8,
  IREE_STATUS_FAILED_PRECONDITION = 9,
  IREE_STATUS_INTERNAL = 13,
} iree_status_code_t;

/* NULL is OK; anything else points at a status record (code and message). */
typedef struct iree_status_record_t* iree_status_t;
#define iree_ok_status() ((iree_status_t)0)
#define iree_status_is_ok(s) ((s) == iree_ok_status())
iree_status_t iree_make_status(iree_status_code_t code, const char* message);
iree_status_code_t iree_status_code(iree_status_t status);
const char* iree_status_code_string(iree_status_code_t code);
void iree_status_fprint(FILE* file, iree_status_t status);

typedef struct {
  const char* data;
  size_t size;
} iree_string_view_t;
iree_string_view_t iree_make_cstring_view(const char* s);
int iree_string_view_equal(iree_string_view_t a, iree_string_view_t b);
int iree_string_view_split(iree_string_view_t s, char c, iree_string_view_t* head, iree_string_view_t* tail);

typedef struct {
  void* self;
  iree_status_t (*ctl)(void* self, size_t size, void* old, void** out);
} iree_allocator_t;
iree_allocator_t iree_allocator_system(void);
iree_status_t iree_allocator_malloc(iree_allocator_t allocator, size_t size, void** out);
void iree_allocator_free(iree_allocator_t allocator, void* ptr);

/* ---------------------------------------------------------------- iree/vm */

typedef struct iree_vm_instance_t iree_vm_instance_t;
typedef struct iree_vm_module_t iree_vm_module_t;
typedef struct iree_vm_context_t iree_vm_context_t;

/* A reference-counted object: buffers and buffer views. */
typedef struct {
  int32_t count;
  void (*destroy)(void* self);
} iree_vm_ref_object_t;
void iree_vm_ref_retain(void* object);
void iree_vm_ref_release(void* object);

/* Values passed across modules: up to 4 references and 4 integers. */
typedef struct {
  void* refs[4];
  int32_t i32[4];
} iree_vm_abi_t;

typedef iree_status_t (*iree_vm_native_function_t)(iree_vm_module_t* module, const iree_vm_abi_t* args,
                                                   iree_vm_abi_t* results);

typedef struct {
  const char* name;
  iree_vm_native_function_t fn;
} iree_vm_native_export_t;

typedef struct {
  const char* name;              /* module name, "hal" */
  const iree_vm_native_export_t* exports;
  size_t export_count;
  const char* const* imports;   /* fully qualified names, "hal.buffer_view.create" */
  size_t import_count;
} iree_vm_native_module_descriptor_t;

typedef struct {
  iree_vm_module_t* module;
  iree_vm_native_function_t fn;
} iree_vm_function_t;

struct iree_vm_module_t {
  const iree_vm_native_module_descriptor_t* descriptor;
  void* self;                    /* the module's own state */
  iree_vm_function_t* imports;   /* resolved by the context, import_count entries */
  iree_allocator_t allocator;
};

iree_status_t iree_vm_instance_create(iree_allocator_t allocator, iree_vm_instance_t** out);
void iree_vm_instance_release(iree_vm_instance_t* instance);
iree_status_t iree_vm_native_module_create(const iree_vm_native_module_descriptor_t* descriptor, void* self,
                                           iree_vm_instance_t* instance, iree_allocator_t allocator,
                                           iree_vm_module_t** out);
void iree_vm_module_release(iree_vm_module_t* module);
iree_status_t iree_vm_context_create_with_modules(iree_vm_instance_t* instance, iree_vm_module_t** modules,
                                                  size_t count, iree_allocator_t allocator,
                                                  iree_vm_context_t** out);
void iree_vm_context_release(iree_vm_context_t* context);

iree_status_t iree_vm_context_resolve_function(iree_vm_context_t* context, iree_string_view_t name,
                                               iree_vm_function_t* out);
iree_status_t iree_vm_invoke(iree_vm_context_t* context, iree_vm_function_t function, const iree_vm_abi_t* inputs,
                             iree_vm_abi_t* outputs);

/* ---------------------------------------------------------------- iree/hal */

/* (numerical type << 24) | bit count, as IREE encodes element types */
typedef uint32_t iree_hal_element_type_t;
#define IREE_HAL_ELEMENT_TYPE_SINT_8 0x11000008u
#define IREE_HAL_ELEMENT_TYPE_UINT_8 0x12000008u
#define IREE_HAL_ELEMENT_TYPE_SINT_32 0x11000020u
#define IREE_HAL_ELEMENT_TYPE_FLOAT_32 0x21000020u

typedef struct {
  iree_vm_ref_object_t ref;
  iree_allocator_t allocator;
  uint8_t* data;
  size_t size;
  int owned;                     /* 0: wraps memory the caller owns */
} iree_hal_buffer_t;

#define IREE_HAL_MAX_RANK 4
typedef struct {
  iree_vm_ref_object_t ref;
  iree_hal_buffer_t* buffer;
  iree_hal_element_type_t element_type;
  size_t rank;
  int32_t shape[IREE_HAL_MAX_RANK];
} iree_hal_buffer_view_t;

iree_status_t iree_hal_heap_buffer_allocate(iree_allocator_t allocator, size_t size, iree_hal_buffer_t** out);
iree_status_t iree_hal_heap_buffer_wrap(void* data, size_t size, iree_allocator_t allocator, iree_hal_buffer_t** out);
iree_status_t iree_hal_buffer_view_create(iree_hal_buffer_t* buffer, const int32_t* shape, size_t rank,
                                          iree_hal_element_type_t element_type, iree_allocator_t allocator,
                                          iree_hal_buffer_view_t** out);
size_t iree_hal_element_byte_count(iree_hal_element_type_t element_type);
size_t iree_hal_buffer_view_element_count(const iree_hal_buffer_view_t* view);
/* Prints `SHAPExTYPE=elements` and a newline, as IREE's iree_hal_buffer_view_fprint does. */
iree_status_t iree_hal_buffer_view_fprint(FILE* file, const iree_hal_buffer_view_t* view, size_t max_element_count);

/* The executable library ABI (a small subset of iree/hal/local/executable_library.h). */
typedef struct {
  void* const* binding_ptrs;
  const size_t* binding_lengths;
  uint32_t binding_count;
} iree_hal_executable_dispatch_state_v0_t;
typedef int (*iree_hal_executable_dispatch_v0_t)(const void* environment,
                                                 const iree_hal_executable_dispatch_state_v0_t* dispatch_state,
                                                 const void* workgroup_state);
typedef struct {
  uint32_t version;
  const char* name;
} iree_hal_executable_library_header_t;
typedef struct {
  const iree_hal_executable_library_header_t* header;
  uint32_t count;
  const iree_hal_executable_dispatch_v0_t* ptrs;
  const char* const* names;
} iree_hal_executable_library_v0_t;
typedef const iree_hal_executable_library_header_t** (*iree_hal_executable_library_query_fn_t)(
    uint32_t max_version, const void* environment);
#define IREE_HAL_EXECUTABLE_LIBRARY_VERSION_LATEST 0u

typedef struct iree_hal_executable_loader_t iree_hal_executable_loader_t;
iree_status_t iree_hal_static_library_loader_create(const iree_hal_executable_library_query_fn_t* libraries,
                                                    size_t count, iree_allocator_t allocator,
                                                    iree_hal_executable_loader_t** out);
iree_status_t iree_hal_executable_loader_try_load(iree_hal_executable_loader_t* loader, const char* name,
                                                  const iree_hal_executable_library_v0_t** out);
void iree_hal_executable_loader_release(iree_hal_executable_loader_t* loader);

/* ---------------------------------------------------------------- iree/modules/hal */

/* The `hal` module: buffers, buffer views, executables and dispatches for the VM. */
iree_status_t iree_hal_module_create(iree_vm_instance_t* instance, iree_hal_executable_loader_t* loader,
                                     iree_allocator_t allocator, iree_vm_module_t** out);

#endif
