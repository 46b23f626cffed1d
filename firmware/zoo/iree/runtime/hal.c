/*
 * rv-zoo micro runtime, HAL half: the `hal` module an EmitC module imports, implemented as a
 * synchronous inline HAL over static executable libraries. See include/rvz_hal.h.
 */
#include <stdio.h>

#include "riscv.h" /* rd_minstret32, rd_mcycle32: one dispatch runs far fewer than 2^32 instructions */
#include "rvz_hal.h"

#define RVZ_MAX_LIBRARIES 4
#define RVZ_MAX_BINDINGS 16
#define RVZ_MAX_TABLE 16

static iree_status_t fail(iree_status_code_t code, const char* detail) {
  return rvz_status_make(code, 0, 0, detail);
}

/* ---------------------------------------------------------------- objects */

typedef struct rvz_buffer_t {
  iree_vm_ref_object_t ref;
  uint8_t* data;
  iree_host_size_t length;
  uint8_t constant;     /* holds model constants (imported, or read from the module's files) */
  void* storage;        /* arena block to free, or NULL for wrapped memory */
  iree_vm_ref_t source; /* imported vm.buffer kept alive */
} rvz_buffer_t;

typedef struct rvz_view_t {
  iree_vm_ref_object_t ref;
  iree_vm_ref_t buffer;
  iree_host_size_t offset, length;
  uint32_t element_type, encoding, rank;
  int64_t shape[];
} rvz_view_t;

typedef struct rvz_executable_t {
  iree_vm_ref_object_t ref;
  const iree_hal_executable_library_v0_t* library;
} rvz_executable_t;

typedef struct rvz_file_t {
  iree_vm_ref_object_t ref;
  iree_vm_ref_t buffer; /* vm.buffer */
  uint64_t offset, length;
} rvz_file_t;

typedef struct rvz_binding_t {
  int32_t slot;
  iree_vm_ref_t buffer; /* or null: binding table slot */
  uint64_t offset, length;
} rvz_binding_t;

enum { CMD_DISPATCH = 1, CMD_FILL = 2 };
typedef struct rvz_cmd_t {
  struct rvz_cmd_t* next;
  uint8_t kind;
  uint8_t n_constants, n_bindings;
  iree_vm_ref_t executable;
  uint32_t ordinal, wg[3];
  uint32_t pattern, pattern_length;
  rvz_binding_t* bindings; /* follow the struct, then the constants */
  uint32_t* constants;
} rvz_cmd_t;

typedef struct rvz_command_buffer_t {
  iree_vm_ref_object_t ref;
  rvz_cmd_t* first;
  rvz_cmd_t** tail;
} rvz_command_buffer_t;

/* Singletons: never destroyed. */
static iree_vm_ref_object_t rvz_device = {1, 0}, rvz_allocator = {1, 0}, rvz_fence = {1, 0};
static iree_hal_executable_library_query_fn_t rvz_libraries[RVZ_MAX_LIBRARIES];
static iree_host_size_t rvz_library_count;

static void* rvz_alloc(iree_host_size_t size, iree_status_t* s) {
  void* p = 0;
  *s = iree_allocator_malloc(iree_allocator_system(), size, &p);
  return p;
}
static void rvz_free(void* p) { iree_allocator_free(iree_allocator_system(), p); }

static void buffer_destroy(void* p) {
  rvz_buffer_t* b = (rvz_buffer_t*)p;
  iree_vm_ref_release(&b->source);
  rvz_free(b->storage);
  rvz_free(b);
}

/* A buffer of `size` bytes in the arena, 64-byte aligned as IREE's dispatches expect. */
static iree_status_t buffer_allocate(uint64_t size, iree_vm_ref_t* out) {
  iree_status_t s;
  rvz_buffer_t* b = (rvz_buffer_t*)rvz_alloc(sizeof(*b), &s);
  if (s) return s;
  b->storage = rvz_alloc((iree_host_size_t)size + 56, &s);
  if (s) {
    rvz_free(b);
    return s;
  }
  b->data = (uint8_t*)(((uintptr_t)b->storage + 63) & ~(uintptr_t)63);
  b->length = (iree_host_size_t)size;
  rvz_ref_init(b, RVZ_TYPE_HAL_BUFFER, buffer_destroy, out);
  return iree_ok_status();
}

static iree_status_t buffer_wrap(void* data, iree_host_size_t length, iree_vm_ref_t* source,
                                 iree_vm_ref_t* out) {
  iree_status_t s;
  rvz_buffer_t* b = (rvz_buffer_t*)rvz_alloc(sizeof(*b), &s);
  if (s) return s;
  b->data = (uint8_t*)data;
  b->length = length;
  if (source) iree_vm_ref_retain(source, &b->source);
  rvz_ref_init(b, RVZ_TYPE_HAL_BUFFER, buffer_destroy, out);
  return iree_ok_status();
}

