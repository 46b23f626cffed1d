/* ireelike fixture: iree/hal/local/loaders/static_library_loader.c */
#include <string.h>

#include "iree_fixture.h"

struct iree_hal_executable_loader_t {
  iree_allocator_t allocator;
  size_t count;
  const iree_hal_executable_library_v0_t* libraries[4];
};

iree_status_t iree_hal_static_library_loader_create(const iree_hal_executable_library_query_fn_t* libraries,
                                                    size_t count, iree_allocator_t allocator,
                                                    iree_hal_executable_loader_t** out) {
  if (count > 4) return iree_make_status(IREE_STATUS_RESOURCE_EXHAUSTED, "at most 4 static libraries");
  iree_hal_executable_loader_t* l = 0;
  iree_status_t s = iree_allocator_malloc(allocator, sizeof(*l), (void**)&l);
  if (!iree_status_is_ok(s)) return s;
  l->allocator = allocator;
  for (size_t i = 0; i < count; i++) {
    const iree_hal_executable_library_header_t** header =
        libraries[i](IREE_HAL_EXECUTABLE_LIBRARY_VERSION_LATEST, 0);
    if (!header || (*header)->version != IREE_HAL_EXECUTABLE_LIBRARY_VERSION_LATEST) {
      iree_allocator_free(allocator, l);
      return iree_make_status(IREE_STATUS_FAILED_PRECONDITION, "static library version mismatch");
    }
    l->libraries[l->count++] = (const iree_hal_executable_library_v0_t*)header;
  }
  *out = l;
  return iree_ok_status();
}

iree_status_t iree_hal_executable_loader_try_load(iree_hal_executable_loader_t* loader, const char* name,
                                                  const iree_hal_executable_library_v0_t** out) {
  for (size_t i = 0; i < loader->count; i++) {
    if (strcmp(loader->libraries[i]->header->name, name) == 0) {
      *out = loader->libraries[i];
      return iree_ok_status();
    }
  }
  return iree_make_status(IREE_STATUS_NOT_FOUND, "no static library of that name");
}

void iree_hal_executable_loader_release(iree_hal_executable_loader_t* loader) {
  if (loader) iree_allocator_free(loader->allocator, loader);
}
