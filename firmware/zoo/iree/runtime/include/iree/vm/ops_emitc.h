/* rv-zoo micro runtime: helper macros for constructs the EmitC module spells as macro calls. */
#ifndef RVZ_IREE_VM_OPS_EMITC_H_
#define RVZ_IREE_VM_OPS_EMITC_H_

#define EMITC_DEREF_ASSIGN_VALUE(ptr, value) (*(ptr) = (value))
#define EMITC_DEREF_ASSIGN_PTR(ptr, value) (*(ptr) = *(value))
#define EMITC_STRUCT_MEMBER(s, m) ((s).m)
#define EMITC_STRUCT_MEMBER_ADDRESS(s, m) (&(s).m)
#define EMITC_STRUCT_MEMBER_ASSIGN(s, m, v) ((s).m = (v))
#define EMITC_STRUCT_PTR_MEMBER(s, m) ((s)->m)
#define EMITC_STRUCT_PTR_MEMBER_CALL(s, m, ...) ((s)->m(__VA_ARGS__))
#define EMITC_STRUCT_PTR_MEMBER_ADDRESS(s, m) (&(s)->m)
#define EMITC_STRUCT_PTR_MEMBER_ASSIGN(s, m, v) ((s)->m = (v))
#define EMITC_TYPEDEF_STRUCT(name, body) typedef struct { body } name;
#define EMITC_ARRAY_ELEMENT_ADDRESS(a, i) (&(a)[i])
#define EMITC_UNARY(op, x) (op(x))
#define EMITC_BINARY(op, a, b) ((a)op(b))
#define EMITC_CALL_INDIRECT(fn, ...) ((fn)(__VA_ARGS__))

#endif /* RVZ_IREE_VM_OPS_EMITC_H_ */