static void view_destroy(void* p) {
  rvz_view_t* v = (rvz_view_t*)p;
  iree_vm_ref_release(&v->buffer);
  rvz_free(v);
}

static void command_buffer_destroy(void* p) {
  rvz_command_buffer_t* cb = (rvz_command_buffer_t*)p;
  for (rvz_cmd_t* c = cb->first; c;) {
    rvz_cmd_t* next = c->next;
    iree_vm_ref_release(&c->executable);
    for (int i = 0; i < c->n_bindings; i++) iree_vm_ref_release(&c->bindings[i].buffer);
    rvz_free(c);
    c = next;
  }
  rvz_free(cb);
}

static void simple_destroy(void* p) { rvz_free(p); }

static void file_destroy(void* p) {
  iree_vm_ref_release(&((rvz_file_t*)p)->buffer);
  rvz_free(p);
}

/* ---------------------------------------------------------------- argument cursor */

typedef struct cursor_t { uint8_t* p; } cursor_t;
static int32_t arg_i32(cursor_t* c) {
  int32_t v;
  memcpy(&v, c->p, 4);
  c->p += 4;
  return v;
}
static int64_t arg_i64(cursor_t* c) {
  int64_t v;
  memcpy(&v, c->p, 8);
  c->p += 8;
  return v;
}
static iree_vm_ref_t* arg_ref(cursor_t* c) {
  iree_vm_ref_t* r = (iree_vm_ref_t*)c->p;
  c->p += sizeof(iree_vm_ref_t);
  return r;
}
/* The object behind a ref argument, or NULL when the ref is null or of another type. */
static void* arg_obj(cursor_t* c, iree_vm_ref_type_t type) {
  iree_vm_ref_t* r = arg_ref(c);
  return r->type == type ? r->ptr : 0;
}

/* ---------------------------------------------------------------- executables */

static int import_thunk(iree_hal_executable_import_v0_t fn, void* params) { return fn(params); }
static const iree_hal_executable_import_v0_t rvz_no_imports[RVZ_MAX_BINDINGS];
static const iree_hal_executable_environment_v0_t rvz_environment = {0, import_thunk, rvz_no_imports, {0}};

static iree_status_t executable_create(iree_vm_buffer_t* format, iree_vm_buffer_t* data,
                                       iree_vm_ref_t* out) {
  if (!format || !data) return fail(IREE_STATUS_INVALID_ARGUMENT, "executable format/data missing");
  if (!iree_string_view_equal(iree_make_string_view((const char*)format->data.data, format->data.data_length),
                              iree_make_cstring_view("static"))) {
    return fail(IREE_STATUS_UNIMPLEMENTED, "only the `static` executable format is supported");
  }
  iree_string_view_t name = iree_make_string_view((const char*)data->data.data, data->data.data_length);
  for (iree_host_size_t i = 0; i < rvz_library_count; i++) {
    const iree_hal_executable_library_header_t** h =
        rvz_libraries[i](RVZ_HAL_EXECUTABLE_LIBRARY_VERSION, &rvz_environment);
    if (!h || !iree_string_view_equal(iree_make_cstring_view((*h)->name), name)) continue;
    if ((*h)->version != RVZ_HAL_EXECUTABLE_LIBRARY_VERSION) {
      return rvz_status_make(IREE_STATUS_UNIMPLEMENTED, name.data, (int)name.size, "library version is not 5");
    }
    const iree_hal_executable_library_v0_t* lib = (const iree_hal_executable_library_v0_t*)h;
    if (lib->imports.count > RVZ_MAX_BINDINGS) return fail(IREE_STATUS_UNIMPLEMENTED, "too many executable imports");
    for (uint32_t k = 0; k < lib->imports.count; k++) {
      const char* sym = lib->imports.symbols[k];
      if (sym[strlen(sym) - 1] != '?') {
        return rvz_status_make(IREE_STATUS_NOT_FOUND, sym, (int)strlen(sym), "executable import not provided");
      }
    }
    iree_status_t s;
    rvz_executable_t* e = (rvz_executable_t*)rvz_alloc(sizeof(*e), &s);
    if (s) return s;
    e->library = lib;
    rvz_ref_init(e, RVZ_TYPE_HAL_EXECUTABLE, simple_destroy, out);
    return iree_ok_status();
  }
  return rvz_status_make(IREE_STATUS_NOT_FOUND, name.data, (int)name.size, "static library not linked in");
}

typedef struct table_entry_t { rvz_buffer_t* buffer; uint64_t offset, length; } table_entry_t;

