/* rv-zoo micro runtime: the shim through which native-module calls reach EmitC functions. */
#ifndef RVZ_IREE_VM_SHIMS_EMITC_H_
#define RVZ_IREE_VM_SHIMS_EMITC_H_
#include "iree/vm/api.h"

typedef iree_status_t (*iree_vm_native_function_target_emitc_t)(
    iree_vm_stack_t* IREE_RESTRICT stack, iree_vm_native_function_flags_t flags,
    iree_byte_span_t args, iree_byte_span_t rets, void* IREE_RESTRICT module,
    void* IREE_RESTRICT module_state);

/* Stored (cast) in the descriptor's function table; the runtime casts it back to call it. */
static inline iree_status_t iree_emitc_shim(iree_vm_stack_t* IREE_RESTRICT stack,
                                            iree_vm_native_function_flags_t flags,
                                            iree_byte_span_t args, iree_byte_span_t rets,
                                            iree_vm_native_function_target_emitc_t target,
                                            void* IREE_RESTRICT module,
                                            void* IREE_RESTRICT module_state) {
  return target(stack, flags, args, rets, module, module_state);
}

#endif /* RVZ_IREE_VM_SHIMS_EMITC_H_ */
