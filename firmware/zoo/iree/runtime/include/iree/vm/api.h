/*
 * rv-zoo micro runtime for IREE EmitC modules: the part of IREE's VM C API that the C code
 * `iree-compile --output-format=vm-c` emits calls (refs, vm.buffer, native modules, function
 * calls, status, allocator), plus a small context/invoke API for the firmware.
 *
 * Written for rv-zoo from IREE's documented interfaces; not IREE's implementation. Only the
 * names and the source-level shapes the generated code uses are kept (field names it reads and
 * writes, positional initializer order of the descriptors it emits); binary layouts of these
 * structures are ours, since the generated module is compiled against this header.
 *
 * Memory: no malloc. Everything the runtime and the module allocate comes from one static
 * arena (rvz_arena, first fit with coalescing, freed when refs drop to zero).
 */
#ifndef RVZ_IREE_VM_API_H_
#define RVZ_IREE_VM_API_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

#define iree_alignas(n) __attribute__((aligned(n)))
#define iree_alloca(n) __builtin_alloca(n)
#define IREE_RESTRICT __restrict
#define IREE_API_PTR
#define IREE_API_EXPORT

typedef size_t iree_host_size_t;
typedef uint64_t iree_device_size_t;

/* ---- status: NULL is OK; otherwise the code, with the message kept in rvz_last_error ---- */
typedef enum iree_status_code_e {
  IREE_STATUS_OK = 0, IREE_STATUS_CANCELLED = 1, IREE_STATUS_UNKNOWN = 2,
  IREE_STATUS_INVALID_ARGUMENT = 3, IREE_STATUS_DEADLINE_EXCEEDED = 4, IREE_STATUS_NOT_FOUND = 5,
  IREE_STATUS_ALREADY_EXISTS = 6, IREE_STATUS_PERMISSION_DENIED = 7,
  IREE_STATUS_RESOURCE_EXHAUSTED = 8, IREE_STATUS_FAILED_PRECONDITION = 9, IREE_STATUS_ABORTED = 10,
  IREE_STATUS_OUT_OF_RANGE = 11, IREE_STATUS_UNIMPLEMENTED = 12, IREE_STATUS_INTERNAL = 13,
  IREE_STATUS_UNAVAILABLE = 14, IREE_STATUS_DATA_LOSS = 15, IREE_STATUS_UNAUTHENTICATED = 16,
  IREE_STATUS_DEFERRED = 17,
} iree_status_code_t;
typedef struct iree_status_handle_t* iree_status_t;

/* The last failure: code and a message made of two parts (e.g. a module's text + ours). */
typedef struct rvz_error_t {
  iree_status_code_t code;
  const char* what; int what_len;
  const char* detail;
} rvz_error_t;
extern rvz_error_t rvz_last_error;

iree_status_t rvz_status_make(iree_status_code_t code, const char* what, int what_len,
                              const char* detail);
static inline iree_status_t iree_ok_status(void) { return (iree_status_t)0; }
static inline bool iree_status_is_ok(iree_status_t s) { return s == (iree_status_t)0; }
static inline iree_status_code_t iree_status_code(iree_status_t s) {
  return (iree_status_code_t)(uintptr_t)s;
}
/* Formats taken: "%.*s" (what vm.fail emits) or a plain message. */
iree_status_t iree_status_allocate_f(iree_status_code_t code, const char* file, uint32_t line,
                                     const char* format, ...);
#define iree_make_status(code, ...) rvz_status_make((code), 0, 0, 0)
/* Prints `error: CODE: message` on one line. */
void rvz_status_print(iree_status_t status);

/* ---- strings and spans ---- */
typedef struct iree_string_view_t { const char* data; iree_host_size_t size; } iree_string_view_t;
typedef struct iree_string_pair_t { iree_string_view_t key; iree_string_view_t value; } iree_string_pair_t;
typedef struct iree_byte_span_t { uint8_t* data; iree_host_size_t data_length; } iree_byte_span_t;
typedef struct iree_const_byte_span_t {
  const uint8_t* data; iree_host_size_t data_length;
} iree_const_byte_span_t;

