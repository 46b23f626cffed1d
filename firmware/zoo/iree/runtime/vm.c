/*
 * rv-zoo micro runtime, VM half: status, static arena, refs, vm.buffer, native modules,
 * instance/context/invoke. See include/iree/vm/api.h.
 */
#include <stdarg.h>
#include <stdio.h>

#include "iree/vm/api.h"

/* ---------------------------------------------------------------- status */

rvz_error_t rvz_last_error;

iree_status_t rvz_status_make(iree_status_code_t code, const char* what, int what_len,
                              const char* detail) {
  rvz_last_error.code = code;
  rvz_last_error.what = what;
  rvz_last_error.what_len = what_len;
  rvz_last_error.detail = detail;
  return (iree_status_t)(uintptr_t)code;
}

iree_status_t iree_status_allocate_f(iree_status_code_t code, const char* file, uint32_t line,
                                     const char* format, ...) {
  (void)file;
  (void)line;
  va_list ap;
  va_start(ap, format);
  iree_status_t s;
  if (strcmp(format, "%.*s") == 0) {
    int n = va_arg(ap, int);
    const char* text = va_arg(ap, const char*);
    s = rvz_status_make(code, text, n, 0);
  } else {
    s = rvz_status_make(code, format, (int)strlen(format), 0);
  }
  va_end(ap);
  return s;
}

static const char* const rvz_code_names[] = {
    "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
    "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
    "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
    "UNAUTHENTICATED", "DEFERRED"};

void rvz_status_print(iree_status_t status) {
  unsigned code = (unsigned)iree_status_code(status);
  printf("error: %s", code < 18 ? rvz_code_names[code] : "UNKNOWN");
  if (rvz_last_error.what_len > 0) printf(": %.*s", rvz_last_error.what_len, rvz_last_error.what);
  if (rvz_last_error.detail) printf(": %s", rvz_last_error.detail);
  printf("\n");
}

/* ---------------------------------------------------------------- arena */
/* First fit over a singly linked list of blocks in address order; a block's header is its
 * size (multiple of 8) with bit 0 set when in use. Freed neighbours merge on the next scan. */

char rvz_arena_tag;
static size_t rvz_in_use, rvz_peak;
#define rvz_arena rvz_arena_storage
#define RVZ_ARENA_BYTES rvz_arena_bytes

#define BLK_SIZE(h) ((h) & ~(size_t)7)
#define BLK_USED(h) ((h) & 1)
#define HDR 8 /* header kept 8 bytes so payloads stay 8-aligned */

iree_status_t iree_allocator_malloc(iree_allocator_t a, iree_host_size_t size, void** out_ptr) {
  *out_ptr = 0;
  if (!a.self) return rvz_status_make(IREE_STATUS_INVALID_ARGUMENT, 0, 0, "null allocator");
  size_t need = ((size + 7) & ~(size_t)7) + HDR;
  uint8_t* base = (uint8_t*)rvz_arena;
  uint8_t* end = base + RVZ_ARENA_BYTES;
  size_t* first = (size_t*)base;
  if (*first == 0) *first = RVZ_ARENA_BYTES; /* first use: one free block */
  for (uint8_t* p = base; p < end;) {
    size_t* h = (size_t*)p;
    if (!BLK_USED(*h)) {
      /* merge following free blocks */
      uint8_t* q = p + BLK_SIZE(*h);
      while (q < end && !BLK_USED(*(size_t*)q)) {
        *h += BLK_SIZE(*(size_t*)q);
        q = p + BLK_SIZE(*h);
      }
      if (BLK_SIZE(*h) >= need) {
        size_t rest = BLK_SIZE(*h) - need;
        if (rest >= 2 * HDR) {
          *(size_t*)(p + need) = rest;
          *h = need;
        }
        *h |= 1;
        rvz_in_use += BLK_SIZE(*h);
        if (rvz_in_use > rvz_peak) rvz_peak = rvz_in_use;
        memset(p + HDR, 0, BLK_SIZE(*h) - HDR);
        *out_ptr = p + HDR;
        return iree_ok_status();
      }
    }
    p += BLK_SIZE(*h);
  }
  return rvz_status_make(IREE_STATUS_RESOURCE_EXHAUSTED, 0, 0,
                         "arena full (build with a larger RVZ_ARENA_SIZE)");
}

