/*
 * rv-zoo micro runtime: the executable library ABI of IREE's llvm-cpu static libraries, as
 * iree-compile 3.1 emits it (library version 5). Layouts checked against the LLVM IR the
 * compiler dumps (--iree-hal-dump-executable-intermediates-to): a query function returns a
 * pointer to the library's header pointer; each export is a dispatch function taking the
 * environment, the dispatch state and one workgroup's state.
 */
#ifndef RVZ_IREE_HAL_LOCAL_EXECUTABLE_LIBRARY_H_
#define RVZ_IREE_HAL_LOCAL_EXECUTABLE_LIBRARY_H_
#include <stddef.h>
#include <stdint.h>

typedef uint32_t iree_hal_executable_library_version_t;
#define RVZ_HAL_EXECUTABLE_LIBRARY_VERSION 5u

typedef struct iree_hal_executable_library_header_t {
  iree_hal_executable_library_version_t version;
  const char* name;
  uint32_t features;
  uint32_t sanitizer;
} iree_hal_executable_library_header_t;

typedef int (*iree_hal_executable_import_v0_t)(void* params);
typedef int (*iree_hal_executable_import_thunk_v0_t)(iree_hal_executable_import_v0_t fn, void* params);

typedef struct iree_hal_executable_environment_v0_t {
  const uint32_t* constants;
  iree_hal_executable_import_thunk_v0_t import_thunk;
  const iree_hal_executable_import_v0_t* imports;
  uint64_t processor_data[8];
} iree_hal_executable_environment_v0_t;

typedef struct iree_hal_executable_dispatch_state_v0_t {
  uint32_t workgroup_size_x;
  uint32_t workgroup_size_y;
  uint16_t workgroup_size_z;
  uint16_t constant_count;
  uint32_t workgroup_count_x;
  uint32_t workgroup_count_y;
  uint16_t workgroup_count_z;
  uint8_t max_concurrency;
  uint8_t binding_count;
  const uint32_t* constants;
  void* const* binding_ptrs;
  const size_t* binding_lengths;
} iree_hal_executable_dispatch_state_v0_t;

typedef struct iree_hal_executable_workgroup_state_v0_t {
  uint32_t workgroup_id_x;
  uint32_t workgroup_id_y;
  uint16_t workgroup_id_z;
  uint16_t reserved;
  uint32_t processor_id;
  void* local_memory;
  uint32_t local_memory_size;
} iree_hal_executable_workgroup_state_v0_t;

typedef int (*iree_hal_executable_dispatch_v0_t)(
    const iree_hal_executable_environment_v0_t* environment,
    const iree_hal_executable_dispatch_state_v0_t* dispatch_state,
    const iree_hal_executable_workgroup_state_v0_t* workgroup_state);

typedef struct iree_hal_executable_dispatch_attrs_v0_t {
  uint16_t local_memory_pages; /* 4096-byte pages of workgroup local memory */
  uint8_t constant_count;
  uint8_t binding_count;
  uint32_t reserved0;
  uint64_t reserved1[8];
} iree_hal_executable_dispatch_attrs_v0_t;
#define RVZ_HAL_LOCAL_MEMORY_PAGE_SIZE 4096

typedef struct iree_hal_executable_library_v0_t {
  const iree_hal_executable_library_header_t* header;
  struct { uint32_t count; const char* const* symbols; } imports;
  struct {
    uint32_t count;
    const iree_hal_executable_dispatch_v0_t* ptrs;
    const iree_hal_executable_dispatch_attrs_v0_t* attrs;
    const char* const* names;
    const char* const* tags;
    const void* source_locations;
    const void* stage_locations;
  } exports;
  struct { uint32_t count; } constants;
  struct { uint32_t count; const void* files; } source_files;
} iree_hal_executable_library_v0_t;

typedef const iree_hal_executable_library_header_t** (*iree_hal_executable_library_query_fn_t)(
    iree_hal_executable_library_version_t max_version,
    const iree_hal_executable_environment_v0_t* environment);

#endif /* RVZ_IREE_HAL_LOCAL_EXECUTABLE_LIBRARY_H_ */