static inline iree_string_view_t iree_make_string_view(const char* s, iree_host_size_t n) {
  iree_string_view_t v = {s, n};
  return v;
}
static inline iree_string_view_t iree_make_cstring_view(const char* s) {
  return iree_make_string_view(s, strlen(s));
}
static inline iree_byte_span_t iree_make_byte_span(void* data, iree_host_size_t n) {
  iree_byte_span_t s = {(uint8_t*)data, n};
  return s;
}
static inline bool iree_string_view_equal(iree_string_view_t a, iree_string_view_t b) {
  return a.size == b.size && memcmp(a.data, b.data, a.size) == 0;
}

/* ---- allocator: self NULL = the null allocator, else the static arena ---- */
typedef struct iree_allocator_t { void* self; } iree_allocator_t;
extern char rvz_arena_tag;
static inline iree_allocator_t iree_allocator_null(void) {
  iree_allocator_t a = {0};
  return a;
}
static inline iree_allocator_t iree_allocator_system(void) {
  iree_allocator_t a = {&rvz_arena_tag};
  return a;
}
iree_status_t iree_allocator_malloc(iree_allocator_t a, iree_host_size_t size, void** out_ptr);
void iree_allocator_free(iree_allocator_t a, void* ptr);
/* The arena's storage is the application's: RVZ_ARENA_DEFINE(bytes) once, at file scope
 * (bytes a multiple of 8; the firmware prints the peak it used). */
extern uint64_t rvz_arena_storage[];
extern const size_t rvz_arena_bytes;
#define RVZ_ARENA_DEFINE(bytes) \
  uint64_t rvz_arena_storage[(bytes) / 8]; \
  const size_t rvz_arena_bytes = (bytes) / 8 * 8
/* Arena statistics: bytes in use now and at most, and the arena's size. */
void rvz_arena_stats(size_t* in_use, size_t* peak, size_t* capacity);

/* ---- refs: every ref-counted object starts with iree_vm_ref_object_t ----
 * retain: +1 into out_ref; assign: copy without counting; move: hand over and clear the
 * source; release: -1 and clear (all release what out_ref held before). Call arguments are
 * borrowed (a callee retains what it keeps); results are owned by the caller. */
typedef uintptr_t iree_vm_ref_type_t;
enum rvz_ref_type_e {
  RVZ_TYPE_NONE = 0, RVZ_TYPE_VM_BUFFER, RVZ_TYPE_HAL_ALLOCATOR, RVZ_TYPE_HAL_BUFFER,
  RVZ_TYPE_HAL_BUFFER_VIEW, RVZ_TYPE_HAL_COMMAND_BUFFER, RVZ_TYPE_HAL_DEVICE,
  RVZ_TYPE_HAL_EXECUTABLE, RVZ_TYPE_HAL_FENCE, RVZ_TYPE_HAL_FILE, RVZ_TYPE_COUNT,
};
typedef struct iree_vm_ref_object_t {
  uint32_t ref_count;
  void (*destroy)(void* ptr); /* called when the count drops to zero; NULL: static object */
} iree_vm_ref_object_t;
typedef struct iree_vm_ref_t { void* ptr; iree_vm_ref_type_t type; } iree_vm_ref_t;
typedef struct iree_vm_type_def_t { iree_vm_ref_type_t ref_type; } iree_vm_type_def_t;

static inline iree_vm_type_def_t iree_vm_make_ref_type_def(iree_vm_ref_type_t t) {
  iree_vm_type_def_t d = {t};
  return d;
}
static inline iree_vm_ref_type_t iree_vm_type_def_as_ref(iree_vm_type_def_t d) { return d.ref_type; }

void iree_vm_ref_retain(iree_vm_ref_t* ref, iree_vm_ref_t* out_ref);
void iree_vm_ref_retain_inplace(iree_vm_ref_t* ref);
void iree_vm_ref_release(iree_vm_ref_t* ref);
void iree_vm_ref_assign(iree_vm_ref_t* ref, iree_vm_ref_t* out_ref);
void iree_vm_ref_move(iree_vm_ref_t* ref, iree_vm_ref_t* out_ref);
iree_status_t iree_vm_ref_retain_or_move_checked(bool is_move, iree_vm_ref_t* ref,
                                                 iree_vm_ref_type_t type, iree_vm_ref_t* out_ref);