void iree_allocator_free(iree_allocator_t a, void* ptr) {
  if (!a.self || !ptr) return;
  size_t* h = (size_t*)((uint8_t*)ptr - HDR);
  rvz_in_use -= BLK_SIZE(*h);
  *h &= ~(size_t)1;
}

void rvz_arena_stats(size_t* in_use, size_t* peak, size_t* capacity) {
  *in_use = rvz_in_use;
  *peak = rvz_peak;
  *capacity = RVZ_ARENA_BYTES;
}

/* ---------------------------------------------------------------- refs */

void rvz_ref_init(void* ptr, iree_vm_ref_type_t type, void (*destroy)(void*), iree_vm_ref_t* out_ref) {
  iree_vm_ref_object_t* o = (iree_vm_ref_object_t*)ptr;
  o->ref_count = 1;
  o->destroy = destroy;
  out_ref->ptr = ptr;
  out_ref->type = type;
}

void iree_vm_ref_retain_inplace(iree_vm_ref_t* ref) {
  if (ref->ptr) ((iree_vm_ref_object_t*)ref->ptr)->ref_count++;
}

void iree_vm_ref_release(iree_vm_ref_t* ref) {
  iree_vm_ref_object_t* o = (iree_vm_ref_object_t*)ref->ptr;
  ref->ptr = 0;
  ref->type = 0;
  if (o && --o->ref_count == 0 && o->destroy) o->destroy(o);
}

void iree_vm_ref_retain(iree_vm_ref_t* ref, iree_vm_ref_t* out_ref) {
  iree_vm_ref_t tmp = *ref; /* out_ref may alias ref */
  iree_vm_ref_retain_inplace(&tmp);
  iree_vm_ref_release(out_ref);
  *out_ref = tmp;
}

/* A copy that does not count: out_ref's old value is released, ref's count is unchanged. The
 * generated code uses it to pass borrowed refs and to hand over the one it retained. */
void iree_vm_ref_assign(iree_vm_ref_t* ref, iree_vm_ref_t* out_ref) {
  if (ref == out_ref) return;
  iree_vm_ref_t tmp = *ref;
  iree_vm_ref_release(out_ref);
  *out_ref = tmp;
}

void iree_vm_ref_move(iree_vm_ref_t* ref, iree_vm_ref_t* out_ref) {
  if (ref == out_ref) return;
  iree_vm_ref_t tmp = *ref;
  ref->ptr = 0;
  ref->type = 0;
  iree_vm_ref_release(out_ref);
  *out_ref = tmp;
}

iree_status_t iree_vm_ref_retain_or_move_checked(bool is_move, iree_vm_ref_t* ref,
                                                 iree_vm_ref_type_t type, iree_vm_ref_t* out_ref) {
  if (ref->ptr && ref->type != type) {
    return rvz_status_make(IREE_STATUS_INVALID_ARGUMENT, 0, 0, "ref type mismatch");
  }
  if (is_move) iree_vm_ref_move(ref, out_ref);
  else iree_vm_ref_retain(ref, out_ref);
  return iree_ok_status();
}

iree_status_t iree_vm_ref_wrap_retain(void* ptr, iree_vm_ref_type_t type, iree_vm_ref_t* out_ref) {
  iree_vm_ref_t r = {ptr, type};
  iree_vm_ref_retain(&r, out_ref);
  return iree_ok_status();
}

iree_status_t iree_vm_ref_wrap_assign(void* ptr, iree_vm_ref_type_t type, iree_vm_ref_t* out_ref) {
  iree_vm_ref_release(out_ref);
  out_ref->ptr = ptr;
  out_ref->type = type;
  return iree_ok_status();
}

/* ---------------------------------------------------------------- vm.buffer */

static void rvz_vm_buffer_destroy(void* ptr) {
  iree_vm_buffer_t* b = (iree_vm_buffer_t*)ptr;
  iree_allocator_free(b->allocator, b);
}