/* Resolves a binding (direct buffer or binding table slot) to a pointer and length. */
static iree_status_t resolve(rvz_buffer_t* direct, int32_t slot, uint64_t offset, uint64_t length,
                             const table_entry_t* table, int32_t table_count, uint8_t** out_ptr,
                             uint64_t* out_length) {
  rvz_buffer_t* b = direct;
  if (!b) {
    if (slot < 0 || slot >= table_count || !table[slot].buffer) {
      return fail(IREE_STATUS_OUT_OF_RANGE, "binding table slot empty");
    }
    b = table[slot].buffer;
    offset += table[slot].offset;
  }
  if (length == UINT64_MAX) length = b->length - offset;
  if (offset + length > b->length) return fail(IREE_STATUS_OUT_OF_RANGE, "binding out of buffer range");
  *out_ptr = b->data + offset;
  *out_length = length;
  return iree_ok_status();
}

/* ---------------------------------------------------------------- dispatch log */

static rvz_hal_dispatch_record_t rvz_log[RVZ_HAL_DISPATCH_LOG];
static iree_host_size_t rvz_log_count, rvz_log_dropped;

void rvz_hal_dispatch_log_reset(void) { rvz_log_count = rvz_log_dropped = 0; }

const rvz_hal_dispatch_record_t* rvz_hal_dispatch_log(iree_host_size_t* count, iree_host_size_t* dropped) {
  *count = rvz_log_count;
  *dropped = rvz_log_dropped;
  return rvz_log;
}

/* ---------------------------------------------------------------- command execution */

static iree_status_t run_dispatch(const rvz_cmd_t* c, const table_entry_t* table, int32_t table_count) {
  const iree_hal_executable_library_v0_t* lib = ((rvz_executable_t*)c->executable.ptr)->library;
  if (c->ordinal >= lib->exports.count) return fail(IREE_STATUS_OUT_OF_RANGE, "dispatch ordinal out of range");
  void* ptrs[RVZ_MAX_BINDINGS];
  size_t lengths[RVZ_MAX_BINDINGS];
  uint32_t constants = 0;
  for (int i = 0; i < c->n_bindings; i++) {
    const rvz_binding_t* b = &c->bindings[i];
    uint8_t* p;
    uint64_t n;
    iree_status_t s = resolve((rvz_buffer_t*)b->buffer.ptr, b->slot, b->offset, b->length, table,
                              table_count, &p, &n);
    if (s) return s;
    ptrs[i] = p;
    lengths[i] = (size_t)n;
    const rvz_buffer_t* buf = b->buffer.ptr ? (const rvz_buffer_t*)b->buffer.ptr : table[b->slot].buffer;
    if (buf->constant) constants += (uint32_t)n;
  }
  iree_hal_executable_dispatch_state_v0_t st = {
      1, 1, 1, c->n_constants, c->wg[0], c->wg[1], (uint16_t)c->wg[2], 1, c->n_bindings,
      c->constants, ptrs, lengths};
  uint32_t local_size = 0;
  void* local = 0;
  iree_status_t s = iree_ok_status();
  if (lib->exports.attrs) local_size = lib->exports.attrs[c->ordinal].local_memory_pages * RVZ_HAL_LOCAL_MEMORY_PAGE_SIZE;
  if (local_size && (local = rvz_alloc(local_size, &s), s)) return s;
  iree_hal_executable_dispatch_v0_t fn = lib->exports.ptrs[c->ordinal];
  iree_hal_executable_workgroup_state_v0_t ws = {0, 0, 0, 0, 0, local, local_size};
  /* read in the same order before and after, so that both deltas span as many instructions */
  uint32_t n0 = rd_minstret32(), k0 = rd_mcycle32();
  for (uint32_t z = 0; z < c->wg[2] && !s; z++) {
    for (uint32_t y = 0; y < c->wg[1] && !s; y++) {
      for (uint32_t x = 0; x < c->wg[0]; x++) {
        ws.workgroup_id_x = x;
        ws.workgroup_id_y = y;
        ws.workgroup_id_z = (uint16_t)z;
        if (fn(&rvz_environment, &st, &ws) != 0) {
          s = fail(IREE_STATUS_INTERNAL, "dispatch function returned an error");
          break;
        }
      }
    }
  }
  uint32_t n1 = rd_minstret32(), k1 = rd_mcycle32();
  if (rvz_log_count < RVZ_HAL_DISPATCH_LOG) {
    rvz_hal_dispatch_record_t* r = &rvz_log[rvz_log_count++];
    r->name = lib->exports.names ? lib->exports.names[c->ordinal] : 0;
    r->ordinal = c->ordinal;
    r->workgroups[0] = c->wg[0], r->workgroups[1] = c->wg[1], r->workgroups[2] = c->wg[2];
    r->constants = constants;
    r->instructions = n1 - n0;
    r->cycles = k1 - k0;
  } else {
    rvz_log_dropped++;
  }
  rvz_free(local);
  return s;
}

