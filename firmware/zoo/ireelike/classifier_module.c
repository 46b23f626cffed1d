/*
 * ireelike fixture: the VM module "classifier", shaped like what iree-compile
 * --output-format=vm-c (EmitC) emits for a module named `classifier`: a descriptor with its
 * imports from the `hal` module and its exports, `classifier_create`, the function bodies
 * (`classifier_main`) and the module's constants (`classifier__const`, here the output
 * dequantization table; kept in .data, not const, as some builds do: it costs RAM twice in an
 * XIP image, which `rv-zoo size` points out).
 */
#include "iree_fixture.h"

enum {
  IMPORT_BUFFER_ALLOCATE,
  IMPORT_BUFFER_VIEW_BUFFER,
  IMPORT_BUFFER_VIEW_CREATE,
  IMPORT_COMMAND_BUFFER_DISPATCH,
  IMPORT_EXECUTABLE_CREATE,
  IMPORT_ALLOCATOR_IMPORT,
};
static const char* const classifier_imports_[] = {
    "hal.buffer.allocate",        "hal.buffer_view.buffer", "hal.buffer_view.create",
    "hal.command_buffer.dispatch", "hal.executable.create",  "hal.allocator.import",
};

static const char classifier__utf8_classifier_linked[] = "classifier_linked";
#define CLASSIFIER_DISPATCHES 10
#define CLASSIFIER_CLASSES 10

/* (q - zero_point) * scale for q = -128..127, zero point -128, scale 1/256 */
#define T1(k) ((k) / 256.0f)
#define T4(k) T1(k), T1((k) + 1), T1((k) + 2), T1((k) + 3)
#define T16(k) T4(k), T4((k) + 4), T4((k) + 8), T4((k) + 12)
#define T64(k) T16(k), T16((k) + 16), T16((k) + 32), T16((k) + 48)
float classifier__const[256] __attribute__((aligned(16))) = {T64(0), T64(64), T64(128), T64(192)};

static iree_status_t classifier_call(iree_vm_module_t* module, int import, iree_vm_abi_t* args,
                                     iree_vm_abi_t* results) {
  return module->imports[import].fn(module->imports[import].module, args, results);
}

/* main(input: 1x28x28x1xui8 view) -> 1x10xf32 view */
static iree_status_t classifier_main(iree_vm_module_t* module, const iree_vm_abi_t* args, iree_vm_abi_t* results) {
  iree_vm_abi_t a = {{0}, {0}}, r = {{0}, {0}};
  void *library, *input, *output, *constants;
  a.refs[0] = (void*)classifier__utf8_classifier_linked;
  iree_status_t s = classifier_call(module, IMPORT_EXECUTABLE_CREATE, &a, &r);
  if (!iree_status_is_ok(s)) return s;
  library = r.refs[0];
  a.refs[0] = args->refs[0];
  if (!iree_status_is_ok(s = classifier_call(module, IMPORT_BUFFER_VIEW_BUFFER, &a, &r))) return s;
  input = r.refs[0];
  a.refs[0] = 0;
  a.i32[0] = CLASSIFIER_CLASSES * sizeof(float);
  if (!iree_status_is_ok(s = classifier_call(module, IMPORT_BUFFER_ALLOCATE, &a, &r))) return s;
  output = r.refs[0];
  a.refs[0] = classifier__const;
  a.i32[0] = sizeof(classifier__const);
  if (!iree_status_is_ok(s = classifier_call(module, IMPORT_ALLOCATOR_IMPORT, &a, &r))) {
    iree_vm_ref_release(output);
    return s;
  }
  constants = r.refs[0];
  for (int i = 0; i < CLASSIFIER_DISPATCHES && iree_status_is_ok(s); i++) {
    iree_vm_abi_t d = {{library, input, output, constants}, {i}};
    s = classifier_call(module, IMPORT_COMMAND_BUFFER_DISPATCH, &d, &r);
  }
  if (iree_status_is_ok(s)) {
    iree_vm_abi_t v = {{output}, {IREE_HAL_ELEMENT_TYPE_FLOAT_32, 2, 1, CLASSIFIER_CLASSES}};
    s = classifier_call(module, IMPORT_BUFFER_VIEW_CREATE, &v, results);
  }
  iree_vm_ref_release(constants);
  iree_vm_ref_release(output);
  return s;
}

static const iree_vm_native_export_t classifier_exports_[] = {{"main", classifier_main}};
static const iree_vm_native_module_descriptor_t classifier_descriptor_ = {
    "classifier", classifier_exports_, 1, classifier_imports_,
    sizeof(classifier_imports_) / sizeof(classifier_imports_[0]),
};

iree_status_t classifier_create(iree_vm_instance_t* instance, iree_allocator_t allocator, iree_vm_module_t** out) {
  return iree_vm_native_module_create(&classifier_descriptor_, 0, instance, allocator, out);
}