void iree_vm_buffer_initialize(iree_vm_buffer_access_t access, iree_byte_span_t data,
                               iree_allocator_t allocator, iree_vm_buffer_t* out_buffer) {
  out_buffer->ref_object.ref_count = 1;
  out_buffer->ref_object.destroy = allocator.self ? rvz_vm_buffer_destroy : 0;
  out_buffer->access = access;
  out_buffer->data = data;
  out_buffer->allocator = allocator;
}

/* ---------------------------------------------------------------- modules */

struct iree_vm_stack_t { int depth; };
static iree_vm_stack_t rvz_stack;

iree_status_t iree_vm_module_initialize(iree_vm_module_t* module, void* self) {
  memset(module, 0, sizeof(*module));
  module->self = self;
  return iree_ok_status();
}

typedef iree_status_t (*rvz_emitc_shim_fn)(iree_vm_stack_t*, iree_vm_native_function_flags_t,
                                           iree_byte_span_t, iree_byte_span_t, void*, void*, void*);

/* Calls export `ordinal` through the descriptor's shim with the module's state. */
static iree_status_t rvz_native_begin_call(void* module, iree_vm_stack_t* stack,
                                           iree_vm_function_call_t call) {
  iree_vm_module_t* m = (iree_vm_module_t*)module;
  const iree_vm_native_module_descriptor_t* d = m->descriptor;
  if (call.function.ordinal >= d->function_count) {
    return rvz_status_make(IREE_STATUS_OUT_OF_RANGE, 0, 0, "function ordinal out of range");
  }
  const iree_vm_native_function_ptr_t* f = &d->functions[call.function.ordinal];
  return ((rvz_emitc_shim_fn)f->shim)(stack, 0, call.arguments, call.results, (void*)f->target,
                                      m->self, m->state);
}

iree_status_t iree_vm_native_module_create(const iree_vm_module_t* interface,
                                           const iree_vm_native_module_descriptor_t* descriptor,
                                           iree_vm_instance_t* instance, iree_allocator_t allocator,
                                           iree_vm_module_t** out_module) {
  (void)instance;
  iree_vm_module_t* m;
  iree_status_t s = iree_allocator_malloc(allocator, sizeof(*m), (void**)&m);
  if (s) return s;
  *m = *interface;
  if (!m->begin_call) m->begin_call = rvz_native_begin_call;
  m->descriptor = descriptor;
  m->allocator = allocator;
  *out_module = m;
  return iree_ok_status();
}

iree_status_t rvz_module_lookup_export(iree_vm_module_t* module, iree_string_view_t name,
                                       iree_vm_function_t* out_function) {
  const iree_vm_native_module_descriptor_t* d = module->descriptor;
  for (iree_host_size_t i = 0; i < d->export_count; i++) {
    if (iree_string_view_equal(d->exports[i].local_name, name)) {
      out_function->module = module;
      out_function->linkage = IREE_VM_FUNCTION_LINKAGE_EXPORT;
      out_function->ordinal = (uint16_t)i;
      return iree_ok_status();
    }
  }
  return rvz_status_make(IREE_STATUS_NOT_FOUND, name.data, (int)name.size, "no such function");
}

/* ---------------------------------------------------------------- instance */

struct iree_vm_instance_t { int unused; };
static iree_vm_instance_t rvz_instance;

static const char* const rvz_type_names[RVZ_TYPE_COUNT] = {
    "", "vm.buffer", "hal.allocator", "hal.buffer", "hal.buffer_view", "hal.command_buffer",
    "hal.device", "hal.executable", "hal.fence", "hal.file"};

iree_status_t iree_vm_instance_create(iree_allocator_t allocator, iree_vm_instance_t** out) {
  (void)allocator;
  *out = &rvz_instance;
  return iree_ok_status();
}

iree_vm_ref_type_t iree_vm_instance_lookup_type(iree_vm_instance_t* instance, iree_string_view_t name) {
  (void)instance;
  for (int t = 1; t < RVZ_TYPE_COUNT; t++) {
    if (iree_string_view_equal(iree_make_cstring_view(rvz_type_names[t]), name)) return (iree_vm_ref_type_t)t;
  }
  return 0; /* i32, i64: not ref types */
}

/* ---------------------------------------------------------------- context */