static iree_status_t run_fill(const rvz_cmd_t* c, const table_entry_t* table, int32_t table_count) {
  const rvz_binding_t* b = &c->bindings[0];
  uint8_t* p;
  uint64_t n;
  iree_status_t s = resolve((rvz_buffer_t*)b->buffer.ptr, b->slot, b->offset, b->length, table,
                            table_count, &p, &n);
  if (s) return s;
  uint32_t w = c->pattern_length;
  if (w != 1 && w != 2 && w != 4) return fail(IREE_STATUS_INVALID_ARGUMENT, "fill pattern length");
  for (uint64_t i = 0; i + w <= n; i += w) memcpy(p + i, &c->pattern, w);
  return iree_ok_status();
}

/* ---------------------------------------------------------------- the hal module */

enum {
  F_FILE_FROM_MEMORY, F_ALLOCATOR_ALLOCATE, F_ALLOCATOR_IMPORT, F_BUFFER_ASSERT, F_VIEW_CREATE,
  F_VIEW_ASSERT, F_VIEW_BUFFER, F_CB_CREATE, F_CB_FINALIZE, F_CB_BARRIER, F_CB_FILL, F_CB_DISPATCH,
  F_DEVICE_ALLOCATOR, F_DEVICE_QUERY_I64, F_QUEUE_ALLOCA, F_QUEUE_DEALLOCA, F_QUEUE_READ,
  F_QUEUE_EXECUTE_INDIRECT, F_DEVICES_COUNT, F_DEVICES_GET, F_EXECUTABLE_CREATE, F_FENCE_CREATE,
  F_FENCE_JOIN, F_FENCE_AWAIT, F_COUNT
};
#define E(name, cc) {{name, sizeof(name) - 1}, {cc, sizeof(cc) - 1}, 0, 0}
static const iree_vm_native_export_descriptor_t rvz_hal_exports[F_COUNT] = {
    E("ex.file.from_memory", "0rIirIIi_r"),
    E("allocator.allocate", "0rIiiI_r"),
    E("allocator.import", "0riIiirII_r"),
    E("buffer.assert", "0rrrIii_v"),
    E("buffer_view.create", "0rIIiiCID_r"),
    E("buffer_view.assert", "0rriiCID_v"),
    E("buffer_view.buffer", "0r_r"),
    E("command_buffer.create", "0riiIi_r"),
    E("command_buffer.finalize", "0r_v"),
    E("command_buffer.execution_barrier", "0riii_v"),
    E("command_buffer.fill_buffer", "0rrIIiii_v"),
    E("command_buffer.dispatch", "0rriiiiICiDCiirIID_v"),
    E("device.allocator", "0r_r"),
    E("device.query.i64", "0rrr_iI"),
    E("device.queue.alloca", "0rIrriiiI_r"),
    E("device.queue.dealloca", "0rIrrr_v"),
    E("device.queue.read", "0rIrrrIrIIi_v"),
    E("device.queue.execute.indirect", "0rIrrrCrIID_v"),
    E("devices.count", "0v_i"),
    E("devices.get", "0i_r"),
    E("executable.create", "0rrrr_r"),
    E("fence.create", "0ri_r"),
    E("fence.join", "0CrD_r"),
    E("fence.await", "0iCrD_i"),
};
static const iree_vm_native_module_descriptor_t rvz_hal_descriptor = {
    {"hal", 3}, 5, 0, 0, 0, 0, 0, 0, F_COUNT, rvz_hal_exports, 0, 0};

static void ret_object(iree_byte_span_t rets, void* obj, iree_vm_ref_type_t type) {
  iree_vm_ref_t r = {obj, type};
  iree_vm_ref_retain(&r, (iree_vm_ref_t*)rets.data);
}

/* `pattern*` matches anything starting with `pattern`; otherwise exact. */
static bool glob(iree_vm_buffer_t* pattern, const char* text) {
  if (!pattern) return false;
  iree_host_size_t n = pattern->data.data_length;
  const char* p = (const char*)pattern->data.data;
  if (n && p[n - 1] == '*') return strncmp(p, text, n - 1) == 0;
  return n == strlen(text) && memcmp(p, text, n) == 0;
}

static iree_status_t view_assert(rvz_view_t* v, iree_vm_buffer_t* msg, uint32_t type,
                                 uint32_t encoding, cursor_t* c) {
  const char* what = msg ? (const char*)msg->data.data : 0;
  int what_len = msg ? (int)msg->data.data_length : 0;
  if (!v) return rvz_status_make(IREE_STATUS_INVALID_ARGUMENT, what, what_len, "not a buffer view");
  if (v->element_type != type) return rvz_status_make(IREE_STATUS_INVALID_ARGUMENT, what, what_len, "element type mismatch");
  if (v->encoding != encoding) return rvz_status_make(IREE_STATUS_INVALID_ARGUMENT, what, what_len, "encoding mismatch");
  uint32_t rank = (uint32_t)arg_i32(c);
  if (rank != v->rank) return rvz_status_make(IREE_STATUS_INVALID_ARGUMENT, what, what_len, "rank mismatch");
  for (uint32_t i = 0; i < rank; i++) {
    if (arg_i64(c) != v->shape[i]) return rvz_status_make(IREE_STATUS_INVALID_ARGUMENT, what, what_len, "shape mismatch");
  }
  return iree_ok_status();
}

