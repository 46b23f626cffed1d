/*
 * rv-zoo micro runtime, HAL half: a synchronous inline HAL over IREE llvm-cpu static libraries,
 * exposed to EmitC modules as the `hal` module (the imports iree-compile emits), plus what a
 * firmware needs to feed inputs and read outputs.
 *
 * One device ("local-sync", executable format "static"); buffers live in the static arena or
 * wrap existing memory (imported constants, the firmware's input); command buffers are
 * recorded and replayed on queue execution; queue operations run at once; fences are no-ops.
 */
#ifndef RVZ_HAL_H_
#define RVZ_HAL_H_
#include "iree/hal/local/executable_library.h"
#include "iree/vm/api.h"

/* IREE element types: (numerical type << 24) | bit count. */
#define RVZ_HAL_ELEMENT_TYPE_INT_8 0x10000008u
#define RVZ_HAL_ELEMENT_TYPE_SINT_8 0x11000008u
#define RVZ_HAL_ELEMENT_TYPE_UINT_8 0x12000008u
#define RVZ_HAL_ELEMENT_TYPE_INT_32 0x10000020u
#define RVZ_HAL_ELEMENT_TYPE_SINT_32 0x11000020u
#define RVZ_HAL_ELEMENT_TYPE_FLOAT_32 0x21000020u
#define RVZ_HAL_ENCODING_DENSE_ROW_MAJOR 1u

/* Creates the `hal` module serving the given static libraries (their query functions). */
iree_status_t rvz_hal_module_create(iree_vm_instance_t* instance,
                                    const iree_hal_executable_library_query_fn_t* libraries,
                                    iree_host_size_t library_count, iree_allocator_t allocator,
                                    iree_vm_module_t** out_module);

/* A dense row-major buffer view over existing memory (not copied, not freed). */
iree_status_t rvz_hal_buffer_view_wrap(void* data, iree_host_size_t length, uint32_t element_type,
                                       const int64_t* shape, uint32_t rank, iree_vm_ref_t* out_view);

typedef struct rvz_hal_view_info_t {
  const void* data;
  iree_host_size_t length;
  uint32_t element_type;
  uint32_t rank;
  const int64_t* shape;
} rvz_hal_view_info_t;
/* Describes a buffer view ref (fails if it is not one). */
iree_status_t rvz_hal_buffer_view_info(const iree_vm_ref_t* view, rvz_hal_view_info_t* out);

/* Prints IREE's buffer-view text (`1x10xf32=[v0 v1 ...]`, floats as %G) and a newline. */
void rvz_hal_buffer_view_print(const iree_vm_ref_t* view);

/*
 * Dispatch log: every dispatch the HAL runs (queue execution of a command buffer) is recorded
 * with minstret and mcycle read around its workgroup calls, so that a firmware can print per
 * dispatch costs after an inference (the `@layer` lines of the rv-zoo console protocol). The
 * log holds RVZ_HAL_DISPATCH_LOG records; later dispatches are only counted.
 */
#ifndef RVZ_HAL_DISPATCH_LOG
#define RVZ_HAL_DISPATCH_LOG 64
#endif
typedef struct rvz_hal_dispatch_record_t {
  const char* name;        /* the export's name in its library (NULL when the library has none) */
  uint32_t ordinal;        /* the export's ordinal */
  uint32_t workgroups[3];  /* workgroup count x, y, z */
  uint32_t constants;      /* bytes bound from buffers that hold model constants (IREE packs
                            * constants into a few buffers: a dispatch binds a whole one) */
  uint32_t instructions;   /* minstret around the dispatch function's calls */
  uint32_t cycles;         /* mcycle around them */
} rvz_hal_dispatch_record_t;

/* Empties the log (e.g. before an invocation). */
void rvz_hal_dispatch_log_reset(void);
/* The records since the last reset: `*count` of them, `*dropped` more that did not fit. */
const rvz_hal_dispatch_record_t* rvz_hal_dispatch_log(iree_host_size_t* count, iree_host_size_t* dropped);

#endif /* RVZ_HAL_H_ */
