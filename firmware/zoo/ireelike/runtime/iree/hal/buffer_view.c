/* ireelike fixture: iree/hal buffer views and their text form (iree/hal/string_util.c). */
#include <string.h>

#include "iree_fixture.h"

static void iree_hal_buffer_view_destroy(void* self) {
  iree_hal_buffer_view_t* v = (iree_hal_buffer_view_t*)self;
  iree_allocator_t allocator = v->buffer->allocator;
  iree_vm_ref_release(v->buffer);
  iree_allocator_free(allocator, v);
}

size_t iree_hal_element_byte_count(iree_hal_element_type_t element_type) {
  return (element_type & 0xffu) / 8;
}

size_t iree_hal_buffer_view_element_count(const iree_hal_buffer_view_t* view) {
  size_t n = 1;
  for (size_t i = 0; i < view->rank; i++) n *= (size_t)view->shape[i];
  return n;
}

iree_status_t iree_hal_buffer_view_create(iree_hal_buffer_t* buffer, const int32_t* shape, size_t rank,
                                          iree_hal_element_type_t element_type, iree_allocator_t allocator,
                                          iree_hal_buffer_view_t** out) {
  if (rank > IREE_HAL_MAX_RANK) return iree_make_status(IREE_STATUS_INVALID_ARGUMENT, "rank too high");
  iree_hal_buffer_view_t* v = 0;
  iree_status_t s = iree_allocator_malloc(allocator, sizeof(*v), (void**)&v);
  if (!iree_status_is_ok(s)) return s;
  v->ref.count = 1;
  v->ref.destroy = iree_hal_buffer_view_destroy;
  v->buffer = buffer;
  iree_vm_ref_retain(buffer);
  v->element_type = element_type;
  v->rank = rank;
  memcpy(v->shape, shape, rank * sizeof(shape[0]));
  if (iree_hal_buffer_view_element_count(v) * iree_hal_element_byte_count(element_type) > buffer->size) {
    iree_vm_ref_release(v);
    return iree_make_status(IREE_STATUS_INVALID_ARGUMENT, "buffer smaller than the view");
  }
  *out = v;
  return iree_ok_status();
}

static const char* iree_hal_element_type_name(iree_hal_element_type_t t) {
  switch (t) {
    case IREE_HAL_ELEMENT_TYPE_SINT_8: return "si8";
    case IREE_HAL_ELEMENT_TYPE_UINT_8: return "ui8";
    case IREE_HAL_ELEMENT_TYPE_SINT_32: return "si32";
    case IREE_HAL_ELEMENT_TYPE_FLOAT_32: return "f32";
    default: return "opaque";
  }
}

static void iree_hal_format_element(FILE* file, const uint8_t* p, iree_hal_element_type_t t) {
  switch (t) {
    case IREE_HAL_ELEMENT_TYPE_SINT_8: fprintf(file, "%d", *(const int8_t*)p); break;
    case IREE_HAL_ELEMENT_TYPE_UINT_8: fprintf(file, "%u", *p); break;
    case IREE_HAL_ELEMENT_TYPE_SINT_32: fprintf(file, "%ld", (long)*(const int32_t*)p); break;
    case IREE_HAL_ELEMENT_TYPE_FLOAT_32: fprintf(file, "%G", (double)*(const float*)p); break;
    default: fprintf(file, "%02X", *p); break;
  }
}

/* Rank r prints r-1 levels of brackets: 2x3xf32=[1 2 3][4 5 6]; elided past `max` elements. */
static void iree_hal_format_elements_recursive(FILE* file, const int32_t* shape, size_t rank, const uint8_t** data,
                                               iree_hal_element_type_t t, size_t* left) {
  size_t size = iree_hal_element_byte_count(t);
  if (rank == 0) {
    iree_hal_format_element(file, *data, t);
    *data += size;
    return;
  }
  if (rank == 1) {
    for (int32_t i = 0; i < shape[0]; i++) {
      if (*left == 0) {
        fputs("...", file);
        return;
      }
      if (i > 0) fputc(' ', file);
      iree_hal_format_element(file, *data, t);
      *data += size;
      --*left;
    }
    return;
  }
  for (int32_t i = 0; i < shape[0]; i++) {
    fputc('[', file);
    iree_hal_format_elements_recursive(file, shape + 1, rank - 1, data, t, left);
    fputc(']', file);
  }
}

iree_status_t iree_hal_buffer_view_fprint(FILE* file, const iree_hal_buffer_view_t* view, size_t max_element_count) {
  for (size_t i = 0; i < view->rank; i++) fprintf(file, "%ldx", (long)view->shape[i]);
  fprintf(file, "%s=", iree_hal_element_type_name(view->element_type));
  const uint8_t* data = view->buffer->data;
  size_t left = max_element_count;
  iree_hal_format_elements_recursive(file, view->shape, view->rank, &data, view->element_type, &left);
  fputc('\n', file);
  return iree_ok_status();
}