static iree_status_t view_create(rvz_buffer_t* b, uint64_t offset, uint64_t length, uint32_t type,
                                 uint32_t encoding, uint32_t rank, const uint8_t* shape,
                                 iree_vm_ref_t* out) {
  if (!b) return fail(IREE_STATUS_INVALID_ARGUMENT, "buffer view of a null buffer");
  if (offset + length > b->length) return fail(IREE_STATUS_OUT_OF_RANGE, "buffer view out of range");
  iree_status_t s;
  rvz_view_t* v = (rvz_view_t*)rvz_alloc(sizeof(*v) + rank * sizeof(int64_t), &s);
  if (s) return s;
  iree_vm_ref_t br = {b, RVZ_TYPE_HAL_BUFFER};
  iree_vm_ref_retain(&br, &v->buffer);
  v->offset = (iree_host_size_t)offset;
  v->length = (iree_host_size_t)length;
  v->element_type = type;
  v->encoding = encoding;
  v->rank = rank;
  memcpy(v->shape, shape, rank * sizeof(int64_t));
  rvz_ref_init(v, RVZ_TYPE_HAL_BUFFER_VIEW, view_destroy, out);
  return iree_ok_status();
}

static iree_status_t record(rvz_command_buffer_t* cb, uint8_t kind, int n_bindings, int n_constants,
                            rvz_cmd_t** out) {
  if (!cb) return fail(IREE_STATUS_INVALID_ARGUMENT, "null command buffer");
  if (n_bindings > RVZ_MAX_BINDINGS || n_constants > 255) return fail(IREE_STATUS_OUT_OF_RANGE, "too many bindings/constants");
  iree_status_t s;
  rvz_cmd_t* c = (rvz_cmd_t*)rvz_alloc(sizeof(*c) + n_bindings * sizeof(rvz_binding_t) + n_constants * 4, &s);
  if (s) return s;
  c->kind = kind;
  c->n_bindings = (uint8_t)n_bindings;
  c->n_constants = (uint8_t)n_constants;
  c->bindings = (rvz_binding_t*)(c + 1);
  c->constants = (uint32_t*)(c->bindings + n_bindings);
  *cb->tail = c;
  cb->tail = &c->next;
  *out = c;
  return iree_ok_status();
}

