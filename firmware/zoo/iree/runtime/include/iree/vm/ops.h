/* rv-zoo micro runtime: the VM's scalar operations as the EmitC module calls them (vm_OP_TYPE).
 * Static inline: only what a module uses is compiled in. */
#ifndef RVZ_IREE_VM_OPS_H_
#define RVZ_IREE_VM_OPS_H_
#include <stdint.h>
#include "iree/vm/api.h"

#define RVZ_BIN32(name, expr) static inline int32_t vm_##name##_i32(int32_t a, int32_t b) { return (expr); }
#define RVZ_BIN64(name, expr) static inline int64_t vm_##name##_i64(int64_t a, int64_t b) { return (expr); }
RVZ_BIN32(add, (int32_t)((uint32_t)a + (uint32_t)b))
RVZ_BIN32(sub, (int32_t)((uint32_t)a - (uint32_t)b))
RVZ_BIN32(mul, (int32_t)((uint32_t)a * (uint32_t)b))
RVZ_BIN32(and, a & b)
RVZ_BIN32(or, a | b)
RVZ_BIN32(xor, a ^ b)
RVZ_BIN64(add, (int64_t)((uint64_t)a + (uint64_t)b))
RVZ_BIN64(sub, (int64_t)((uint64_t)a - (uint64_t)b))
RVZ_BIN64(mul, (int64_t)((uint64_t)a * (uint64_t)b))
RVZ_BIN64(and, a & b)
RVZ_BIN64(or, a | b)
RVZ_BIN64(xor, a ^ b)
static inline int32_t vm_div_i32s(int32_t a, int32_t b) { return a / b; }
static inline int32_t vm_div_i32u(int32_t a, int32_t b) { return (int32_t)((uint32_t)a / (uint32_t)b); }
static inline int32_t vm_rem_i32s(int32_t a, int32_t b) { return a % b; }
static inline int32_t vm_rem_i32u(int32_t a, int32_t b) { return (int32_t)((uint32_t)a % (uint32_t)b); }
static inline int64_t vm_div_i64s(int64_t a, int64_t b) { return a / b; }
static inline int64_t vm_div_i64u(int64_t a, int64_t b) { return (int64_t)((uint64_t)a / (uint64_t)b); }
static inline int64_t vm_rem_i64s(int64_t a, int64_t b) { return a % b; }
static inline int64_t vm_rem_i64u(int64_t a, int64_t b) { return (int64_t)((uint64_t)a % (uint64_t)b); }
static inline int32_t vm_not_i32(int32_t a) { return ~a; }
static inline int64_t vm_not_i64(int64_t a) { return ~a; }
static inline int32_t vm_shl_i32(int32_t a, int32_t b) { return (int32_t)((uint32_t)a << (b & 31)); }
static inline int32_t vm_shr_i32s(int32_t a, int32_t b) { return a >> (b & 31); }
static inline int32_t vm_shr_i32u(int32_t a, int32_t b) { return (int32_t)((uint32_t)a >> (b & 31)); }
static inline int64_t vm_shl_i64(int64_t a, int32_t b) { return (int64_t)((uint64_t)a << (b & 63)); }
static inline int64_t vm_shr_i64s(int64_t a, int32_t b) { return a >> (b & 63); }
static inline int64_t vm_shr_i64u(int64_t a, int32_t b) { return (int64_t)((uint64_t)a >> (b & 63)); }
static inline int32_t vm_min_i32s(int32_t a, int32_t b) { return a < b ? a : b; }
static inline int32_t vm_max_i32s(int32_t a, int32_t b) { return a > b ? a : b; }
static inline int32_t vm_min_i32u(int32_t a, int32_t b) { return (uint32_t)a < (uint32_t)b ? a : b; }
static inline int32_t vm_max_i32u(int32_t a, int32_t b) { return (uint32_t)a > (uint32_t)b ? a : b; }
static inline int64_t vm_min_i64s(int64_t a, int64_t b) { return a < b ? a : b; }
static inline int64_t vm_max_i64s(int64_t a, int64_t b) { return a > b ? a : b; }
static inline int64_t vm_min_i64u(int64_t a, int64_t b) { return (uint64_t)a < (uint64_t)b ? a : b; }
static inline int64_t vm_max_i64u(int64_t a, int64_t b) { return (uint64_t)a > (uint64_t)b ? a : b; }

/* comparisons give 0 or 1 */
static inline int32_t vm_cmp_eq_i32(int32_t a, int32_t b) { return a == b; }
static inline int32_t vm_cmp_ne_i32(int32_t a, int32_t b) { return a != b; }
static inline int32_t vm_cmp_lt_i32s(int32_t a, int32_t b) { return a < b; }
static inline int32_t vm_cmp_lt_i32u(int32_t a, int32_t b) { return (uint32_t)a < (uint32_t)b; }
static inline int32_t vm_cmp_nz_i32(int32_t a) { return a != 0; }
static inline int32_t vm_cmp_eq_i64(int64_t a, int64_t b) { return a == b; }
static inline int32_t vm_cmp_ne_i64(int64_t a, int64_t b) { return a != b; }
static inline int32_t vm_cmp_lt_i64s(int64_t a, int64_t b) { return a < b; }
static inline int32_t vm_cmp_lt_i64u(int64_t a, int64_t b) { return (uint64_t)a < (uint64_t)b; }
static inline int32_t vm_cmp_nz_i64(int64_t a) { return a != 0; }
static inline int32_t vm_cmp_nz_ref(iree_vm_ref_t* a) { return a->ptr != 0; }
static inline int32_t vm_cmp_eq_ref(iree_vm_ref_t* a, iree_vm_ref_t* b) { return a->ptr == b->ptr; }
static inline int32_t vm_cmp_ne_ref(iree_vm_ref_t* a, iree_vm_ref_t* b) { return a->ptr != b->ptr; }
static inline int32_t vm_select_i32(int32_t c, int32_t t, int32_t f) { return c ? t : f; }
static inline int64_t vm_select_i64(int32_t c, int64_t t, int64_t f) { return c ? t : f; }

/* casts */
static inline int32_t vm_trunc_i32i8(int32_t a) { return (uint8_t)a; }
static inline int32_t vm_trunc_i32i16(int32_t a) { return (uint16_t)a; }
static inline int32_t vm_trunc_i64i32(int64_t a) { return (int32_t)a; }
static inline int32_t vm_ext_i8i32s(int32_t a) { return (int8_t)a; }
static inline int32_t vm_ext_i8i32u(int32_t a) { return (uint8_t)a; }
static inline int32_t vm_ext_i16i32s(int32_t a) { return (int16_t)a; }
static inline int32_t vm_ext_i16i32u(int32_t a) { return (uint16_t)a; }
static inline int64_t vm_ext_i32i64s(int32_t a) { return (int64_t)a; }
static inline int64_t vm_ext_i32i64u(int32_t a) { return (int64_t)(uint32_t)a; }

#endif /* RVZ_IREE_VM_OPS_H_ */
