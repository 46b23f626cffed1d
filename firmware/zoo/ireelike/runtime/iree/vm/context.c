/* ireelike fixture: iree/vm context (import resolution) and invocation. */
#include <string.h>

#include "iree_fixture.h"

struct iree_vm_context_t {
  iree_allocator_t allocator;
  size_t count;
  iree_vm_module_t* modules[4];
};

/* The export `module.function` of the modules registered so far, or NULL. */
static iree_vm_native_function_t iree_vm_context_find_export(iree_vm_context_t* context, iree_string_view_t name,
                                                             iree_vm_module_t** owner) {
  iree_string_view_t module_name, function_name;
  if (!iree_string_view_split(name, '.', &module_name, &function_name)) return 0;
  for (size_t i = 0; i < context->count; i++) {
    const iree_vm_native_module_descriptor_t* d = context->modules[i]->descriptor;
    if (!iree_string_view_equal(module_name, iree_make_cstring_view(d->name))) continue;
    for (size_t e = 0; e < d->export_count; e++) {
      if (iree_string_view_equal(function_name, iree_make_cstring_view(d->exports[e].name))) {
        if (owner) *owner = context->modules[i];
        return d->exports[e].fn;
      }
    }
  }
  return 0;
}

iree_status_t iree_vm_context_create_with_modules(iree_vm_instance_t* instance, iree_vm_module_t** modules,
                                                  size_t count, iree_allocator_t allocator,
                                                  iree_vm_context_t** out) {
  (void)instance;
  if (count > 4) return iree_make_status(IREE_STATUS_RESOURCE_EXHAUSTED, "at most 4 modules per context");
  iree_vm_context_t* c = 0;
  iree_status_t s = iree_allocator_malloc(allocator, sizeof(*c), (void**)&c);
  if (!iree_status_is_ok(s)) return s;
  c->allocator = allocator;
  for (size_t i = 0; i < count; i++) {
    const iree_vm_native_module_descriptor_t* d = modules[i]->descriptor;
    for (size_t k = 0; k < d->import_count; k++) {
      iree_vm_function_t* f = &modules[i]->imports[k];
      f->fn = iree_vm_context_find_export(c, iree_make_cstring_view(d->imports[k]), &f->module);
      if (!f->fn) {
        iree_allocator_free(allocator, c);
        return iree_make_status(IREE_STATUS_NOT_FOUND, d->imports[k]);
      }
    }
    c->modules[c->count++] = modules[i];
  }
  *out = c;
  return iree_ok_status();
}

void iree_vm_context_release(iree_vm_context_t* context) {
  if (context) iree_allocator_free(context->allocator, context);
}

iree_status_t iree_vm_context_resolve_function(iree_vm_context_t* context, iree_string_view_t name,
                                               iree_vm_function_t* out) {
  out->fn = iree_vm_context_find_export(context, name, &out->module);
  return out->fn ? iree_ok_status() : iree_make_status(IREE_STATUS_NOT_FOUND, "function not exported");
}

iree_status_t iree_vm_invoke(iree_vm_context_t* context, iree_vm_function_t function, const iree_vm_abi_t* inputs,
                             iree_vm_abi_t* outputs) {
  (void)context;
  memset(outputs, 0, sizeof(*outputs));
  return function.fn(function.module, inputs, outputs);
}