static iree_status_t hal_call(uint16_t fn, cursor_t* c, iree_byte_span_t rets) {
  iree_status_t s = iree_ok_status();
  iree_vm_ref_t* out = (iree_vm_ref_t*)rets.data;
  switch (fn) {
    case F_DEVICES_COUNT: {
      int32_t one = 1;
      memcpy(rets.data, &one, 4);
      return s;
    }
    case F_DEVICES_GET:
      if (arg_i32(c) != 0) return fail(IREE_STATUS_OUT_OF_RANGE, "device index");
      ret_object(rets, &rvz_device, RVZ_TYPE_HAL_DEVICE);
      return s;
    case F_DEVICE_QUERY_I64: {
      arg_ref(c);
      iree_vm_buffer_t* category = (iree_vm_buffer_t*)arg_obj(c, RVZ_TYPE_VM_BUFFER);
      iree_vm_buffer_t* key = (iree_vm_buffer_t*)arg_obj(c, RVZ_TYPE_VM_BUFFER);
      int32_t ok = 0;
      int64_t value = 0;
      if (glob(category, "hal.device.id")) ok = 1, value = glob(key, "local-sync");
      else if (glob(category, "hal.executable.format")) ok = 1, value = glob(key, "static");
      memcpy(rets.data, &ok, 4);
      memcpy(rets.data + 4, &value, 8);
      return s;
    }
    case F_DEVICE_ALLOCATOR:
      ret_object(rets, &rvz_allocator, RVZ_TYPE_HAL_ALLOCATOR);
      return s;
    case F_EXECUTABLE_CREATE: {
      arg_ref(c);
      iree_vm_buffer_t* format = (iree_vm_buffer_t*)arg_obj(c, RVZ_TYPE_VM_BUFFER);
      iree_vm_buffer_t* data = (iree_vm_buffer_t*)arg_obj(c, RVZ_TYPE_VM_BUFFER);
      return executable_create(format, data, out);
    }
    case F_FENCE_CREATE:
    case F_FENCE_JOIN:
      ret_object(rets, &rvz_fence, RVZ_TYPE_HAL_FENCE); /* everything is already signalled */
      return s;
    case F_FENCE_AWAIT: {
      int32_t zero = 0;
      memcpy(rets.data, &zero, 4);
      return s;
    }
    case F_ALLOCATOR_ALLOCATE:
    case F_QUEUE_ALLOCA: {
      arg_ref(c);
      arg_i64(c);
      if (fn == F_QUEUE_ALLOCA) arg_ref(c), arg_ref(c), arg_i32(c);
      arg_i32(c), arg_i32(c);
      return buffer_allocate((uint64_t)arg_i64(c), out);
    }
    case F_QUEUE_DEALLOCA:
      return s; /* storage goes back to the arena when the last ref drops */
    case F_ALLOCATOR_IMPORT: {
      arg_ref(c);
      int32_t try_only = arg_i32(c);
      arg_i64(c), arg_i32(c), arg_i32(c);
#ifdef RVZ_HAL_NO_IMPORT /* test builds: constants take the allocate + file + queue.read path */
      if (try_only) return s;
#else
      (void)try_only;
#endif
      iree_vm_ref_t* src = arg_ref(c);
      uint64_t offset = (uint64_t)arg_i64(c), length = (uint64_t)arg_i64(c);
      iree_vm_buffer_t* vb = src->type == RVZ_TYPE_VM_BUFFER ? (iree_vm_buffer_t*)src->ptr : 0;
      if (!vb || offset + length > vb->data.data_length) return fail(IREE_STATUS_OUT_OF_RANGE, "import range");
      s = buffer_wrap(vb->data.data + offset, (iree_host_size_t)length, src, out);
      if (!s) ((rvz_buffer_t*)out->ptr)->constant = 1;
      return s;
    }
    case F_FILE_FROM_MEMORY: {
      arg_ref(c);
      arg_i64(c), arg_i32(c);
      iree_vm_ref_t* src = arg_ref(c);
      iree_status_t st;
      rvz_file_t* f = (rvz_file_t*)rvz_alloc(sizeof(*f), &st);
      if (st) return st;
      iree_vm_ref_retain(src, &f->buffer);
      f->offset = (uint64_t)arg_i64(c);
      f->length = (uint64_t)arg_i64(c);
      rvz_ref_init(f, RVZ_TYPE_HAL_FILE, file_destroy, out);
      return s;
    }
    case F_QUEUE_READ: {
      arg_ref(c), arg_i64(c), arg_ref(c), arg_ref(c);
      rvz_file_t* f = (rvz_file_t*)arg_obj(c, RVZ_TYPE_HAL_FILE);
      uint64_t src_off = (uint64_t)arg_i64(c);
      rvz_buffer_t* b = (rvz_buffer_t*)arg_obj(c, RVZ_TYPE_HAL_BUFFER);
      uint64_t dst_off = (uint64_t)arg_i64(c), length = (uint64_t)arg_i64(c);
      iree_vm_buffer_t* vb = f ? (iree_vm_buffer_t*)f->buffer.ptr : 0;
      if (!vb || !b || src_off + length > f->length || f->offset + f->length > vb->data.data_length ||
          dst_off + length > b->length) {
        return fail(IREE_STATUS_OUT_OF_RANGE, "queue read range");
      }
      memcpy(b->data + dst_off, vb->data.data + f->offset + src_off, (size_t)length);
      b->constant = 1;
      return s;
    }
    case F_BUFFER_ASSERT: {
      rvz_buffer_t* b = (rvz_buffer_t*)arg_obj(c, RVZ_TYPE_HAL_BUFFER);
      iree_vm_buffer_t* msg = (iree_vm_buffer_t*)arg_obj(c, RVZ_TYPE_VM_BUFFER);
      arg_ref(c);
      uint64_t min_length = (uint64_t)arg_i64(c);
      if (!b || b->length < min_length) {
        return rvz_status_make(IREE_STATUS_INVALID_ARGUMENT, msg ? (const char*)msg->data.data : 0,
                               msg ? (int)msg->data.data_length : 0, "buffer too small");
      }
      return s;
    }
    case F_VIEW_CREATE: {
      rvz_buffer_t* b = (rvz_buffer_t*)arg_obj(c, RVZ_TYPE_HAL_BUFFER);
      uint64_t offset = (uint64_t)arg_i64(c), length = (uint64_t)arg_i64(c);
      uint32_t type = (uint32_t)arg_i32(c), encoding = (uint32_t)arg_i32(c);
      uint32_t rank = (uint32_t)arg_i32(c);
      return view_create(b, offset, length, type, encoding, rank, c->p, out);
    }
    case F_VIEW_ASSERT: {
      rvz_view_t* v = (rvz_view_t*)arg_obj(c, RVZ_TYPE_HAL_BUFFER_VIEW);
      iree_vm_buffer_t* msg = (iree_vm_buffer_t*)arg_obj(c, RVZ_TYPE_VM_BUFFER);
      uint32_t type = (uint32_t)arg_i32(c), encoding = (uint32_t)arg_i32(c);
      return view_assert(v, msg, type, encoding, c);
    }
    case F_VIEW_BUFFER: {
      rvz_view_t* v = (rvz_view_t*)arg_obj(c, RVZ_TYPE_HAL_BUFFER_VIEW);
      if (!v) return fail(IREE_STATUS_INVALID_ARGUMENT, "not a buffer view");
      iree_vm_ref_retain(&v->buffer, out);
      return s;
    }
    case F_CB_CREATE: {
      iree_status_t st;
      rvz_command_buffer_t* cb = (rvz_command_buffer_t*)rvz_alloc(sizeof(*cb), &st);
      if (st) return st;
      cb->tail = &cb->first;
      rvz_ref_init(cb, RVZ_TYPE_HAL_COMMAND_BUFFER, command_buffer_destroy, out);
      return s;
    }
    case F_CB_FINALIZE:
    case F_CB_BARRIER:
      return s; /* commands run in order, one at a time */
    case F_CB_FILL: {
      rvz_command_buffer_t* cb = (rvz_command_buffer_t*)arg_obj(c, RVZ_TYPE_HAL_COMMAND_BUFFER);
      iree_vm_ref_t* target = arg_ref(c);
      rvz_cmd_t* cmd;
      if ((s = record(cb, CMD_FILL, 1, 0, &cmd))) return s;
      rvz_binding_t* b = &cmd->bindings[0];
      iree_vm_ref_retain(target, &b->buffer);
      b->offset = (uint64_t)arg_i64(c);
      b->length = (uint64_t)arg_i64(c);
      b->slot = arg_i32(c);
      cmd->pattern = (uint32_t)arg_i32(c);
      cmd->pattern_length = (uint32_t)arg_i32(c);
      return s;
    }
    case F_CB_DISPATCH: {
      rvz_command_buffer_t* cb = (rvz_command_buffer_t*)arg_obj(c, RVZ_TYPE_HAL_COMMAND_BUFFER);
      iree_vm_ref_t* exe = arg_ref(c);
      if (exe->type != RVZ_TYPE_HAL_EXECUTABLE || !exe->ptr) return fail(IREE_STATUS_INVALID_ARGUMENT, "dispatch without executable");
      uint32_t ordinal = (uint32_t)arg_i32(c), x = (uint32_t)arg_i32(c), y = (uint32_t)arg_i32(c), z = (uint32_t)arg_i32(c);
      arg_i64(c); /* flags */
      int32_t n_constants = arg_i32(c);
      cursor_t constants = *c;
      c->p += 4 * n_constants;
      int32_t n_bindings = arg_i32(c);
      rvz_cmd_t* cmd;
      if ((s = record(cb, CMD_DISPATCH, n_bindings, n_constants, &cmd))) return s;
      iree_vm_ref_retain(exe, &cmd->executable);
      cmd->ordinal = ordinal;
      cmd->wg[0] = x, cmd->wg[1] = y, cmd->wg[2] = z;
      memcpy(cmd->constants, constants.p, 4 * n_constants);
      for (int i = 0; i < n_bindings; i++) {
        rvz_binding_t* b = &cmd->bindings[i];
        arg_i32(c);
        b->slot = arg_i32(c);
        iree_vm_ref_retain(arg_ref(c), &b->buffer);
        b->offset = (uint64_t)arg_i64(c);
        b->length = (uint64_t)arg_i64(c);
      }
      return s;
    }
    case F_QUEUE_EXECUTE_INDIRECT: {
      arg_ref(c), arg_i64(c), arg_ref(c), arg_ref(c);
      rvz_command_buffer_t* cb = (rvz_command_buffer_t*)arg_obj(c, RVZ_TYPE_HAL_COMMAND_BUFFER);
      if (!cb) return fail(IREE_STATUS_INVALID_ARGUMENT, "null command buffer");
      int32_t n = arg_i32(c);
      if (n > RVZ_MAX_TABLE) return fail(IREE_STATUS_OUT_OF_RANGE, "binding table too large");
      table_entry_t table[RVZ_MAX_TABLE];
      for (int32_t i = 0; i < n; i++) {
        table[i].buffer = (rvz_buffer_t*)arg_obj(c, RVZ_TYPE_HAL_BUFFER);
        table[i].offset = (uint64_t)arg_i64(c);
        table[i].length = (uint64_t)arg_i64(c);
      }
      for (rvz_cmd_t* cmd = cb->first; cmd && !s; cmd = cmd->next) {
        s = cmd->kind == CMD_DISPATCH ? run_dispatch(cmd, table, n) : run_fill(cmd, table, n);
      }
      return s;
    }
  }
  return fail(IREE_STATUS_UNIMPLEMENTED, "hal function");
}