iree_status_t iree_vm_ref_wrap_retain(void* ptr, iree_vm_ref_type_t type, iree_vm_ref_t* out_ref);
iree_status_t iree_vm_ref_wrap_assign(void* ptr, iree_vm_ref_type_t type, iree_vm_ref_t* out_ref);
/* Initialises a new object's header (count 1) and wraps it in *out_ref (taking that count). */
void rvz_ref_init(void* ptr, iree_vm_ref_type_t type, void (*destroy)(void*), iree_vm_ref_t* out_ref);

/* ---- vm.buffer ---- */
enum iree_vm_buffer_access_bits_e {
  IREE_VM_BUFFER_ACCESS_MUTABLE = 1u << 0, IREE_VM_BUFFER_ACCESS_ORIGIN_MODULE = 1u << 1,
  IREE_VM_BUFFER_ACCESS_ORIGIN_GUEST = 1u << 2, IREE_VM_BUFFER_ACCESS_ORIGIN_HOST = 1u << 3,
};
typedef uint32_t iree_vm_buffer_access_t;
typedef struct iree_vm_buffer_t {
  iree_vm_ref_object_t ref_object;
  iree_vm_buffer_access_t access;
  iree_byte_span_t data;
  iree_allocator_t allocator;
} iree_vm_buffer_t;
void iree_vm_buffer_initialize(iree_vm_buffer_access_t access, iree_byte_span_t data,
                               iree_allocator_t allocator, iree_vm_buffer_t* out_buffer);
static inline iree_vm_ref_type_t iree_vm_buffer_type(void) { return RVZ_TYPE_VM_BUFFER; }

/* ---- modules, functions, calls ---- */
typedef struct iree_vm_instance_t iree_vm_instance_t;
typedef struct iree_vm_context_t iree_vm_context_t;
typedef struct iree_vm_module_t iree_vm_module_t;
typedef struct iree_vm_stack_t iree_vm_stack_t;
typedef struct iree_vm_module_state_t iree_vm_module_state_t;

typedef enum iree_vm_function_linkage_e {
  IREE_VM_FUNCTION_LINKAGE_INTERNAL = 0, IREE_VM_FUNCTION_LINKAGE_IMPORT = 1,
  IREE_VM_FUNCTION_LINKAGE_EXPORT = 2, IREE_VM_FUNCTION_LINKAGE_IMPORT_OPTIONAL = 3,
} iree_vm_function_linkage_t;
typedef struct iree_vm_function_t {
  iree_vm_module_t* module;
  uint16_t linkage;
  uint16_t ordinal;
} iree_vm_function_t;
typedef struct iree_vm_function_signature_t { iree_string_view_t calling_convention; } iree_vm_function_signature_t;
/* Arguments and results: 4-byte values, 8-byte i64 (unaligned), iree_vm_ref_t refs, spans as
 * an i32 count followed by the elements; packed, as the generated shims lay them out. */
typedef struct iree_vm_function_call_t {
  iree_vm_function_t function;
  iree_byte_span_t arguments;
  iree_byte_span_t results;
} iree_vm_function_call_t;
typedef iree_string_pair_t iree_vm_reflection_attr_t;
typedef uint32_t iree_vm_native_function_flags_t;

struct iree_vm_module_t {
  void* self;
  void (*destroy)(void* self);
  iree_status_t (*alloc_state)(void* self, iree_allocator_t allocator,
                               iree_vm_module_state_t** out_state);
  void (*free_state)(void* self, iree_vm_module_state_t* state);
  iree_status_t (*fork_state)(void* self, iree_vm_module_state_t* state, iree_allocator_t allocator,
                              iree_vm_module_state_t** out_state);
  iree_status_t (*resolve_import)(void* self, iree_vm_module_state_t* state,
                                  iree_host_size_t ordinal, const iree_vm_function_t* function,
                                  const iree_vm_function_signature_t* signature);
  /* The first argument is the iree_vm_module_t* being called (what the generated shims pass). */
  iree_status_t (*begin_call)(void* module, iree_vm_stack_t* stack, iree_vm_function_call_t call);
  /* rv-zoo: the descriptor (exports are looked up by name in it), the state of the one context. */
  const struct iree_vm_native_module_descriptor_t* descriptor;
  iree_vm_module_state_t* state;
  iree_allocator_t allocator;
};
iree_status_t iree_vm_module_initialize(iree_vm_module_t* module, void* self);

