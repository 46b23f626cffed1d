/* ireelike fixture: iree/vm instance and native modules. */
#include "iree_fixture.h"

struct iree_vm_instance_t {
  iree_allocator_t allocator;
  uint32_t module_count;
};

iree_status_t iree_vm_instance_create(iree_allocator_t allocator, iree_vm_instance_t** out) {
  iree_status_t s = iree_allocator_malloc(allocator, sizeof(iree_vm_instance_t), (void**)out);
  if (iree_status_is_ok(s)) (*out)->allocator = allocator;
  return s;
}

void iree_vm_instance_release(iree_vm_instance_t* instance) {
  if (instance) iree_allocator_free(instance->allocator, instance);
}

iree_status_t iree_vm_native_module_create(const iree_vm_native_module_descriptor_t* descriptor, void* self,
                                           iree_vm_instance_t* instance, iree_allocator_t allocator,
                                           iree_vm_module_t** out) {
  iree_vm_module_t* m = 0;
  iree_status_t s = iree_allocator_malloc(allocator, sizeof(*m), (void**)&m);
  if (!iree_status_is_ok(s)) return s;
  if (descriptor->import_count) {
    s = iree_allocator_malloc(allocator, descriptor->import_count * sizeof(iree_vm_function_t),
                              (void**)&m->imports);
    if (!iree_status_is_ok(s)) {
      iree_allocator_free(allocator, m);
      return s;
    }
  }
  m->descriptor = descriptor;
  m->self = self;
  m->allocator = allocator;
  instance->module_count++;
  *out = m;
  return iree_ok_status();
}

void iree_vm_module_release(iree_vm_module_t* module) {
  if (!module) return;
  iree_allocator_free(module->allocator, module->imports);
  iree_allocator_free(module->allocator, module);
}