static iree_status_t rvz_hal_begin_call(void* module, iree_vm_stack_t* stack, iree_vm_function_call_t call) {
  (void)module;
  (void)stack;
  uint16_t fn = call.function.ordinal;
  if (fn >= F_COUNT) return fail(IREE_STATUS_OUT_OF_RANGE, "hal function ordinal");
  cursor_t c = {call.arguments.data};
  /* Argument refs are borrowed: what a call keeps (a recorded buffer, a view's buffer) it
   * retains; results are returned owned. */
  return hal_call(fn, &c, call.results);
}

static iree_vm_module_t rvz_hal_module;

iree_status_t rvz_hal_module_create(iree_vm_instance_t* instance,
                                    const iree_hal_executable_library_query_fn_t* libraries,
                                    iree_host_size_t library_count, iree_allocator_t allocator,
                                    iree_vm_module_t** out_module) {
  (void)instance;
  if (library_count > RVZ_MAX_LIBRARIES) return fail(IREE_STATUS_OUT_OF_RANGE, "too many libraries");
  memcpy(rvz_libraries, libraries, library_count * sizeof(*libraries));
  rvz_library_count = library_count;
  iree_vm_module_initialize(&rvz_hal_module, &rvz_hal_module);
  rvz_hal_module.begin_call = rvz_hal_begin_call;
  rvz_hal_module.descriptor = &rvz_hal_descriptor;
  rvz_hal_module.allocator = allocator;
  *out_module = &rvz_hal_module;
  return iree_ok_status();
}

