/* ireelike fixture: iree/vm reference counting. */
#include "iree_fixture.h"

void iree_vm_ref_retain(void* object) {
  if (object) ((iree_vm_ref_object_t*)object)->count++;
}

void iree_vm_ref_release(void* object) {
  iree_vm_ref_object_t* ref = (iree_vm_ref_object_t*)object;
  if (ref && --ref->count == 0) ref->destroy(object);
}
