/* ireelike fixture: iree/base (status, string views, the system allocator on malloc). */
#include <stdlib.h>
#include <string.h>

#include "iree_fixture.h"

struct iree_status_record_t {
  iree_status_code_t code;
  const char* message;
};

/* Statuses are rare (one per failed run): a small ring of records, no allocation. */
static struct iree_status_record_t iree_status_ring[4];
static unsigned iree_status_next;

iree_status_t iree_make_status(iree_status_code_t code, const char* message) {
  struct iree_status_record_t* s = &iree_status_ring[iree_status_next++ % 4];
  s->code = code;
  s->message = message;
  return s;
}

iree_status_code_t iree_status_code(iree_status_t status) {
  return status ? status->code : IREE_STATUS_OK;
}

const char* iree_status_code_string(iree_status_code_t code) {
  switch (code) {
    case IREE_STATUS_OK: return "OK";
    case IREE_STATUS_INVALID_ARGUMENT: return "INVALID_ARGUMENT";
    case IREE_STATUS_NOT_FOUND: return "NOT_FOUND";
    case IREE_STATUS_RESOURCE_EXHAUSTED: return "RESOURCE_EXHAUSTED";
    case IREE_STATUS_FAILED_PRECONDITION: return "FAILED_PRECONDITION";
    default: return "INTERNAL";
  }
}

void iree_status_fprint(FILE* file, iree_status_t status) {
  fprintf(file, "error: %s: %s\n", iree_status_code_string(iree_status_code(status)),
          status ? status->message : "");
}

iree_string_view_t iree_make_cstring_view(const char* s) {
  iree_string_view_t v = {s, strlen(s)};
  return v;
}

int iree_string_view_equal(iree_string_view_t a, iree_string_view_t b) {
  return a.size == b.size && memcmp(a.data, b.data, a.size) == 0;
}

int iree_string_view_split(iree_string_view_t s, char c, iree_string_view_t* head, iree_string_view_t* tail) {
  for (size_t i = 0; i < s.size; i++) {
    if (s.data[i] == c) {
      head->data = s.data;
      head->size = i;
      tail->data = s.data + i + 1;
      tail->size = s.size - i - 1;
      return 1;
    }
  }
  return 0;
}

static iree_status_t iree_allocator_system_ctl(void* self, size_t size, void* old, void** out) {
  (void)self;
  if (size == 0) {
    free(old);
    return iree_ok_status();
  }
  *out = malloc(size);
  if (!*out) return iree_make_status(IREE_STATUS_RESOURCE_EXHAUSTED, "heap exhausted");
  memset(*out, 0, size);
  return iree_ok_status();
}

iree_allocator_t iree_allocator_system(void) {
  iree_allocator_t a = {0, iree_allocator_system_ctl};
  return a;
}

iree_status_t iree_allocator_malloc(iree_allocator_t allocator, size_t size, void** out) {
  return allocator.ctl(allocator.self, size ? size : 1, 0, out);
}

void iree_allocator_free(iree_allocator_t allocator, void* ptr) {
  if (ptr) allocator.ctl(allocator.self, 0, ptr, 0);
}