/* ---------------------------------------------------------------- firmware side */

iree_status_t rvz_hal_buffer_view_wrap(void* data, iree_host_size_t length, uint32_t element_type,
                                       const int64_t* shape, uint32_t rank, iree_vm_ref_t* out_view) {
  iree_vm_ref_t b = {0, 0};
  iree_status_t s = buffer_wrap(data, length, 0, &b);
  if (s) return s;
  s = view_create((rvz_buffer_t*)b.ptr, 0, length, element_type, RVZ_HAL_ENCODING_DENSE_ROW_MAJOR,
                  rank, (const uint8_t*)shape, out_view);
  iree_vm_ref_release(&b);
  return s;
}

iree_status_t rvz_hal_buffer_view_info(const iree_vm_ref_t* view, rvz_hal_view_info_t* out) {
  if (view->type != RVZ_TYPE_HAL_BUFFER_VIEW || !view->ptr) return fail(IREE_STATUS_INVALID_ARGUMENT, "not a buffer view");
  const rvz_view_t* v = (const rvz_view_t*)view->ptr;
  out->data = ((rvz_buffer_t*)v->buffer.ptr)->data + v->offset;
  out->length = v->length;
  out->element_type = v->element_type;
  out->rank = v->rank;
  out->shape = v->shape;
  return iree_ok_status();
}

static const uint8_t* print_elements(const uint8_t* p, const int64_t* shape, uint32_t rank, uint32_t type) {
  if (rank > 1) {
    for (int64_t i = 0; i < shape[0]; i++) {
      printf("[");
      p = print_elements(p, shape + 1, rank - 1, type);
      printf("]");
    }
    return p;
  }
  int64_t n = rank ? shape[0] : 1;
  for (int64_t i = 0; i < n; i++) {
    if (i) printf(" ");
    if (type == RVZ_HAL_ELEMENT_TYPE_FLOAT_32) {
      float f;
      memcpy(&f, p, 4);
      printf("%G", (double)f);
      p += 4;
    } else if ((type & 0xff) == 32) {
      int32_t v;
      memcpy(&v, p, 4);
      printf(type == 0x12000020u ? "%lu" : "%ld", type == 0x12000020u ? (long)(uint32_t)v : (long)v);
      p += 4;
    } else {
      printf("%d", type == RVZ_HAL_ELEMENT_TYPE_UINT_8 ? (int)*p : (int)(int8_t)*p);
      p += 1;
    }
  }
  return p;
}

void rvz_hal_buffer_view_print(const iree_vm_ref_t* view) {
  rvz_hal_view_info_t v;
  if (rvz_hal_buffer_view_info(view, &v)) return;
  for (uint32_t i = 0; i < v.rank; i++) printf("%ldx", (long)v.shape[i]);
  uint32_t type = v.element_type;
  printf("%c%u=", type == RVZ_HAL_ELEMENT_TYPE_FLOAT_32 ? 'f' : type >> 24 == 0x12 ? 'u' : type >> 24 == 0x11 ? 's' : 'i',
         (unsigned)(type & 0xff));
  print_elements((const uint8_t*)v.data, v.shape, v.rank, type);
  printf("\n");
}