#define RVZ_MAX_MODULES 4
struct iree_vm_context_t {
  iree_host_size_t count;
  iree_vm_module_t* modules[RVZ_MAX_MODULES];
};
static iree_vm_context_t rvz_context;

/* Splits `mod.fn` and finds the export among the context's modules. */
static iree_status_t rvz_context_find(iree_vm_context_t* c, iree_string_view_t full,
                                      iree_vm_function_t* out) {
  iree_host_size_t dot = 0;
  while (dot < full.size && full.data[dot] != '.') dot++;
  for (iree_host_size_t i = 0; i < c->count && dot < full.size; i++) {
    iree_vm_module_t* m = c->modules[i];
    if (iree_string_view_equal(m->descriptor->name, iree_make_string_view(full.data, dot))) {
      return rvz_module_lookup_export(m, iree_make_string_view(full.data + dot + 1, full.size - dot - 1), out);
    }
  }
  return rvz_status_make(IREE_STATUS_NOT_FOUND, full.data, (int)full.size, "no such module");
}

iree_status_t iree_vm_context_resolve_function(iree_vm_context_t* context, iree_string_view_t name,
                                               iree_vm_function_t* out_function) {
  return rvz_context_find(context, name, out_function);
}

iree_status_t iree_vm_invoke(iree_vm_context_t* context, iree_vm_function_t function,
                             iree_byte_span_t arguments, iree_byte_span_t results) {
  (void)context;
  iree_vm_function_call_t call = {function, arguments, results};
  return function.module->begin_call(function.module, &rvz_stack, call);
}

iree_status_t iree_vm_context_create_with_modules(iree_vm_instance_t* instance,
                                                  iree_vm_module_t** modules, iree_host_size_t count,
                                                  iree_allocator_t allocator,
                                                  iree_vm_context_t** out_context) {
  (void)instance;
  iree_vm_context_t* c = &rvz_context;
  iree_status_t s;
  if (count > RVZ_MAX_MODULES) return rvz_status_make(IREE_STATUS_RESOURCE_EXHAUSTED, 0, 0, "too many modules");
  c->count = count;
  for (iree_host_size_t i = 0; i < count; i++) {
    iree_vm_module_t* m = modules[i];
    c->modules[i] = m;
    if (m->alloc_state && (s = m->alloc_state(m->self, allocator, &m->state))) return s;
  }
  for (iree_host_size_t i = 0; i < count; i++) {
    iree_vm_module_t* m = modules[i];
    const iree_vm_native_module_descriptor_t* d = m->descriptor;
    for (iree_host_size_t k = 0; k < d->dependency_count; k++) {
      const iree_vm_module_dependency_t* dep = &d->dependencies[k];
      bool found = false;
      for (iree_host_size_t j = 0; j < count; j++) {
        const iree_vm_native_module_descriptor_t* o = modules[j]->descriptor;
        if (iree_string_view_equal(o->name, dep->name) && o->version >= dep->minimum_version) found = true;
      }
      if (!found && (dep->flags & IREE_VM_MODULE_DEPENDENCY_FLAG_REQUIRED)) {
        return rvz_status_make(IREE_STATUS_NOT_FOUND, dep->name.data, (int)dep->name.size,
                               "required module missing or too old");
      }
    }
    for (iree_host_size_t k = 0; k < d->import_count; k++) {
      iree_vm_function_t f;
      s = rvz_context_find(c, d->imports[k].full_name, &f);
      if (s) {
        if (d->imports[k].flags & IREE_VM_NATIVE_IMPORT_OPTIONAL) continue;
        return s;
      }
      iree_vm_function_signature_t sig = {f.module->descriptor->exports[f.ordinal].calling_convention};
      if (m->resolve_import && (s = m->resolve_import(m->self, m->state, k, &f, &sig))) return s;
    }
  }
  for (iree_host_size_t i = 0; i < count; i++) {
    iree_vm_function_t init;
    if (rvz_module_lookup_export(modules[i], iree_make_cstring_view("__init"), &init)) continue;
    s = iree_vm_invoke(c, init, iree_make_byte_span(0, 0), iree_make_byte_span(0, 0));
    if (s) return s;
  }
  rvz_last_error.code = IREE_STATUS_OK;
  *out_context = c;
  return iree_ok_status();
}