/* ---- native modules (what the EmitC module registers itself as) ---- */
enum iree_vm_native_import_flag_bits_e {
  IREE_VM_NATIVE_IMPORT_REQUIRED = 1u << 0, IREE_VM_NATIVE_IMPORT_OPTIONAL = 1u << 1,
};
typedef uint32_t iree_vm_native_import_flags_t;
typedef struct iree_vm_native_import_descriptor_t {
  iree_vm_native_import_flags_t flags;
  iree_string_view_t full_name;
} iree_vm_native_import_descriptor_t;
typedef struct iree_vm_native_export_descriptor_t {
  iree_string_view_t local_name;
  iree_string_view_t calling_convention;
  iree_host_size_t reflection_attr_count;
  const iree_vm_reflection_attr_t* reflection_attrs;
} iree_vm_native_export_descriptor_t;
typedef iree_status_t (*iree_vm_native_function_target_t)(iree_vm_stack_t* stack, void* module,
                                                         void* module_state);
typedef iree_status_t (*iree_vm_native_function_shim_t)(
    iree_vm_stack_t* stack, iree_vm_native_function_flags_t flags, iree_byte_span_t args,
    iree_byte_span_t rets, iree_vm_native_function_target_t target, void* module,
    void* module_state);
typedef struct iree_vm_native_function_ptr_t {
  iree_vm_native_function_shim_t shim;
  iree_vm_native_function_target_t target;
} iree_vm_native_function_ptr_t;
enum iree_vm_module_dependency_flag_bits_e {
  IREE_VM_MODULE_DEPENDENCY_FLAG_NONE = 0, IREE_VM_MODULE_DEPENDENCY_FLAG_REQUIRED = 1u << 0,
  IREE_VM_MODULE_DEPENDENCY_FLAG_OPTIONAL = 1u << 1,
};
typedef struct iree_vm_module_dependency_t {
  iree_string_view_t name;
  uint32_t minimum_version;
  uint32_t flags;
} iree_vm_module_dependency_t;
typedef struct iree_vm_native_module_descriptor_t {
  iree_string_view_t name;
  uint32_t version;
  iree_host_size_t attr_count;
  const iree_vm_reflection_attr_t* attrs;
  iree_host_size_t dependency_count;
  const iree_vm_module_dependency_t* dependencies;
  iree_host_size_t import_count;
  const iree_vm_native_import_descriptor_t* imports;
  iree_host_size_t export_count;
  const iree_vm_native_export_descriptor_t* exports;
  iree_host_size_t function_count;
  const iree_vm_native_function_ptr_t* functions;
} iree_vm_native_module_descriptor_t;

iree_status_t iree_vm_native_module_create(const iree_vm_module_t* interface,
                                           const iree_vm_native_module_descriptor_t* descriptor,
                                           iree_vm_instance_t* instance, iree_allocator_t allocator,
                                           iree_vm_module_t** out_module);

/* ---- instance, context, invocation (the firmware's side) ---- */
iree_status_t iree_vm_instance_create(iree_allocator_t allocator, iree_vm_instance_t** out);
iree_vm_ref_type_t iree_vm_instance_lookup_type(iree_vm_instance_t* instance, iree_string_view_t name);
/* Allocates each module's state, resolves every import by full name (`hal.buffer.assert`)
 * against the other modules' exports, checks dependencies, then runs each `__init` export. */
iree_status_t iree_vm_context_create_with_modules(iree_vm_instance_t* instance,
                                                  iree_vm_module_t** modules, iree_host_size_t count,
                                                  iree_allocator_t allocator,
                                                  iree_vm_context_t** out_context);
/* Finds `module.function` among the context's exports. */
iree_status_t iree_vm_context_resolve_function(iree_vm_context_t* context, iree_string_view_t name,
                                               iree_vm_function_t* out_function);
/* Calls a function with packed arguments/results (see iree_vm_function_call_t). Argument refs
 * are borrowed and may be cleared by the call: put copies there (iree_vm_ref_assign) and keep
 * your own ref. Result refs come back owned: release them. */
iree_status_t iree_vm_invoke(iree_vm_context_t* context, iree_vm_function_t function,
                             iree_byte_span_t arguments, iree_byte_span_t results);
/* Looks up `name` among a module's exports (descriptor order). */
iree_status_t rvz_module_lookup_export(iree_vm_module_t* module, iree_string_view_t name,
                                       iree_vm_function_t* out_function);

#ifdef __cplusplus
}
#endif
#endif /* RVZ_IREE_VM_API_H_ */
