#ifndef MODULE_H_
#define MODULE_H_
#include "iree/vm/api.h"
#ifdef __cplusplus
extern "C" {
#endif //  __cplusplus
iree_status_t module_create(iree_vm_instance_t* v1, iree_allocator_t v2, iree_vm_module_t** v3);
#ifdef __cplusplus
}  // extern "C"
#endif //  __cplusplus
#endif //  MODULE_H_
#if defined(EMITC_IMPLEMENTATION)
#include "iree/vm/ops.h"
#include "iree/vm/ops_emitc.h"
#include "iree/vm/shims_emitc.h"
iree_alignas(1) static const uint8_t module__utf8_hal_device_id_C1DCB7DBC4F49AE6[] = {104, 97, 108, 46, 100, 101, 118, 105, 99, 101, 46, 105, 100};
iree_alignas(1) static const uint8_t module__utf8_local_3D3B5147158B235A[] = {108, 111, 99, 97, 108, 42};
iree_alignas(1) static const uint8_t module__utf8_hal_executable_format_EAB228F999C2D3A1[] = {104, 97, 108, 46, 101, 120, 101, 99, 117, 116, 97, 98, 108, 101, 46, 102, 111, 114, 109, 97, 116};
iree_alignas(1) static const uint8_t module__utf8_static_96B31E405495E0B6[] = {115, 116, 97, 116, 105, 99};
iree_alignas(16) static const uint8_t module_iree_mnist_demo_linked_static[] = {105, 114, 101, 101, 95, 109, 110, 105, 115, 116, 95, 100, 101, 109, 111, 95, 108, 105, 110, 107, 101, 100};
iree_alignas(64) static const uint8_t module__const[] = {26, 209, 251, 65, 24, 197, 249, 162, 2, 54, 19, 50, 22, 14, 75, 58, 38, 68, 205, 129, 204, 241, 204, 58, 45, 229, 0, 68, 2, 53, 20, 208, 215, 245, 138, 246, 173, 210, 251, 21, 182, 188, 171, 71, 8, 31, 54, 203, 179, 129, 172, 34, 214, 150, 192, 36, 16, 37, 191, 251, 214, 7, 96, 20, 220, 177, 184, 78, 160, 79, 60, 169, 86, 216, 228, 36, 46, 22, 143, 205, 131, 232, 71, 62, 77, 45, 225, 173, 72, 183, 69, 218, 75, 38, 218, 34, 24, 56, 219, 129, 50, 157, 203, 174, 215, 40, 56, 102, 46, 32, 225, 0, 41, 230, 255, 23, 206, 175, 245, 68, 255, 68, 53, 172, 189, 47, 23, 219, 46, 74, 26, 193, 12, 24, 2, 75, 2, 11, 249, 214, 184, 141, 163, 88, 25, 26, 38, 129, 223, 71, 63, 48, 153, 135, 217, 237, 29, 229, 167, 17, 45, 232, 65, 60, 72, 221, 14, 193, 18, 31, 18, 150, 182, 51, 138, 57, 18, 62, 237, 193, 231, 219, 41, 215, 59, 235, 234, 151, 4, 180, 21, 45, 174, 65, 153, 245, 172, 250, 50, 230, 94, 54, 161, 223, 129, 77, 230, 183, 54, 8, 69, 49, 226, 226, 76, 12, 98, 229, 223, 49, 209, 7, 36, 239, 206, 210, 75, 70, 185, 255, 63, 187, 195, 224, 206, 235, 184, 56, 211, 69, 214, 255, 76, 246, 234, 81, 18, 245, 50, 216, 87, 213, 34, 210, 17, 80, 51, 142, 251, 229, 5, 60, 152, 129, 179, 63, 95, 197, 222, 204, 211, 41, 147, 253, 229, 175, 25, 31, 161, 51, 59, 28, 62, 191, 22, 2, 69, 185, 144, 107, 4, 30, 172, 237, 158, 251, 69, 77, 46, 52, 50, 206, 231, 221, 199, 201, 157, 3, 171, 13, 143, 77, 194, 6, 237, 45, 51, 172, 93, 129, 38, 189, 205, 14, 20, 103, 210, 248, 190, 178, 50, 42, 252, 68, 6, 199, 101, 214, 79, 34, 94, 251, 149, 36, 65, 2, 211, 165, 53, 70, 0, 176, 7, 15, 51, 11, 43, 16, 35, 40, 20, 212, 188, 9, 207, 214, 205, 35, 179, 189, 50, 34, 241, 200, 132, 188, 13, 102, 210, 186, 251, 219, 129, 4, 40, 236, 213, 79, 165, 48, 122, 34, 245, 161, 240, 177, 194, 130, 193, 194, 173, 221, 197, 246, 234, 33, 215, 203, 157, 195, 16, 179, 127, 34, 74, 5, 115, 113, 157, 153, 235, 221, 108, 100, 246, 161, 43, 112, 169, 59, 119, 169, 49, 51, 246, 22, 53, 69, 12, 33, 183, 244, 248, 200, 165, 201, 243, 175, 163, 79, 61, 8, 78, 195, 41, 29, 242, 129, 228, 49, 229, 157, 226, 231, 63, 216, 23, 238, 242, 9, 253, 240, 186, 46, 44, 61, 37, 191, 54, 157, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 28, 13, 217, 199, 218, 232, 71, 21, 239, 39, 242, 2, 188, 208, 46, 19, 14, 61, 221, 216, 216, 192, 217, 210, 194, 225, 179, 213, 36, 184, 54, 179, 18, 12, 224, 173, 23, 6, 29, 21, 13, 54, 14, 127, 93, 34, 219, 30, 239, 210, 93, 114, 37, 246, 3, 0, 34, 46, 32, 38, 73, 67, 233, 187, 93, 228, 215, 182, 44, 50, 20, 79, 215, 9, 127, 249, 195, 219, 32, 96, 37, 178, 244, 224, 184, 210, 229, 33, 15, 174, 175, 5, 16, 71, 0, 9, 75, 48, 233, 196, 9, 24, 245, 214, 13, 164, 26, 16, 222, 226, 40, 70, 101, 41, 253, 220, 129, 202, 202, 183, 37, 255, 230, 244, 224, 56, 241, 224, 42, 37, 209, 181, 243, 228, 6, 37, 212, 22, 54, 239, 254, 14, 21, 190, 2, 234, 10, 14, 208, 211, 187, 213, 141, 133, 3, 228, 35, 5, 102, 111, 13, 233, 144, 58, 72, 199, 211, 223, 112, 219, 158, 5, 1, 197, 69, 179, 68, 69, 57, 238, 173, 43, 233, 222, 101, 235, 210, 76, 34, 207, 127, 224, 41, 21, 201, 194, 202, 214, 55, 62, 23, 78, 221, 216, 221, 227, 29, 8, 11, 94, 213, 230, 27, 226, 195, 245, 237, 204, 129, 250, 255, 245, 64, 220, 30, 45, 241, 240, 208, 242, 30, 20, 5, 41, 242, 63, 71, 27, 179, 4, 19, 231, 20, 253, 28, 15, 222, 186, 16, 252, 39, 59, 28, 44, 222, 28, 127, 7, 225, 243, 225, 225, 200, 185, 27, 44, 31, 218, 249, 28, 243, 6, 213, 43, 222, 145, 199, 7, 251, 8, 5, 8, 3, 230, 244, 226, 23, 225, 206, 251, 59, 14, 44, 23, 216, 220, 7, 23, 38, 75, 22, 95, 254, 230, 10, 145, 21, 59, 231, 197, 242, 172, 58, 42, 80, 186, 28, 234, 235, 4, 129, 192, 35, 215, 14, 247, 6, 217, 47, 48, 252, 244, 232, 211, 53, 42, 30, 30, 74, 254, 68, 45, 205, 161, 82, 19, 70, 75, 224, 195, 201, 230, 106, 55, 217, 189, 158, 241, 230, 175, 244, 58, 24, 204, 247, 254, 190, 7, 221, 252, 186, 246, 242, 64, 56, 31, 35, 243, 127, 5, 30, 210, 71, 20, 215, 50, 99, 6, 93, 254, 7, 185, 232, 241, 245, 227, 33, 209, 57, 66, 174, 203, 250, 12, 16, 255, 252, 38, 75, 246, 47, 85, 226, 190, 37, 102, 13, 214, 67, 11, 197, 127, 228, 23, 44, 53, 19, 255, 186, 249, 214, 26, 218, 247, 49, 255, 242, 223, 1, 21, 2, 6, 222, 222, 70, 223, 251, 239, 7, 22, 233, 186, 75, 49, 27, 62, 245, 213, 220, 55, 222, 18, 76, 64, 45, 245, 33, 247, 239, 248, 249, 220, 244, 235, 129, 221, 232, 16, 238, 212, 74, 236, 159, 177, 184, 218, 188, 36, 211, 190, 31, 40, 37, 252, 6, 113, 22, 34, 234, 35, 249, 15, 30, 13, 47, 205, 62, 35, 219, 66, 43, 22, 28, 208, 55, 26, 234, 129, 232, 22, 242, 195, 192, 179, 1, 90, 243, 247, 215, 208, 186, 8, 221, 247, 96, 61, 12, 240, 234, 240, 61, 21, 227, 237, 247, 60, 15, 190, 14, 98, 117, 127, 174, 167, 2, 29, 24, 37, 66, 24, 51, 201, 38, 43, 58, 205, 225, 10, 70, 180, 196, 214, 16, 76, 241, 252, 31, 43, 233, 185, 2, 24, 241, 43, 243, 253, 229, 245, 206, 219, 20, 54, 249, 76, 253, 206, 129, 245, 24, 63, 201, 206, 223, 20, 233, 26, 30, 239, 44, 240, 13, 36, 46, 209, 211, 28, 243, 245, 75, 25, 24, 92, 224, 215, 198, 58, 94, 245, 83, 72, 102, 35, 39, 45, 185, 191, 37, 195, 74, 207, 180, 30, 10, 192, 229, 23, 220, 20, 239, 241, 145, 73, 12, 239, 57, 69, 20, 204, 217, 14, 209, 96, 87, 60, 211, 41, 1, 17, 227, 1, 129, 31, 4, 239, 246, 188, 1, 231, 255, 40, 3, 251, 211, 209, 15, 195, 43, 6, 222, 3, 251, 9, 44, 228, 235, 2, 45, 4, 129, 41, 236, 46, 255, 228, 36, 85, 243, 237, 1, 242, 252, 232, 25, 1, 197, 232, 238, 227, 32, 221, 19, 206, 176, 178, 252, 255, 219, 206, 246, 172, 248, 228, 255, 223, 248, 114, 31, 223, 92, 32, 241, 242, 21, 239, 81, 240, 214, 48, 3, 127, 248, 211, 213, 17, 37, 231, 59, 198, 172, 180, 220, 34, 180, 179, 174, 205, 25, 214, 168, 219, 56, 231, 113, 118, 16, 69, 211, 198, 229, 235, 26, 215, 45, 19, 157, 190, 32, 9, 129, 237, 252, 246, 18, 234, 0, 49, 27, 30, 251, 0, 174, 140, 214, 247, 254, 252, 18, 57, 156, 51, 199, 212, 191, 85, 175, 180, 229, 199, 24, 67, 206, 224, 67, 217, 19, 83, 201, 195, 42, 242, 30, 230, 65, 17, 228, 226, 49, 204, 129, 188, 228, 30, 143, 167, 0, 211, 30, 233, 22, 0, 242, 207, 223, 227, 45, 243, 249, 53, 243, 81, 101, 199, 13, 231, 241, 28, 51, 234, 46, 59, 44, 198, 48, 89, 245, 25, 5, 32, 168, 205, 57, 41, 189, 18, 35, 190, 129, 191, 240, 99, 161, 216, 228, 198, 55, 238, 214, 134, 147, 133, 146, 229, 98, 76, 249, 45, 5, 242, 245, 15, 207, 226, 216, 53, 54, 33, 80, 46, 19, 245, 54, 71, 255, 30, 245, 240, 170, 198, 241, 244, 43, 187, 197, 250, 43, 33, 202, 57, 17, 247, 215, 208, 220, 69, 225, 129, 237, 18, 236, 31, 80, 44, 17, 20, 43, 205, 225, 32, 245, 54, 43, 254, 4, 223, 6, 12, 248, 192, 52, 56, 14, 30, 251, 40, 215, 237, 113, 69, 205, 228, 173, 189, 153, 191, 246, 65, 217, 192, 231, 252, 252, 212, 224, 6, 169, 129, 152, 223, 39, 41, 18, 15, 36, 252, 13, 1, 0, 214, 247, 15, 199, 186, 34, 6, 197, 215, 236, 223, 30, 11, 217, 215, 37, 117, 213, 220, 19, 49, 233, 219, 62, 243, 127, 2, 209, 78, 27, 0, 20, 243, 19, 80, 50, 254, 35, 69, 212, 223, 42, 47, 215, 251, 192, 227, 62, 63, 197, 26, 90, 243, 60, 29, 10, 193, 67, 127, 191, 225, 230, 28, 234, 163, 238, 249, 27, 2, 24, 196, 170, 209, 196, 97, 150, 230, 67, 151, 32, 20, 248, 162, 225, 192, 210, 82, 84, 15, 29, 72, 32, 240, 2, 196, 193, 22, 22, 198, 195, 94, 172, 186, 127, 31, 22, 57, 201, 179, 74, 32, 14, 222, 30, 101, 160, 141, 76, 69, 16, 71, 179, 203, 58, 251, 1, 203, 104, 53, 85, 186, 69, 52, 192, 237, 243, 53, 93, 169, 216, 125, 100, 99, 213, 186, 181, 14, 83, 42, 79, 66, 44, 204, 53, 76, 185, 185, 27, 209, 17, 182, 217, 200, 49, 21, 14, 11, 202, 238, 192, 36, 129, 39, 58, 242, 247, 248, 3, 251, 237, 250, 163, 2, 48, 231, 12, 78, 31, 207, 193, 152, 196, 18, 4, 243, 175, 211, 33, 84, 233, 24, 3, 7, 247, 31, 220, 241, 253, 20, 248, 11, 33, 7, 213, 9, 56, 47, 211, 242, 245, 21, 19, 25, 53, 28, 20, 194, 52, 9, 9, 219, 230, 35, 239, 12, 242, 176, 226, 127, 215, 5, 35, 235, 191, 181, 220, 4, 198, 14, 208, 239, 49, 71, 254, 50, 45, 63, 7, 244, 42, 74, 246, 221, 40, 205, 73, 230, 247, 29, 7, 50, 41, 23, 171, 209, 62, 23, 63, 175, 224, 234, 222, 240, 196, 129, 202, 57, 246, 250, 248, 235, 109, 25, 223, 193, 209, 195, 240, 251, 187, 184, 79, 3, 1, 4, 52, 253, 228, 230, 81, 248, 201, 0, 29, 11, 129, 23, 232, 13, 21, 211, 78, 82, 6, 215, 145, 24, 210, 24, 45, 18, 189, 236, 10, 173, 11, 184, 1, 4, 219, 34, 249, 233, 196, 18, 168, 225, 38, 22, 18, 51, 13, 91, 238, 232, 0, 214, 76, 242, 80, 29, 18, 236, 248, 11, 236, 213, 5, 1, 225, 92, 127, 21, 78, 15, 228, 208, 95, 204, 242, 74, 27, 212, 125, 14, 162, 242, 176, 20, 51, 58, 71, 46, 243, 15, 233, 248, 198, 222, 224, 253, 193, 152, 72, 37, 255, 26, 76, 254, 190, 192, 237, 12, 127, 217, 245, 186, 219, 185, 60, 32, 15, 231, 25, 167, 91, 18, 246, 34, 30, 6, 224, 12, 224, 2, 21, 65, 241, 219, 18, 12, 218, 175, 13, 17, 79, 31, 241, 238, 243, 193, 240, 204, 13, 48, 48, 25, 247, 200, 127, 234, 241, 205, 54, 63, 21, 156, 64, 64, 38, 8, 12, 17, 12, 207, 188, 44, 29, 41, 73, 2, 21, 127, 184, 208, 52, 98, 228, 211, 222, 179, 58, 95, 188, 255, 44, 81, 251, 26, 34, 16, 130, 140, 165, 139, 68, 1, 178, 227, 6, 253, 194, 237, 201, 169, 168, 168, 225, 57, 83, 38, 26, 88, 22, 251, 205, 254, 237, 199, 34, 248, 231, 66, 209, 177, 242, 77, 39, 80, 28, 37, 5, 104, 220, 157, 250, 63, 222, 232, 246, 21, 21, 253, 129, 253, 116, 169, 246, 154, 27, 24, 222, 153, 50, 43, 49, 226, 250, 230, 31, 1, 211, 91, 88, 47, 38, 50, 252, 39, 162, 175, 238, 243, 253, 122, 235, 49, 36, 59, 196, 77, 195, 210, 191, 244, 74, 65, 184, 206, 90, 197, 188, 225, 13, 173, 56, 188, 240, 206, 187, 193, 75, 102, 127, 20, 76, 202, 35, 75, 183, 15, 22, 229, 4, 48, 224, 55, 75, 196, 82, 41, 3, 228, 10, 113, 245, 8, 6, 211, 239, 206, 0, 6, 14, 197, 11, 250, 2, 23, 207, 30, 213, 20, 237, 227, 0, 88, 211, 160, 204, 251, 187, 120, 127, 93, 44, 244, 26, 222, 223, 253, 204, 87, 208, 10, 125, 240, 85, 26, 3, 203, 71, 52, 178, 153, 56, 183, 14, 222, 239, 243, 252, 218, 89, 4, 191, 99, 22, 46, 238, 127, 13, 224, 55, 48, 33, 225, 13, 226, 167, 115, 32, 66, 83, 73, 15, 213, 210, 192, 193, 60, 15, 250, 245, 4, 19, 12, 252, 245, 10, 23, 249, 38, 0, 221, 246, 42, 2, 37, 23, 193, 45, 28, 127, 62, 11, 3, 255, 24, 220, 27, 197, 253, 42, 249, 19, 70, 253, 21, 250, 228, 221, 241, 62, 227, 233, 45, 45, 238, 24, 209, 65, 49, 0, 220, 169, 15, 33, 31, 24, 44, 85, 3, 252, 251, 72, 255, 4, 129, 82, 84, 96, 117, 170, 249, 100, 29, 202, 31, 11, 81, 37, 248, 251, 229, 247, 213, 198, 237, 68, 201, 226, 192, 210, 34, 34, 220, 166, 241, 88, 59, 62, 10, 5, 21, 34, 89, 2, 32, 26, 109, 238, 179, 246, 129, 53, 250, 10, 220, 31, 205, 218, 70, 53, 180, 44, 146, 232, 27, 137, 147, 62, 255, 85, 11, 22, 202, 83, 49, 11, 250, 2, 192, 43, 77, 2, 41, 140, 144, 194, 227, 14, 72, 208, 188, 56, 68, 39, 37, 17, 62, 234, 232, 4, 61, 225, 21, 66, 202, 26, 129, 67, 201, 24, 246, 46, 0, 254, 171, 71, 82, 109, 198, 26, 245, 18, 233, 219, 37, 62, 51, 39, 47, 49, 77, 149, 195, 57, 89, 206, 254, 253, 241, 47, 57, 153, 209, 16, 31, 214, 55, 44, 227, 148, 227, 61, 252, 86, 18, 182, 23, 24, 45, 129, 240, 232, 15, 6, 27, 11, 54, 31, 27, 223, 76, 86, 199, 186, 222, 35, 210, 83, 95, 221, 170, 252, 247, 62, 12, 28, 236, 243, 220, 205, 242, 23, 11, 60, 127, 159, 219, 202, 175, 181, 242, 244, 12, 137, 5, 182, 241, 67, 22, 77, 212, 197, 180, 182, 51, 103, 85, 23, 10, 79, 33, 26, 59, 183, 214, 25, 8, 20, 27, 22, 239, 190, 216, 8, 31, 64, 99, 44, 21, 9, 49, 92, 244, 239, 204, 52, 34, 127, 38, 229, 3, 70, 231, 196, 43, 218, 20, 6, 62, 27, 1, 20, 246, 214, 206, 239, 246, 32, 204, 229, 11, 57, 213, 245, 219, 255, 77, 214, 225, 222, 24, 135, 133, 17, 10, 69, 66, 12, 25, 6, 7, 242, 247, 91, 33, 1, 199, 23, 199, 17, 184, 8, 235, 230, 18, 243, 11, 45, 37, 236, 208, 220, 201, 15, 255, 151, 87, 91, 204, 127, 221, 35, 207, 236, 214, 23, 229, 229, 7, 27, 5, 245, 229, 7, 222, 246, 4, 44, 5, 13, 244, 11, 253, 222, 255, 32, 26, 175, 8, 249, 67, 0, 211, 9, 127, 233, 254, 202, 240, 233, 232, 231, 1, 29, 238, 238, 201, 12, 207, 213, 51, 105, 103, 88, 46, 174, 152, 197, 156, 242, 234, 45, 22, 55, 72, 194, 173, 238, 68, 88, 240, 252, 45, 47, 7, 69, 105, 0, 190, 9, 46, 235, 18, 127, 203, 201, 115, 201, 219, 106, 33, 219, 243, 198, 241, 80, 57, 5, 197, 1, 31, 255, 251, 161, 200, 200, 130, 61, 65, 48, 99, 252, 71, 60, 136, 34, 1, 3, 217, 251, 164, 37, 3, 76, 201, 255, 91, 202, 7, 180, 35, 3, 2, 231, 177, 169, 197, 4, 255, 193, 215, 26, 129, 125, 223, 202, 215, 3, 229, 31, 67, 85, 251, 30, 60, 218, 250, 243, 15, 4, 183, 183, 25, 16, 0, 6, 58, 38, 31, 203, 233, 220, 15, 77, 198, 12, 55, 34, 129, 254, 14, 195, 43, 43, 25, 235, 1, 2, 224, 241, 44, 172, 15, 212, 129, 230, 19, 201, 193, 120, 251, 97, 33, 54, 15, 216, 160, 183, 3, 73, 194, 239, 39, 26, 61, 62, 164, 139, 226, 50, 9, 127, 86, 234, 219, 129, 231, 236, 203, 246, 219, 249, 253, 126, 13, 11, 19, 239, 250, 231, 184, 5, 129, 34, 184, 18, 10, 32, 245, 6, 44, 245, 217, 83, 199, 37, 240, 127, 131, 222, 228, 133, 59, 244, 86, 209, 234, 172, 32, 224, 207, 32, 65, 77, 16, 15, 242, 229, 145, 27, 127, 34, 41, 237, 14, 3, 225, 247, 159, 25, 157, 242, 4, 62, 249, 247, 73, 21, 17, 233, 129, 242, 37, 176, 8, 52, 71, 121, 129, 59, 76, 86, 230, 0, 181, 62, 10, 182, 230, 216, 57, 37, 243, 14, 80, 28, 15, 222, 36, 0, 35, 129, 214, 245, 45, 234, 252, 239, 42, 123, 183, 7, 159, 65, 40, 129, 144, 60, 254, 37, 211, 33, 36, 3, 129, 35, 215, 24, 167, 47, 194, 7, 238, 92, 18, 10, 90, 159, 163, 127, 212, 177, 227, 0, 254, 25, 254, 161, 235, 2, 238, 152, 59, 20, 199, 62, 73, 172, 187, 10, 157, 56, 38, 186, 226, 129, 79, 22, 36, 72, 225, 246, 226, 230, 49, 1, 240, 249, 5, 246, 15, 255, 129, 49, 10, 49, 225, 184, 46, 127, 57, 178, 36, 22, 42, 210, 61, 193, 85, 220, 224, 203, 149, 171, 54, 255, 68, 204, 23, 196, 23, 129, 253, 115, 26, 150, 205, 154, 36, 251, 205, 213, 253, 7, 45, 127, 237, 28, 19, 68, 89, 245, 224, 240, 250, 56, 219, 236, 248, 232, 186, 17, 64, 255, 82, 129, 205, 218, 138, 165, 235, 232, 13, 237, 65, 81, 251, 55, 206, 50, 69, 15, 12, 186, 55, 76, 129, 154, 42, 62, 76, 234, 233, 3, 253, 65, 243, 54, 129, 161, 245, 98, 237, 214, 66, 213, 215, 56, 177, 149, 26, 25, 219, 67, 4, 129, 23, 224, 43, 21, 171, 54, 37, 77, 170, 201, 118, 3, 61, 231, 72, 221, 185, 129, 36, 16, 241, 0, 195, 219, 240, 230, 212, 236, 38, 129, 229, 10, 195, 246, 232, 72, 222, 83, 233, 52, 66, 189, 186, 80, 214, 187, 133, 216, 10, 127, 212, 241, 33, 129, 20, 123, 245, 197, 176, 94, 143, 189, 87, 63, 25, 40, 86, 1, 175, 23, 66, 237, 86, 177, 54, 181, 50, 182, 76, 129, 95, 127, 33, 174, 215, 1, 25, 206, 74, 242, 101, 25, 223, 129, 106, 30, 52, 182, 129, 46, 5, 149, 26, 89, 114, 203, 225, 202, 172, 20, 112, 99, 73, 127, 244, 13, 129, 96, 17, 208, 47, 184, 68, 241, 125, 129, 127, 220, 107, 40, 251, 163, 186, 47, 255, 227, 90, 225, 98, 42, 215, 38, 91, 32, 100, 233, 13, 86, 9, 147, 53, 137, 127, 129, 129, 129, 218, 227, 63, 53, 74, 48, 9, 30, 189, 16, 83, 241, 41, 158, 65, 129, 80, 215, 50, 3, 113, 106, 40, 225, 167, 23, 20, 23, 9, 129, 127, 4, 214, 32, 88, 255, 36, 249, 133, 115, 162, 71, 129, 120, 5, 66, 210, 53, 195, 48, 79, 31, 242, 162, 127, 24, 225, 132, 19, 212, 127, 208, 251, 219, 110, 4, 127, 49, 70, 70, 38, 172, 182, 91, 11, 210, 200, 109, 192, 216, 4, 157, 122, 80, 242, 174, 18, 127, 204, 20, 163, 127, 11, 29, 234, 221, 198, 223, 127, 45, 24, 38, 105, 43, 180, 150, 211, 242, 32, 129, 213, 24, 66, 210, 87, 58, 54, 1, 96, 129, 225, 127, 40, 212, 169, 63, 222, 2, 36, 59, 59, 68, 3, 158, 248, 92, 131, 247, 192, 215, 83, 249, 186, 156, 254, 27, 87, 66, 0, 198, 100, 35, 10, 129, 210, 129, 95, 164, 197, 214, 85, 165, 68, 87, 127, 76, 127, 200, 129, 57, 255, 202, 129, 74, 238, 228, 39, 183, 127, 56, 232, 129, 171, 61, 129, 80, 9, 84, 16, 59, 70, 87, 241, 98, 186, 62, 129, 23, 61, 129, 142, 61, 59, 233, 64, 188, 129, 242, 127, 226, 23, 101, 98, 38, 188, 249, 179, 91, 213, 247, 207, 40, 191, 198, 129, 239, 122, 23, 129, 198, 29, 244, 153, 48, 9, 123, 50, 32, 67, 17, 165, 127, 3, 127, 184, 61, 97, 203, 39, 44, 244, 207, 45, 244, 138, 175, 79, 201, 231, 46, 69, 207, 26, 50, 148, 79, 182, 230, 248, 75, 246, 159, 190, 10, 118, 70, 207, 164, 45, 230, 93, 47, 238, 73, 69, 247, 75, 161, 129, 245, 101, 39, 17, 19, 121, 160, 19, 57, 129, 209, 52, 30, 164, 191, 109, 1, 18, 8, 72, 70, 89, 67, 214, 0, 129, 129, 229, 40, 25, 129, 28, 175, 117, 127, 135, 205, 199, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
iree_alignas(1) static const uint8_t module__utf8_input0_F74E046E5FFA3735[] = {105, 110, 112, 117, 116, 48};
iree_alignas(1) static const uint8_t module__utf8_tensor_3C6209B4FD120BDC[] = {116, 101, 110, 115, 111, 114};
struct module_t {iree_allocator_t allocator;iree_vm_ref_type_t types[11];};
struct module_state_t {iree_allocator_t allocator;uint8_t rwdata[1];iree_vm_ref_t refs[5];iree_vm_buffer_t rodata_buffers[8];iree_vm_function_t imports[24];};
typedef iree_status_t(*begin_call_t)(void*, iree_vm_stack_t*, iree_vm_function_call_t);
static iree_status_t module___main_memoize_apply(iree_vm_stack_t* v1, struct module_t* v2, struct module_state_t* v3, iree_vm_ref_t* v4);
static iree_status_t module_call_0rIirIIi_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int64_t v4, int32_t v5, iree_vm_ref_t* v6, int64_t v7, int64_t v8, int32_t v9, iree_vm_ref_t* v10);
static iree_status_t module_call_0rIiiI_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int64_t v4, int32_t v5, int32_t v6, int64_t v7, iree_vm_ref_t* v8);
static iree_status_t module_call_0riIiirII_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int32_t v4, int64_t v5, int32_t v6, int32_t v7, iree_vm_ref_t* v8, int64_t v9, int64_t v10, iree_vm_ref_t* v11);
static iree_status_t module_call_0rrrIii_v_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4, iree_vm_ref_t* v5, int64_t v6, int32_t v7, int32_t v8);
static iree_status_t module_call_0rIIiiCID_r_2_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int64_t v4, int64_t v5, int32_t v6, int32_t v7, int32_t v8, int64_t v9, int64_t v10, iree_vm_ref_t* v11);
static iree_status_t module_call_0rriiCID_v_4_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4, int32_t v5, int32_t v6, int32_t v7, int64_t v8, int64_t v9, int64_t v10, int64_t v11);
static iree_status_t module_call_0r_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4);
static iree_status_t module_call_0riiIi_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int32_t v4, int32_t v5, int64_t v6, int32_t v7, iree_vm_ref_t* v8);
static iree_status_t module_call_0r_v_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3);
static iree_status_t module_call_0riii_v_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int32_t v4, int32_t v5, int32_t v6);
static iree_status_t module_call_0rrIIiii_v_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4, int64_t v5, int64_t v6, int32_t v7, int32_t v8, int32_t v9);
static iree_status_t module_call_0rriiiiICiDCiirIID_v_0_2_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4, int32_t v5, int32_t v6, int32_t v7, int32_t v8, int64_t v9, int32_t v10, int32_t v11, int32_t v12, int32_t v13, iree_vm_ref_t* v14, int64_t v15, int64_t v16, int32_t v17, int32_t v18, iree_vm_ref_t* v19, int64_t v20, int64_t v21);
static iree_status_t module_call_0rriiiiICiDCiirIID_v_0_3_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4, int32_t v5, int32_t v6, int32_t v7, int32_t v8, int64_t v9, int32_t v10, int32_t v11, int32_t v12, int32_t v13, iree_vm_ref_t* v14, int64_t v15, int64_t v16, int32_t v17, int32_t v18, iree_vm_ref_t* v19, int64_t v20, int64_t v21, int32_t v22, int32_t v23, iree_vm_ref_t* v24, int64_t v25, int64_t v26);
static iree_status_t module_call_0rrr_iI_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4, iree_vm_ref_t* v5, int32_t* v6, int64_t* v7);
static iree_status_t module_call_0rIrriiiI_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int64_t v4, iree_vm_ref_t* v5, iree_vm_ref_t* v6, int32_t v7, int32_t v8, int32_t v9, int64_t v10, iree_vm_ref_t* v11);
static iree_status_t module_call_0rIrrr_v_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int64_t v4, iree_vm_ref_t* v5, iree_vm_ref_t* v6, iree_vm_ref_t* v7);
static iree_status_t module_call_0rIrrrIrIIi_v_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int64_t v4, iree_vm_ref_t* v5, iree_vm_ref_t* v6, iree_vm_ref_t* v7, int64_t v8, iree_vm_ref_t* v9, int64_t v10, int64_t v11, int32_t v12);
static iree_status_t module_call_0rIrrrCrIID_v_3_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int64_t v4, iree_vm_ref_t* v5, iree_vm_ref_t* v6, iree_vm_ref_t* v7, int32_t v8, iree_vm_ref_t* v9, int64_t v10, int64_t v11, iree_vm_ref_t* v12, int64_t v13, int64_t v14, iree_vm_ref_t* v15, int64_t v16, int64_t v17);
static iree_status_t module_call_0v_i_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, int32_t* v3);
static iree_status_t module_call_0i_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, int32_t v3, iree_vm_ref_t* v4);
static iree_status_t module_call_0rrrr_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4, iree_vm_ref_t* v5, iree_vm_ref_t* v6, iree_vm_ref_t* v7);
static iree_status_t module_call_0ri_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int32_t v4, iree_vm_ref_t* v5);
static iree_status_t module_call_0CrD_r_2_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, int32_t v3, iree_vm_ref_t* v4, iree_vm_ref_t* v5, iree_vm_ref_t* v6);
static iree_status_t module_call_0iCrD_i_1_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, int32_t v3, int32_t v4, iree_vm_ref_t* v5, int32_t* v6);
static iree_status_t module_main(iree_vm_stack_t* v1, struct module_t* v2, struct module_state_t* v3, iree_vm_ref_t* v4, iree_vm_ref_t* v5);
static iree_status_t module_main_export_shim(iree_vm_stack_t* v1, uint32_t v2, iree_byte_span_t v3, iree_byte_span_t v4, void* v5, void* v6);
static iree_status_t module___init_export_shim(iree_vm_stack_t* v1, uint32_t v2, iree_byte_span_t v3, iree_byte_span_t v4, void* v5, void* v6);
static iree_status_t module___init(iree_vm_stack_t* v1, struct module_t* v2, struct module_state_t* v3);
static void module_destroy(void* v1);
static iree_status_t module_alloc_state(void* v1, iree_allocator_t v2, iree_vm_module_state_t** v3);
static void module_free_state(void* v1, iree_vm_module_state_t* v2);
static iree_status_t module_fork_state(void* v1, iree_vm_module_state_t* v2, iree_allocator_t v3, iree_vm_module_state_t** v4);
static iree_status_t module_resolve_import(void* v1, iree_vm_module_state_t* v2, iree_host_size_t v3, const iree_vm_function_t* v4, const iree_vm_function_signature_t* v5);
static const iree_vm_module_dependency_t module_dependencies_[] = {{{"hal", 3}, 5, IREE_VM_MODULE_DEPENDENCY_FLAG_REQUIRED},};
static const iree_vm_native_import_descriptor_t module_imports_[] = {{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.ex.file.from_memory", 23}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.allocator.allocate", 22}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.allocator.import", 20}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.buffer.assert", 17}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.buffer_view.create", 22}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.buffer_view.assert", 22}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.buffer_view.buffer", 22}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.command_buffer.create", 25}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.command_buffer.finalize", 27}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.command_buffer.execution_barrier", 36}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.command_buffer.fill_buffer", 30}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.command_buffer.dispatch", 27}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.device.allocator", 20}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.device.query.i64", 20}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.device.queue.alloca", 23}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.device.queue.dealloca", 25}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.device.queue.read", 21}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.device.queue.execute.indirect", 33}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.devices.count", 17}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.devices.get", 15}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.executable.create", 21}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.fence.create", 16}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.fence.join", 14}},{IREE_VM_NATIVE_IMPORT_REQUIRED, {"hal.fence.await", 15}},};
static const iree_vm_native_export_descriptor_t module_exports_[] = {{{"__init", 6}, {"0v_v", 4}, 0, NULL},{{"main", 4}, {"0r_r", 4}, 0, NULL},};
static const iree_vm_native_function_ptr_t module_funcs_[] = {{(iree_vm_native_function_shim_t)iree_emitc_shim, (iree_vm_native_function_target_t)module___init_export_shim},{(iree_vm_native_function_shim_t)iree_emitc_shim, (iree_vm_native_function_target_t)module_main_export_shim},};
static const iree_vm_native_module_descriptor_t module_descriptor_ = {{"module", 6},0,0,NULL,1,module_dependencies_,24,module_imports_,2,module_exports_,2,module_funcs_,};
static iree_status_t module___main_memoize_apply(iree_vm_stack_t* v1, struct module_t* v2, struct module_state_t* v3, iree_vm_ref_t* v4) {
  int64_t v5;
  int32_t v6;
  int32_t v7;
  int32_t v8;
  int32_t v9;
  int32_t v10;
  int32_t v11;
  int32_t v12;
  int32_t v13;
  int32_t v14;
  int32_t v15;
  int32_t v16;
  int32_t v17;
  int32_t v18;
  int32_t v19;
  int32_t v20;
  int32_t v21;
  int64_t v22;
  int64_t v23;
  int64_t v24;
  int64_t v25;
  int64_t v26;
  int32_t v27;
  int32_t v28;
  int64_t v29;
  int64_t v30;
  int64_t v31;
  int64_t v32;
  int64_t v33;
  int64_t v34;
  iree_vm_ref_t v35;
  iree_vm_ref_t* v36;
  iree_host_size_t v37;
  iree_vm_ref_t v38;
  iree_vm_ref_t* v39;
  iree_host_size_t v40;
  iree_vm_ref_t v41;
  iree_vm_ref_t* v42;
  iree_host_size_t v43;
  iree_vm_ref_t v44;
  iree_vm_ref_t* v45;
  iree_host_size_t v46;
  struct module_state_t* v47;
  iree_vm_ref_t* v48;
  iree_vm_ref_t* v49;
  struct module_t* v50;
  iree_vm_ref_type_t* v51;
  iree_vm_ref_type_t v52;
  iree_vm_type_def_t v53;
  iree_vm_ref_type_t v54;
  iree_status_t v55;
  bool v56;
  struct module_state_t* v57;
  iree_vm_ref_t* v58;
  iree_vm_ref_t* v59;
  struct module_t* v60;
  iree_vm_ref_type_t* v61;
  iree_vm_ref_type_t v62;
  iree_vm_type_def_t v63;
  iree_vm_ref_type_t v64;
  iree_status_t v65;
  bool v66;
  struct module_state_t* v67;
  iree_vm_ref_t* v68;
  iree_vm_ref_t* v69;
  struct module_t* v70;
  iree_vm_ref_type_t* v71;
  iree_vm_ref_type_t v72;
  iree_vm_type_def_t v73;
  iree_vm_ref_type_t v74;
  iree_status_t v75;
  bool v76;
  struct module_state_t* v77;
  iree_vm_function_t* v78;
  iree_vm_function_t* v79;
  iree_vm_ref_t v80;
  iree_vm_ref_t* v81;
  iree_host_size_t v82;
  iree_status_t v83;
  bool v84;
  struct module_state_t* v85;
  iree_vm_function_t* v86;
  iree_vm_function_t* v87;
  iree_vm_ref_t v88;
  iree_vm_ref_t* v89;
  iree_host_size_t v90;
  iree_vm_ref_t v91;
  iree_vm_ref_t* v92;
  iree_host_size_t v93;
  iree_vm_ref_t v94;
  iree_vm_ref_t* v95;
  iree_host_size_t v96;
  iree_vm_ref_t v97;
  iree_vm_ref_t* v98;
  iree_host_size_t v99;
  iree_status_t v100;
  bool v101;
  struct module_state_t* v102;
  iree_vm_function_t* v103;
  iree_vm_function_t* v104;
  iree_vm_ref_t v105;
  iree_vm_ref_t* v106;
  iree_host_size_t v107;
  iree_vm_ref_t v108;
  iree_vm_ref_t* v109;
  iree_host_size_t v110;
  iree_status_t v111;
  bool v112;
  struct module_state_t* v113;
  iree_vm_function_t* v114;
  iree_vm_function_t* v115;
  iree_vm_ref_t v116;
  iree_vm_ref_t* v117;
  iree_host_size_t v118;
  iree_status_t v119;
  bool v120;
  struct module_state_t* v121;
  iree_vm_function_t* v122;
  iree_vm_function_t* v123;
  iree_vm_ref_t v124;
  iree_vm_ref_t* v125;
  iree_host_size_t v126;
  iree_vm_ref_t v127;
  iree_vm_ref_t* v128;
  iree_host_size_t v129;
  iree_vm_ref_t v130;
  iree_vm_ref_t* v131;
  iree_host_size_t v132;
  iree_vm_ref_t v133;
  iree_vm_ref_t* v134;
  iree_host_size_t v135;
  iree_status_t v136;
  bool v137;
  struct module_state_t* v138;
  iree_vm_function_t* v139;
  iree_vm_function_t* v140;
  iree_vm_ref_t v141;
  iree_vm_ref_t* v142;
  iree_host_size_t v143;
  iree_status_t v144;
  bool v145;
  struct module_state_t* v146;
  iree_vm_function_t* v147;
  iree_vm_function_t* v148;
  iree_vm_ref_t v149;
  iree_vm_ref_t* v150;
  iree_host_size_t v151;
  iree_vm_ref_t v152;
  iree_vm_ref_t* v153;
  iree_host_size_t v154;
  iree_vm_ref_t v155;
  iree_vm_ref_t* v156;
  iree_host_size_t v157;
  iree_vm_ref_t v158;
  iree_vm_ref_t* v159;
  iree_host_size_t v160;
  iree_status_t v161;
  bool v162;
  struct module_state_t* v163;
  iree_vm_function_t* v164;
  iree_vm_function_t* v165;
  iree_vm_ref_t v166;
  iree_vm_ref_t* v167;
  iree_host_size_t v168;
  iree_status_t v169;
  bool v170;
  struct module_state_t* v171;
  iree_vm_function_t* v172;
  iree_vm_function_t* v173;
  iree_vm_ref_t v174;
  iree_vm_ref_t* v175;
  iree_host_size_t v176;
  iree_vm_ref_t v177;
  iree_vm_ref_t* v178;
  iree_host_size_t v179;
  iree_vm_ref_t v180;
  iree_vm_ref_t* v181;
  iree_host_size_t v182;
  iree_vm_ref_t v183;
  iree_vm_ref_t* v184;
  iree_host_size_t v185;
  iree_status_t v186;
  bool v187;
  struct module_state_t* v188;
  iree_vm_function_t* v189;
  iree_vm_function_t* v190;
  iree_vm_ref_t v191;
  iree_vm_ref_t* v192;
  iree_host_size_t v193;
  iree_vm_ref_t v194;
  iree_vm_ref_t* v195;
  iree_host_size_t v196;
  iree_status_t v197;
  bool v198;
  struct module_state_t* v199;
  iree_vm_function_t* v200;
  iree_vm_function_t* v201;
  iree_vm_ref_t v202;
  iree_vm_ref_t* v203;
  iree_host_size_t v204;
  iree_status_t v205;
  bool v206;
  struct module_state_t* v207;
  iree_vm_function_t* v208;
  iree_vm_function_t* v209;
  iree_vm_ref_t v210;
  iree_vm_ref_t* v211;
  iree_host_size_t v212;
  iree_vm_ref_t v213;
  iree_vm_ref_t* v214;
  iree_host_size_t v215;
  iree_vm_ref_t v216;
  iree_vm_ref_t* v217;
  iree_host_size_t v218;
  iree_vm_ref_t v219;
  iree_vm_ref_t* v220;
  iree_host_size_t v221;
  iree_status_t v222;
  bool v223;
  struct module_state_t* v224;
  iree_vm_function_t* v225;
  iree_vm_function_t* v226;
  iree_vm_ref_t v227;
  iree_vm_ref_t* v228;
  iree_host_size_t v229;
  iree_status_t v230;
  bool v231;
  struct module_state_t* v232;
  iree_vm_function_t* v233;
  iree_vm_function_t* v234;
  iree_vm_ref_t v235;
  iree_vm_ref_t* v236;
  iree_host_size_t v237;
  iree_vm_ref_t v238;
  iree_vm_ref_t* v239;
  iree_host_size_t v240;
  iree_vm_ref_t v241;
  iree_vm_ref_t* v242;
  iree_host_size_t v243;
  iree_vm_ref_t v244;
  iree_vm_ref_t* v245;
  iree_host_size_t v246;
  iree_status_t v247;
  bool v248;
  struct module_state_t* v249;
  iree_vm_function_t* v250;
  iree_vm_function_t* v251;
  iree_vm_ref_t v252;
  iree_vm_ref_t* v253;
  iree_host_size_t v254;
  iree_status_t v255;
  bool v256;
  struct module_state_t* v257;
  iree_vm_function_t* v258;
  iree_vm_function_t* v259;
  iree_vm_ref_t v260;
  iree_vm_ref_t* v261;
  iree_host_size_t v262;
  iree_vm_ref_t v263;
  iree_vm_ref_t* v264;
  iree_host_size_t v265;
  iree_vm_ref_t v266;
  iree_vm_ref_t* v267;
  iree_host_size_t v268;
  iree_vm_ref_t v269;
  iree_vm_ref_t* v270;
  iree_host_size_t v271;
  iree_status_t v272;
  bool v273;
  struct module_state_t* v274;
  iree_vm_function_t* v275;
  iree_vm_function_t* v276;
  iree_vm_ref_t v277;
  iree_vm_ref_t* v278;
  iree_host_size_t v279;
  iree_status_t v280;
  bool v281;
  struct module_state_t* v282;
  iree_vm_function_t* v283;
  iree_vm_function_t* v284;
  iree_vm_ref_t v285;
  iree_vm_ref_t* v286;
  iree_host_size_t v287;
  iree_vm_ref_t v288;
  iree_vm_ref_t* v289;
  iree_host_size_t v290;
  iree_vm_ref_t v291;
  iree_vm_ref_t* v292;
  iree_host_size_t v293;
  iree_vm_ref_t v294;
  iree_vm_ref_t* v295;
  iree_host_size_t v296;
  iree_vm_ref_t v297;
  iree_vm_ref_t* v298;
  iree_host_size_t v299;
  iree_status_t v300;
  bool v301;
  struct module_state_t* v302;
  iree_vm_function_t* v303;
  iree_vm_function_t* v304;
  iree_vm_ref_t v305;
  iree_vm_ref_t* v306;
  iree_host_size_t v307;
  iree_vm_ref_t v308;
  iree_vm_ref_t* v309;
  iree_host_size_t v310;
  iree_status_t v311;
  bool v312;
  struct module_state_t* v313;
  iree_vm_function_t* v314;
  iree_vm_function_t* v315;
  iree_vm_ref_t v316;
  iree_vm_ref_t* v317;
  iree_host_size_t v318;
  iree_status_t v319;
  bool v320;
  struct module_state_t* v321;
  iree_vm_function_t* v322;
  iree_vm_function_t* v323;
  iree_vm_ref_t v324;
  iree_vm_ref_t* v325;
  iree_host_size_t v326;
  iree_vm_ref_t v327;
  iree_vm_ref_t* v328;
  iree_host_size_t v329;
  iree_vm_ref_t v330;
  iree_vm_ref_t* v331;
  iree_host_size_t v332;
  iree_vm_ref_t v333;
  iree_vm_ref_t* v334;
  iree_host_size_t v335;
  iree_status_t v336;
  bool v337;
  struct module_state_t* v338;
  iree_vm_function_t* v339;
  iree_vm_function_t* v340;
  iree_vm_ref_t v341;
  iree_vm_ref_t* v342;
  iree_host_size_t v343;
  iree_status_t v344;
  bool v345;
  struct module_state_t* v346;
  iree_vm_function_t* v347;
  iree_vm_function_t* v348;
  iree_vm_ref_t v349;
  iree_vm_ref_t* v350;
  iree_host_size_t v351;
  iree_vm_ref_t v352;
  iree_vm_ref_t* v353;
  iree_host_size_t v354;
  iree_vm_ref_t v355;
  iree_vm_ref_t* v356;
  iree_host_size_t v357;
  iree_vm_ref_t v358;
  iree_vm_ref_t* v359;
  iree_host_size_t v360;
  iree_vm_ref_t v361;
  iree_vm_ref_t* v362;
  iree_host_size_t v363;
  iree_status_t v364;
  bool v365;
  struct module_state_t* v366;
  iree_vm_function_t* v367;
  iree_vm_function_t* v368;
  iree_vm_ref_t v369;
  iree_vm_ref_t* v370;
  iree_host_size_t v371;
  iree_status_t v372;
  bool v373;
  struct module_state_t* v374;
  iree_vm_function_t* v375;
  iree_vm_function_t* v376;
  iree_vm_ref_t v377;
  iree_vm_ref_t* v378;
  iree_host_size_t v379;
  iree_vm_ref_t v380;
  iree_vm_ref_t* v381;
  iree_host_size_t v382;
  iree_vm_ref_t v383;
  iree_vm_ref_t* v384;
  iree_host_size_t v385;
  iree_vm_ref_t v386;
  iree_vm_ref_t* v387;
  iree_host_size_t v388;
  iree_status_t v389;
  bool v390;
  struct module_state_t* v391;
  iree_vm_function_t* v392;
  iree_vm_function_t* v393;
  iree_vm_ref_t v394;
  iree_vm_ref_t* v395;
  iree_host_size_t v396;
  iree_status_t v397;
  bool v398;
  struct module_state_t* v399;
  iree_vm_function_t* v400;
  iree_vm_function_t* v401;
  iree_vm_ref_t v402;
  iree_vm_ref_t* v403;
  iree_host_size_t v404;
  iree_vm_ref_t v405;
  iree_vm_ref_t* v406;
  iree_host_size_t v407;
  iree_vm_ref_t v408;
  iree_vm_ref_t* v409;
  iree_host_size_t v410;
  iree_vm_ref_t v411;
  iree_vm_ref_t* v412;
  iree_host_size_t v413;
  iree_vm_ref_t v414;
  iree_vm_ref_t* v415;
  iree_host_size_t v416;
  iree_status_t v417;
  bool v418;
  struct module_state_t* v419;
  iree_vm_function_t* v420;
  iree_vm_function_t* v421;
  iree_vm_ref_t v422;
  iree_vm_ref_t* v423;
  iree_host_size_t v424;
  iree_status_t v425;
  bool v426;
  struct module_state_t* v427;
  iree_vm_function_t* v428;
  iree_vm_function_t* v429;
  iree_vm_ref_t v430;
  iree_vm_ref_t* v431;
  iree_host_size_t v432;
  iree_vm_ref_t v433;
  iree_vm_ref_t* v434;
  iree_host_size_t v435;
  iree_vm_ref_t v436;
  iree_vm_ref_t* v437;
  iree_host_size_t v438;
  iree_vm_ref_t v439;
  iree_vm_ref_t* v440;
  iree_host_size_t v441;
  iree_status_t v442;
  bool v443;
  struct module_state_t* v444;
  iree_vm_function_t* v445;
  iree_vm_function_t* v446;
  iree_vm_ref_t v447;
  iree_vm_ref_t* v448;
  iree_host_size_t v449;
  iree_status_t v450;
  bool v451;
  struct module_state_t* v452;
  iree_vm_function_t* v453;
  iree_vm_function_t* v454;
  iree_vm_ref_t v455;
  iree_vm_ref_t* v456;
  iree_host_size_t v457;
  iree_vm_ref_t v458;
  iree_vm_ref_t* v459;
  iree_host_size_t v460;
  iree_vm_ref_t v461;
  iree_vm_ref_t* v462;
  iree_host_size_t v463;
  iree_vm_ref_t v464;
  iree_vm_ref_t* v465;
  iree_host_size_t v466;
  iree_status_t v467;
  bool v468;
  struct module_state_t* v469;
  iree_vm_function_t* v470;
  iree_vm_function_t* v471;
  iree_vm_ref_t v472;
  iree_vm_ref_t* v473;
  iree_host_size_t v474;
  iree_status_t v475;
  bool v476;
  struct module_state_t* v477;
  iree_vm_function_t* v478;
  iree_vm_function_t* v479;
  iree_vm_ref_t v480;
  iree_vm_ref_t* v481;
  iree_host_size_t v482;
  iree_vm_ref_t v483;
  iree_vm_ref_t* v484;
  iree_host_size_t v485;
  iree_vm_ref_t v486;
  iree_vm_ref_t* v487;
  iree_host_size_t v488;
  iree_vm_ref_t v489;
  iree_vm_ref_t* v490;
  iree_host_size_t v491;
  iree_vm_ref_t v492;
  iree_vm_ref_t* v493;
  iree_host_size_t v494;
  iree_status_t v495;
  bool v496;
  struct module_state_t* v497;
  iree_vm_function_t* v498;
  iree_vm_function_t* v499;
  iree_vm_ref_t v500;
  iree_vm_ref_t* v501;
  iree_host_size_t v502;
  iree_status_t v503;
  bool v504;
  struct module_state_t* v505;
  iree_vm_function_t* v506;
  iree_vm_function_t* v507;
  iree_vm_ref_t v508;
  iree_vm_ref_t* v509;
  iree_host_size_t v510;
  iree_vm_ref_t v511;
  iree_vm_ref_t* v512;
  iree_host_size_t v513;
  iree_vm_ref_t v514;
  iree_vm_ref_t* v515;
  iree_host_size_t v516;
  iree_vm_ref_t v517;
  iree_vm_ref_t* v518;
  iree_host_size_t v519;
  iree_status_t v520;
  bool v521;
  struct module_state_t* v522;
  iree_vm_function_t* v523;
  iree_vm_function_t* v524;
  iree_vm_ref_t v525;
  iree_vm_ref_t* v526;
  iree_host_size_t v527;
  iree_status_t v528;
  bool v529;
  struct module_state_t* v530;
  iree_vm_function_t* v531;
  iree_vm_function_t* v532;
  iree_vm_ref_t v533;
  iree_vm_ref_t* v534;
  iree_host_size_t v535;
  iree_status_t v536;
  bool v537;
  iree_vm_ref_t v538;
  iree_vm_ref_t* v539;
  iree_host_size_t v540;
  iree_status_t v541;
  v5 = -1;
  v6 = 15;
  v7 = 13;
  v8 = 11;
  v9 = 10;
  v10 = 9;
  v11 = 8;
  v12 = 6;
  v13 = 5;
  v14 = 4;
  v15 = 12;
  v16 = 7;
  v17 = 14;
  v18 = 3;
  v19 = 0;
  v20 = 2;
  v21 = 1;
  v22 = 0;
  v23 = 784;
  v24 = 21504;
  v25 = 832;
  v26 = 841;
  v27 = 128;
  v28 = 28;
  v29 = 17408;
  v30 = 4096;
  v31 = 3648;
  v32 = 4736;
  v33 = 5400;
  v34 = 40;
  ;
  v36 = &v35;
  v37 = sizeof(iree_vm_ref_t);
  memset(v36, 0, v37);
  ;
  v39 = &v38;
  v40 = sizeof(iree_vm_ref_t);
  memset(v39, 0, v40);
  ;
  v42 = &v41;
  v43 = sizeof(iree_vm_ref_t);
  memset(v42, 0, v43);
  ;
  v45 = &v44;
  v46 = sizeof(iree_vm_ref_t);
  memset(v45, 0, v46);
  iree_vm_ref_release(v4);
  ;
  v47 = v3;
  v48 = v47->refs;
  v49 = &v48[0];
  ;
  v50 = v2;
  v51 = v50->types;
  v52 = v51[6];
  v53 = iree_vm_make_ref_type_def(v52);
  v54 = iree_vm_type_def_as_ref(v53);
  v55 = iree_vm_ref_retain_or_move_checked(false, v49, v54, v39);
  v56 = (bool) v55;
  if (v56) {
    goto label42;
  } else {
    goto label2;
  }
label2:
  ;
  v57 = v3;
  v58 = v57->refs;
  v59 = &v58[3];
  ;
  v60 = v2;
  v61 = v60->types;
  v62 = v61[3];
  v63 = iree_vm_make_ref_type_def(v62);
  v64 = iree_vm_type_def_as_ref(v63);
  v65 = iree_vm_ref_retain_or_move_checked(false, v59, v64, v42);
  v66 = (bool) v65;
  if (v66) {
    goto label43;
  } else {
    goto label3;
  }
label3:
  ;
  v67 = v3;
  v68 = v67->refs;
  v69 = &v68[1];
  ;
  v70 = v2;
  v71 = v70->types;
  v72 = v71[7];
  v73 = iree_vm_make_ref_type_def(v72);
  v74 = iree_vm_type_def_as_ref(v73);
  v75 = iree_vm_ref_retain_or_move_checked(false, v69, v74, v45);
  v76 = (bool) v75;
  if (v76) {
    goto label44;
  } else {
    goto label4;
  }
label4:
  ;
  v77 = v3;
  v78 = v77->imports;
  v79 = &v78[7];
  ;
  v81 = &v80;
  v82 = sizeof(iree_vm_ref_t);
  memset(v81, 0, v82);
  iree_vm_ref_assign(v39, v81);
  v83 = module_call_0riiIi_r_import_shim(v1, v79, v81, v19, v18, v5, v18, v39);
  v84 = (bool) v83;
  if (v84) {
    goto label45;
  } else {
    goto label5;
  }
label5:
  ;
  v85 = v3;
  v86 = v85->imports;
  v87 = &v86[11];
  ;
  v89 = &v88;
  v90 = sizeof(iree_vm_ref_t);
  memset(v89, 0, v90);
  iree_vm_ref_assign(v39, v89);
  ;
  v92 = &v91;
  v93 = sizeof(iree_vm_ref_t);
  memset(v92, 0, v93);
  iree_vm_ref_assign(v45, v92);
  ;
  v95 = &v94;
  v96 = sizeof(iree_vm_ref_t);
  memset(v95, 0, v96);
  iree_vm_ref_assign(v4, v95);
  ;
  v98 = &v97;
  v99 = sizeof(iree_vm_ref_t);
  memset(v98, 0, v99);
  iree_vm_ref_assign(v4, v98);
  v100 = module_call_0rriiiiICiDCiirIID_v_0_2_import_shim(v1, v87, v89, v92, v19, v21, v21, v21, v22, v19, v20, v19, v19, v95, v22, v23, v19, v20, v98, v22, v24);
  v101 = (bool) v100;
  if (v101) {
    goto label46;
  } else {
    goto label6;
  }
label6:
  ;
  v102 = v3;
  v103 = v102->imports;
  v104 = &v103[10];
  ;
  v106 = &v105;
  v107 = sizeof(iree_vm_ref_t);
  memset(v106, 0, v107);
  iree_vm_ref_assign(v39, v106);
  ;
  v109 = &v108;
  v110 = sizeof(iree_vm_ref_t);
  memset(v109, 0, v110);
  iree_vm_ref_assign(v4, v109);
  v111 = module_call_0rrIIiii_v_import_shim(v1, v104, v106, v109, v25, v26, v20, v27, v21);
  v112 = (bool) v111;
  if (v112) {
    goto label47;
  } else {
    goto label7;
  }
label7:
  ;
  v113 = v3;
  v114 = v113->imports;
  v115 = &v114[9];
  ;
  v117 = &v116;
  v118 = sizeof(iree_vm_ref_t);
  memset(v117, 0, v118);
  iree_vm_ref_assign(v39, v117);
  v119 = module_call_0riii_v_import_shim(v1, v115, v117, v28, v7, v19);
  v120 = (bool) v119;
  if (v120) {
    goto label48;
  } else {
    goto label8;
  }
label8:
  ;
  v121 = v3;
  v122 = v121->imports;
  v123 = &v122[11];
  ;
  v125 = &v124;
  v126 = sizeof(iree_vm_ref_t);
  memset(v125, 0, v126);
  iree_vm_ref_assign(v39, v125);
  ;
  v128 = &v127;
  v129 = sizeof(iree_vm_ref_t);
  memset(v128, 0, v129);
  iree_vm_ref_assign(v45, v128);
  ;
  v131 = &v130;
  v132 = sizeof(iree_vm_ref_t);
  memset(v131, 0, v132);
  iree_vm_ref_assign(v4, v131);
  ;
  v134 = &v133;
  v135 = sizeof(iree_vm_ref_t);
  memset(v134, 0, v135);
  iree_vm_ref_assign(v4, v134);
  v136 = module_call_0rriiiiICiDCiirIID_v_0_2_import_shim(v1, v123, v125, v128, v21, v21, v21, v21, v22, v19, v20, v19, v20, v131, v22, v24, v19, v20, v134, v22, v24);
  v137 = (bool) v136;
  if (v137) {
    goto label49;
  } else {
    goto label9;
  }
label9:
  ;
  v138 = v3;
  v139 = v138->imports;
  v140 = &v139[9];
  ;
  v142 = &v141;
  v143 = sizeof(iree_vm_ref_t);
  memset(v142, 0, v143);
  iree_vm_ref_assign(v39, v142);
  v144 = module_call_0riii_v_import_shim(v1, v140, v142, v28, v7, v19);
  v145 = (bool) v144;
  if (v145) {
    goto label50;
  } else {
    goto label10;
  }
label10:
  ;
  v146 = v3;
  v147 = v146->imports;
  v148 = &v147[11];
  ;
  v150 = &v149;
  v151 = sizeof(iree_vm_ref_t);
  memset(v150, 0, v151);
  iree_vm_ref_assign(v39, v150);
  ;
  v153 = &v152;
  v154 = sizeof(iree_vm_ref_t);
  memset(v153, 0, v154);
  iree_vm_ref_assign(v45, v153);
  ;
  v156 = &v155;
  v157 = sizeof(iree_vm_ref_t);
  memset(v156, 0, v157);
  iree_vm_ref_assign(v4, v156);
  ;
  v159 = &v158;
  v160 = sizeof(iree_vm_ref_t);
  memset(v159, 0, v160);
  iree_vm_ref_assign(v4, v159);
  v161 = module_call_0rriiiiICiDCiirIID_v_0_2_import_shim(v1, v148, v150, v153, v20, v17, v21, v21, v22, v19, v20, v19, v20, v156, v22, v24, v19, v20, v159, v22, v24);
  v162 = (bool) v161;
  if (v162) {
    goto label51;
  } else {
    goto label11;
  }
label11:
  ;
  v163 = v3;
  v164 = v163->imports;
  v165 = &v164[9];
  ;
  v167 = &v166;
  v168 = sizeof(iree_vm_ref_t);
  memset(v167, 0, v168);
  iree_vm_ref_assign(v39, v167);
  v169 = module_call_0riii_v_import_shim(v1, v165, v167, v28, v7, v19);
  v170 = (bool) v169;
  if (v170) {
    goto label52;
  } else {
    goto label12;
  }
label12:
  ;
  v171 = v3;
  v172 = v171->imports;
  v173 = &v172[11];
  ;
  v175 = &v174;
  v176 = sizeof(iree_vm_ref_t);
  memset(v175, 0, v176);
  iree_vm_ref_assign(v39, v175);
  ;
  v178 = &v177;
  v179 = sizeof(iree_vm_ref_t);
  memset(v178, 0, v179);
  iree_vm_ref_assign(v45, v178);
  ;
  v181 = &v180;
  v182 = sizeof(iree_vm_ref_t);
  memset(v181, 0, v182);
  iree_vm_ref_assign(v4, v181);
  ;
  v184 = &v183;
  v185 = sizeof(iree_vm_ref_t);
  memset(v184, 0, v185);
  iree_vm_ref_assign(v4, v184);
  v186 = module_call_0rriiiiICiDCiirIID_v_0_2_import_shim(v1, v173, v175, v178, v18, v21, v21, v21, v22, v19, v20, v19, v20, v181, v22, v24, v19, v20, v184, v22, v24);
  v187 = (bool) v186;
  if (v187) {
    goto label53;
  } else {
    goto label13;
  }
label13:
  ;
  v188 = v3;
  v189 = v188->imports;
  v190 = &v189[10];
  ;
  v192 = &v191;
  v193 = sizeof(iree_vm_ref_t);
  memset(v192, 0, v193);
  iree_vm_ref_assign(v39, v192);
  ;
  v195 = &v194;
  v196 = sizeof(iree_vm_ref_t);
  memset(v195, 0, v196);
  iree_vm_ref_assign(v4, v195);
  v197 = module_call_0rrIIiii_v_import_shim(v1, v190, v192, v195, v29, v30, v20, v27, v21);
  v198 = (bool) v197;
  if (v198) {
    goto label54;
  } else {
    goto label14;
  }
label14:
  ;
  v199 = v3;
  v200 = v199->imports;
  v201 = &v200[9];
  ;
  v203 = &v202;
  v204 = sizeof(iree_vm_ref_t);
  memset(v203, 0, v204);
  iree_vm_ref_assign(v39, v203);
  v205 = module_call_0riii_v_import_shim(v1, v201, v203, v28, v7, v19);
  v206 = (bool) v205;
  if (v206) {
    goto label55;
  } else {
    goto label15;
  }
label15:
  ;
  v207 = v3;
  v208 = v207->imports;
  v209 = &v208[11];
  ;
  v211 = &v210;
  v212 = sizeof(iree_vm_ref_t);
  memset(v211, 0, v212);
  iree_vm_ref_assign(v39, v211);
  ;
  v214 = &v213;
  v215 = sizeof(iree_vm_ref_t);
  memset(v214, 0, v215);
  iree_vm_ref_assign(v45, v214);
  ;
  v217 = &v216;
  v218 = sizeof(iree_vm_ref_t);
  memset(v217, 0, v218);
  iree_vm_ref_assign(v4, v217);
  ;
  v220 = &v219;
  v221 = sizeof(iree_vm_ref_t);
  memset(v220, 0, v221);
  iree_vm_ref_assign(v4, v220);
  v222 = module_call_0rriiiiICiDCiirIID_v_0_2_import_shim(v1, v209, v211, v214, v14, v21, v21, v21, v22, v19, v20, v19, v20, v217, v22, v24, v19, v20, v220, v22, v24);
  v223 = (bool) v222;
  if (v223) {
    goto label56;
  } else {
    goto label16;
  }
label16:
  ;
  v224 = v3;
  v225 = v224->imports;
  v226 = &v225[9];
  ;
  v228 = &v227;
  v229 = sizeof(iree_vm_ref_t);
  memset(v228, 0, v229);
  iree_vm_ref_assign(v39, v228);
  v230 = module_call_0riii_v_import_shim(v1, v226, v228, v28, v7, v19);
  v231 = (bool) v230;
  if (v231) {
    goto label57;
  } else {
    goto label17;
  }
label17:
  ;
  v232 = v3;
  v233 = v232->imports;
  v234 = &v233[11];
  ;
  v236 = &v235;
  v237 = sizeof(iree_vm_ref_t);
  memset(v236, 0, v237);
  iree_vm_ref_assign(v39, v236);
  ;
  v239 = &v238;
  v240 = sizeof(iree_vm_ref_t);
  memset(v239, 0, v240);
  iree_vm_ref_assign(v45, v239);
  ;
  v242 = &v241;
  v243 = sizeof(iree_vm_ref_t);
  memset(v242, 0, v243);
  iree_vm_ref_assign(v4, v242);
  ;
  v245 = &v244;
  v246 = sizeof(iree_vm_ref_t);
  memset(v245, 0, v246);
  iree_vm_ref_assign(v4, v245);
  v247 = module_call_0rriiiiICiDCiirIID_v_0_2_import_shim(v1, v234, v236, v239, v13, v17, v21, v21, v22, v19, v20, v19, v20, v242, v22, v24, v19, v20, v245, v22, v24);
  v248 = (bool) v247;
  if (v248) {
    goto label58;
  } else {
    goto label18;
  }
label18:
  ;
  v249 = v3;
  v250 = v249->imports;
  v251 = &v250[9];
  ;
  v253 = &v252;
  v254 = sizeof(iree_vm_ref_t);
  memset(v253, 0, v254);
  iree_vm_ref_assign(v39, v253);
  v255 = module_call_0riii_v_import_shim(v1, v251, v253, v28, v7, v19);
  v256 = (bool) v255;
  if (v256) {
    goto label59;
  } else {
    goto label19;
  }
label19:
  ;
  v257 = v3;
  v258 = v257->imports;
  v259 = &v258[11];
  ;
  v261 = &v260;
  v262 = sizeof(iree_vm_ref_t);
  memset(v261, 0, v262);
  iree_vm_ref_assign(v39, v261);
  ;
  v264 = &v263;
  v265 = sizeof(iree_vm_ref_t);
  memset(v264, 0, v265);
  iree_vm_ref_assign(v45, v264);
  ;
  v267 = &v266;
  v268 = sizeof(iree_vm_ref_t);
  memset(v267, 0, v268);
  iree_vm_ref_assign(v4, v267);
  ;
  v270 = &v269;
  v271 = sizeof(iree_vm_ref_t);
  memset(v270, 0, v271);
  iree_vm_ref_assign(v4, v270);
  v272 = module_call_0rriiiiICiDCiirIID_v_0_2_import_shim(v1, v259, v261, v264, v12, v21, v21, v21, v22, v19, v20, v19, v20, v267, v22, v24, v19, v20, v270, v22, v24);
  v273 = (bool) v272;
  if (v273) {
    goto label60;
  } else {
    goto label20;
  }
label20:
  ;
  v274 = v3;
  v275 = v274->imports;
  v276 = &v275[9];
  ;
  v278 = &v277;
  v279 = sizeof(iree_vm_ref_t);
  memset(v278, 0, v279);
  iree_vm_ref_assign(v39, v278);
  v280 = module_call_0riii_v_import_shim(v1, v276, v278, v28, v7, v19);
  v281 = (bool) v280;
  if (v281) {
    goto label61;
  } else {
    goto label21;
  }
label21:
  ;
  v282 = v3;
  v283 = v282->imports;
  v284 = &v283[11];
  ;
  v286 = &v285;
  v287 = sizeof(iree_vm_ref_t);
  memset(v286, 0, v287);
  iree_vm_ref_assign(v39, v286);
  ;
  v289 = &v288;
  v290 = sizeof(iree_vm_ref_t);
  memset(v289, 0, v290);
  iree_vm_ref_assign(v45, v289);
  ;
  v292 = &v291;
  v293 = sizeof(iree_vm_ref_t);
  memset(v292, 0, v293);
  iree_vm_ref_assign(v4, v292);
  ;
  v295 = &v294;
  v296 = sizeof(iree_vm_ref_t);
  memset(v295, 0, v296);
  iree_vm_ref_assign(v42, v295);
  ;
  v298 = &v297;
  v299 = sizeof(iree_vm_ref_t);
  memset(v298, 0, v299);
  iree_vm_ref_assign(v4, v298);
  v300 = module_call_0rriiiiICiDCiirIID_v_0_3_import_shim(v1, v284, v286, v289, v16, v17, v21, v21, v22, v19, v18, v19, v20, v292, v22, v24, v19, v19, v295, v22, v31, v19, v20, v298, v22, v24);
  v301 = (bool) v300;
  if (v301) {
    goto label62;
  } else {
    goto label22;
  }
label22:
  ;
  v302 = v3;
  v303 = v302->imports;
  v304 = &v303[10];
  ;
  v306 = &v305;
  v307 = sizeof(iree_vm_ref_t);
  memset(v306, 0, v307);
  iree_vm_ref_assign(v39, v306);
  ;
  v309 = &v308;
  v310 = sizeof(iree_vm_ref_t);
  memset(v309, 0, v310);
  iree_vm_ref_assign(v4, v309);
  v311 = module_call_0rrIIiii_v_import_shim(v1, v304, v306, v309, v32, v33, v20, v27, v21);
  v312 = (bool) v311;
  if (v312) {
    goto label63;
  } else {
    goto label23;
  }
label23:
  ;
  v313 = v3;
  v314 = v313->imports;
  v315 = &v314[9];
  ;
  v317 = &v316;
  v318 = sizeof(iree_vm_ref_t);
  memset(v317, 0, v318);
  iree_vm_ref_assign(v39, v317);
  v319 = module_call_0riii_v_import_shim(v1, v315, v317, v28, v7, v19);
  v320 = (bool) v319;
  if (v320) {
    goto label64;
  } else {
    goto label24;
  }
label24:
  ;
  v321 = v3;
  v322 = v321->imports;
  v323 = &v322[11];
  ;
  v325 = &v324;
  v326 = sizeof(iree_vm_ref_t);
  memset(v325, 0, v326);
  iree_vm_ref_assign(v39, v325);
  ;
  v328 = &v327;
  v329 = sizeof(iree_vm_ref_t);
  memset(v328, 0, v329);
  iree_vm_ref_assign(v45, v328);
  ;
  v331 = &v330;
  v332 = sizeof(iree_vm_ref_t);
  memset(v331, 0, v332);
  iree_vm_ref_assign(v4, v331);
  ;
  v334 = &v333;
  v335 = sizeof(iree_vm_ref_t);
  memset(v334, 0, v335);
  iree_vm_ref_assign(v4, v334);
  v336 = module_call_0rriiiiICiDCiirIID_v_0_2_import_shim(v1, v323, v325, v328, v11, v21, v21, v21, v22, v19, v20, v19, v20, v331, v22, v24, v19, v20, v334, v22, v24);
  v337 = (bool) v336;
  if (v337) {
    goto label65;
  } else {
    goto label25;
  }
label25:
  ;
  v338 = v3;
  v339 = v338->imports;
  v340 = &v339[9];
  ;
  v342 = &v341;
  v343 = sizeof(iree_vm_ref_t);
  memset(v342, 0, v343);
  iree_vm_ref_assign(v39, v342);
  v344 = module_call_0riii_v_import_shim(v1, v340, v342, v28, v7, v19);
  v345 = (bool) v344;
  if (v345) {
    goto label66;
  } else {
    goto label26;
  }
label26:
  ;
  v346 = v3;
  v347 = v346->imports;
  v348 = &v347[11];
  ;
  v350 = &v349;
  v351 = sizeof(iree_vm_ref_t);
  memset(v350, 0, v351);
  iree_vm_ref_assign(v39, v350);
  ;
  v353 = &v352;
  v354 = sizeof(iree_vm_ref_t);
  memset(v353, 0, v354);
  iree_vm_ref_assign(v45, v353);
  ;
  v356 = &v355;
  v357 = sizeof(iree_vm_ref_t);
  memset(v356, 0, v357);
  iree_vm_ref_assign(v4, v356);
  ;
  v359 = &v358;
  v360 = sizeof(iree_vm_ref_t);
  memset(v359, 0, v360);
  iree_vm_ref_assign(v42, v359);
  ;
  v362 = &v361;
  v363 = sizeof(iree_vm_ref_t);
  memset(v362, 0, v363);
  iree_vm_ref_assign(v4, v362);
  v364 = module_call_0rriiiiICiDCiirIID_v_0_3_import_shim(v1, v348, v350, v353, v10, v16, v16, v21, v22, v19, v18, v19, v20, v356, v22, v24, v19, v19, v359, v22, v31, v19, v20, v362, v22, v24);
  v365 = (bool) v364;
  if (v365) {
    goto label67;
  } else {
    goto label27;
  }
label27:
  ;
  v366 = v3;
  v367 = v366->imports;
  v368 = &v367[9];
  ;
  v370 = &v369;
  v371 = sizeof(iree_vm_ref_t);
  memset(v370, 0, v371);
  iree_vm_ref_assign(v39, v370);
  v372 = module_call_0riii_v_import_shim(v1, v368, v370, v28, v7, v19);
  v373 = (bool) v372;
  if (v373) {
    goto label68;
  } else {
    goto label28;
  }
label28:
  ;
  v374 = v3;
  v375 = v374->imports;
  v376 = &v375[11];
  ;
  v378 = &v377;
  v379 = sizeof(iree_vm_ref_t);
  memset(v378, 0, v379);
  iree_vm_ref_assign(v39, v378);
  ;
  v381 = &v380;
  v382 = sizeof(iree_vm_ref_t);
  memset(v381, 0, v382);
  iree_vm_ref_assign(v45, v381);
  ;
  v384 = &v383;
  v385 = sizeof(iree_vm_ref_t);
  memset(v384, 0, v385);
  iree_vm_ref_assign(v4, v384);
  ;
  v387 = &v386;
  v388 = sizeof(iree_vm_ref_t);
  memset(v387, 0, v388);
  iree_vm_ref_assign(v4, v387);
  v389 = module_call_0rriiiiICiDCiirIID_v_0_2_import_shim(v1, v376, v378, v381, v9, v21, v21, v21, v22, v19, v20, v19, v20, v384, v22, v24, v19, v20, v387, v22, v24);
  v390 = (bool) v389;
  if (v390) {
    goto label69;
  } else {
    goto label29;
  }
label29:
  ;
  v391 = v3;
  v392 = v391->imports;
  v393 = &v392[9];
  ;
  v395 = &v394;
  v396 = sizeof(iree_vm_ref_t);
  memset(v395, 0, v396);
  iree_vm_ref_assign(v39, v395);
  v397 = module_call_0riii_v_import_shim(v1, v393, v395, v28, v7, v19);
  v398 = (bool) v397;
  if (v398) {
    goto label70;
  } else {
    goto label30;
  }
label30:
  ;
  v399 = v3;
  v400 = v399->imports;
  v401 = &v400[11];
  ;
  v403 = &v402;
  v404 = sizeof(iree_vm_ref_t);
  memset(v403, 0, v404);
  iree_vm_ref_assign(v39, v403);
  ;
  v406 = &v405;
  v407 = sizeof(iree_vm_ref_t);
  memset(v406, 0, v407);
  iree_vm_ref_assign(v45, v406);
  ;
  v409 = &v408;
  v410 = sizeof(iree_vm_ref_t);
  memset(v409, 0, v410);
  iree_vm_ref_assign(v4, v409);
  ;
  v412 = &v411;
  v413 = sizeof(iree_vm_ref_t);
  memset(v412, 0, v413);
  iree_vm_ref_assign(v42, v412);
  ;
  v415 = &v414;
  v416 = sizeof(iree_vm_ref_t);
  memset(v415, 0, v416);
  iree_vm_ref_assign(v4, v415);
  v417 = module_call_0rriiiiICiDCiirIID_v_0_3_import_shim(v1, v401, v403, v406, v8, v20, v16, v21, v22, v19, v18, v19, v20, v409, v22, v24, v19, v19, v412, v22, v31, v19, v20, v415, v22, v24);
  v418 = (bool) v417;
  if (v418) {
    goto label71;
  } else {
    goto label31;
  }
label31:
  ;
  v419 = v3;
  v420 = v419->imports;
  v421 = &v420[9];
  ;
  v423 = &v422;
  v424 = sizeof(iree_vm_ref_t);
  memset(v423, 0, v424);
  iree_vm_ref_assign(v39, v423);
  v425 = module_call_0riii_v_import_shim(v1, v421, v423, v28, v7, v19);
  v426 = (bool) v425;
  if (v426) {
    goto label72;
  } else {
    goto label32;
  }
label32:
  ;
  v427 = v3;
  v428 = v427->imports;
  v429 = &v428[11];
  ;
  v431 = &v430;
  v432 = sizeof(iree_vm_ref_t);
  memset(v431, 0, v432);
  iree_vm_ref_assign(v39, v431);
  ;
  v434 = &v433;
  v435 = sizeof(iree_vm_ref_t);
  memset(v434, 0, v435);
  iree_vm_ref_assign(v45, v434);
  ;
  v437 = &v436;
  v438 = sizeof(iree_vm_ref_t);
  memset(v437, 0, v438);
  iree_vm_ref_assign(v4, v437);
  ;
  v440 = &v439;
  v441 = sizeof(iree_vm_ref_t);
  memset(v440, 0, v441);
  iree_vm_ref_assign(v4, v440);
  v442 = module_call_0rriiiiICiDCiirIID_v_0_2_import_shim(v1, v429, v431, v434, v15, v20, v16, v21, v22, v19, v20, v19, v20, v437, v22, v24, v19, v20, v440, v22, v24);
  v443 = (bool) v442;
  if (v443) {
    goto label73;
  } else {
    goto label33;
  }
label33:
  ;
  v444 = v3;
  v445 = v444->imports;
  v446 = &v445[9];
  ;
  v448 = &v447;
  v449 = sizeof(iree_vm_ref_t);
  memset(v448, 0, v449);
  iree_vm_ref_assign(v39, v448);
  v450 = module_call_0riii_v_import_shim(v1, v446, v448, v28, v7, v19);
  v451 = (bool) v450;
  if (v451) {
    goto label74;
  } else {
    goto label34;
  }
label34:
  ;
  v452 = v3;
  v453 = v452->imports;
  v454 = &v453[11];
  ;
  v456 = &v455;
  v457 = sizeof(iree_vm_ref_t);
  memset(v456, 0, v457);
  iree_vm_ref_assign(v39, v456);
  ;
  v459 = &v458;
  v460 = sizeof(iree_vm_ref_t);
  memset(v459, 0, v460);
  iree_vm_ref_assign(v45, v459);
  ;
  v462 = &v461;
  v463 = sizeof(iree_vm_ref_t);
  memset(v462, 0, v463);
  iree_vm_ref_assign(v4, v462);
  ;
  v465 = &v464;
  v466 = sizeof(iree_vm_ref_t);
  memset(v465, 0, v466);
  iree_vm_ref_assign(v4, v465);
  v467 = module_call_0rriiiiICiDCiirIID_v_0_2_import_shim(v1, v454, v456, v459, v7, v15, v21, v21, v22, v19, v20, v19, v20, v462, v22, v24, v19, v20, v465, v22, v24);
  v468 = (bool) v467;
  if (v468) {
    goto label75;
  } else {
    goto label35;
  }
label35:
  ;
  v469 = v3;
  v470 = v469->imports;
  v471 = &v470[9];
  ;
  v473 = &v472;
  v474 = sizeof(iree_vm_ref_t);
  memset(v473, 0, v474);
  iree_vm_ref_assign(v39, v473);
  v475 = module_call_0riii_v_import_shim(v1, v471, v473, v28, v7, v19);
  v476 = (bool) v475;
  if (v476) {
    goto label76;
  } else {
    goto label36;
  }
label36:
  ;
  v477 = v3;
  v478 = v477->imports;
  v479 = &v478[11];
  ;
  v481 = &v480;
  v482 = sizeof(iree_vm_ref_t);
  memset(v481, 0, v482);
  iree_vm_ref_assign(v39, v481);
  ;
  v484 = &v483;
  v485 = sizeof(iree_vm_ref_t);
  memset(v484, 0, v485);
  iree_vm_ref_assign(v45, v484);
  ;
  v487 = &v486;
  v488 = sizeof(iree_vm_ref_t);
  memset(v487, 0, v488);
  iree_vm_ref_assign(v4, v487);
  ;
  v490 = &v489;
  v491 = sizeof(iree_vm_ref_t);
  memset(v490, 0, v491);
  iree_vm_ref_assign(v42, v490);
  ;
  v493 = &v492;
  v494 = sizeof(iree_vm_ref_t);
  memset(v493, 0, v494);
  iree_vm_ref_assign(v4, v493);
  v495 = module_call_0rriiiiICiDCiirIID_v_0_3_import_shim(v1, v479, v481, v484, v17, v21, v21, v21, v22, v19, v18, v19, v20, v487, v22, v24, v19, v19, v490, v22, v31, v19, v20, v493, v22, v24);
  v496 = (bool) v495;
  if (v496) {
    goto label77;
  } else {
    goto label37;
  }
label37:
  ;
  v497 = v3;
  v498 = v497->imports;
  v499 = &v498[9];
  ;
  v501 = &v500;
  v502 = sizeof(iree_vm_ref_t);
  memset(v501, 0, v502);
  iree_vm_ref_assign(v39, v501);
  v503 = module_call_0riii_v_import_shim(v1, v499, v501, v28, v7, v19);
  v504 = (bool) v503;
  if (v504) {
    goto label78;
  } else {
    goto label38;
  }
label38:
  ;
  v505 = v3;
  v506 = v505->imports;
  v507 = &v506[11];
  ;
  v509 = &v508;
  v510 = sizeof(iree_vm_ref_t);
  memset(v509, 0, v510);
  iree_vm_ref_assign(v39, v509);
  ;
  v512 = &v511;
  v513 = sizeof(iree_vm_ref_t);
  memset(v512, 0, v513);
  iree_vm_ref_assign(v45, v512);
  ;
  v515 = &v514;
  v516 = sizeof(iree_vm_ref_t);
  memset(v515, 0, v516);
  iree_vm_ref_assign(v4, v515);
  ;
  v518 = &v517;
  v519 = sizeof(iree_vm_ref_t);
  memset(v518, 0, v519);
  iree_vm_ref_assign(v4, v518);
  v520 = module_call_0rriiiiICiDCiirIID_v_0_2_import_shim(v1, v507, v509, v512, v6, v21, v21, v21, v22, v19, v20, v19, v20, v515, v22, v24, v19, v21, v518, v22, v34);
  v521 = (bool) v520;
  if (v521) {
    goto label79;
  } else {
    goto label39;
  }
label39:
  ;
  v522 = v3;
  v523 = v522->imports;
  v524 = &v523[9];
  ;
  v526 = &v525;
  v527 = sizeof(iree_vm_ref_t);
  memset(v526, 0, v527);
  iree_vm_ref_assign(v39, v526);
  v528 = module_call_0riii_v_import_shim(v1, v524, v526, v28, v7, v19);
  v529 = (bool) v528;
  if (v529) {
    goto label80;
  } else {
    goto label40;
  }
label40:
  ;
  v530 = v3;
  v531 = v530->imports;
  v532 = &v531[8];
  ;
  v534 = &v533;
  v535 = sizeof(iree_vm_ref_t);
  memset(v534, 0, v535);
  iree_vm_ref_assign(v39, v534);
  v536 = module_call_0r_v_import_shim(v1, v532, v534);
  v537 = (bool) v536;
  if (v537) {
    goto label81;
  } else {
    goto label41;
  }
label41:
  ;
  v539 = &v538;
  v540 = sizeof(iree_vm_ref_t);
  memset(v539, 0, v540);
  iree_vm_ref_move(v39, v539);
  iree_vm_ref_move(v539, v4);
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  v541 = iree_ok_status();
  return v541;
label42:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v55;
label43:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v65;
label44:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v75;
label45:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v83;
label46:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v100;
label47:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v111;
label48:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v119;
label49:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v136;
label50:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v144;
label51:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v161;
label52:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v169;
label53:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v186;
label54:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v197;
label55:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v205;
label56:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v222;
label57:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v230;
label58:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v247;
label59:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v255;
label60:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v272;
label61:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v280;
label62:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v300;
label63:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v311;
label64:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v319;
label65:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v336;
label66:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v344;
label67:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v364;
label68:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v372;
label69:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v389;
label70:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v397;
label71:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v417;
label72:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v425;
label73:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v442;
label74:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v450;
label75:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v467;
label76:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v475;
label77:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v495;
label78:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v503;
label79:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v520;
label80:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v528;
label81:
  iree_vm_ref_release(v36);
  iree_vm_ref_release(v42);
  iree_vm_ref_release(v39);
  iree_vm_ref_release(v45);
  return v536;
}

static iree_status_t module_call_0rIirIIi_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int64_t v4, int32_t v5, iree_vm_ref_t* v6, int64_t v7, int64_t v8, int32_t v9, iree_vm_ref_t* v10) {
  iree_host_size_t v11;
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_host_size_t v16;
  iree_host_size_t v17;
  iree_host_size_t v18;
  iree_host_size_t v19;
  iree_host_size_t v20;
  iree_host_size_t v21;
  iree_host_size_t v22;
  iree_host_size_t v23;
  iree_host_size_t v24;
  iree_host_size_t v25;
  iree_host_size_t v26;
  iree_host_size_t v27;
  iree_vm_function_t* v28;
  iree_vm_module_t* v29;
  bool v30;
  iree_vm_function_call_t v31;
  iree_vm_function_t v32;
  void* v33;
  uint8_t* v34;
  void* v35;
  uint8_t* v36;
  uint8_t* v37;
  iree_vm_ref_t* v38;
  iree_host_size_t v39;
  uint8_t* v40;
  int64_t v41;
  iree_host_size_t v42;
  int64_t* v43;
  iree_host_size_t v44;
  uint8_t* v45;
  int32_t v46;
  iree_host_size_t v47;
  int32_t* v48;
  iree_host_size_t v49;
  uint8_t* v50;
  iree_vm_ref_t* v51;
  iree_host_size_t v52;
  uint8_t* v53;
  int64_t v54;
  iree_host_size_t v55;
  int64_t* v56;
  iree_host_size_t v57;
  uint8_t* v58;
  int64_t v59;
  iree_host_size_t v60;
  int64_t* v61;
  iree_host_size_t v62;
  uint8_t* v63;
  int32_t v64;
  iree_host_size_t v65;
  int32_t* v66;
  begin_call_t v67;
  iree_vm_module_t* v68;
  iree_vm_function_call_t v69;
  iree_status_t v70;
  bool v71;
  uint8_t* v72;
  iree_vm_ref_t* v73;
  iree_status_t v74;
  iree_status_t v75;
  v11 = 0;
  v12 = sizeof(iree_vm_ref_t);
  v13 = v11 + v12;
  v14 = sizeof(int64_t);
  v15 = v13 + v14;
  v16 = sizeof(int32_t);
  v17 = v15 + v16;
  v18 = sizeof(iree_vm_ref_t);
  v19 = v17 + v18;
  v20 = sizeof(int64_t);
  v21 = v19 + v20;
  v22 = sizeof(int64_t);
  v23 = v21 + v22;
  v24 = sizeof(int32_t);
  v25 = v23 + v24;
  v26 = sizeof(iree_vm_ref_t);
  v27 = v11 + v26;
  ;
  v28 = v2;
  v29 = v28->module;
  v30 = !v29;
  if (v30) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v32 = *v2;
  v31.function = v32;
  v33 = iree_alloca(v25);
  v34 = (uint8_t*) v33;
  v31.arguments.data_length = v25;
  v31.arguments.data = v34;
  memset(v34, 0, v25);
  v35 = iree_alloca(v27);
  v36 = (uint8_t*) v35;
  v31.results.data_length = v27;
  v31.results.data = v36;
  memset(v36, 0, v27);
  v37 = v31.arguments.data;
  v38 = (iree_vm_ref_t*) v37;
  iree_vm_ref_assign(v3, v38);
  v39 = sizeof(iree_vm_ref_t);
  v40 = v37 + v39;
  ;
  v41 = v4;
  v42 = sizeof(int64_t);
  v43 = &v41;
  memcpy(v40, v43, v42);
  v44 = sizeof(int64_t);
  v45 = v40 + v44;
  ;
  v46 = v5;
  v47 = sizeof(int32_t);
  v48 = &v46;
  memcpy(v45, v48, v47);
  v49 = sizeof(int32_t);
  v50 = v45 + v49;
  v51 = (iree_vm_ref_t*) v50;
  iree_vm_ref_assign(v6, v51);
  v52 = sizeof(iree_vm_ref_t);
  v53 = v50 + v52;
  ;
  v54 = v7;
  v55 = sizeof(int64_t);
  v56 = &v54;
  memcpy(v53, v56, v55);
  v57 = sizeof(int64_t);
  v58 = v53 + v57;
  ;
  v59 = v8;
  v60 = sizeof(int64_t);
  v61 = &v59;
  memcpy(v58, v61, v60);
  v62 = sizeof(int64_t);
  v63 = v58 + v62;
  ;
  v64 = v9;
  v65 = sizeof(int32_t);
  v66 = &v64;
  memcpy(v63, v66, v65);
  v67 = v28->module->begin_call;
  v68 = v28->module;
  v69 = v31;
  v70 = EMITC_CALL_INDIRECT(v67, v68, v1, v69);
  v71 = (bool) v70;
  if (v71) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v72 = v31.results.data;
  v73 = (iree_vm_ref_t*) v72;
  iree_vm_ref_move(v73, v10);
  v74 = iree_ok_status();
  return v74;
label4:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v6);
  v75 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v75;
label5:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v6);
  return v70;
}

static iree_status_t module_call_0rIiiI_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int64_t v4, int32_t v5, int32_t v6, int64_t v7, iree_vm_ref_t* v8) {
  iree_host_size_t v9;
  iree_host_size_t v10;
  iree_host_size_t v11;
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_host_size_t v16;
  iree_host_size_t v17;
  iree_host_size_t v18;
  iree_host_size_t v19;
  iree_host_size_t v20;
  iree_host_size_t v21;
  iree_vm_function_t* v22;
  iree_vm_module_t* v23;
  bool v24;
  iree_vm_function_call_t v25;
  iree_vm_function_t v26;
  void* v27;
  uint8_t* v28;
  void* v29;
  uint8_t* v30;
  uint8_t* v31;
  iree_vm_ref_t* v32;
  iree_host_size_t v33;
  uint8_t* v34;
  int64_t v35;
  iree_host_size_t v36;
  int64_t* v37;
  iree_host_size_t v38;
  uint8_t* v39;
  int32_t v40;
  iree_host_size_t v41;
  int32_t* v42;
  iree_host_size_t v43;
  uint8_t* v44;
  int32_t v45;
  iree_host_size_t v46;
  int32_t* v47;
  iree_host_size_t v48;
  uint8_t* v49;
  int64_t v50;
  iree_host_size_t v51;
  int64_t* v52;
  begin_call_t v53;
  iree_vm_module_t* v54;
  iree_vm_function_call_t v55;
  iree_status_t v56;
  bool v57;
  uint8_t* v58;
  iree_vm_ref_t* v59;
  iree_status_t v60;
  iree_status_t v61;
  v9 = 0;
  v10 = sizeof(iree_vm_ref_t);
  v11 = v9 + v10;
  v12 = sizeof(int64_t);
  v13 = v11 + v12;
  v14 = sizeof(int32_t);
  v15 = v13 + v14;
  v16 = sizeof(int32_t);
  v17 = v15 + v16;
  v18 = sizeof(int64_t);
  v19 = v17 + v18;
  v20 = sizeof(iree_vm_ref_t);
  v21 = v9 + v20;
  ;
  v22 = v2;
  v23 = v22->module;
  v24 = !v23;
  if (v24) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v26 = *v2;
  v25.function = v26;
  v27 = iree_alloca(v19);
  v28 = (uint8_t*) v27;
  v25.arguments.data_length = v19;
  v25.arguments.data = v28;
  memset(v28, 0, v19);
  v29 = iree_alloca(v21);
  v30 = (uint8_t*) v29;
  v25.results.data_length = v21;
  v25.results.data = v30;
  memset(v30, 0, v21);
  v31 = v25.arguments.data;
  v32 = (iree_vm_ref_t*) v31;
  iree_vm_ref_assign(v3, v32);
  v33 = sizeof(iree_vm_ref_t);
  v34 = v31 + v33;
  ;
  v35 = v4;
  v36 = sizeof(int64_t);
  v37 = &v35;
  memcpy(v34, v37, v36);
  v38 = sizeof(int64_t);
  v39 = v34 + v38;
  ;
  v40 = v5;
  v41 = sizeof(int32_t);
  v42 = &v40;
  memcpy(v39, v42, v41);
  v43 = sizeof(int32_t);
  v44 = v39 + v43;
  ;
  v45 = v6;
  v46 = sizeof(int32_t);
  v47 = &v45;
  memcpy(v44, v47, v46);
  v48 = sizeof(int32_t);
  v49 = v44 + v48;
  ;
  v50 = v7;
  v51 = sizeof(int64_t);
  v52 = &v50;
  memcpy(v49, v52, v51);
  v53 = v22->module->begin_call;
  v54 = v22->module;
  v55 = v25;
  v56 = EMITC_CALL_INDIRECT(v53, v54, v1, v55);
  v57 = (bool) v56;
  if (v57) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v58 = v25.results.data;
  v59 = (iree_vm_ref_t*) v58;
  iree_vm_ref_move(v59, v8);
  v60 = iree_ok_status();
  return v60;
label4:
  iree_vm_ref_release(v3);
  v61 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v61;
label5:
  iree_vm_ref_release(v3);
  return v56;
}

static iree_status_t module_call_0riIiirII_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int32_t v4, int64_t v5, int32_t v6, int32_t v7, iree_vm_ref_t* v8, int64_t v9, int64_t v10, iree_vm_ref_t* v11) {
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_host_size_t v16;
  iree_host_size_t v17;
  iree_host_size_t v18;
  iree_host_size_t v19;
  iree_host_size_t v20;
  iree_host_size_t v21;
  iree_host_size_t v22;
  iree_host_size_t v23;
  iree_host_size_t v24;
  iree_host_size_t v25;
  iree_host_size_t v26;
  iree_host_size_t v27;
  iree_host_size_t v28;
  iree_host_size_t v29;
  iree_host_size_t v30;
  iree_vm_function_t* v31;
  iree_vm_module_t* v32;
  bool v33;
  iree_vm_function_call_t v34;
  iree_vm_function_t v35;
  void* v36;
  uint8_t* v37;
  void* v38;
  uint8_t* v39;
  uint8_t* v40;
  iree_vm_ref_t* v41;
  iree_host_size_t v42;
  uint8_t* v43;
  int32_t v44;
  iree_host_size_t v45;
  int32_t* v46;
  iree_host_size_t v47;
  uint8_t* v48;
  int64_t v49;
  iree_host_size_t v50;
  int64_t* v51;
  iree_host_size_t v52;
  uint8_t* v53;
  int32_t v54;
  iree_host_size_t v55;
  int32_t* v56;
  iree_host_size_t v57;
  uint8_t* v58;
  int32_t v59;
  iree_host_size_t v60;
  int32_t* v61;
  iree_host_size_t v62;
  uint8_t* v63;
  iree_vm_ref_t* v64;
  iree_host_size_t v65;
  uint8_t* v66;
  int64_t v67;
  iree_host_size_t v68;
  int64_t* v69;
  iree_host_size_t v70;
  uint8_t* v71;
  int64_t v72;
  iree_host_size_t v73;
  int64_t* v74;
  begin_call_t v75;
  iree_vm_module_t* v76;
  iree_vm_function_call_t v77;
  iree_status_t v78;
  bool v79;
  uint8_t* v80;
  iree_vm_ref_t* v81;
  iree_status_t v82;
  iree_status_t v83;
  v12 = 0;
  v13 = sizeof(iree_vm_ref_t);
  v14 = v12 + v13;
  v15 = sizeof(int32_t);
  v16 = v14 + v15;
  v17 = sizeof(int64_t);
  v18 = v16 + v17;
  v19 = sizeof(int32_t);
  v20 = v18 + v19;
  v21 = sizeof(int32_t);
  v22 = v20 + v21;
  v23 = sizeof(iree_vm_ref_t);
  v24 = v22 + v23;
  v25 = sizeof(int64_t);
  v26 = v24 + v25;
  v27 = sizeof(int64_t);
  v28 = v26 + v27;
  v29 = sizeof(iree_vm_ref_t);
  v30 = v12 + v29;
  ;
  v31 = v2;
  v32 = v31->module;
  v33 = !v32;
  if (v33) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v35 = *v2;
  v34.function = v35;
  v36 = iree_alloca(v28);
  v37 = (uint8_t*) v36;
  v34.arguments.data_length = v28;
  v34.arguments.data = v37;
  memset(v37, 0, v28);
  v38 = iree_alloca(v30);
  v39 = (uint8_t*) v38;
  v34.results.data_length = v30;
  v34.results.data = v39;
  memset(v39, 0, v30);
  v40 = v34.arguments.data;
  v41 = (iree_vm_ref_t*) v40;
  iree_vm_ref_assign(v3, v41);
  v42 = sizeof(iree_vm_ref_t);
  v43 = v40 + v42;
  ;
  v44 = v4;
  v45 = sizeof(int32_t);
  v46 = &v44;
  memcpy(v43, v46, v45);
  v47 = sizeof(int32_t);
  v48 = v43 + v47;
  ;
  v49 = v5;
  v50 = sizeof(int64_t);
  v51 = &v49;
  memcpy(v48, v51, v50);
  v52 = sizeof(int64_t);
  v53 = v48 + v52;
  ;
  v54 = v6;
  v55 = sizeof(int32_t);
  v56 = &v54;
  memcpy(v53, v56, v55);
  v57 = sizeof(int32_t);
  v58 = v53 + v57;
  ;
  v59 = v7;
  v60 = sizeof(int32_t);
  v61 = &v59;
  memcpy(v58, v61, v60);
  v62 = sizeof(int32_t);
  v63 = v58 + v62;
  v64 = (iree_vm_ref_t*) v63;
  iree_vm_ref_assign(v8, v64);
  v65 = sizeof(iree_vm_ref_t);
  v66 = v63 + v65;
  ;
  v67 = v9;
  v68 = sizeof(int64_t);
  v69 = &v67;
  memcpy(v66, v69, v68);
  v70 = sizeof(int64_t);
  v71 = v66 + v70;
  ;
  v72 = v10;
  v73 = sizeof(int64_t);
  v74 = &v72;
  memcpy(v71, v74, v73);
  v75 = v31->module->begin_call;
  v76 = v31->module;
  v77 = v34;
  v78 = EMITC_CALL_INDIRECT(v75, v76, v1, v77);
  v79 = (bool) v78;
  if (v79) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v80 = v34.results.data;
  v81 = (iree_vm_ref_t*) v80;
  iree_vm_ref_move(v81, v11);
  v82 = iree_ok_status();
  return v82;
label4:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v8);
  v83 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v83;
label5:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v8);
  return v78;
}

static iree_status_t module_call_0rrrIii_v_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4, iree_vm_ref_t* v5, int64_t v6, int32_t v7, int32_t v8) {
  iree_host_size_t v9;
  iree_host_size_t v10;
  iree_host_size_t v11;
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_host_size_t v16;
  iree_host_size_t v17;
  iree_host_size_t v18;
  iree_host_size_t v19;
  iree_host_size_t v20;
  iree_host_size_t v21;
  iree_host_size_t v22;
  iree_vm_function_t* v23;
  iree_vm_module_t* v24;
  bool v25;
  iree_vm_function_call_t v26;
  iree_vm_function_t v27;
  void* v28;
  uint8_t* v29;
  void* v30;
  uint8_t* v31;
  uint8_t* v32;
  iree_vm_ref_t* v33;
  iree_host_size_t v34;
  uint8_t* v35;
  iree_vm_ref_t* v36;
  iree_host_size_t v37;
  uint8_t* v38;
  iree_vm_ref_t* v39;
  iree_host_size_t v40;
  uint8_t* v41;
  int64_t v42;
  iree_host_size_t v43;
  int64_t* v44;
  iree_host_size_t v45;
  uint8_t* v46;
  int32_t v47;
  iree_host_size_t v48;
  int32_t* v49;
  iree_host_size_t v50;
  uint8_t* v51;
  int32_t v52;
  iree_host_size_t v53;
  int32_t* v54;
  begin_call_t v55;
  iree_vm_module_t* v56;
  iree_vm_function_call_t v57;
  iree_status_t v58;
  bool v59;
  iree_status_t v60;
  iree_status_t v61;
  v9 = 1;
  v10 = 0;
  v11 = sizeof(iree_vm_ref_t);
  v12 = v10 + v11;
  v13 = sizeof(iree_vm_ref_t);
  v14 = v12 + v13;
  v15 = sizeof(iree_vm_ref_t);
  v16 = v14 + v15;
  v17 = sizeof(int64_t);
  v18 = v16 + v17;
  v19 = sizeof(int32_t);
  v20 = v18 + v19;
  v21 = sizeof(int32_t);
  v22 = v20 + v21;
  ;
  v23 = v2;
  v24 = v23->module;
  v25 = !v24;
  if (v25) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v27 = *v2;
  v26.function = v27;
  v28 = iree_alloca(v22);
  v29 = (uint8_t*) v28;
  v26.arguments.data_length = v22;
  v26.arguments.data = v29;
  memset(v29, 0, v22);
  v30 = iree_alloca(v9);
  v31 = (uint8_t*) v30;
  v26.results.data_length = v10;
  v26.results.data = v31;
  memset(v31, 0, v9);
  v32 = v26.arguments.data;
  v33 = (iree_vm_ref_t*) v32;
  iree_vm_ref_assign(v3, v33);
  v34 = sizeof(iree_vm_ref_t);
  v35 = v32 + v34;
  v36 = (iree_vm_ref_t*) v35;
  iree_vm_ref_assign(v4, v36);
  v37 = sizeof(iree_vm_ref_t);
  v38 = v35 + v37;
  v39 = (iree_vm_ref_t*) v38;
  iree_vm_ref_assign(v5, v39);
  v40 = sizeof(iree_vm_ref_t);
  v41 = v38 + v40;
  ;
  v42 = v6;
  v43 = sizeof(int64_t);
  v44 = &v42;
  memcpy(v41, v44, v43);
  v45 = sizeof(int64_t);
  v46 = v41 + v45;
  ;
  v47 = v7;
  v48 = sizeof(int32_t);
  v49 = &v47;
  memcpy(v46, v49, v48);
  v50 = sizeof(int32_t);
  v51 = v46 + v50;
  ;
  v52 = v8;
  v53 = sizeof(int32_t);
  v54 = &v52;
  memcpy(v51, v54, v53);
  v55 = v23->module->begin_call;
  v56 = v23->module;
  v57 = v26;
  v58 = EMITC_CALL_INDIRECT(v55, v56, v1, v57);
  v59 = (bool) v58;
  if (v59) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v60 = iree_ok_status();
  return v60;
label4:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v4);
  iree_vm_ref_release(v5);
  v61 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v61;
label5:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v4);
  iree_vm_ref_release(v5);
  return v58;
}

static iree_status_t module_call_0rIIiiCID_r_2_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int64_t v4, int64_t v5, int32_t v6, int32_t v7, int32_t v8, int64_t v9, int64_t v10, iree_vm_ref_t* v11) {
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_host_size_t v16;
  iree_host_size_t v17;
  iree_host_size_t v18;
  iree_host_size_t v19;
  iree_host_size_t v20;
  iree_host_size_t v21;
  iree_host_size_t v22;
  iree_host_size_t v23;
  iree_host_size_t v24;
  iree_host_size_t v25;
  iree_host_size_t v26;
  iree_host_size_t v27;
  iree_host_size_t v28;
  iree_host_size_t v29;
  iree_host_size_t v30;
  iree_vm_function_t* v31;
  iree_vm_module_t* v32;
  bool v33;
  iree_vm_function_call_t v34;
  iree_vm_function_t v35;
  void* v36;
  uint8_t* v37;
  void* v38;
  uint8_t* v39;
  uint8_t* v40;
  iree_vm_ref_t* v41;
  iree_host_size_t v42;
  uint8_t* v43;
  int64_t v44;
  iree_host_size_t v45;
  int64_t* v46;
  iree_host_size_t v47;
  uint8_t* v48;
  int64_t v49;
  iree_host_size_t v50;
  int64_t* v51;
  iree_host_size_t v52;
  uint8_t* v53;
  int32_t v54;
  iree_host_size_t v55;
  int32_t* v56;
  iree_host_size_t v57;
  uint8_t* v58;
  int32_t v59;
  iree_host_size_t v60;
  int32_t* v61;
  iree_host_size_t v62;
  uint8_t* v63;
  int32_t v64;
  iree_host_size_t v65;
  int32_t* v66;
  iree_host_size_t v67;
  uint8_t* v68;
  int64_t v69;
  iree_host_size_t v70;
  int64_t* v71;
  iree_host_size_t v72;
  uint8_t* v73;
  int64_t v74;
  iree_host_size_t v75;
  int64_t* v76;
  begin_call_t v77;
  iree_vm_module_t* v78;
  iree_vm_function_call_t v79;
  iree_status_t v80;
  bool v81;
  uint8_t* v82;
  iree_vm_ref_t* v83;
  iree_status_t v84;
  iree_status_t v85;
  v12 = 0;
  v13 = sizeof(iree_vm_ref_t);
  v14 = v12 + v13;
  v15 = sizeof(int64_t);
  v16 = v14 + v15;
  v17 = sizeof(int64_t);
  v18 = v16 + v17;
  v19 = sizeof(int32_t);
  v20 = v18 + v19;
  v21 = sizeof(int32_t);
  v22 = v20 + v21;
  v23 = sizeof(int32_t);
  v24 = v22 + v23;
  v25 = sizeof(int64_t);
  v26 = v24 + v25;
  v27 = sizeof(int64_t);
  v28 = v26 + v27;
  v29 = sizeof(iree_vm_ref_t);
  v30 = v12 + v29;
  ;
  v31 = v2;
  v32 = v31->module;
  v33 = !v32;
  if (v33) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v35 = *v2;
  v34.function = v35;
  v36 = iree_alloca(v28);
  v37 = (uint8_t*) v36;
  v34.arguments.data_length = v28;
  v34.arguments.data = v37;
  memset(v37, 0, v28);
  v38 = iree_alloca(v30);
  v39 = (uint8_t*) v38;
  v34.results.data_length = v30;
  v34.results.data = v39;
  memset(v39, 0, v30);
  v40 = v34.arguments.data;
  v41 = (iree_vm_ref_t*) v40;
  iree_vm_ref_assign(v3, v41);
  v42 = sizeof(iree_vm_ref_t);
  v43 = v40 + v42;
  ;
  v44 = v4;
  v45 = sizeof(int64_t);
  v46 = &v44;
  memcpy(v43, v46, v45);
  v47 = sizeof(int64_t);
  v48 = v43 + v47;
  ;
  v49 = v5;
  v50 = sizeof(int64_t);
  v51 = &v49;
  memcpy(v48, v51, v50);
  v52 = sizeof(int64_t);
  v53 = v48 + v52;
  ;
  v54 = v6;
  v55 = sizeof(int32_t);
  v56 = &v54;
  memcpy(v53, v56, v55);
  v57 = sizeof(int32_t);
  v58 = v53 + v57;
  ;
  v59 = v7;
  v60 = sizeof(int32_t);
  v61 = &v59;
  memcpy(v58, v61, v60);
  v62 = sizeof(int32_t);
  v63 = v58 + v62;
  ;
  v64 = v8;
  v65 = sizeof(int32_t);
  v66 = &v64;
  memcpy(v63, v66, v65);
  v67 = sizeof(int32_t);
  v68 = v63 + v67;
  ;
  v69 = v9;
  v70 = sizeof(int64_t);
  v71 = &v69;
  memcpy(v68, v71, v70);
  v72 = sizeof(int64_t);
  v73 = v68 + v72;
  ;
  v74 = v10;
  v75 = sizeof(int64_t);
  v76 = &v74;
  memcpy(v73, v76, v75);
  v77 = v31->module->begin_call;
  v78 = v31->module;
  v79 = v34;
  v80 = EMITC_CALL_INDIRECT(v77, v78, v1, v79);
  v81 = (bool) v80;
  if (v81) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v82 = v34.results.data;
  v83 = (iree_vm_ref_t*) v82;
  iree_vm_ref_move(v83, v11);
  v84 = iree_ok_status();
  return v84;
label4:
  iree_vm_ref_release(v3);
  v85 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v85;
label5:
  iree_vm_ref_release(v3);
  return v80;
}

static iree_status_t module_call_0rriiCID_v_4_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4, int32_t v5, int32_t v6, int32_t v7, int64_t v8, int64_t v9, int64_t v10, int64_t v11) {
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_host_size_t v16;
  iree_host_size_t v17;
  iree_host_size_t v18;
  iree_host_size_t v19;
  iree_host_size_t v20;
  iree_host_size_t v21;
  iree_host_size_t v22;
  iree_host_size_t v23;
  iree_host_size_t v24;
  iree_host_size_t v25;
  iree_host_size_t v26;
  iree_host_size_t v27;
  iree_host_size_t v28;
  iree_host_size_t v29;
  iree_host_size_t v30;
  iree_host_size_t v31;
  iree_vm_function_t* v32;
  iree_vm_module_t* v33;
  bool v34;
  iree_vm_function_call_t v35;
  iree_vm_function_t v36;
  void* v37;
  uint8_t* v38;
  void* v39;
  uint8_t* v40;
  uint8_t* v41;
  iree_vm_ref_t* v42;
  iree_host_size_t v43;
  uint8_t* v44;
  iree_vm_ref_t* v45;
  iree_host_size_t v46;
  uint8_t* v47;
  int32_t v48;
  iree_host_size_t v49;
  int32_t* v50;
  iree_host_size_t v51;
  uint8_t* v52;
  int32_t v53;
  iree_host_size_t v54;
  int32_t* v55;
  iree_host_size_t v56;
  uint8_t* v57;
  int32_t v58;
  iree_host_size_t v59;
  int32_t* v60;
  iree_host_size_t v61;
  uint8_t* v62;
  int64_t v63;
  iree_host_size_t v64;
  int64_t* v65;
  iree_host_size_t v66;
  uint8_t* v67;
  int64_t v68;
  iree_host_size_t v69;
  int64_t* v70;
  iree_host_size_t v71;
  uint8_t* v72;
  int64_t v73;
  iree_host_size_t v74;
  int64_t* v75;
  iree_host_size_t v76;
  uint8_t* v77;
  int64_t v78;
  iree_host_size_t v79;
  int64_t* v80;
  begin_call_t v81;
  iree_vm_module_t* v82;
  iree_vm_function_call_t v83;
  iree_status_t v84;
  bool v85;
  iree_status_t v86;
  iree_status_t v87;
  v12 = 1;
  v13 = 0;
  v14 = sizeof(iree_vm_ref_t);
  v15 = v13 + v14;
  v16 = sizeof(iree_vm_ref_t);
  v17 = v15 + v16;
  v18 = sizeof(int32_t);
  v19 = v17 + v18;
  v20 = sizeof(int32_t);
  v21 = v19 + v20;
  v22 = sizeof(int32_t);
  v23 = v21 + v22;
  v24 = sizeof(int64_t);
  v25 = v23 + v24;
  v26 = sizeof(int64_t);
  v27 = v25 + v26;
  v28 = sizeof(int64_t);
  v29 = v27 + v28;
  v30 = sizeof(int64_t);
  v31 = v29 + v30;
  ;
  v32 = v2;
  v33 = v32->module;
  v34 = !v33;
  if (v34) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v36 = *v2;
  v35.function = v36;
  v37 = iree_alloca(v31);
  v38 = (uint8_t*) v37;
  v35.arguments.data_length = v31;
  v35.arguments.data = v38;
  memset(v38, 0, v31);
  v39 = iree_alloca(v12);
  v40 = (uint8_t*) v39;
  v35.results.data_length = v13;
  v35.results.data = v40;
  memset(v40, 0, v12);
  v41 = v35.arguments.data;
  v42 = (iree_vm_ref_t*) v41;
  iree_vm_ref_assign(v3, v42);
  v43 = sizeof(iree_vm_ref_t);
  v44 = v41 + v43;
  v45 = (iree_vm_ref_t*) v44;
  iree_vm_ref_assign(v4, v45);
  v46 = sizeof(iree_vm_ref_t);
  v47 = v44 + v46;
  ;
  v48 = v5;
  v49 = sizeof(int32_t);
  v50 = &v48;
  memcpy(v47, v50, v49);
  v51 = sizeof(int32_t);
  v52 = v47 + v51;
  ;
  v53 = v6;
  v54 = sizeof(int32_t);
  v55 = &v53;
  memcpy(v52, v55, v54);
  v56 = sizeof(int32_t);
  v57 = v52 + v56;
  ;
  v58 = v7;
  v59 = sizeof(int32_t);
  v60 = &v58;
  memcpy(v57, v60, v59);
  v61 = sizeof(int32_t);
  v62 = v57 + v61;
  ;
  v63 = v8;
  v64 = sizeof(int64_t);
  v65 = &v63;
  memcpy(v62, v65, v64);
  v66 = sizeof(int64_t);
  v67 = v62 + v66;
  ;
  v68 = v9;
  v69 = sizeof(int64_t);
  v70 = &v68;
  memcpy(v67, v70, v69);
  v71 = sizeof(int64_t);
  v72 = v67 + v71;
  ;
  v73 = v10;
  v74 = sizeof(int64_t);
  v75 = &v73;
  memcpy(v72, v75, v74);
  v76 = sizeof(int64_t);
  v77 = v72 + v76;
  ;
  v78 = v11;
  v79 = sizeof(int64_t);
  v80 = &v78;
  memcpy(v77, v80, v79);
  v81 = v32->module->begin_call;
  v82 = v32->module;
  v83 = v35;
  v84 = EMITC_CALL_INDIRECT(v81, v82, v1, v83);
  v85 = (bool) v84;
  if (v85) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v86 = iree_ok_status();
  return v86;
label4:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v4);
  v87 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v87;
label5:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v4);
  return v84;
}

static iree_status_t module_call_0r_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4) {
  iree_host_size_t v5;
  iree_host_size_t v6;
  iree_host_size_t v7;
  iree_host_size_t v8;
  iree_host_size_t v9;
  iree_vm_function_t* v10;
  iree_vm_module_t* v11;
  bool v12;
  iree_vm_function_call_t v13;
  iree_vm_function_t v14;
  void* v15;
  uint8_t* v16;
  void* v17;
  uint8_t* v18;
  uint8_t* v19;
  iree_vm_ref_t* v20;
  begin_call_t v21;
  iree_vm_module_t* v22;
  iree_vm_function_call_t v23;
  iree_status_t v24;
  bool v25;
  uint8_t* v26;
  iree_vm_ref_t* v27;
  iree_status_t v28;
  iree_status_t v29;
  v5 = 0;
  v6 = sizeof(iree_vm_ref_t);
  v7 = v5 + v6;
  v8 = sizeof(iree_vm_ref_t);
  v9 = v5 + v8;
  ;
  v10 = v2;
  v11 = v10->module;
  v12 = !v11;
  if (v12) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v14 = *v2;
  v13.function = v14;
  v15 = iree_alloca(v7);
  v16 = (uint8_t*) v15;
  v13.arguments.data_length = v7;
  v13.arguments.data = v16;
  memset(v16, 0, v7);
  v17 = iree_alloca(v9);
  v18 = (uint8_t*) v17;
  v13.results.data_length = v9;
  v13.results.data = v18;
  memset(v18, 0, v9);
  v19 = v13.arguments.data;
  v20 = (iree_vm_ref_t*) v19;
  iree_vm_ref_assign(v3, v20);
  v21 = v10->module->begin_call;
  v22 = v10->module;
  v23 = v13;
  v24 = EMITC_CALL_INDIRECT(v21, v22, v1, v23);
  v25 = (bool) v24;
  if (v25) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v26 = v13.results.data;
  v27 = (iree_vm_ref_t*) v26;
  iree_vm_ref_move(v27, v4);
  v28 = iree_ok_status();
  return v28;
label4:
  iree_vm_ref_release(v3);
  v29 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v29;
label5:
  iree_vm_ref_release(v3);
  return v24;
}

static iree_status_t module_call_0riiIi_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int32_t v4, int32_t v5, int64_t v6, int32_t v7, iree_vm_ref_t* v8) {
  iree_host_size_t v9;
  iree_host_size_t v10;
  iree_host_size_t v11;
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_host_size_t v16;
  iree_host_size_t v17;
  iree_host_size_t v18;
  iree_host_size_t v19;
  iree_host_size_t v20;
  iree_host_size_t v21;
  iree_vm_function_t* v22;
  iree_vm_module_t* v23;
  bool v24;
  iree_vm_function_call_t v25;
  iree_vm_function_t v26;
  void* v27;
  uint8_t* v28;
  void* v29;
  uint8_t* v30;
  uint8_t* v31;
  iree_vm_ref_t* v32;
  iree_host_size_t v33;
  uint8_t* v34;
  int32_t v35;
  iree_host_size_t v36;
  int32_t* v37;
  iree_host_size_t v38;
  uint8_t* v39;
  int32_t v40;
  iree_host_size_t v41;
  int32_t* v42;
  iree_host_size_t v43;
  uint8_t* v44;
  int64_t v45;
  iree_host_size_t v46;
  int64_t* v47;
  iree_host_size_t v48;
  uint8_t* v49;
  int32_t v50;
  iree_host_size_t v51;
  int32_t* v52;
  begin_call_t v53;
  iree_vm_module_t* v54;
  iree_vm_function_call_t v55;
  iree_status_t v56;
  bool v57;
  uint8_t* v58;
  iree_vm_ref_t* v59;
  iree_status_t v60;
  iree_status_t v61;
  v9 = 0;
  v10 = sizeof(iree_vm_ref_t);
  v11 = v9 + v10;
  v12 = sizeof(int32_t);
  v13 = v11 + v12;
  v14 = sizeof(int32_t);
  v15 = v13 + v14;
  v16 = sizeof(int64_t);
  v17 = v15 + v16;
  v18 = sizeof(int32_t);
  v19 = v17 + v18;
  v20 = sizeof(iree_vm_ref_t);
  v21 = v9 + v20;
  ;
  v22 = v2;
  v23 = v22->module;
  v24 = !v23;
  if (v24) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v26 = *v2;
  v25.function = v26;
  v27 = iree_alloca(v19);
  v28 = (uint8_t*) v27;
  v25.arguments.data_length = v19;
  v25.arguments.data = v28;
  memset(v28, 0, v19);
  v29 = iree_alloca(v21);
  v30 = (uint8_t*) v29;
  v25.results.data_length = v21;
  v25.results.data = v30;
  memset(v30, 0, v21);
  v31 = v25.arguments.data;
  v32 = (iree_vm_ref_t*) v31;
  iree_vm_ref_assign(v3, v32);
  v33 = sizeof(iree_vm_ref_t);
  v34 = v31 + v33;
  ;
  v35 = v4;
  v36 = sizeof(int32_t);
  v37 = &v35;
  memcpy(v34, v37, v36);
  v38 = sizeof(int32_t);
  v39 = v34 + v38;
  ;
  v40 = v5;
  v41 = sizeof(int32_t);
  v42 = &v40;
  memcpy(v39, v42, v41);
  v43 = sizeof(int32_t);
  v44 = v39 + v43;
  ;
  v45 = v6;
  v46 = sizeof(int64_t);
  v47 = &v45;
  memcpy(v44, v47, v46);
  v48 = sizeof(int64_t);
  v49 = v44 + v48;
  ;
  v50 = v7;
  v51 = sizeof(int32_t);
  v52 = &v50;
  memcpy(v49, v52, v51);
  v53 = v22->module->begin_call;
  v54 = v22->module;
  v55 = v25;
  v56 = EMITC_CALL_INDIRECT(v53, v54, v1, v55);
  v57 = (bool) v56;
  if (v57) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v58 = v25.results.data;
  v59 = (iree_vm_ref_t*) v58;
  iree_vm_ref_move(v59, v8);
  v60 = iree_ok_status();
  return v60;
label4:
  iree_vm_ref_release(v3);
  v61 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v61;
label5:
  iree_vm_ref_release(v3);
  return v56;
}

static iree_status_t module_call_0r_v_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3) {
  iree_host_size_t v4;
  iree_host_size_t v5;
  iree_host_size_t v6;
  iree_host_size_t v7;
  iree_vm_function_t* v8;
  iree_vm_module_t* v9;
  bool v10;
  iree_vm_function_call_t v11;
  iree_vm_function_t v12;
  void* v13;
  uint8_t* v14;
  void* v15;
  uint8_t* v16;
  uint8_t* v17;
  iree_vm_ref_t* v18;
  begin_call_t v19;
  iree_vm_module_t* v20;
  iree_vm_function_call_t v21;
  iree_status_t v22;
  bool v23;
  iree_status_t v24;
  iree_status_t v25;
  v4 = 1;
  v5 = 0;
  v6 = sizeof(iree_vm_ref_t);
  v7 = v5 + v6;
  ;
  v8 = v2;
  v9 = v8->module;
  v10 = !v9;
  if (v10) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v12 = *v2;
  v11.function = v12;
  v13 = iree_alloca(v7);
  v14 = (uint8_t*) v13;
  v11.arguments.data_length = v7;
  v11.arguments.data = v14;
  memset(v14, 0, v7);
  v15 = iree_alloca(v4);
  v16 = (uint8_t*) v15;
  v11.results.data_length = v5;
  v11.results.data = v16;
  memset(v16, 0, v4);
  v17 = v11.arguments.data;
  v18 = (iree_vm_ref_t*) v17;
  iree_vm_ref_assign(v3, v18);
  v19 = v8->module->begin_call;
  v20 = v8->module;
  v21 = v11;
  v22 = EMITC_CALL_INDIRECT(v19, v20, v1, v21);
  v23 = (bool) v22;
  if (v23) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v24 = iree_ok_status();
  return v24;
label4:
  iree_vm_ref_release(v3);
  v25 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v25;
label5:
  iree_vm_ref_release(v3);
  return v22;
}

static iree_status_t module_call_0riii_v_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int32_t v4, int32_t v5, int32_t v6) {
  iree_host_size_t v7;
  iree_host_size_t v8;
  iree_host_size_t v9;
  iree_host_size_t v10;
  iree_host_size_t v11;
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_host_size_t v16;
  iree_vm_function_t* v17;
  iree_vm_module_t* v18;
  bool v19;
  iree_vm_function_call_t v20;
  iree_vm_function_t v21;
  void* v22;
  uint8_t* v23;
  void* v24;
  uint8_t* v25;
  uint8_t* v26;
  iree_vm_ref_t* v27;
  iree_host_size_t v28;
  uint8_t* v29;
  int32_t v30;
  iree_host_size_t v31;
  int32_t* v32;
  iree_host_size_t v33;
  uint8_t* v34;
  int32_t v35;
  iree_host_size_t v36;
  int32_t* v37;
  iree_host_size_t v38;
  uint8_t* v39;
  int32_t v40;
  iree_host_size_t v41;
  int32_t* v42;
  begin_call_t v43;
  iree_vm_module_t* v44;
  iree_vm_function_call_t v45;
  iree_status_t v46;
  bool v47;
  iree_status_t v48;
  iree_status_t v49;
  v7 = 1;
  v8 = 0;
  v9 = sizeof(iree_vm_ref_t);
  v10 = v8 + v9;
  v11 = sizeof(int32_t);
  v12 = v10 + v11;
  v13 = sizeof(int32_t);
  v14 = v12 + v13;
  v15 = sizeof(int32_t);
  v16 = v14 + v15;
  ;
  v17 = v2;
  v18 = v17->module;
  v19 = !v18;
  if (v19) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v21 = *v2;
  v20.function = v21;
  v22 = iree_alloca(v16);
  v23 = (uint8_t*) v22;
  v20.arguments.data_length = v16;
  v20.arguments.data = v23;
  memset(v23, 0, v16);
  v24 = iree_alloca(v7);
  v25 = (uint8_t*) v24;
  v20.results.data_length = v8;
  v20.results.data = v25;
  memset(v25, 0, v7);
  v26 = v20.arguments.data;
  v27 = (iree_vm_ref_t*) v26;
  iree_vm_ref_assign(v3, v27);
  v28 = sizeof(iree_vm_ref_t);
  v29 = v26 + v28;
  ;
  v30 = v4;
  v31 = sizeof(int32_t);
  v32 = &v30;
  memcpy(v29, v32, v31);
  v33 = sizeof(int32_t);
  v34 = v29 + v33;
  ;
  v35 = v5;
  v36 = sizeof(int32_t);
  v37 = &v35;
  memcpy(v34, v37, v36);
  v38 = sizeof(int32_t);
  v39 = v34 + v38;
  ;
  v40 = v6;
  v41 = sizeof(int32_t);
  v42 = &v40;
  memcpy(v39, v42, v41);
  v43 = v17->module->begin_call;
  v44 = v17->module;
  v45 = v20;
  v46 = EMITC_CALL_INDIRECT(v43, v44, v1, v45);
  v47 = (bool) v46;
  if (v47) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v48 = iree_ok_status();
  return v48;
label4:
  iree_vm_ref_release(v3);
  v49 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v49;
label5:
  iree_vm_ref_release(v3);
  return v46;
}

static iree_status_t module_call_0rrIIiii_v_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4, int64_t v5, int64_t v6, int32_t v7, int32_t v8, int32_t v9) {
  iree_host_size_t v10;
  iree_host_size_t v11;
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_host_size_t v16;
  iree_host_size_t v17;
  iree_host_size_t v18;
  iree_host_size_t v19;
  iree_host_size_t v20;
  iree_host_size_t v21;
  iree_host_size_t v22;
  iree_host_size_t v23;
  iree_host_size_t v24;
  iree_host_size_t v25;
  iree_vm_function_t* v26;
  iree_vm_module_t* v27;
  bool v28;
  iree_vm_function_call_t v29;
  iree_vm_function_t v30;
  void* v31;
  uint8_t* v32;
  void* v33;
  uint8_t* v34;
  uint8_t* v35;
  iree_vm_ref_t* v36;
  iree_host_size_t v37;
  uint8_t* v38;
  iree_vm_ref_t* v39;
  iree_host_size_t v40;
  uint8_t* v41;
  int64_t v42;
  iree_host_size_t v43;
  int64_t* v44;
  iree_host_size_t v45;
  uint8_t* v46;
  int64_t v47;
  iree_host_size_t v48;
  int64_t* v49;
  iree_host_size_t v50;
  uint8_t* v51;
  int32_t v52;
  iree_host_size_t v53;
  int32_t* v54;
  iree_host_size_t v55;
  uint8_t* v56;
  int32_t v57;
  iree_host_size_t v58;
  int32_t* v59;
  iree_host_size_t v60;
  uint8_t* v61;
  int32_t v62;
  iree_host_size_t v63;
  int32_t* v64;
  begin_call_t v65;
  iree_vm_module_t* v66;
  iree_vm_function_call_t v67;
  iree_status_t v68;
  bool v69;
  iree_status_t v70;
  iree_status_t v71;
  v10 = 1;
  v11 = 0;
  v12 = sizeof(iree_vm_ref_t);
  v13 = v11 + v12;
  v14 = sizeof(iree_vm_ref_t);
  v15 = v13 + v14;
  v16 = sizeof(int64_t);
  v17 = v15 + v16;
  v18 = sizeof(int64_t);
  v19 = v17 + v18;
  v20 = sizeof(int32_t);
  v21 = v19 + v20;
  v22 = sizeof(int32_t);
  v23 = v21 + v22;
  v24 = sizeof(int32_t);
  v25 = v23 + v24;
  ;
  v26 = v2;
  v27 = v26->module;
  v28 = !v27;
  if (v28) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v30 = *v2;
  v29.function = v30;
  v31 = iree_alloca(v25);
  v32 = (uint8_t*) v31;
  v29.arguments.data_length = v25;
  v29.arguments.data = v32;
  memset(v32, 0, v25);
  v33 = iree_alloca(v10);
  v34 = (uint8_t*) v33;
  v29.results.data_length = v11;
  v29.results.data = v34;
  memset(v34, 0, v10);
  v35 = v29.arguments.data;
  v36 = (iree_vm_ref_t*) v35;
  iree_vm_ref_assign(v3, v36);
  v37 = sizeof(iree_vm_ref_t);
  v38 = v35 + v37;
  v39 = (iree_vm_ref_t*) v38;
  iree_vm_ref_assign(v4, v39);
  v40 = sizeof(iree_vm_ref_t);
  v41 = v38 + v40;
  ;
  v42 = v5;
  v43 = sizeof(int64_t);
  v44 = &v42;
  memcpy(v41, v44, v43);
  v45 = sizeof(int64_t);
  v46 = v41 + v45;
  ;
  v47 = v6;
  v48 = sizeof(int64_t);
  v49 = &v47;
  memcpy(v46, v49, v48);
  v50 = sizeof(int64_t);
  v51 = v46 + v50;
  ;
  v52 = v7;
  v53 = sizeof(int32_t);
  v54 = &v52;
  memcpy(v51, v54, v53);
  v55 = sizeof(int32_t);
  v56 = v51 + v55;
  ;
  v57 = v8;
  v58 = sizeof(int32_t);
  v59 = &v57;
  memcpy(v56, v59, v58);
  v60 = sizeof(int32_t);
  v61 = v56 + v60;
  ;
  v62 = v9;
  v63 = sizeof(int32_t);
  v64 = &v62;
  memcpy(v61, v64, v63);
  v65 = v26->module->begin_call;
  v66 = v26->module;
  v67 = v29;
  v68 = EMITC_CALL_INDIRECT(v65, v66, v1, v67);
  v69 = (bool) v68;
  if (v69) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v70 = iree_ok_status();
  return v70;
label4:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v4);
  v71 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v71;
label5:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v4);
  return v68;
}

static iree_status_t module_call_0rriiiiICiDCiirIID_v_0_2_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4, int32_t v5, int32_t v6, int32_t v7, int32_t v8, int64_t v9, int32_t v10, int32_t v11, int32_t v12, int32_t v13, iree_vm_ref_t* v14, int64_t v15, int64_t v16, int32_t v17, int32_t v18, iree_vm_ref_t* v19, int64_t v20, int64_t v21) {
  iree_host_size_t v22;
  iree_host_size_t v23;
  iree_host_size_t v24;
  iree_host_size_t v25;
  iree_host_size_t v26;
  iree_host_size_t v27;
  iree_host_size_t v28;
  iree_host_size_t v29;
  iree_host_size_t v30;
  iree_host_size_t v31;
  iree_host_size_t v32;
  iree_host_size_t v33;
  iree_host_size_t v34;
  iree_host_size_t v35;
  iree_host_size_t v36;
  iree_host_size_t v37;
  iree_host_size_t v38;
  iree_host_size_t v39;
  iree_host_size_t v40;
  iree_host_size_t v41;
  iree_host_size_t v42;
  iree_host_size_t v43;
  iree_host_size_t v44;
  iree_host_size_t v45;
  iree_host_size_t v46;
  iree_host_size_t v47;
  iree_host_size_t v48;
  iree_host_size_t v49;
  iree_host_size_t v50;
  iree_host_size_t v51;
  iree_host_size_t v52;
  iree_host_size_t v53;
  iree_host_size_t v54;
  iree_host_size_t v55;
  iree_host_size_t v56;
  iree_host_size_t v57;
  iree_host_size_t v58;
  iree_host_size_t v59;
  iree_host_size_t v60;
  iree_host_size_t v61;
  iree_vm_function_t* v62;
  iree_vm_module_t* v63;
  bool v64;
  iree_vm_function_call_t v65;
  iree_vm_function_t v66;
  void* v67;
  uint8_t* v68;
  void* v69;
  uint8_t* v70;
  uint8_t* v71;
  iree_vm_ref_t* v72;
  iree_host_size_t v73;
  uint8_t* v74;
  iree_vm_ref_t* v75;
  iree_host_size_t v76;
  uint8_t* v77;
  int32_t v78;
  iree_host_size_t v79;
  int32_t* v80;
  iree_host_size_t v81;
  uint8_t* v82;
  int32_t v83;
  iree_host_size_t v84;
  int32_t* v85;
  iree_host_size_t v86;
  uint8_t* v87;
  int32_t v88;
  iree_host_size_t v89;
  int32_t* v90;
  iree_host_size_t v91;
  uint8_t* v92;
  int32_t v93;
  iree_host_size_t v94;
  int32_t* v95;
  iree_host_size_t v96;
  uint8_t* v97;
  int64_t v98;
  iree_host_size_t v99;
  int64_t* v100;
  iree_host_size_t v101;
  uint8_t* v102;
  int32_t v103;
  iree_host_size_t v104;
  int32_t* v105;
  iree_host_size_t v106;
  uint8_t* v107;
  int32_t v108;
  iree_host_size_t v109;
  int32_t* v110;
  iree_host_size_t v111;
  uint8_t* v112;
  int32_t v113;
  iree_host_size_t v114;
  int32_t* v115;
  iree_host_size_t v116;
  uint8_t* v117;
  int32_t v118;
  iree_host_size_t v119;
  int32_t* v120;
  iree_host_size_t v121;
  uint8_t* v122;
  iree_vm_ref_t* v123;
  iree_host_size_t v124;
  uint8_t* v125;
  int64_t v126;
  iree_host_size_t v127;
  int64_t* v128;
  iree_host_size_t v129;
  uint8_t* v130;
  int64_t v131;
  iree_host_size_t v132;
  int64_t* v133;
  iree_host_size_t v134;
  uint8_t* v135;
  int32_t v136;
  iree_host_size_t v137;
  int32_t* v138;
  iree_host_size_t v139;
  uint8_t* v140;
  int32_t v141;
  iree_host_size_t v142;
  int32_t* v143;
  iree_host_size_t v144;
  uint8_t* v145;
  iree_vm_ref_t* v146;
  iree_host_size_t v147;
  uint8_t* v148;
  int64_t v149;
  iree_host_size_t v150;
  int64_t* v151;
  iree_host_size_t v152;
  uint8_t* v153;
  int64_t v154;
  iree_host_size_t v155;
  int64_t* v156;
  begin_call_t v157;
  iree_vm_module_t* v158;
  iree_vm_function_call_t v159;
  iree_status_t v160;
  bool v161;
  iree_status_t v162;
  iree_status_t v163;
  v22 = 1;
  v23 = 0;
  v24 = sizeof(iree_vm_ref_t);
  v25 = v23 + v24;
  v26 = sizeof(iree_vm_ref_t);
  v27 = v25 + v26;
  v28 = sizeof(int32_t);
  v29 = v27 + v28;
  v30 = sizeof(int32_t);
  v31 = v29 + v30;
  v32 = sizeof(int32_t);
  v33 = v31 + v32;
  v34 = sizeof(int32_t);
  v35 = v33 + v34;
  v36 = sizeof(int64_t);
  v37 = v35 + v36;
  v38 = sizeof(int32_t);
  v39 = v37 + v38;
  v40 = sizeof(int32_t);
  v41 = v39 + v40;
  v42 = sizeof(int32_t);
  v43 = v41 + v42;
  v44 = sizeof(int32_t);
  v45 = v43 + v44;
  v46 = sizeof(iree_vm_ref_t);
  v47 = v45 + v46;
  v48 = sizeof(int64_t);
  v49 = v47 + v48;
  v50 = sizeof(int64_t);
  v51 = v49 + v50;
  v52 = sizeof(int32_t);
  v53 = v51 + v52;
  v54 = sizeof(int32_t);
  v55 = v53 + v54;
  v56 = sizeof(iree_vm_ref_t);
  v57 = v55 + v56;
  v58 = sizeof(int64_t);
  v59 = v57 + v58;
  v60 = sizeof(int64_t);
  v61 = v59 + v60;
  ;
  v62 = v2;
  v63 = v62->module;
  v64 = !v63;
  if (v64) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v66 = *v2;
  v65.function = v66;
  v67 = iree_alloca(v61);
  v68 = (uint8_t*) v67;
  v65.arguments.data_length = v61;
  v65.arguments.data = v68;
  memset(v68, 0, v61);
  v69 = iree_alloca(v22);
  v70 = (uint8_t*) v69;
  v65.results.data_length = v23;
  v65.results.data = v70;
  memset(v70, 0, v22);
  v71 = v65.arguments.data;
  v72 = (iree_vm_ref_t*) v71;
  iree_vm_ref_assign(v3, v72);
  v73 = sizeof(iree_vm_ref_t);
  v74 = v71 + v73;
  v75 = (iree_vm_ref_t*) v74;
  iree_vm_ref_assign(v4, v75);
  v76 = sizeof(iree_vm_ref_t);
  v77 = v74 + v76;
  ;
  v78 = v5;
  v79 = sizeof(int32_t);
  v80 = &v78;
  memcpy(v77, v80, v79);
  v81 = sizeof(int32_t);
  v82 = v77 + v81;
  ;
  v83 = v6;
  v84 = sizeof(int32_t);
  v85 = &v83;
  memcpy(v82, v85, v84);
  v86 = sizeof(int32_t);
  v87 = v82 + v86;
  ;
  v88 = v7;
  v89 = sizeof(int32_t);
  v90 = &v88;
  memcpy(v87, v90, v89);
  v91 = sizeof(int32_t);
  v92 = v87 + v91;
  ;
  v93 = v8;
  v94 = sizeof(int32_t);
  v95 = &v93;
  memcpy(v92, v95, v94);
  v96 = sizeof(int32_t);
  v97 = v92 + v96;
  ;
  v98 = v9;
  v99 = sizeof(int64_t);
  v100 = &v98;
  memcpy(v97, v100, v99);
  v101 = sizeof(int64_t);
  v102 = v97 + v101;
  ;
  v103 = v10;
  v104 = sizeof(int32_t);
  v105 = &v103;
  memcpy(v102, v105, v104);
  v106 = sizeof(int32_t);
  v107 = v102 + v106;
  ;
  v108 = v11;
  v109 = sizeof(int32_t);
  v110 = &v108;
  memcpy(v107, v110, v109);
  v111 = sizeof(int32_t);
  v112 = v107 + v111;
  ;
  v113 = v12;
  v114 = sizeof(int32_t);
  v115 = &v113;
  memcpy(v112, v115, v114);
  v116 = sizeof(int32_t);
  v117 = v112 + v116;
  ;
  v118 = v13;
  v119 = sizeof(int32_t);
  v120 = &v118;
  memcpy(v117, v120, v119);
  v121 = sizeof(int32_t);
  v122 = v117 + v121;
  v123 = (iree_vm_ref_t*) v122;
  iree_vm_ref_assign(v14, v123);
  v124 = sizeof(iree_vm_ref_t);
  v125 = v122 + v124;
  ;
  v126 = v15;
  v127 = sizeof(int64_t);
  v128 = &v126;
  memcpy(v125, v128, v127);
  v129 = sizeof(int64_t);
  v130 = v125 + v129;
  ;
  v131 = v16;
  v132 = sizeof(int64_t);
  v133 = &v131;
  memcpy(v130, v133, v132);
  v134 = sizeof(int64_t);
  v135 = v130 + v134;
  ;
  v136 = v17;
  v137 = sizeof(int32_t);
  v138 = &v136;
  memcpy(v135, v138, v137);
  v139 = sizeof(int32_t);
  v140 = v135 + v139;
  ;
  v141 = v18;
  v142 = sizeof(int32_t);
  v143 = &v141;
  memcpy(v140, v143, v142);
  v144 = sizeof(int32_t);
  v145 = v140 + v144;
  v146 = (iree_vm_ref_t*) v145;
  iree_vm_ref_assign(v19, v146);
  v147 = sizeof(iree_vm_ref_t);
  v148 = v145 + v147;
  ;
  v149 = v20;
  v150 = sizeof(int64_t);
  v151 = &v149;
  memcpy(v148, v151, v150);
  v152 = sizeof(int64_t);
  v153 = v148 + v152;
  ;
  v154 = v21;
  v155 = sizeof(int64_t);
  v156 = &v154;
  memcpy(v153, v156, v155);
  v157 = v62->module->begin_call;
  v158 = v62->module;
  v159 = v65;
  v160 = EMITC_CALL_INDIRECT(v157, v158, v1, v159);
  v161 = (bool) v160;
  if (v161) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v162 = iree_ok_status();
  return v162;
label4:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v4);
  v163 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v163;
label5:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v4);
  return v160;
}

static iree_status_t module_call_0rriiiiICiDCiirIID_v_0_3_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4, int32_t v5, int32_t v6, int32_t v7, int32_t v8, int64_t v9, int32_t v10, int32_t v11, int32_t v12, int32_t v13, iree_vm_ref_t* v14, int64_t v15, int64_t v16, int32_t v17, int32_t v18, iree_vm_ref_t* v19, int64_t v20, int64_t v21, int32_t v22, int32_t v23, iree_vm_ref_t* v24, int64_t v25, int64_t v26) {
  iree_host_size_t v27;
  iree_host_size_t v28;
  iree_host_size_t v29;
  iree_host_size_t v30;
  iree_host_size_t v31;
  iree_host_size_t v32;
  iree_host_size_t v33;
  iree_host_size_t v34;
  iree_host_size_t v35;
  iree_host_size_t v36;
  iree_host_size_t v37;
  iree_host_size_t v38;
  iree_host_size_t v39;
  iree_host_size_t v40;
  iree_host_size_t v41;
  iree_host_size_t v42;
  iree_host_size_t v43;
  iree_host_size_t v44;
  iree_host_size_t v45;
  iree_host_size_t v46;
  iree_host_size_t v47;
  iree_host_size_t v48;
  iree_host_size_t v49;
  iree_host_size_t v50;
  iree_host_size_t v51;
  iree_host_size_t v52;
  iree_host_size_t v53;
  iree_host_size_t v54;
  iree_host_size_t v55;
  iree_host_size_t v56;
  iree_host_size_t v57;
  iree_host_size_t v58;
  iree_host_size_t v59;
  iree_host_size_t v60;
  iree_host_size_t v61;
  iree_host_size_t v62;
  iree_host_size_t v63;
  iree_host_size_t v64;
  iree_host_size_t v65;
  iree_host_size_t v66;
  iree_host_size_t v67;
  iree_host_size_t v68;
  iree_host_size_t v69;
  iree_host_size_t v70;
  iree_host_size_t v71;
  iree_host_size_t v72;
  iree_host_size_t v73;
  iree_host_size_t v74;
  iree_host_size_t v75;
  iree_host_size_t v76;
  iree_vm_function_t* v77;
  iree_vm_module_t* v78;
  bool v79;
  iree_vm_function_call_t v80;
  iree_vm_function_t v81;
  void* v82;
  uint8_t* v83;
  void* v84;
  uint8_t* v85;
  uint8_t* v86;
  iree_vm_ref_t* v87;
  iree_host_size_t v88;
  uint8_t* v89;
  iree_vm_ref_t* v90;
  iree_host_size_t v91;
  uint8_t* v92;
  int32_t v93;
  iree_host_size_t v94;
  int32_t* v95;
  iree_host_size_t v96;
  uint8_t* v97;
  int32_t v98;
  iree_host_size_t v99;
  int32_t* v100;
  iree_host_size_t v101;
  uint8_t* v102;
  int32_t v103;
  iree_host_size_t v104;
  int32_t* v105;
  iree_host_size_t v106;
  uint8_t* v107;
  int32_t v108;
  iree_host_size_t v109;
  int32_t* v110;
  iree_host_size_t v111;
  uint8_t* v112;
  int64_t v113;
  iree_host_size_t v114;
  int64_t* v115;
  iree_host_size_t v116;
  uint8_t* v117;
  int32_t v118;
  iree_host_size_t v119;
  int32_t* v120;
  iree_host_size_t v121;
  uint8_t* v122;
  int32_t v123;
  iree_host_size_t v124;
  int32_t* v125;
  iree_host_size_t v126;
  uint8_t* v127;
  int32_t v128;
  iree_host_size_t v129;
  int32_t* v130;
  iree_host_size_t v131;
  uint8_t* v132;
  int32_t v133;
  iree_host_size_t v134;
  int32_t* v135;
  iree_host_size_t v136;
  uint8_t* v137;
  iree_vm_ref_t* v138;
  iree_host_size_t v139;
  uint8_t* v140;
  int64_t v141;
  iree_host_size_t v142;
  int64_t* v143;
  iree_host_size_t v144;
  uint8_t* v145;
  int64_t v146;
  iree_host_size_t v147;
  int64_t* v148;
  iree_host_size_t v149;
  uint8_t* v150;
  int32_t v151;
  iree_host_size_t v152;
  int32_t* v153;
  iree_host_size_t v154;
  uint8_t* v155;
  int32_t v156;
  iree_host_size_t v157;
  int32_t* v158;
  iree_host_size_t v159;
  uint8_t* v160;
  iree_vm_ref_t* v161;
  iree_host_size_t v162;
  uint8_t* v163;
  int64_t v164;
  iree_host_size_t v165;
  int64_t* v166;
  iree_host_size_t v167;
  uint8_t* v168;
  int64_t v169;
  iree_host_size_t v170;
  int64_t* v171;
  iree_host_size_t v172;
  uint8_t* v173;
  int32_t v174;
  iree_host_size_t v175;
  int32_t* v176;
  iree_host_size_t v177;
  uint8_t* v178;
  int32_t v179;
  iree_host_size_t v180;
  int32_t* v181;
  iree_host_size_t v182;
  uint8_t* v183;
  iree_vm_ref_t* v184;
  iree_host_size_t v185;
  uint8_t* v186;
  int64_t v187;
  iree_host_size_t v188;
  int64_t* v189;
  iree_host_size_t v190;
  uint8_t* v191;
  int64_t v192;
  iree_host_size_t v193;
  int64_t* v194;
  begin_call_t v195;
  iree_vm_module_t* v196;
  iree_vm_function_call_t v197;
  iree_status_t v198;
  bool v199;
  iree_status_t v200;
  iree_status_t v201;
  v27 = 1;
  v28 = 0;
  v29 = sizeof(iree_vm_ref_t);
  v30 = v28 + v29;
  v31 = sizeof(iree_vm_ref_t);
  v32 = v30 + v31;
  v33 = sizeof(int32_t);
  v34 = v32 + v33;
  v35 = sizeof(int32_t);
  v36 = v34 + v35;
  v37 = sizeof(int32_t);
  v38 = v36 + v37;
  v39 = sizeof(int32_t);
  v40 = v38 + v39;
  v41 = sizeof(int64_t);
  v42 = v40 + v41;
  v43 = sizeof(int32_t);
  v44 = v42 + v43;
  v45 = sizeof(int32_t);
  v46 = v44 + v45;
  v47 = sizeof(int32_t);
  v48 = v46 + v47;
  v49 = sizeof(int32_t);
  v50 = v48 + v49;
  v51 = sizeof(iree_vm_ref_t);
  v52 = v50 + v51;
  v53 = sizeof(int64_t);
  v54 = v52 + v53;
  v55 = sizeof(int64_t);
  v56 = v54 + v55;
  v57 = sizeof(int32_t);
  v58 = v56 + v57;
  v59 = sizeof(int32_t);
  v60 = v58 + v59;
  v61 = sizeof(iree_vm_ref_t);
  v62 = v60 + v61;
  v63 = sizeof(int64_t);
  v64 = v62 + v63;
  v65 = sizeof(int64_t);
  v66 = v64 + v65;
  v67 = sizeof(int32_t);
  v68 = v66 + v67;
  v69 = sizeof(int32_t);
  v70 = v68 + v69;
  v71 = sizeof(iree_vm_ref_t);
  v72 = v70 + v71;
  v73 = sizeof(int64_t);
  v74 = v72 + v73;
  v75 = sizeof(int64_t);
  v76 = v74 + v75;
  ;
  v77 = v2;
  v78 = v77->module;
  v79 = !v78;
  if (v79) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v81 = *v2;
  v80.function = v81;
  v82 = iree_alloca(v76);
  v83 = (uint8_t*) v82;
  v80.arguments.data_length = v76;
  v80.arguments.data = v83;
  memset(v83, 0, v76);
  v84 = iree_alloca(v27);
  v85 = (uint8_t*) v84;
  v80.results.data_length = v28;
  v80.results.data = v85;
  memset(v85, 0, v27);
  v86 = v80.arguments.data;
  v87 = (iree_vm_ref_t*) v86;
  iree_vm_ref_assign(v3, v87);
  v88 = sizeof(iree_vm_ref_t);
  v89 = v86 + v88;
  v90 = (iree_vm_ref_t*) v89;
  iree_vm_ref_assign(v4, v90);
  v91 = sizeof(iree_vm_ref_t);
  v92 = v89 + v91;
  ;
  v93 = v5;
  v94 = sizeof(int32_t);
  v95 = &v93;
  memcpy(v92, v95, v94);
  v96 = sizeof(int32_t);
  v97 = v92 + v96;
  ;
  v98 = v6;
  v99 = sizeof(int32_t);
  v100 = &v98;
  memcpy(v97, v100, v99);
  v101 = sizeof(int32_t);
  v102 = v97 + v101;
  ;
  v103 = v7;
  v104 = sizeof(int32_t);
  v105 = &v103;
  memcpy(v102, v105, v104);
  v106 = sizeof(int32_t);
  v107 = v102 + v106;
  ;
  v108 = v8;
  v109 = sizeof(int32_t);
  v110 = &v108;
  memcpy(v107, v110, v109);
  v111 = sizeof(int32_t);
  v112 = v107 + v111;
  ;
  v113 = v9;
  v114 = sizeof(int64_t);
  v115 = &v113;
  memcpy(v112, v115, v114);
  v116 = sizeof(int64_t);
  v117 = v112 + v116;
  ;
  v118 = v10;
  v119 = sizeof(int32_t);
  v120 = &v118;
  memcpy(v117, v120, v119);
  v121 = sizeof(int32_t);
  v122 = v117 + v121;
  ;
  v123 = v11;
  v124 = sizeof(int32_t);
  v125 = &v123;
  memcpy(v122, v125, v124);
  v126 = sizeof(int32_t);
  v127 = v122 + v126;
  ;
  v128 = v12;
  v129 = sizeof(int32_t);
  v130 = &v128;
  memcpy(v127, v130, v129);
  v131 = sizeof(int32_t);
  v132 = v127 + v131;
  ;
  v133 = v13;
  v134 = sizeof(int32_t);
  v135 = &v133;
  memcpy(v132, v135, v134);
  v136 = sizeof(int32_t);
  v137 = v132 + v136;
  v138 = (iree_vm_ref_t*) v137;
  iree_vm_ref_assign(v14, v138);
  v139 = sizeof(iree_vm_ref_t);
  v140 = v137 + v139;
  ;
  v141 = v15;
  v142 = sizeof(int64_t);
  v143 = &v141;
  memcpy(v140, v143, v142);
  v144 = sizeof(int64_t);
  v145 = v140 + v144;
  ;
  v146 = v16;
  v147 = sizeof(int64_t);
  v148 = &v146;
  memcpy(v145, v148, v147);
  v149 = sizeof(int64_t);
  v150 = v145 + v149;
  ;
  v151 = v17;
  v152 = sizeof(int32_t);
  v153 = &v151;
  memcpy(v150, v153, v152);
  v154 = sizeof(int32_t);
  v155 = v150 + v154;
  ;
  v156 = v18;
  v157 = sizeof(int32_t);
  v158 = &v156;
  memcpy(v155, v158, v157);
  v159 = sizeof(int32_t);
  v160 = v155 + v159;
  v161 = (iree_vm_ref_t*) v160;
  iree_vm_ref_assign(v19, v161);
  v162 = sizeof(iree_vm_ref_t);
  v163 = v160 + v162;
  ;
  v164 = v20;
  v165 = sizeof(int64_t);
  v166 = &v164;
  memcpy(v163, v166, v165);
  v167 = sizeof(int64_t);
  v168 = v163 + v167;
  ;
  v169 = v21;
  v170 = sizeof(int64_t);
  v171 = &v169;
  memcpy(v168, v171, v170);
  v172 = sizeof(int64_t);
  v173 = v168 + v172;
  ;
  v174 = v22;
  v175 = sizeof(int32_t);
  v176 = &v174;
  memcpy(v173, v176, v175);
  v177 = sizeof(int32_t);
  v178 = v173 + v177;
  ;
  v179 = v23;
  v180 = sizeof(int32_t);
  v181 = &v179;
  memcpy(v178, v181, v180);
  v182 = sizeof(int32_t);
  v183 = v178 + v182;
  v184 = (iree_vm_ref_t*) v183;
  iree_vm_ref_assign(v24, v184);
  v185 = sizeof(iree_vm_ref_t);
  v186 = v183 + v185;
  ;
  v187 = v25;
  v188 = sizeof(int64_t);
  v189 = &v187;
  memcpy(v186, v189, v188);
  v190 = sizeof(int64_t);
  v191 = v186 + v190;
  ;
  v192 = v26;
  v193 = sizeof(int64_t);
  v194 = &v192;
  memcpy(v191, v194, v193);
  v195 = v77->module->begin_call;
  v196 = v77->module;
  v197 = v80;
  v198 = EMITC_CALL_INDIRECT(v195, v196, v1, v197);
  v199 = (bool) v198;
  if (v199) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v200 = iree_ok_status();
  return v200;
label4:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v4);
  v201 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v201;
label5:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v4);
  return v198;
}

static iree_status_t module_call_0rrr_iI_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4, iree_vm_ref_t* v5, int32_t* v6, int64_t* v7) {
  iree_host_size_t v8;
  iree_host_size_t v9;
  iree_host_size_t v10;
  iree_host_size_t v11;
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_host_size_t v16;
  iree_host_size_t v17;
  iree_host_size_t v18;
  iree_vm_function_t* v19;
  iree_vm_module_t* v20;
  bool v21;
  iree_vm_function_call_t v22;
  iree_vm_function_t v23;
  void* v24;
  uint8_t* v25;
  void* v26;
  uint8_t* v27;
  uint8_t* v28;
  iree_vm_ref_t* v29;
  iree_host_size_t v30;
  uint8_t* v31;
  iree_vm_ref_t* v32;
  iree_host_size_t v33;
  uint8_t* v34;
  iree_vm_ref_t* v35;
  begin_call_t v36;
  iree_vm_module_t* v37;
  iree_vm_function_call_t v38;
  iree_status_t v39;
  bool v40;
  uint8_t* v41;
  iree_host_size_t v42;
  iree_host_size_t v43;
  uint8_t* v44;
  iree_host_size_t v45;
  iree_status_t v46;
  iree_status_t v47;
  v8 = 0;
  v9 = sizeof(iree_vm_ref_t);
  v10 = v8 + v9;
  v11 = sizeof(iree_vm_ref_t);
  v12 = v10 + v11;
  v13 = sizeof(iree_vm_ref_t);
  v14 = v12 + v13;
  v15 = sizeof(int32_t);
  v16 = v8 + v15;
  v17 = sizeof(int64_t);
  v18 = v16 + v17;
  ;
  v19 = v2;
  v20 = v19->module;
  v21 = !v20;
  if (v21) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v23 = *v2;
  v22.function = v23;
  v24 = iree_alloca(v14);
  v25 = (uint8_t*) v24;
  v22.arguments.data_length = v14;
  v22.arguments.data = v25;
  memset(v25, 0, v14);
  v26 = iree_alloca(v18);
  v27 = (uint8_t*) v26;
  v22.results.data_length = v18;
  v22.results.data = v27;
  memset(v27, 0, v18);
  v28 = v22.arguments.data;
  v29 = (iree_vm_ref_t*) v28;
  iree_vm_ref_assign(v3, v29);
  v30 = sizeof(iree_vm_ref_t);
  v31 = v28 + v30;
  v32 = (iree_vm_ref_t*) v31;
  iree_vm_ref_assign(v4, v32);
  v33 = sizeof(iree_vm_ref_t);
  v34 = v31 + v33;
  v35 = (iree_vm_ref_t*) v34;
  iree_vm_ref_assign(v5, v35);
  v36 = v19->module->begin_call;
  v37 = v19->module;
  v38 = v22;
  v39 = EMITC_CALL_INDIRECT(v36, v37, v1, v38);
  v40 = (bool) v39;
  if (v40) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v41 = v22.results.data;
  v42 = sizeof(int32_t);
  memcpy(v6, v41, v42);
  v43 = sizeof(int32_t);
  v44 = v41 + v43;
  v45 = sizeof(int64_t);
  memcpy(v7, v44, v45);
  v46 = iree_ok_status();
  return v46;
label4:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v4);
  iree_vm_ref_release(v5);
  v47 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v47;
label5:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v4);
  iree_vm_ref_release(v5);
  return v39;
}

static iree_status_t module_call_0rIrriiiI_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int64_t v4, iree_vm_ref_t* v5, iree_vm_ref_t* v6, int32_t v7, int32_t v8, int32_t v9, int64_t v10, iree_vm_ref_t* v11) {
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_host_size_t v16;
  iree_host_size_t v17;
  iree_host_size_t v18;
  iree_host_size_t v19;
  iree_host_size_t v20;
  iree_host_size_t v21;
  iree_host_size_t v22;
  iree_host_size_t v23;
  iree_host_size_t v24;
  iree_host_size_t v25;
  iree_host_size_t v26;
  iree_host_size_t v27;
  iree_host_size_t v28;
  iree_host_size_t v29;
  iree_host_size_t v30;
  iree_vm_function_t* v31;
  iree_vm_module_t* v32;
  bool v33;
  iree_vm_function_call_t v34;
  iree_vm_function_t v35;
  void* v36;
  uint8_t* v37;
  void* v38;
  uint8_t* v39;
  uint8_t* v40;
  iree_vm_ref_t* v41;
  iree_host_size_t v42;
  uint8_t* v43;
  int64_t v44;
  iree_host_size_t v45;
  int64_t* v46;
  iree_host_size_t v47;
  uint8_t* v48;
  iree_vm_ref_t* v49;
  iree_host_size_t v50;
  uint8_t* v51;
  iree_vm_ref_t* v52;
  iree_host_size_t v53;
  uint8_t* v54;
  int32_t v55;
  iree_host_size_t v56;
  int32_t* v57;
  iree_host_size_t v58;
  uint8_t* v59;
  int32_t v60;
  iree_host_size_t v61;
  int32_t* v62;
  iree_host_size_t v63;
  uint8_t* v64;
  int32_t v65;
  iree_host_size_t v66;
  int32_t* v67;
  iree_host_size_t v68;
  uint8_t* v69;
  int64_t v70;
  iree_host_size_t v71;
  int64_t* v72;
  begin_call_t v73;
  iree_vm_module_t* v74;
  iree_vm_function_call_t v75;
  iree_status_t v76;
  bool v77;
  uint8_t* v78;
  iree_vm_ref_t* v79;
  iree_status_t v80;
  iree_status_t v81;
  v12 = 0;
  v13 = sizeof(iree_vm_ref_t);
  v14 = v12 + v13;
  v15 = sizeof(int64_t);
  v16 = v14 + v15;
  v17 = sizeof(iree_vm_ref_t);
  v18 = v16 + v17;
  v19 = sizeof(iree_vm_ref_t);
  v20 = v18 + v19;
  v21 = sizeof(int32_t);
  v22 = v20 + v21;
  v23 = sizeof(int32_t);
  v24 = v22 + v23;
  v25 = sizeof(int32_t);
  v26 = v24 + v25;
  v27 = sizeof(int64_t);
  v28 = v26 + v27;
  v29 = sizeof(iree_vm_ref_t);
  v30 = v12 + v29;
  ;
  v31 = v2;
  v32 = v31->module;
  v33 = !v32;
  if (v33) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v35 = *v2;
  v34.function = v35;
  v36 = iree_alloca(v28);
  v37 = (uint8_t*) v36;
  v34.arguments.data_length = v28;
  v34.arguments.data = v37;
  memset(v37, 0, v28);
  v38 = iree_alloca(v30);
  v39 = (uint8_t*) v38;
  v34.results.data_length = v30;
  v34.results.data = v39;
  memset(v39, 0, v30);
  v40 = v34.arguments.data;
  v41 = (iree_vm_ref_t*) v40;
  iree_vm_ref_assign(v3, v41);
  v42 = sizeof(iree_vm_ref_t);
  v43 = v40 + v42;
  ;
  v44 = v4;
  v45 = sizeof(int64_t);
  v46 = &v44;
  memcpy(v43, v46, v45);
  v47 = sizeof(int64_t);
  v48 = v43 + v47;
  v49 = (iree_vm_ref_t*) v48;
  iree_vm_ref_assign(v5, v49);
  v50 = sizeof(iree_vm_ref_t);
  v51 = v48 + v50;
  v52 = (iree_vm_ref_t*) v51;
  iree_vm_ref_assign(v6, v52);
  v53 = sizeof(iree_vm_ref_t);
  v54 = v51 + v53;
  ;
  v55 = v7;
  v56 = sizeof(int32_t);
  v57 = &v55;
  memcpy(v54, v57, v56);
  v58 = sizeof(int32_t);
  v59 = v54 + v58;
  ;
  v60 = v8;
  v61 = sizeof(int32_t);
  v62 = &v60;
  memcpy(v59, v62, v61);
  v63 = sizeof(int32_t);
  v64 = v59 + v63;
  ;
  v65 = v9;
  v66 = sizeof(int32_t);
  v67 = &v65;
  memcpy(v64, v67, v66);
  v68 = sizeof(int32_t);
  v69 = v64 + v68;
  ;
  v70 = v10;
  v71 = sizeof(int64_t);
  v72 = &v70;
  memcpy(v69, v72, v71);
  v73 = v31->module->begin_call;
  v74 = v31->module;
  v75 = v34;
  v76 = EMITC_CALL_INDIRECT(v73, v74, v1, v75);
  v77 = (bool) v76;
  if (v77) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v78 = v34.results.data;
  v79 = (iree_vm_ref_t*) v78;
  iree_vm_ref_move(v79, v11);
  v80 = iree_ok_status();
  return v80;
label4:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v5);
  iree_vm_ref_release(v6);
  v81 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v81;
label5:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v5);
  iree_vm_ref_release(v6);
  return v76;
}

static iree_status_t module_call_0rIrrr_v_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int64_t v4, iree_vm_ref_t* v5, iree_vm_ref_t* v6, iree_vm_ref_t* v7) {
  iree_host_size_t v8;
  iree_host_size_t v9;
  iree_host_size_t v10;
  iree_host_size_t v11;
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_host_size_t v16;
  iree_host_size_t v17;
  iree_host_size_t v18;
  iree_host_size_t v19;
  iree_vm_function_t* v20;
  iree_vm_module_t* v21;
  bool v22;
  iree_vm_function_call_t v23;
  iree_vm_function_t v24;
  void* v25;
  uint8_t* v26;
  void* v27;
  uint8_t* v28;
  uint8_t* v29;
  iree_vm_ref_t* v30;
  iree_host_size_t v31;
  uint8_t* v32;
  int64_t v33;
  iree_host_size_t v34;
  int64_t* v35;
  iree_host_size_t v36;
  uint8_t* v37;
  iree_vm_ref_t* v38;
  iree_host_size_t v39;
  uint8_t* v40;
  iree_vm_ref_t* v41;
  iree_host_size_t v42;
  uint8_t* v43;
  iree_vm_ref_t* v44;
  begin_call_t v45;
  iree_vm_module_t* v46;
  iree_vm_function_call_t v47;
  iree_status_t v48;
  bool v49;
  iree_status_t v50;
  iree_status_t v51;
  v8 = 1;
  v9 = 0;
  v10 = sizeof(iree_vm_ref_t);
  v11 = v9 + v10;
  v12 = sizeof(int64_t);
  v13 = v11 + v12;
  v14 = sizeof(iree_vm_ref_t);
  v15 = v13 + v14;
  v16 = sizeof(iree_vm_ref_t);
  v17 = v15 + v16;
  v18 = sizeof(iree_vm_ref_t);
  v19 = v17 + v18;
  ;
  v20 = v2;
  v21 = v20->module;
  v22 = !v21;
  if (v22) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v24 = *v2;
  v23.function = v24;
  v25 = iree_alloca(v19);
  v26 = (uint8_t*) v25;
  v23.arguments.data_length = v19;
  v23.arguments.data = v26;
  memset(v26, 0, v19);
  v27 = iree_alloca(v8);
  v28 = (uint8_t*) v27;
  v23.results.data_length = v9;
  v23.results.data = v28;
  memset(v28, 0, v8);
  v29 = v23.arguments.data;
  v30 = (iree_vm_ref_t*) v29;
  iree_vm_ref_assign(v3, v30);
  v31 = sizeof(iree_vm_ref_t);
  v32 = v29 + v31;
  ;
  v33 = v4;
  v34 = sizeof(int64_t);
  v35 = &v33;
  memcpy(v32, v35, v34);
  v36 = sizeof(int64_t);
  v37 = v32 + v36;
  v38 = (iree_vm_ref_t*) v37;
  iree_vm_ref_assign(v5, v38);
  v39 = sizeof(iree_vm_ref_t);
  v40 = v37 + v39;
  v41 = (iree_vm_ref_t*) v40;
  iree_vm_ref_assign(v6, v41);
  v42 = sizeof(iree_vm_ref_t);
  v43 = v40 + v42;
  v44 = (iree_vm_ref_t*) v43;
  iree_vm_ref_assign(v7, v44);
  v45 = v20->module->begin_call;
  v46 = v20->module;
  v47 = v23;
  v48 = EMITC_CALL_INDIRECT(v45, v46, v1, v47);
  v49 = (bool) v48;
  if (v49) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v50 = iree_ok_status();
  return v50;
label4:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v5);
  iree_vm_ref_release(v6);
  iree_vm_ref_release(v7);
  v51 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v51;
label5:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v5);
  iree_vm_ref_release(v6);
  iree_vm_ref_release(v7);
  return v48;
}

static iree_status_t module_call_0rIrrrIrIIi_v_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int64_t v4, iree_vm_ref_t* v5, iree_vm_ref_t* v6, iree_vm_ref_t* v7, int64_t v8, iree_vm_ref_t* v9, int64_t v10, int64_t v11, int32_t v12) {
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_host_size_t v16;
  iree_host_size_t v17;
  iree_host_size_t v18;
  iree_host_size_t v19;
  iree_host_size_t v20;
  iree_host_size_t v21;
  iree_host_size_t v22;
  iree_host_size_t v23;
  iree_host_size_t v24;
  iree_host_size_t v25;
  iree_host_size_t v26;
  iree_host_size_t v27;
  iree_host_size_t v28;
  iree_host_size_t v29;
  iree_host_size_t v30;
  iree_host_size_t v31;
  iree_host_size_t v32;
  iree_host_size_t v33;
  iree_host_size_t v34;
  iree_vm_function_t* v35;
  iree_vm_module_t* v36;
  bool v37;
  iree_vm_function_call_t v38;
  iree_vm_function_t v39;
  void* v40;
  uint8_t* v41;
  void* v42;
  uint8_t* v43;
  uint8_t* v44;
  iree_vm_ref_t* v45;
  iree_host_size_t v46;
  uint8_t* v47;
  int64_t v48;
  iree_host_size_t v49;
  int64_t* v50;
  iree_host_size_t v51;
  uint8_t* v52;
  iree_vm_ref_t* v53;
  iree_host_size_t v54;
  uint8_t* v55;
  iree_vm_ref_t* v56;
  iree_host_size_t v57;
  uint8_t* v58;
  iree_vm_ref_t* v59;
  iree_host_size_t v60;
  uint8_t* v61;
  int64_t v62;
  iree_host_size_t v63;
  int64_t* v64;
  iree_host_size_t v65;
  uint8_t* v66;
  iree_vm_ref_t* v67;
  iree_host_size_t v68;
  uint8_t* v69;
  int64_t v70;
  iree_host_size_t v71;
  int64_t* v72;
  iree_host_size_t v73;
  uint8_t* v74;
  int64_t v75;
  iree_host_size_t v76;
  int64_t* v77;
  iree_host_size_t v78;
  uint8_t* v79;
  int32_t v80;
  iree_host_size_t v81;
  int32_t* v82;
  begin_call_t v83;
  iree_vm_module_t* v84;
  iree_vm_function_call_t v85;
  iree_status_t v86;
  bool v87;
  iree_status_t v88;
  iree_status_t v89;
  v13 = 1;
  v14 = 0;
  v15 = sizeof(iree_vm_ref_t);
  v16 = v14 + v15;
  v17 = sizeof(int64_t);
  v18 = v16 + v17;
  v19 = sizeof(iree_vm_ref_t);
  v20 = v18 + v19;
  v21 = sizeof(iree_vm_ref_t);
  v22 = v20 + v21;
  v23 = sizeof(iree_vm_ref_t);
  v24 = v22 + v23;
  v25 = sizeof(int64_t);
  v26 = v24 + v25;
  v27 = sizeof(iree_vm_ref_t);
  v28 = v26 + v27;
  v29 = sizeof(int64_t);
  v30 = v28 + v29;
  v31 = sizeof(int64_t);
  v32 = v30 + v31;
  v33 = sizeof(int32_t);
  v34 = v32 + v33;
  ;
  v35 = v2;
  v36 = v35->module;
  v37 = !v36;
  if (v37) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v39 = *v2;
  v38.function = v39;
  v40 = iree_alloca(v34);
  v41 = (uint8_t*) v40;
  v38.arguments.data_length = v34;
  v38.arguments.data = v41;
  memset(v41, 0, v34);
  v42 = iree_alloca(v13);
  v43 = (uint8_t*) v42;
  v38.results.data_length = v14;
  v38.results.data = v43;
  memset(v43, 0, v13);
  v44 = v38.arguments.data;
  v45 = (iree_vm_ref_t*) v44;
  iree_vm_ref_assign(v3, v45);
  v46 = sizeof(iree_vm_ref_t);
  v47 = v44 + v46;
  ;
  v48 = v4;
  v49 = sizeof(int64_t);
  v50 = &v48;
  memcpy(v47, v50, v49);
  v51 = sizeof(int64_t);
  v52 = v47 + v51;
  v53 = (iree_vm_ref_t*) v52;
  iree_vm_ref_assign(v5, v53);
  v54 = sizeof(iree_vm_ref_t);
  v55 = v52 + v54;
  v56 = (iree_vm_ref_t*) v55;
  iree_vm_ref_assign(v6, v56);
  v57 = sizeof(iree_vm_ref_t);
  v58 = v55 + v57;
  v59 = (iree_vm_ref_t*) v58;
  iree_vm_ref_assign(v7, v59);
  v60 = sizeof(iree_vm_ref_t);
  v61 = v58 + v60;
  ;
  v62 = v8;
  v63 = sizeof(int64_t);
  v64 = &v62;
  memcpy(v61, v64, v63);
  v65 = sizeof(int64_t);
  v66 = v61 + v65;
  v67 = (iree_vm_ref_t*) v66;
  iree_vm_ref_assign(v9, v67);
  v68 = sizeof(iree_vm_ref_t);
  v69 = v66 + v68;
  ;
  v70 = v10;
  v71 = sizeof(int64_t);
  v72 = &v70;
  memcpy(v69, v72, v71);
  v73 = sizeof(int64_t);
  v74 = v69 + v73;
  ;
  v75 = v11;
  v76 = sizeof(int64_t);
  v77 = &v75;
  memcpy(v74, v77, v76);
  v78 = sizeof(int64_t);
  v79 = v74 + v78;
  ;
  v80 = v12;
  v81 = sizeof(int32_t);
  v82 = &v80;
  memcpy(v79, v82, v81);
  v83 = v35->module->begin_call;
  v84 = v35->module;
  v85 = v38;
  v86 = EMITC_CALL_INDIRECT(v83, v84, v1, v85);
  v87 = (bool) v86;
  if (v87) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v88 = iree_ok_status();
  return v88;
label4:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v5);
  iree_vm_ref_release(v6);
  iree_vm_ref_release(v7);
  iree_vm_ref_release(v9);
  v89 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v89;
label5:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v5);
  iree_vm_ref_release(v6);
  iree_vm_ref_release(v7);
  iree_vm_ref_release(v9);
  return v86;
}

static iree_status_t module_call_0rIrrrCrIID_v_3_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int64_t v4, iree_vm_ref_t* v5, iree_vm_ref_t* v6, iree_vm_ref_t* v7, int32_t v8, iree_vm_ref_t* v9, int64_t v10, int64_t v11, iree_vm_ref_t* v12, int64_t v13, int64_t v14, iree_vm_ref_t* v15, int64_t v16, int64_t v17) {
  iree_host_size_t v18;
  iree_host_size_t v19;
  iree_host_size_t v20;
  iree_host_size_t v21;
  iree_host_size_t v22;
  iree_host_size_t v23;
  iree_host_size_t v24;
  iree_host_size_t v25;
  iree_host_size_t v26;
  iree_host_size_t v27;
  iree_host_size_t v28;
  iree_host_size_t v29;
  iree_host_size_t v30;
  iree_host_size_t v31;
  iree_host_size_t v32;
  iree_host_size_t v33;
  iree_host_size_t v34;
  iree_host_size_t v35;
  iree_host_size_t v36;
  iree_host_size_t v37;
  iree_host_size_t v38;
  iree_host_size_t v39;
  iree_host_size_t v40;
  iree_host_size_t v41;
  iree_host_size_t v42;
  iree_host_size_t v43;
  iree_host_size_t v44;
  iree_host_size_t v45;
  iree_host_size_t v46;
  iree_host_size_t v47;
  iree_host_size_t v48;
  iree_host_size_t v49;
  iree_vm_function_t* v50;
  iree_vm_module_t* v51;
  bool v52;
  iree_vm_function_call_t v53;
  iree_vm_function_t v54;
  void* v55;
  uint8_t* v56;
  void* v57;
  uint8_t* v58;
  uint8_t* v59;
  iree_vm_ref_t* v60;
  iree_host_size_t v61;
  uint8_t* v62;
  int64_t v63;
  iree_host_size_t v64;
  int64_t* v65;
  iree_host_size_t v66;
  uint8_t* v67;
  iree_vm_ref_t* v68;
  iree_host_size_t v69;
  uint8_t* v70;
  iree_vm_ref_t* v71;
  iree_host_size_t v72;
  uint8_t* v73;
  iree_vm_ref_t* v74;
  iree_host_size_t v75;
  uint8_t* v76;
  int32_t v77;
  iree_host_size_t v78;
  int32_t* v79;
  iree_host_size_t v80;
  uint8_t* v81;
  iree_vm_ref_t* v82;
  iree_host_size_t v83;
  uint8_t* v84;
  int64_t v85;
  iree_host_size_t v86;
  int64_t* v87;
  iree_host_size_t v88;
  uint8_t* v89;
  int64_t v90;
  iree_host_size_t v91;
  int64_t* v92;
  iree_host_size_t v93;
  uint8_t* v94;
  iree_vm_ref_t* v95;
  iree_host_size_t v96;
  uint8_t* v97;
  int64_t v98;
  iree_host_size_t v99;
  int64_t* v100;
  iree_host_size_t v101;
  uint8_t* v102;
  int64_t v103;
  iree_host_size_t v104;
  int64_t* v105;
  iree_host_size_t v106;
  uint8_t* v107;
  iree_vm_ref_t* v108;
  iree_host_size_t v109;
  uint8_t* v110;
  int64_t v111;
  iree_host_size_t v112;
  int64_t* v113;
  iree_host_size_t v114;
  uint8_t* v115;
  int64_t v116;
  iree_host_size_t v117;
  int64_t* v118;
  begin_call_t v119;
  iree_vm_module_t* v120;
  iree_vm_function_call_t v121;
  iree_status_t v122;
  bool v123;
  iree_status_t v124;
  iree_status_t v125;
  v18 = 1;
  v19 = 0;
  v20 = sizeof(iree_vm_ref_t);
  v21 = v19 + v20;
  v22 = sizeof(int64_t);
  v23 = v21 + v22;
  v24 = sizeof(iree_vm_ref_t);
  v25 = v23 + v24;
  v26 = sizeof(iree_vm_ref_t);
  v27 = v25 + v26;
  v28 = sizeof(iree_vm_ref_t);
  v29 = v27 + v28;
  v30 = sizeof(int32_t);
  v31 = v29 + v30;
  v32 = sizeof(iree_vm_ref_t);
  v33 = v31 + v32;
  v34 = sizeof(int64_t);
  v35 = v33 + v34;
  v36 = sizeof(int64_t);
  v37 = v35 + v36;
  v38 = sizeof(iree_vm_ref_t);
  v39 = v37 + v38;
  v40 = sizeof(int64_t);
  v41 = v39 + v40;
  v42 = sizeof(int64_t);
  v43 = v41 + v42;
  v44 = sizeof(iree_vm_ref_t);
  v45 = v43 + v44;
  v46 = sizeof(int64_t);
  v47 = v45 + v46;
  v48 = sizeof(int64_t);
  v49 = v47 + v48;
  ;
  v50 = v2;
  v51 = v50->module;
  v52 = !v51;
  if (v52) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v54 = *v2;
  v53.function = v54;
  v55 = iree_alloca(v49);
  v56 = (uint8_t*) v55;
  v53.arguments.data_length = v49;
  v53.arguments.data = v56;
  memset(v56, 0, v49);
  v57 = iree_alloca(v18);
  v58 = (uint8_t*) v57;
  v53.results.data_length = v19;
  v53.results.data = v58;
  memset(v58, 0, v18);
  v59 = v53.arguments.data;
  v60 = (iree_vm_ref_t*) v59;
  iree_vm_ref_assign(v3, v60);
  v61 = sizeof(iree_vm_ref_t);
  v62 = v59 + v61;
  ;
  v63 = v4;
  v64 = sizeof(int64_t);
  v65 = &v63;
  memcpy(v62, v65, v64);
  v66 = sizeof(int64_t);
  v67 = v62 + v66;
  v68 = (iree_vm_ref_t*) v67;
  iree_vm_ref_assign(v5, v68);
  v69 = sizeof(iree_vm_ref_t);
  v70 = v67 + v69;
  v71 = (iree_vm_ref_t*) v70;
  iree_vm_ref_assign(v6, v71);
  v72 = sizeof(iree_vm_ref_t);
  v73 = v70 + v72;
  v74 = (iree_vm_ref_t*) v73;
  iree_vm_ref_assign(v7, v74);
  v75 = sizeof(iree_vm_ref_t);
  v76 = v73 + v75;
  ;
  v77 = v8;
  v78 = sizeof(int32_t);
  v79 = &v77;
  memcpy(v76, v79, v78);
  v80 = sizeof(int32_t);
  v81 = v76 + v80;
  v82 = (iree_vm_ref_t*) v81;
  iree_vm_ref_assign(v9, v82);
  v83 = sizeof(iree_vm_ref_t);
  v84 = v81 + v83;
  ;
  v85 = v10;
  v86 = sizeof(int64_t);
  v87 = &v85;
  memcpy(v84, v87, v86);
  v88 = sizeof(int64_t);
  v89 = v84 + v88;
  ;
  v90 = v11;
  v91 = sizeof(int64_t);
  v92 = &v90;
  memcpy(v89, v92, v91);
  v93 = sizeof(int64_t);
  v94 = v89 + v93;
  v95 = (iree_vm_ref_t*) v94;
  iree_vm_ref_assign(v12, v95);
  v96 = sizeof(iree_vm_ref_t);
  v97 = v94 + v96;
  ;
  v98 = v13;
  v99 = sizeof(int64_t);
  v100 = &v98;
  memcpy(v97, v100, v99);
  v101 = sizeof(int64_t);
  v102 = v97 + v101;
  ;
  v103 = v14;
  v104 = sizeof(int64_t);
  v105 = &v103;
  memcpy(v102, v105, v104);
  v106 = sizeof(int64_t);
  v107 = v102 + v106;
  v108 = (iree_vm_ref_t*) v107;
  iree_vm_ref_assign(v15, v108);
  v109 = sizeof(iree_vm_ref_t);
  v110 = v107 + v109;
  ;
  v111 = v16;
  v112 = sizeof(int64_t);
  v113 = &v111;
  memcpy(v110, v113, v112);
  v114 = sizeof(int64_t);
  v115 = v110 + v114;
  ;
  v116 = v17;
  v117 = sizeof(int64_t);
  v118 = &v116;
  memcpy(v115, v118, v117);
  v119 = v50->module->begin_call;
  v120 = v50->module;
  v121 = v53;
  v122 = EMITC_CALL_INDIRECT(v119, v120, v1, v121);
  v123 = (bool) v122;
  if (v123) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v124 = iree_ok_status();
  return v124;
label4:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v5);
  iree_vm_ref_release(v6);
  iree_vm_ref_release(v7);
  v125 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v125;
label5:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v5);
  iree_vm_ref_release(v6);
  iree_vm_ref_release(v7);
  return v122;
}

static iree_status_t module_call_0v_i_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, int32_t* v3) {
  iree_host_size_t v4;
  iree_host_size_t v5;
  iree_host_size_t v6;
  iree_host_size_t v7;
  iree_vm_function_t* v8;
  iree_vm_module_t* v9;
  bool v10;
  iree_vm_function_call_t v11;
  iree_vm_function_t v12;
  void* v13;
  uint8_t* v14;
  void* v15;
  uint8_t* v16;
  begin_call_t v17;
  iree_vm_module_t* v18;
  iree_vm_function_call_t v19;
  iree_status_t v20;
  bool v21;
  uint8_t* v22;
  iree_host_size_t v23;
  iree_status_t v24;
  iree_status_t v25;
  v4 = 1;
  v5 = 0;
  v6 = sizeof(int32_t);
  v7 = v5 + v6;
  ;
  v8 = v2;
  v9 = v8->module;
  v10 = !v9;
  if (v10) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v12 = *v2;
  v11.function = v12;
  v13 = iree_alloca(v4);
  v14 = (uint8_t*) v13;
  v11.arguments.data_length = v5;
  v11.arguments.data = v14;
  memset(v14, 0, v4);
  v15 = iree_alloca(v7);
  v16 = (uint8_t*) v15;
  v11.results.data_length = v7;
  v11.results.data = v16;
  memset(v16, 0, v7);
  v17 = v8->module->begin_call;
  v18 = v8->module;
  v19 = v11;
  v20 = EMITC_CALL_INDIRECT(v17, v18, v1, v19);
  v21 = (bool) v20;
  if (v21) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v22 = v11.results.data;
  v23 = sizeof(int32_t);
  memcpy(v3, v22, v23);
  v24 = iree_ok_status();
  return v24;
label4:
  v25 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v25;
label5:
  return v20;
}

static iree_status_t module_call_0i_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, int32_t v3, iree_vm_ref_t* v4) {
  iree_host_size_t v5;
  iree_host_size_t v6;
  iree_host_size_t v7;
  iree_host_size_t v8;
  iree_host_size_t v9;
  iree_vm_function_t* v10;
  iree_vm_module_t* v11;
  bool v12;
  iree_vm_function_call_t v13;
  iree_vm_function_t v14;
  void* v15;
  uint8_t* v16;
  void* v17;
  uint8_t* v18;
  uint8_t* v19;
  int32_t v20;
  iree_host_size_t v21;
  int32_t* v22;
  begin_call_t v23;
  iree_vm_module_t* v24;
  iree_vm_function_call_t v25;
  iree_status_t v26;
  bool v27;
  uint8_t* v28;
  iree_vm_ref_t* v29;
  iree_status_t v30;
  iree_status_t v31;
  v5 = 0;
  v6 = sizeof(int32_t);
  v7 = v5 + v6;
  v8 = sizeof(iree_vm_ref_t);
  v9 = v5 + v8;
  ;
  v10 = v2;
  v11 = v10->module;
  v12 = !v11;
  if (v12) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v14 = *v2;
  v13.function = v14;
  v15 = iree_alloca(v7);
  v16 = (uint8_t*) v15;
  v13.arguments.data_length = v7;
  v13.arguments.data = v16;
  memset(v16, 0, v7);
  v17 = iree_alloca(v9);
  v18 = (uint8_t*) v17;
  v13.results.data_length = v9;
  v13.results.data = v18;
  memset(v18, 0, v9);
  v19 = v13.arguments.data;
  ;
  v20 = v3;
  v21 = sizeof(int32_t);
  v22 = &v20;
  memcpy(v19, v22, v21);
  v23 = v10->module->begin_call;
  v24 = v10->module;
  v25 = v13;
  v26 = EMITC_CALL_INDIRECT(v23, v24, v1, v25);
  v27 = (bool) v26;
  if (v27) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v28 = v13.results.data;
  v29 = (iree_vm_ref_t*) v28;
  iree_vm_ref_move(v29, v4);
  v30 = iree_ok_status();
  return v30;
label4:
  v31 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v31;
label5:
  return v26;
}

static iree_status_t module_call_0rrrr_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, iree_vm_ref_t* v4, iree_vm_ref_t* v5, iree_vm_ref_t* v6, iree_vm_ref_t* v7) {
  iree_host_size_t v8;
  iree_host_size_t v9;
  iree_host_size_t v10;
  iree_host_size_t v11;
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_host_size_t v16;
  iree_host_size_t v17;
  iree_host_size_t v18;
  iree_vm_function_t* v19;
  iree_vm_module_t* v20;
  bool v21;
  iree_vm_function_call_t v22;
  iree_vm_function_t v23;
  void* v24;
  uint8_t* v25;
  void* v26;
  uint8_t* v27;
  uint8_t* v28;
  iree_vm_ref_t* v29;
  iree_host_size_t v30;
  uint8_t* v31;
  iree_vm_ref_t* v32;
  iree_host_size_t v33;
  uint8_t* v34;
  iree_vm_ref_t* v35;
  iree_host_size_t v36;
  uint8_t* v37;
  iree_vm_ref_t* v38;
  begin_call_t v39;
  iree_vm_module_t* v40;
  iree_vm_function_call_t v41;
  iree_status_t v42;
  bool v43;
  uint8_t* v44;
  iree_vm_ref_t* v45;
  iree_status_t v46;
  iree_status_t v47;
  v8 = 0;
  v9 = sizeof(iree_vm_ref_t);
  v10 = v8 + v9;
  v11 = sizeof(iree_vm_ref_t);
  v12 = v10 + v11;
  v13 = sizeof(iree_vm_ref_t);
  v14 = v12 + v13;
  v15 = sizeof(iree_vm_ref_t);
  v16 = v14 + v15;
  v17 = sizeof(iree_vm_ref_t);
  v18 = v8 + v17;
  ;
  v19 = v2;
  v20 = v19->module;
  v21 = !v20;
  if (v21) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v23 = *v2;
  v22.function = v23;
  v24 = iree_alloca(v16);
  v25 = (uint8_t*) v24;
  v22.arguments.data_length = v16;
  v22.arguments.data = v25;
  memset(v25, 0, v16);
  v26 = iree_alloca(v18);
  v27 = (uint8_t*) v26;
  v22.results.data_length = v18;
  v22.results.data = v27;
  memset(v27, 0, v18);
  v28 = v22.arguments.data;
  v29 = (iree_vm_ref_t*) v28;
  iree_vm_ref_assign(v3, v29);
  v30 = sizeof(iree_vm_ref_t);
  v31 = v28 + v30;
  v32 = (iree_vm_ref_t*) v31;
  iree_vm_ref_assign(v4, v32);
  v33 = sizeof(iree_vm_ref_t);
  v34 = v31 + v33;
  v35 = (iree_vm_ref_t*) v34;
  iree_vm_ref_assign(v5, v35);
  v36 = sizeof(iree_vm_ref_t);
  v37 = v34 + v36;
  v38 = (iree_vm_ref_t*) v37;
  iree_vm_ref_assign(v6, v38);
  v39 = v19->module->begin_call;
  v40 = v19->module;
  v41 = v22;
  v42 = EMITC_CALL_INDIRECT(v39, v40, v1, v41);
  v43 = (bool) v42;
  if (v43) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v44 = v22.results.data;
  v45 = (iree_vm_ref_t*) v44;
  iree_vm_ref_move(v45, v7);
  v46 = iree_ok_status();
  return v46;
label4:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v4);
  iree_vm_ref_release(v5);
  iree_vm_ref_release(v6);
  v47 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v47;
label5:
  iree_vm_ref_release(v3);
  iree_vm_ref_release(v4);
  iree_vm_ref_release(v5);
  iree_vm_ref_release(v6);
  return v42;
}

static iree_status_t module_call_0ri_r_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, iree_vm_ref_t* v3, int32_t v4, iree_vm_ref_t* v5) {
  iree_host_size_t v6;
  iree_host_size_t v7;
  iree_host_size_t v8;
  iree_host_size_t v9;
  iree_host_size_t v10;
  iree_host_size_t v11;
  iree_host_size_t v12;
  iree_vm_function_t* v13;
  iree_vm_module_t* v14;
  bool v15;
  iree_vm_function_call_t v16;
  iree_vm_function_t v17;
  void* v18;
  uint8_t* v19;
  void* v20;
  uint8_t* v21;
  uint8_t* v22;
  iree_vm_ref_t* v23;
  iree_host_size_t v24;
  uint8_t* v25;
  int32_t v26;
  iree_host_size_t v27;
  int32_t* v28;
  begin_call_t v29;
  iree_vm_module_t* v30;
  iree_vm_function_call_t v31;
  iree_status_t v32;
  bool v33;
  uint8_t* v34;
  iree_vm_ref_t* v35;
  iree_status_t v36;
  iree_status_t v37;
  v6 = 0;
  v7 = sizeof(iree_vm_ref_t);
  v8 = v6 + v7;
  v9 = sizeof(int32_t);
  v10 = v8 + v9;
  v11 = sizeof(iree_vm_ref_t);
  v12 = v6 + v11;
  ;
  v13 = v2;
  v14 = v13->module;
  v15 = !v14;
  if (v15) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v17 = *v2;
  v16.function = v17;
  v18 = iree_alloca(v10);
  v19 = (uint8_t*) v18;
  v16.arguments.data_length = v10;
  v16.arguments.data = v19;
  memset(v19, 0, v10);
  v20 = iree_alloca(v12);
  v21 = (uint8_t*) v20;
  v16.results.data_length = v12;
  v16.results.data = v21;
  memset(v21, 0, v12);
  v22 = v16.arguments.data;
  v23 = (iree_vm_ref_t*) v22;
  iree_vm_ref_assign(v3, v23);
  v24 = sizeof(iree_vm_ref_t);
  v25 = v22 + v24;
  ;
  v26 = v4;
  v27 = sizeof(int32_t);
  v28 = &v26;
  memcpy(v25, v28, v27);
  v29 = v13->module->begin_call;
  v30 = v13->module;
  v31 = v16;
  v32 = EMITC_CALL_INDIRECT(v29, v30, v1, v31);
  v33 = (bool) v32;
  if (v33) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v34 = v16.results.data;
  v35 = (iree_vm_ref_t*) v34;
  iree_vm_ref_move(v35, v5);
  v36 = iree_ok_status();
  return v36;
label4:
  iree_vm_ref_release(v3);
  v37 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v37;
label5:
  iree_vm_ref_release(v3);
  return v32;
}

static iree_status_t module_call_0CrD_r_2_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, int32_t v3, iree_vm_ref_t* v4, iree_vm_ref_t* v5, iree_vm_ref_t* v6) {
  iree_host_size_t v7;
  iree_host_size_t v8;
  iree_host_size_t v9;
  iree_host_size_t v10;
  iree_host_size_t v11;
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_vm_function_t* v16;
  iree_vm_module_t* v17;
  bool v18;
  iree_vm_function_call_t v19;
  iree_vm_function_t v20;
  void* v21;
  uint8_t* v22;
  void* v23;
  uint8_t* v24;
  uint8_t* v25;
  int32_t v26;
  iree_host_size_t v27;
  int32_t* v28;
  iree_host_size_t v29;
  uint8_t* v30;
  iree_vm_ref_t* v31;
  iree_host_size_t v32;
  uint8_t* v33;
  iree_vm_ref_t* v34;
  begin_call_t v35;
  iree_vm_module_t* v36;
  iree_vm_function_call_t v37;
  iree_status_t v38;
  bool v39;
  uint8_t* v40;
  iree_vm_ref_t* v41;
  iree_status_t v42;
  iree_status_t v43;
  v7 = 0;
  v8 = sizeof(int32_t);
  v9 = v7 + v8;
  v10 = sizeof(iree_vm_ref_t);
  v11 = v9 + v10;
  v12 = sizeof(iree_vm_ref_t);
  v13 = v11 + v12;
  v14 = sizeof(iree_vm_ref_t);
  v15 = v7 + v14;
  ;
  v16 = v2;
  v17 = v16->module;
  v18 = !v17;
  if (v18) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v20 = *v2;
  v19.function = v20;
  v21 = iree_alloca(v13);
  v22 = (uint8_t*) v21;
  v19.arguments.data_length = v13;
  v19.arguments.data = v22;
  memset(v22, 0, v13);
  v23 = iree_alloca(v15);
  v24 = (uint8_t*) v23;
  v19.results.data_length = v15;
  v19.results.data = v24;
  memset(v24, 0, v15);
  v25 = v19.arguments.data;
  ;
  v26 = v3;
  v27 = sizeof(int32_t);
  v28 = &v26;
  memcpy(v25, v28, v27);
  v29 = sizeof(int32_t);
  v30 = v25 + v29;
  v31 = (iree_vm_ref_t*) v30;
  iree_vm_ref_assign(v4, v31);
  v32 = sizeof(iree_vm_ref_t);
  v33 = v30 + v32;
  v34 = (iree_vm_ref_t*) v33;
  iree_vm_ref_assign(v5, v34);
  v35 = v16->module->begin_call;
  v36 = v16->module;
  v37 = v19;
  v38 = EMITC_CALL_INDIRECT(v35, v36, v1, v37);
  v39 = (bool) v38;
  if (v39) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v40 = v19.results.data;
  v41 = (iree_vm_ref_t*) v40;
  iree_vm_ref_move(v41, v6);
  v42 = iree_ok_status();
  return v42;
label4:
  iree_vm_ref_release(v4);
  v43 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v43;
label5:
  iree_vm_ref_release(v4);
  return v38;
}

static iree_status_t module_call_0iCrD_i_1_import_shim(iree_vm_stack_t* v1, iree_vm_function_t* v2, int32_t v3, int32_t v4, iree_vm_ref_t* v5, int32_t* v6) {
  iree_host_size_t v7;
  iree_host_size_t v8;
  iree_host_size_t v9;
  iree_host_size_t v10;
  iree_host_size_t v11;
  iree_host_size_t v12;
  iree_host_size_t v13;
  iree_host_size_t v14;
  iree_host_size_t v15;
  iree_vm_function_t* v16;
  iree_vm_module_t* v17;
  bool v18;
  iree_vm_function_call_t v19;
  iree_vm_function_t v20;
  void* v21;
  uint8_t* v22;
  void* v23;
  uint8_t* v24;
  uint8_t* v25;
  int32_t v26;
  iree_host_size_t v27;
  int32_t* v28;
  iree_host_size_t v29;
  uint8_t* v30;
  int32_t v31;
  iree_host_size_t v32;
  int32_t* v33;
  iree_host_size_t v34;
  uint8_t* v35;
  iree_vm_ref_t* v36;
  begin_call_t v37;
  iree_vm_module_t* v38;
  iree_vm_function_call_t v39;
  iree_status_t v40;
  bool v41;
  uint8_t* v42;
  iree_host_size_t v43;
  iree_status_t v44;
  iree_status_t v45;
  v7 = 0;
  v8 = sizeof(int32_t);
  v9 = v7 + v8;
  v10 = sizeof(int32_t);
  v11 = v9 + v10;
  v12 = sizeof(iree_vm_ref_t);
  v13 = v11 + v12;
  v14 = sizeof(int32_t);
  v15 = v7 + v14;
  ;
  v16 = v2;
  v17 = v16->module;
  v18 = !v17;
  if (v18) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  ;
  v20 = *v2;
  v19.function = v20;
  v21 = iree_alloca(v13);
  v22 = (uint8_t*) v21;
  v19.arguments.data_length = v13;
  v19.arguments.data = v22;
  memset(v22, 0, v13);
  v23 = iree_alloca(v15);
  v24 = (uint8_t*) v23;
  v19.results.data_length = v15;
  v19.results.data = v24;
  memset(v24, 0, v15);
  v25 = v19.arguments.data;
  ;
  v26 = v3;
  v27 = sizeof(int32_t);
  v28 = &v26;
  memcpy(v25, v28, v27);
  v29 = sizeof(int32_t);
  v30 = v25 + v29;
  ;
  v31 = v4;
  v32 = sizeof(int32_t);
  v33 = &v31;
  memcpy(v30, v33, v32);
  v34 = sizeof(int32_t);
  v35 = v30 + v34;
  v36 = (iree_vm_ref_t*) v35;
  iree_vm_ref_assign(v5, v36);
  v37 = v16->module->begin_call;
  v38 = v16->module;
  v39 = v19;
  v40 = EMITC_CALL_INDIRECT(v37, v38, v1, v39);
  v41 = (bool) v40;
  if (v41) {
    goto label5;
  } else {
    goto label3;
  }
label3:
  v42 = v19.results.data;
  v43 = sizeof(int32_t);
  memcpy(v6, v42, v43);
  v44 = iree_ok_status();
  return v44;
label4:
  iree_vm_ref_release(v5);
  v45 = iree_make_status(IREE_STATUS_NOT_FOUND);
  return v45;
label5:
  iree_vm_ref_release(v5);
  return v40;
}

static iree_status_t module_main(iree_vm_stack_t* v1, struct module_t* v2, struct module_state_t* v3, iree_vm_ref_t* v4, iree_vm_ref_t* v5) {
  int32_t v6;
  int32_t v7;
  int32_t v8;
  int32_t v9;
  int64_t v10;
  int64_t v11;
  int32_t v12;
  int32_t v13;
  int32_t v14;
  int64_t v15;
  int64_t v16;
  int64_t v17;
  int32_t v18;
  int32_t v19;
  int32_t v20;
  int64_t v21;
  int64_t v22;
  int32_t v23;
  int64_t v24;
  iree_vm_ref_t v25;
  iree_vm_ref_t* v26;
  iree_host_size_t v27;
  iree_vm_ref_t v28;
  iree_vm_ref_t* v29;
  iree_host_size_t v30;
  iree_vm_ref_t v31;
  iree_vm_ref_t* v32;
  iree_host_size_t v33;
  iree_vm_ref_t v34;
  iree_vm_ref_t* v35;
  iree_host_size_t v36;
  iree_vm_ref_t v37;
  iree_vm_ref_t* v38;
  iree_host_size_t v39;
  iree_vm_ref_t v40;
  iree_vm_ref_t* v41;
  iree_host_size_t v42;
  struct module_state_t* v43;
  iree_vm_ref_t* v44;
  iree_vm_ref_t* v45;
  struct module_t* v46;
  iree_vm_ref_type_t* v47;
  iree_vm_ref_type_t v48;
  iree_vm_type_def_t v49;
  iree_vm_ref_type_t v50;
  iree_status_t v51;
  bool v52;
  struct module_state_t* v53;
  iree_vm_ref_t* v54;
  iree_vm_ref_t* v55;
  struct module_t* v56;
  iree_vm_ref_type_t* v57;
  iree_vm_ref_type_t v58;
  iree_vm_type_def_t v59;
  iree_vm_ref_type_t v60;
  iree_status_t v61;
  bool v62;
  struct module_state_t* v63;
  iree_vm_ref_t* v64;
  iree_vm_ref_t* v65;
  struct module_t* v66;
  iree_vm_ref_type_t* v67;
  iree_vm_ref_type_t v68;
  iree_vm_type_def_t v69;
  iree_vm_ref_type_t v70;
  iree_status_t v71;
  bool v72;
  struct module_state_t* v73;
  iree_vm_buffer_t* v74;
  iree_vm_buffer_t* v75;
  iree_vm_ref_type_t v76;
  iree_status_t v77;
  bool v78;
  struct module_state_t* v79;
  iree_vm_function_t* v80;
  iree_vm_function_t* v81;
  iree_vm_ref_t v82;
  iree_vm_ref_t* v83;
  iree_host_size_t v84;
  iree_vm_ref_t v85;
  iree_vm_ref_t* v86;
  iree_host_size_t v87;
  iree_status_t v88;
  bool v89;
  struct module_state_t* v90;
  iree_vm_function_t* v91;
  iree_vm_function_t* v92;
  iree_vm_ref_t v93;
  iree_vm_ref_t* v94;
  iree_host_size_t v95;
  iree_status_t v96;
  bool v97;
  struct module_state_t* v98;
  iree_vm_function_t* v99;
  iree_vm_function_t* v100;
  iree_vm_ref_t v101;
  iree_vm_ref_t* v102;
  iree_host_size_t v103;
  iree_status_t v104;
  bool v105;
  struct module_state_t* v106;
  iree_vm_buffer_t* v107;
  iree_vm_buffer_t* v108;
  iree_vm_ref_type_t v109;
  iree_status_t v110;
  bool v111;
  struct module_state_t* v112;
  iree_vm_function_t* v113;
  iree_vm_function_t* v114;
  iree_vm_ref_t v115;
  iree_vm_ref_t* v116;
  iree_host_size_t v117;
  iree_vm_ref_t v118;
  iree_vm_ref_t* v119;
  iree_host_size_t v120;
  iree_vm_ref_t v121;
  iree_vm_ref_t* v122;
  iree_host_size_t v123;
  iree_status_t v124;
  bool v125;
  struct module_state_t* v126;
  iree_vm_function_t* v127;
  iree_vm_function_t* v128;
  iree_vm_ref_t v129;
  iree_vm_ref_t* v130;
  iree_host_size_t v131;
  iree_status_t v132;
  bool v133;
  struct module_state_t* v134;
  iree_vm_function_t* v135;
  iree_vm_function_t* v136;
  iree_vm_ref_t v137;
  iree_vm_ref_t* v138;
  iree_host_size_t v139;
  iree_vm_ref_t v140;
  iree_vm_ref_t* v141;
  iree_host_size_t v142;
  iree_vm_ref_t v143;
  iree_vm_ref_t* v144;
  iree_host_size_t v145;
  iree_status_t v146;
  bool v147;
  struct module_state_t* v148;
  iree_vm_function_t* v149;
  iree_vm_function_t* v150;
  iree_vm_ref_t v151;
  iree_vm_ref_t* v152;
  iree_host_size_t v153;
  iree_status_t v154;
  bool v155;
  struct module_state_t* v156;
  iree_vm_function_t* v157;
  iree_vm_function_t* v158;
  iree_vm_ref_t v159;
  iree_vm_ref_t* v160;
  iree_host_size_t v161;
  iree_vm_ref_t v162;
  iree_vm_ref_t* v163;
  iree_host_size_t v164;
  iree_vm_ref_t v165;
  iree_vm_ref_t* v166;
  iree_host_size_t v167;
  iree_status_t v168;
  bool v169;
  struct module_state_t* v170;
  iree_vm_function_t* v171;
  iree_vm_function_t* v172;
  iree_vm_ref_t v173;
  iree_vm_ref_t* v174;
  iree_host_size_t v175;
  iree_vm_ref_t v176;
  iree_vm_ref_t* v177;
  iree_host_size_t v178;
  iree_status_t v179;
  bool v180;
  struct module_state_t* v181;
  iree_vm_function_t* v182;
  iree_vm_function_t* v183;
  iree_vm_ref_t v184;
  iree_vm_ref_t* v185;
  iree_host_size_t v186;
  iree_status_t v187;
  bool v188;
  struct module_state_t* v189;
  iree_vm_function_t* v190;
  iree_vm_function_t* v191;
  iree_vm_ref_t v192;
  iree_vm_ref_t* v193;
  iree_host_size_t v194;
  iree_vm_ref_t v195;
  iree_vm_ref_t* v196;
  iree_host_size_t v197;
  iree_vm_ref_t v198;
  iree_vm_ref_t* v199;
  iree_host_size_t v200;
  iree_vm_ref_t v201;
  iree_vm_ref_t* v202;
  iree_host_size_t v203;
  iree_vm_ref_t v204;
  iree_vm_ref_t* v205;
  iree_host_size_t v206;
  iree_vm_ref_t v207;
  iree_vm_ref_t* v208;
  iree_host_size_t v209;
  iree_vm_ref_t v210;
  iree_vm_ref_t* v211;
  iree_host_size_t v212;
  iree_status_t v213;
  bool v214;
  struct module_state_t* v215;
  iree_vm_function_t* v216;
  iree_vm_function_t* v217;
  iree_vm_ref_t v218;
  iree_vm_ref_t* v219;
  iree_host_size_t v220;
  iree_status_t v221;
  bool v222;
  struct module_state_t* v223;
  iree_vm_function_t* v224;
  iree_vm_function_t* v225;
  iree_vm_ref_t v226;
  iree_vm_ref_t* v227;
  iree_host_size_t v228;
  iree_vm_ref_t v229;
  iree_vm_ref_t* v230;
  iree_host_size_t v231;
  iree_vm_ref_t v232;
  iree_vm_ref_t* v233;
  iree_host_size_t v234;
  iree_vm_ref_t v235;
  iree_vm_ref_t* v236;
  iree_host_size_t v237;
  iree_status_t v238;
  bool v239;
  struct module_state_t* v240;
  iree_vm_function_t* v241;
  iree_vm_function_t* v242;
  iree_vm_ref_t v243;
  iree_vm_ref_t* v244;
  iree_host_size_t v245;
  int32_t v246;
  int32_t* v247;
  iree_status_t v248;
  bool v249;
  int32_t v250;
  int32_t v251;
  bool v252;
  struct module_state_t* v253;
  iree_vm_function_t* v254;
  iree_vm_function_t* v255;
  iree_vm_ref_t v256;
  iree_vm_ref_t* v257;
  iree_host_size_t v258;
  iree_status_t v259;
  bool v260;
  iree_vm_ref_t v261;
  iree_vm_ref_t* v262;
  iree_host_size_t v263;
  iree_status_t v264;
  bool v265;
  iree_status_t v266;
  iree_string_view_t v267;
  iree_string_view_t v268;
  iree_host_size_t v269;
  int v270;
  const char* v271;
  iree_status_t v272;
  v6 = 3;
  v7 = 2;
  v8 = 4;
  v9 = -1;
  v10 = 0;
  v11 = -1;
  v12 = 1;
  v13 = 0;
  v14 = 268435464;
  v15 = 1;
  v16 = 28;
  v17 = 784;
  v18 = 16;
  v19 = 3075;
  v20 = 48;
  v21 = 40;
  v22 = 21504;
  v23 = 553648160;
  v24 = 10;
  ;
  v26 = &v25;
  v27 = sizeof(iree_vm_ref_t);
  memset(v26, 0, v27);
  ;
  v29 = &v28;
  v30 = sizeof(iree_vm_ref_t);
  memset(v29, 0, v30);
  ;
  v32 = &v31;
  v33 = sizeof(iree_vm_ref_t);
  memset(v32, 0, v33);
  ;
  v35 = &v34;
  v36 = sizeof(iree_vm_ref_t);
  memset(v35, 0, v36);
  ;
  v38 = &v37;
  v39 = sizeof(iree_vm_ref_t);
  memset(v38, 0, v39);
  ;
  v41 = &v40;
  v42 = sizeof(iree_vm_ref_t);
  memset(v41, 0, v42);
  ;
  v43 = v3;
  v44 = v43->refs;
  v45 = &v44[2];
  ;
  v46 = v2;
  v47 = v46->types;
  v48 = v47[8];
  v49 = iree_vm_make_ref_type_def(v48);
  v50 = iree_vm_type_def_as_ref(v49);
  v51 = iree_vm_ref_retain_or_move_checked(false, v45, v50, v5);
  v52 = (bool) v51;
  if (v52) {
    goto label24;
  } else {
    goto label2;
  }
label2:
  ;
  v53 = v3;
  v54 = v53->refs;
  v55 = &v54[0];
  ;
  v56 = v2;
  v57 = v56->types;
  v58 = v57[6];
  v59 = iree_vm_make_ref_type_def(v58);
  v60 = iree_vm_type_def_as_ref(v59);
  v61 = iree_vm_ref_retain_or_move_checked(false, v55, v60, v29);
  v62 = (bool) v61;
  if (v62) {
    goto label25;
  } else {
    goto label3;
  }
label3:
  ;
  v63 = v3;
  v64 = v63->refs;
  v65 = &v64[4];
  ;
  v66 = v2;
  v67 = v66->types;
  v68 = v67[5];
  v69 = iree_vm_make_ref_type_def(v68);
  v70 = iree_vm_type_def_as_ref(v69);
  v71 = iree_vm_ref_retain_or_move_checked(false, v65, v70, v32);
  v72 = (bool) v71;
  if (v72) {
    goto label26;
  } else {
    goto label4;
  }
label4:
  ;
  v73 = v3;
  v74 = v73->rodata_buffers;
  v75 = &v74[6];
  v76 = iree_vm_buffer_type();
  v77 = iree_vm_ref_wrap_retain(v75, v76, v35);
  v78 = (bool) v77;
  if (v78) {
    goto label27;
  } else {
    goto label5;
  }
label5:
  ;
  v79 = v3;
  v80 = v79->imports;
  v81 = &v80[5];
  ;
  v83 = &v82;
  v84 = sizeof(iree_vm_ref_t);
  memset(v83, 0, v84);
  iree_vm_ref_assign(v4, v83);
  ;
  v86 = &v85;
  v87 = sizeof(iree_vm_ref_t);
  memset(v86, 0, v87);
  iree_vm_ref_assign(v35, v86);
  v88 = module_call_0rriiCID_v_4_import_shim(v1, v81, v83, v86, v14, v12, v8, v15, v16, v16, v15);
  v89 = (bool) v88;
  if (v89) {
    goto label28;
  } else {
    goto label6;
  }
label6:
  ;
  v90 = v3;
  v91 = v90->imports;
  v92 = &v91[6];
  ;
  v94 = &v93;
  v95 = sizeof(iree_vm_ref_t);
  memset(v94, 0, v95);
  iree_vm_ref_assign(v4, v94);
  v96 = module_call_0r_r_import_shim(v1, v92, v94, v4);
  v97 = (bool) v96;
  if (v97) {
    goto label29;
  } else {
    goto label7;
  }
label7:
  ;
  v98 = v3;
  v99 = v98->imports;
  v100 = &v99[12];
  ;
  v102 = &v101;
  v103 = sizeof(iree_vm_ref_t);
  memset(v102, 0, v103);
  iree_vm_ref_assign(v29, v102);
  v104 = module_call_0r_r_import_shim(v1, v100, v102, v35);
  v105 = (bool) v104;
  if (v105) {
    goto label30;
  } else {
    goto label8;
  }
label8:
  ;
  v106 = v3;
  v107 = v106->rodata_buffers;
  v108 = &v107[7];
  v109 = iree_vm_buffer_type();
  v110 = iree_vm_ref_wrap_retain(v108, v109, v38);
  v111 = (bool) v110;
  if (v111) {
    goto label31;
  } else {
    goto label9;
  }
label9:
  ;
  v112 = v3;
  v113 = v112->imports;
  v114 = &v113[3];
  ;
  v116 = &v115;
  v117 = sizeof(iree_vm_ref_t);
  memset(v116, 0, v117);
  iree_vm_ref_assign(v4, v116);
  ;
  v119 = &v118;
  v120 = sizeof(iree_vm_ref_t);
  memset(v119, 0, v120);
  iree_vm_ref_assign(v38, v119);
  ;
  v122 = &v121;
  v123 = sizeof(iree_vm_ref_t);
  memset(v122, 0, v123);
  iree_vm_ref_assign(v35, v122);
  v124 = module_call_0rrrIii_v_import_shim(v1, v114, v116, v119, v122, v17, v18, v19);
  v125 = (bool) v124;
  if (v125) {
    goto label32;
  } else {
    goto label10;
  }
label10:
  ;
  v126 = v3;
  v127 = v126->imports;
  v128 = &v127[21];
  ;
  v130 = &v129;
  v131 = sizeof(iree_vm_ref_t);
  memset(v130, 0, v131);
  iree_vm_ref_assign(v29, v130);
  v132 = module_call_0ri_r_import_shim(v1, v128, v130, v13, v35);
  v133 = (bool) v132;
  if (v133) {
    goto label33;
  } else {
    goto label11;
  }
label11:
  ;
  v134 = v3;
  v135 = v134->imports;
  v136 = &v135[14];
  ;
  v138 = &v137;
  v139 = sizeof(iree_vm_ref_t);
  memset(v138, 0, v139);
  iree_vm_ref_assign(v29, v138);
  ;
  v141 = &v140;
  v142 = sizeof(iree_vm_ref_t);
  memset(v141, 0, v142);
  iree_vm_ref_assign(v5, v141);
  ;
  v144 = &v143;
  v145 = sizeof(iree_vm_ref_t);
  memset(v144, 0, v145);
  iree_vm_ref_assign(v35, v144);
  v146 = module_call_0rIrriiiI_r_import_shim(v1, v136, v138, v11, v141, v144, v13, v20, v19, v21, v38);
  v147 = (bool) v146;
  if (v147) {
    goto label34;
  } else {
    goto label12;
  }
label12:
  ;
  v148 = v3;
  v149 = v148->imports;
  v150 = &v149[21];
  ;
  v152 = &v151;
  v153 = sizeof(iree_vm_ref_t);
  memset(v152, 0, v153);
  iree_vm_ref_assign(v29, v152);
  v154 = module_call_0ri_r_import_shim(v1, v150, v152, v13, v41);
  v155 = (bool) v154;
  if (v155) {
    goto label35;
  } else {
    goto label13;
  }
label13:
  ;
  v156 = v3;
  v157 = v156->imports;
  v158 = &v157[14];
  ;
  v160 = &v159;
  v161 = sizeof(iree_vm_ref_t);
  memset(v160, 0, v161);
  iree_vm_ref_assign(v29, v160);
  ;
  v163 = &v162;
  v164 = sizeof(iree_vm_ref_t);
  memset(v163, 0, v164);
  iree_vm_ref_assign(v5, v163);
  ;
  v166 = &v165;
  v167 = sizeof(iree_vm_ref_t);
  memset(v166, 0, v167);
  iree_vm_ref_assign(v41, v166);
  v168 = module_call_0rIrriiiI_r_import_shim(v1, v158, v160, v11, v163, v166, v13, v20, v19, v22, v5);
  v169 = (bool) v168;
  if (v169) {
    goto label36;
  } else {
    goto label14;
  }
label14:
  ;
  v170 = v3;
  v171 = v170->imports;
  v172 = &v171[22];
  ;
  v174 = &v173;
  v175 = sizeof(iree_vm_ref_t);
  memset(v174, 0, v175);
  iree_vm_ref_assign(v35, v174);
  ;
  v177 = &v176;
  v178 = sizeof(iree_vm_ref_t);
  memset(v177, 0, v178);
  iree_vm_ref_assign(v41, v177);
  v179 = module_call_0CrD_r_2_import_shim(v1, v172, v7, v174, v177, v35);
  v180 = (bool) v179;
  if (v180) {
    goto label37;
  } else {
    goto label15;
  }
label15:
  ;
  v181 = v3;
  v182 = v181->imports;
  v183 = &v182[21];
  ;
  v185 = &v184;
  v186 = sizeof(iree_vm_ref_t);
  memset(v185, 0, v186);
  iree_vm_ref_assign(v29, v185);
  v187 = module_call_0ri_r_import_shim(v1, v183, v185, v13, v41);
  v188 = (bool) v187;
  if (v188) {
    goto label38;
  } else {
    goto label16;
  }
label16:
  ;
  v189 = v3;
  v190 = v189->imports;
  v191 = &v190[17];
  ;
  v193 = &v192;
  v194 = sizeof(iree_vm_ref_t);
  memset(v193, 0, v194);
  iree_vm_ref_assign(v29, v193);
  ;
  v196 = &v195;
  v197 = sizeof(iree_vm_ref_t);
  memset(v196, 0, v197);
  iree_vm_ref_assign(v35, v196);
  ;
  v199 = &v198;
  v200 = sizeof(iree_vm_ref_t);
  memset(v199, 0, v200);
  iree_vm_ref_assign(v41, v199);
  ;
  v202 = &v201;
  v203 = sizeof(iree_vm_ref_t);
  memset(v202, 0, v203);
  iree_vm_ref_assign(v32, v202);
  ;
  v205 = &v204;
  v206 = sizeof(iree_vm_ref_t);
  memset(v205, 0, v206);
  iree_vm_ref_assign(v4, v205);
  ;
  v208 = &v207;
  v209 = sizeof(iree_vm_ref_t);
  memset(v208, 0, v209);
  iree_vm_ref_assign(v38, v208);
  ;
  v211 = &v210;
  v212 = sizeof(iree_vm_ref_t);
  memset(v211, 0, v212);
  iree_vm_ref_assign(v5, v211);
  v213 = module_call_0rIrrrCrIID_v_3_import_shim(v1, v191, v193, v11, v196, v199, v202, v6, v205, v10, v17, v208, v10, v21, v211, v10, v22);
  v214 = (bool) v213;
  if (v214) {
    goto label39;
  } else {
    goto label17;
  }
label17:
  ;
  v215 = v3;
  v216 = v215->imports;
  v217 = &v216[21];
  ;
  v219 = &v218;
  v220 = sizeof(iree_vm_ref_t);
  memset(v219, 0, v220);
  iree_vm_ref_assign(v29, v219);
  v221 = module_call_0ri_r_import_shim(v1, v217, v219, v13, v4);
  v222 = (bool) v221;
  if (v222) {
    goto label40;
  } else {
    goto label18;
  }
label18:
  ;
  v223 = v3;
  v224 = v223->imports;
  v225 = &v224[15];
  ;
  v227 = &v226;
  v228 = sizeof(iree_vm_ref_t);
  memset(v227, 0, v228);
  iree_vm_ref_assign(v29, v227);
  ;
  v230 = &v229;
  v231 = sizeof(iree_vm_ref_t);
  memset(v230, 0, v231);
  iree_vm_ref_assign(v41, v230);
  ;
  v233 = &v232;
  v234 = sizeof(iree_vm_ref_t);
  memset(v233, 0, v234);
  iree_vm_ref_assign(v4, v233);
  ;
  v236 = &v235;
  v237 = sizeof(iree_vm_ref_t);
  memset(v236, 0, v237);
  iree_vm_ref_assign(v5, v236);
  v238 = module_call_0rIrrr_v_import_shim(v1, v225, v227, v11, v230, v233, v236);
  v239 = (bool) v238;
  if (v239) {
    goto label41;
  } else {
    goto label19;
  }
label19:
  ;
  v240 = v3;
  v241 = v240->imports;
  v242 = &v241[23];
  ;
  v244 = &v243;
  v245 = sizeof(iree_vm_ref_t);
  memset(v244, 0, v245);
  iree_vm_ref_assign(v4, v244);
  ;
  v247 = &v246;
  v248 = module_call_0iCrD_i_1_import_shim(v1, v242, v9, v12, v244, v247);
  v249 = (bool) v248;
  if (v249) {
    goto label42;
  } else {
    goto label20;
  }
label20:
  v250 = v246;
  v251 = vm_cmp_nz_i32(v250);
  v252 = (bool) v251;
  if (v252) {
    goto label23;
  } else {
    goto label21;
  }
label21:
  ;
  v253 = v3;
  v254 = v253->imports;
  v255 = &v254[4];
  ;
  v257 = &v256;
  v258 = sizeof(iree_vm_ref_t);
  memset(v257, 0, v258);
  iree_vm_ref_assign(v38, v257);
  v259 = module_call_0rIIiiCID_r_2_import_shim(v1, v255, v257, v10, v21, v23, v12, v7, v15, v24, v4);
  v260 = (bool) v259;
  if (v260) {
    goto label45;
  } else {
    goto label22;
  }
label22:
  ;
  v262 = &v261;
  v263 = sizeof(iree_vm_ref_t);
  memset(v262, 0, v263);
  iree_vm_ref_move(v4, v262);
  iree_vm_ref_move(v262, v5);
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  v264 = iree_ok_status();
  return v264;
label23:
  v265 = (bool) v250;
  if (v265) {
    goto label44;
  } else {
    goto label43;
  }
label24:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v51;
label25:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v61;
label26:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v71;
label27:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v77;
label28:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v88;
label29:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v96;
label30:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v104;
label31:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v110;
label32:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v124;
label33:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v132;
label34:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v146;
label35:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v154;
label36:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v168;
label37:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v179;
label38:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v187;
label39:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v213;
label40:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v221;
label41:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v238;
label42:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v248;
label43:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  v266 = iree_ok_status();
  return v266;
label44:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  v267 = iree_make_cstring_view("failed to wait on timepoint");
  ;
  v268 = v267;
  v269 = v268.size;
  v270 = (int) v269;
  v271 = v268.data;
  v272 = iree_status_allocate_f(IREE_STATUS_FAILED_PRECONDITION, "<vm>", 0, "%.*s", v270, v271);
  return v272;
label45:
  iree_vm_ref_release(v29);
  iree_vm_ref_release(v35);
  iree_vm_ref_release(v41);
  iree_vm_ref_release(v26);
  iree_vm_ref_release(v32);
  iree_vm_ref_release(v38);
  iree_vm_ref_release(v4);
  return v259;
}

struct module_main_args_t {iree_vm_ref_t arg0;};
struct module_main_result_t {iree_vm_ref_t res0;};
static iree_status_t module_main_export_shim(iree_vm_stack_t* v1, uint32_t v2, iree_byte_span_t v3, iree_byte_span_t v4, void* v5, void* v6) {
  struct module_t* v7;
  struct module_state_t* v8;
  iree_byte_span_t v9;
  uint8_t* v10;
  struct module_main_args_t* v11;
  struct module_main_args_t* v12;
  iree_byte_span_t v13;
  uint8_t* v14;
  struct module_main_result_t* v15;
  struct module_main_result_t* v16;
  iree_vm_ref_t* v17;
  iree_vm_ref_t* v18;
  iree_status_t v19;
  bool v20;
  iree_status_t v21;
  v7 = (struct module_t*) v5;
  v8 = (struct module_state_t*) v6;
  ;
  v9 = v3;
  v10 = v9.data;
  v11 = (struct module_main_args_t*) v10;
  ;
  v12 = v11;
  ;
  v13 = v4;
  v14 = v13.data;
  v15 = (struct module_main_result_t*) v14;
  ;
  v16 = v15;
  v17 = &v12->arg0;
  iree_vm_ref_retain_inplace(v17);
  v18 = &v16->res0;
  v19 = module_main(v1, v7, v8, v17, v18);
  v20 = (bool) v19;
  if (v20) {
    goto label3;
  } else {
    goto label2;
  }
label2:
  v21 = iree_ok_status();
  return v21;
label3:
  return v19;
}

static iree_status_t module___init_export_shim(iree_vm_stack_t* v1, uint32_t v2, iree_byte_span_t v3, iree_byte_span_t v4, void* v5, void* v6) {
  struct module_t* v7;
  struct module_state_t* v8;
  iree_status_t v9;
  bool v10;
  iree_status_t v11;
  v7 = (struct module_t*) v5;
  v8 = (struct module_state_t*) v6;
  v9 = module___init(v1, v7, v8);
  v10 = (bool) v9;
  if (v10) {
    goto label3;
  } else {
    goto label2;
  }
label2:
  v11 = iree_ok_status();
  return v11;
label3:
  return v9;
}

static iree_status_t module___init(iree_vm_stack_t* v1, struct module_t* v2, struct module_state_t* v3) {
  int32_t v4;
  int32_t v5;
  int32_t v6;
  int32_t v7;
  int32_t v8;
  int64_t v9;
  int64_t v10;
  int32_t v11;
  int32_t v12;
  int64_t v13;
  iree_vm_ref_t v14;
  iree_vm_ref_t* v15;
  iree_host_size_t v16;
  iree_vm_ref_t v17;
  iree_vm_ref_t* v18;
  iree_host_size_t v19;
  iree_vm_ref_t v20;
  iree_vm_ref_t* v21;
  iree_host_size_t v22;
  iree_vm_ref_t v23;
  iree_vm_ref_t* v24;
  iree_host_size_t v25;
  iree_vm_ref_t v26;
  iree_vm_ref_t* v27;
  iree_host_size_t v28;
  iree_vm_ref_t v29;
  iree_vm_ref_t* v30;
  iree_host_size_t v31;
  struct module_state_t* v32;
  iree_vm_function_t* v33;
  iree_vm_function_t* v34;
  int32_t v35;
  int32_t* v36;
  iree_status_t v37;
  bool v38;
  int32_t v39;
  iree_vm_ref_t v40;
  iree_vm_ref_t* v41;
  iree_host_size_t v42;
  int32_t v43;
  int32_t v44;
  int32_t v45;
  int32_t v46;
  int32_t v47;
  bool v48;
  struct module_state_t* v49;
  iree_vm_function_t* v50;
  iree_vm_function_t* v51;
  iree_status_t v52;
  bool v53;
  struct module_state_t* v54;
  iree_vm_buffer_t* v55;
  iree_vm_buffer_t* v56;
  iree_vm_ref_type_t v57;
  iree_status_t v58;
  bool v59;
  struct module_state_t* v60;
  iree_vm_buffer_t* v61;
  iree_vm_buffer_t* v62;
  iree_vm_ref_type_t v63;
  iree_status_t v64;
  bool v65;
  struct module_state_t* v66;
  iree_vm_function_t* v67;
  iree_vm_function_t* v68;
  iree_vm_ref_t v69;
  iree_vm_ref_t* v70;
  iree_host_size_t v71;
  iree_vm_ref_t v72;
  iree_vm_ref_t* v73;
  iree_host_size_t v74;
  iree_vm_ref_t v75;
  iree_vm_ref_t* v76;
  iree_host_size_t v77;
  int32_t v78;
  int32_t* v79;
  int64_t v80;
  int64_t* v81;
  iree_status_t v82;
  bool v83;
  int32_t v84;
  int64_t v85;
  int32_t v86;
  int32_t v87;
  int32_t v88;
  bool v89;
  struct module_state_t* v90;
  iree_vm_buffer_t* v91;
  iree_vm_buffer_t* v92;
  iree_vm_ref_type_t v93;
  iree_status_t v94;
  bool v95;
  struct module_state_t* v96;
  iree_vm_buffer_t* v97;
  iree_vm_buffer_t* v98;
  iree_vm_ref_type_t v99;
  iree_status_t v100;
  bool v101;
  struct module_state_t* v102;
  iree_vm_function_t* v103;
  iree_vm_function_t* v104;
  iree_vm_ref_t v105;
  iree_vm_ref_t* v106;
  iree_host_size_t v107;
  iree_vm_ref_t v108;
  iree_vm_ref_t* v109;
  iree_host_size_t v110;
  iree_vm_ref_t v111;
  iree_vm_ref_t* v112;
  iree_host_size_t v113;
  int32_t v114;
  int32_t* v115;
  int64_t v116;
  int64_t* v117;
  iree_status_t v118;
  bool v119;
  int32_t v120;
  int64_t v121;
  int32_t v122;
  int32_t v123;
  int32_t v124;
  int32_t v125;
  int32_t v126;
  int32_t v127;
  struct module_t* v128;
  iree_vm_ref_type_t* v129;
  iree_vm_ref_type_t v130;
  iree_vm_type_def_t v131;
  iree_vm_ref_type_t v132;
  int32_t v133;
  bool v134;
  iree_status_t v135;
  bool v136;
  iree_status_t v137;
  bool v138;
  int32_t v139;
  iree_vm_ref_t v140;
  iree_vm_ref_t* v141;
  iree_host_size_t v142;
  int32_t v143;
  bool v144;
  bool v145;
  struct module_state_t* v146;
  iree_vm_buffer_t* v147;
  iree_vm_buffer_t* v148;
  iree_vm_ref_type_t v149;
  iree_status_t v150;
  bool v151;
  struct module_state_t* v152;
  iree_vm_buffer_t* v153;
  iree_vm_buffer_t* v154;
  iree_vm_ref_type_t v155;
  iree_status_t v156;
  bool v157;
  struct module_state_t* v158;
  iree_vm_function_t* v159;
  iree_vm_function_t* v160;
  iree_vm_ref_t v161;
  iree_vm_ref_t* v162;
  iree_host_size_t v163;
  iree_vm_ref_t v164;
  iree_vm_ref_t* v165;
  iree_host_size_t v166;
  iree_vm_ref_t v167;
  iree_vm_ref_t* v168;
  iree_host_size_t v169;
  int32_t v170;
  int32_t* v171;
  int64_t v172;
  int64_t* v173;
  iree_status_t v174;
  bool v175;
  int32_t v176;
  int64_t v177;
  int32_t v178;
  int32_t v179;
  int32_t v180;
  int32_t v181;
  struct module_state_t* v182;
  iree_vm_ref_t* v183;
  iree_vm_ref_t* v184;
  struct module_t* v185;
  iree_vm_ref_type_t* v186;
  iree_vm_ref_type_t v187;
  iree_vm_type_def_t v188;
  iree_vm_ref_type_t v189;
  iree_status_t v190;
  bool v191;
  int32_t v192;
  bool v193;
  struct module_state_t* v194;
  iree_vm_buffer_t* v195;
  iree_vm_buffer_t* v196;
  iree_vm_ref_type_t v197;
  iree_status_t v198;
  bool v199;
  struct module_state_t* v200;
  iree_vm_function_t* v201;
  iree_vm_function_t* v202;
  iree_vm_ref_t v203;
  iree_vm_ref_t* v204;
  iree_host_size_t v205;
  iree_vm_ref_t v206;
  iree_vm_ref_t* v207;
  iree_host_size_t v208;
  iree_vm_ref_t v209;
  iree_vm_ref_t* v210;
  iree_host_size_t v211;
  iree_vm_ref_t v212;
  iree_vm_ref_t* v213;
  iree_host_size_t v214;
  iree_status_t v215;
  bool v216;
  struct module_state_t* v217;
  iree_vm_ref_t* v218;
  iree_vm_ref_t* v219;
  struct module_t* v220;
  iree_vm_ref_type_t* v221;
  iree_vm_ref_type_t v222;
  iree_vm_type_def_t v223;
  iree_vm_ref_type_t v224;
  iree_status_t v225;
  bool v226;
  struct module_state_t* v227;
  iree_vm_buffer_t* v228;
  iree_vm_buffer_t* v229;
  iree_vm_ref_type_t v230;
  iree_status_t v231;
  bool v232;
  struct module_state_t* v233;
  iree_vm_function_t* v234;
  iree_vm_function_t* v235;
  iree_vm_ref_t v236;
  iree_vm_ref_t* v237;
  iree_host_size_t v238;
  iree_status_t v239;
  bool v240;
  struct module_state_t* v241;
  iree_vm_function_t* v242;
  iree_vm_function_t* v243;
  iree_vm_ref_t v244;
  iree_vm_ref_t* v245;
  iree_host_size_t v246;
  iree_vm_ref_t v247;
  iree_vm_ref_t* v248;
  iree_host_size_t v249;
  iree_status_t v250;
  bool v251;
  int32_t v252;
  struct module_state_t* v253;
  iree_vm_ref_t* v254;
  iree_vm_ref_t* v255;
  struct module_t* v256;
  iree_vm_ref_type_t* v257;
  iree_vm_ref_type_t v258;
  iree_vm_type_def_t v259;
  iree_vm_ref_type_t v260;
  iree_status_t v261;
  bool v262;
  int32_t v263;
  bool v264;
  bool v265;
  struct module_state_t* v266;
  iree_vm_function_t* v267;
  iree_vm_function_t* v268;
  iree_vm_ref_t v269;
  iree_vm_ref_t* v270;
  iree_host_size_t v271;
  iree_status_t v272;
  bool v273;
  struct module_state_t* v274;
  iree_vm_function_t* v275;
  iree_vm_function_t* v276;
  iree_vm_ref_t v277;
  iree_vm_ref_t* v278;
  iree_host_size_t v279;
  iree_vm_ref_t v280;
  iree_vm_ref_t* v281;
  iree_host_size_t v282;
  iree_status_t v283;
  bool v284;
  struct module_state_t* v285;
  iree_vm_function_t* v286;
  iree_vm_function_t* v287;
  iree_vm_ref_t v288;
  iree_vm_ref_t* v289;
  iree_host_size_t v290;
  iree_status_t v291;
  bool v292;
  struct module_state_t* v293;
  iree_vm_function_t* v294;
  iree_vm_function_t* v295;
  iree_vm_ref_t v296;
  iree_vm_ref_t* v297;
  iree_host_size_t v298;
  iree_vm_ref_t v299;
  iree_vm_ref_t* v300;
  iree_host_size_t v301;
  iree_vm_ref_t v302;
  iree_vm_ref_t* v303;
  iree_host_size_t v304;
  iree_vm_ref_t v305;
  iree_vm_ref_t* v306;
  iree_host_size_t v307;
  iree_vm_ref_t v308;
  iree_vm_ref_t* v309;
  iree_host_size_t v310;
  iree_status_t v311;
  bool v312;
  iree_vm_ref_t v313;
  iree_vm_ref_t* v314;
  iree_host_size_t v315;
  iree_vm_ref_t v316;
  iree_vm_ref_t* v317;
  iree_host_size_t v318;
  iree_vm_ref_t v319;
  iree_vm_ref_t* v320;
  iree_host_size_t v321;
  iree_vm_ref_t v322;
  iree_vm_ref_t* v323;
  iree_host_size_t v324;
  struct module_state_t* v325;
  iree_vm_ref_t* v326;
  iree_vm_ref_t* v327;
  struct module_t* v328;
  iree_vm_ref_type_t* v329;
  iree_vm_ref_type_t v330;
  iree_vm_type_def_t v331;
  iree_vm_ref_type_t v332;
  iree_status_t v333;
  bool v334;
  struct module_state_t* v335;
  iree_vm_ref_t* v336;
  iree_vm_ref_t* v337;
  struct module_t* v338;
  iree_vm_ref_type_t* v339;
  iree_vm_ref_type_t v340;
  iree_vm_type_def_t v341;
  iree_vm_ref_type_t v342;
  iree_status_t v343;
  bool v344;
  iree_status_t v345;
  bool v346;
  struct module_state_t* v347;
  iree_vm_ref_t* v348;
  iree_vm_ref_t* v349;
  struct module_t* v350;
  iree_vm_ref_type_t* v351;
  iree_vm_ref_type_t v352;
  iree_vm_type_def_t v353;
  iree_vm_ref_type_t v354;
  iree_status_t v355;
  bool v356;
  iree_status_t v357;
  iree_status_t v358;
  iree_string_view_t v359;
  iree_string_view_t v360;
  iree_host_size_t v361;
  int v362;
  const char* v363;
  iree_status_t v364;
  iree_status_t v365;
  iree_string_view_t v366;
  iree_string_view_t v367;
  iree_host_size_t v368;
  int v369;
  const char* v370;
  iree_status_t v371;
  int32_t v372;
  int32_t v373;
  int32_t v374;
  v4 = 1;
  v5 = 18;
  v6 = -1;
  v7 = 14;
  v8 = 0;
  v9 = -1;
  v10 = 0;
  v11 = 48;
  v12 = 527363;
  v13 = 3648;
  ;
  v15 = &v14;
  v16 = sizeof(iree_vm_ref_t);
  memset(v15, 0, v16);
  ;
  v18 = &v17;
  v19 = sizeof(iree_vm_ref_t);
  memset(v18, 0, v19);
  ;
  v21 = &v20;
  v22 = sizeof(iree_vm_ref_t);
  memset(v21, 0, v22);
  ;
  v24 = &v23;
  v25 = sizeof(iree_vm_ref_t);
  memset(v24, 0, v25);
  ;
  v27 = &v26;
  v28 = sizeof(iree_vm_ref_t);
  memset(v27, 0, v28);
  ;
  v30 = &v29;
  v31 = sizeof(iree_vm_ref_t);
  memset(v30, 0, v31);
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v21);
  ;
  v32 = v3;
  v33 = v32->imports;
  v34 = &v33[18];
  ;
  v36 = &v35;
  v37 = module_call_0v_i_import_shim(v1, v34, v36);
  v38 = (bool) v37;
  if (v38) {
    goto label44;
  } else {
    goto label2;
  }
label2:
  v39 = v35;
  ;
  v41 = &v40;
  v42 = sizeof(iree_vm_ref_t);
  memset(v41, 0, v42);
  iree_vm_ref_retain(v21, v41);
  iree_vm_ref_assign(v41, v24);
  v372 = v8;
  v373 = v8;
  goto label3;
label3:
  v43 = vm_cmp_nz_ref(v24);
  v44 = vm_xor_i32(v43, v4);
  v45 = vm_cmp_lt_i32s(v372, v39);
  v46 = vm_and_i32(v44, v45);
  v47 = vm_cmp_nz_i32(v46);
  v48 = (bool) v47;
  if (v48) {
    goto label4;
  } else {
    goto label17;
  }
label4:
  ;
  v49 = v3;
  v50 = v49->imports;
  v51 = &v50[19];
  v52 = module_call_0i_r_import_shim(v1, v51, v372, v24);
  v53 = (bool) v52;
  if (v53) {
    goto label45;
  } else {
    goto label5;
  }
label5:
  ;
  v54 = v3;
  v55 = v54->rodata_buffers;
  v56 = &v55[0];
  v57 = iree_vm_buffer_type();
  v58 = iree_vm_ref_wrap_retain(v56, v57, v27);
  v59 = (bool) v58;
  if (v59) {
    goto label46;
  } else {
    goto label6;
  }
label6:
  ;
  v60 = v3;
  v61 = v60->rodata_buffers;
  v62 = &v61[1];
  v63 = iree_vm_buffer_type();
  v64 = iree_vm_ref_wrap_retain(v62, v63, v30);
  v65 = (bool) v64;
  if (v65) {
    goto label47;
  } else {
    goto label7;
  }
label7:
  ;
  v66 = v3;
  v67 = v66->imports;
  v68 = &v67[13];
  ;
  v70 = &v69;
  v71 = sizeof(iree_vm_ref_t);
  memset(v70, 0, v71);
  iree_vm_ref_assign(v24, v70);
  ;
  v73 = &v72;
  v74 = sizeof(iree_vm_ref_t);
  memset(v73, 0, v74);
  iree_vm_ref_assign(v27, v73);
  ;
  v76 = &v75;
  v77 = sizeof(iree_vm_ref_t);
  memset(v76, 0, v77);
  iree_vm_ref_assign(v30, v76);
  ;
  v79 = &v78;
  ;
  v81 = &v80;
  v82 = module_call_0rrr_iI_import_shim(v1, v68, v70, v73, v76, v79, v81);
  v83 = (bool) v82;
  if (v83) {
    goto label48;
  } else {
    goto label8;
  }
label8:
  v84 = v78;
  v85 = v80;
  v86 = vm_cmp_nz_i64(v85);
  v87 = vm_select_i32(v84, v86, v8);
  v88 = vm_cmp_nz_i32(v87);
  v89 = (bool) v88;
  if (v89) {
    goto label9;
  } else {
    v374 = v8;
    goto label13;
  }
label9:
  ;
  v90 = v3;
  v91 = v90->rodata_buffers;
  v92 = &v91[2];
  v93 = iree_vm_buffer_type();
  v94 = iree_vm_ref_wrap_retain(v92, v93, v27);
  v95 = (bool) v94;
  if (v95) {
    goto label49;
  } else {
    goto label10;
  }
label10:
  ;
  v96 = v3;
  v97 = v96->rodata_buffers;
  v98 = &v97[3];
  v99 = iree_vm_buffer_type();
  v100 = iree_vm_ref_wrap_retain(v98, v99, v30);
  v101 = (bool) v100;
  if (v101) {
    goto label50;
  } else {
    goto label11;
  }
label11:
  ;
  v102 = v3;
  v103 = v102->imports;
  v104 = &v103[13];
  ;
  v106 = &v105;
  v107 = sizeof(iree_vm_ref_t);
  memset(v106, 0, v107);
  iree_vm_ref_assign(v24, v106);
  ;
  v109 = &v108;
  v110 = sizeof(iree_vm_ref_t);
  memset(v109, 0, v110);
  iree_vm_ref_assign(v27, v109);
  ;
  v112 = &v111;
  v113 = sizeof(iree_vm_ref_t);
  memset(v112, 0, v113);
  iree_vm_ref_assign(v30, v112);
  ;
  v115 = &v114;
  ;
  v117 = &v116;
  v118 = module_call_0rrr_iI_import_shim(v1, v104, v106, v109, v112, v115, v117);
  v119 = (bool) v118;
  if (v119) {
    goto label51;
  } else {
    goto label12;
  }
label12:
  v120 = v114;
  v121 = v116;
  v122 = vm_cmp_nz_i64(v121);
  v123 = vm_select_i32(v120, v122, v8);
  v374 = v123;
  goto label13;
label13:
  v124 = vm_cmp_eq_i32(v373, v8);
  v125 = vm_select_i32(v374, v4, v8);
  v126 = vm_add_i32(v373, v125);
  v127 = vm_and_i32(v374, v124);
  ;
  v128 = v2;
  v129 = v128->types;
  v130 = v129[6];
  v131 = iree_vm_make_ref_type_def(v130);
  v132 = iree_vm_type_def_as_ref(v131);
  v133 = vm_cmp_nz_i32(v127);
  v134 = (bool) v133;
  if (v134) {
    goto label14;
  } else {
    goto label15;
  }
label14:
  v135 = iree_vm_ref_retain_or_move_checked(false, v24, v132, v24);
  v136 = (bool) v135;
  if (v136) {
    goto label52;
  } else {
    goto label16;
  }
label15:
  v137 = iree_vm_ref_retain_or_move_checked(false, v21, v132, v24);
  v138 = (bool) v137;
  if (v138) {
    goto label53;
  } else {
    goto label16;
  }
label16:
  v139 = vm_add_i32(v372, v4);
  ;
  v141 = &v140;
  v142 = sizeof(iree_vm_ref_t);
  memset(v141, 0, v142);
  iree_vm_ref_retain(v24, v141);
  iree_vm_ref_assign(v141, v24);
  v372 = v139;
  v373 = v126;
  goto label3;
label17:
  v143 = vm_cmp_nz_i32(v44);
  v144 = (bool) v143;
  if (v144) {
    goto label18;
  } else {
    goto label19;
  }
label18:
  v145 = (bool) v5;
  if (v145) {
    goto label55;
  } else {
    goto label54;
  }
label19:
  ;
  v146 = v3;
  v147 = v146->rodata_buffers;
  v148 = &v147[2];
  v149 = iree_vm_buffer_type();
  v150 = iree_vm_ref_wrap_retain(v148, v149, v21);
  v151 = (bool) v150;
  if (v151) {
    goto label56;
  } else {
    goto label20;
  }
label20:
  ;
  v152 = v3;
  v153 = v152->rodata_buffers;
  v154 = &v153[3];
  v155 = iree_vm_buffer_type();
  v156 = iree_vm_ref_wrap_retain(v154, v155, v27);
  v157 = (bool) v156;
  if (v157) {
    goto label57;
  } else {
    goto label21;
  }
label21:
  ;
  v158 = v3;
  v159 = v158->imports;
  v160 = &v159[13];
  ;
  v162 = &v161;
  v163 = sizeof(iree_vm_ref_t);
  memset(v162, 0, v163);
  iree_vm_ref_assign(v24, v162);
  ;
  v165 = &v164;
  v166 = sizeof(iree_vm_ref_t);
  memset(v165, 0, v166);
  iree_vm_ref_assign(v21, v165);
  ;
  v168 = &v167;
  v169 = sizeof(iree_vm_ref_t);
  memset(v168, 0, v169);
  iree_vm_ref_assign(v27, v168);
  ;
  v171 = &v170;
  ;
  v173 = &v172;
  v174 = module_call_0rrr_iI_import_shim(v1, v160, v162, v165, v168, v171, v173);
  v175 = (bool) v174;
  if (v175) {
    goto label58;
  } else {
    goto label22;
  }
label22:
  v176 = v170;
  v177 = v172;
  v178 = vm_cmp_nz_i64(v177);
  v179 = vm_select_i32(v176, v178, v8);
  v180 = vm_select_i32(v179, v8, v6);
  v181 = vm_cmp_eq_i32(v180, v8);
  ;
  v182 = v3;
  v183 = v182->refs;
  v184 = &v183[0];
  ;
  v185 = v2;
  v186 = v185->types;
  v187 = v186[6];
  v188 = iree_vm_make_ref_type_def(v187);
  v189 = iree_vm_type_def_as_ref(v188);
  v190 = iree_vm_ref_retain_or_move_checked(false, v24, v189, v184);
  v191 = (bool) v190;
  if (v191) {
    goto label59;
  } else {
    goto label23;
  }
label23:
  v192 = vm_cmp_nz_i32(v181);
  v193 = (bool) v192;
  if (v193) {
    goto label24;
  } else {
    goto label32;
  }
label24:
  ;
  v194 = v3;
  v195 = v194->rodata_buffers;
  v196 = &v195[4];
  v197 = iree_vm_buffer_type();
  v198 = iree_vm_ref_wrap_retain(v196, v197, v21);
  v199 = (bool) v198;
  if (v199) {
    goto label60;
  } else {
    goto label25;
  }
label25:
  ;
  v200 = v3;
  v201 = v200->imports;
  v202 = &v201[20];
  ;
  v204 = &v203;
  v205 = sizeof(iree_vm_ref_t);
  memset(v204, 0, v205);
  iree_vm_ref_assign(v24, v204);
  ;
  v207 = &v206;
  v208 = sizeof(iree_vm_ref_t);
  memset(v207, 0, v208);
  iree_vm_ref_assign(v27, v207);
  ;
  v210 = &v209;
  v211 = sizeof(iree_vm_ref_t);
  memset(v210, 0, v211);
  iree_vm_ref_assign(v21, v210);
  ;
  v213 = &v212;
  v214 = sizeof(iree_vm_ref_t);
  memset(v213, 0, v214);
  iree_vm_ref_assign(v15, v213);
  v215 = module_call_0rrrr_r_import_shim(v1, v202, v204, v207, v210, v213, v15);
  v216 = (bool) v215;
  if (v216) {
    goto label61;
  } else {
    goto label26;
  }
label26:
  ;
  v217 = v3;
  v218 = v217->refs;
  v219 = &v218[0];
  ;
  v220 = v2;
  v221 = v220->types;
  v222 = v221[6];
  v223 = iree_vm_make_ref_type_def(v222);
  v224 = iree_vm_type_def_as_ref(v223);
  v225 = iree_vm_ref_retain_or_move_checked(false, v219, v224, v21);
  v226 = (bool) v225;
  if (v226) {
    goto label62;
  } else {
    goto label27;
  }
label27:
  ;
  v227 = v3;
  v228 = v227->rodata_buffers;
  v229 = &v228[5];
  v230 = iree_vm_buffer_type();
  v231 = iree_vm_ref_wrap_retain(v229, v230, v24);
  v232 = (bool) v231;
  if (v232) {
    goto label63;
  } else {
    goto label28;
  }
label28:
  ;
  v233 = v3;
  v234 = v233->imports;
  v235 = &v234[12];
  ;
  v237 = &v236;
  v238 = sizeof(iree_vm_ref_t);
  memset(v237, 0, v238);
  iree_vm_ref_assign(v21, v237);
  v239 = module_call_0r_r_import_shim(v1, v235, v237, v27);
  v240 = (bool) v239;
  if (v240) {
    goto label64;
  } else {
    goto label29;
  }
label29:
  ;
  v241 = v3;
  v242 = v241->imports;
  v243 = &v242[2];
  ;
  v245 = &v244;
  v246 = sizeof(iree_vm_ref_t);
  memset(v245, 0, v246);
  iree_vm_ref_assign(v27, v245);
  ;
  v248 = &v247;
  v249 = sizeof(iree_vm_ref_t);
  memset(v248, 0, v249);
  iree_vm_ref_assign(v24, v248);
  v250 = module_call_0riIiirII_r_import_shim(v1, v243, v245, v4, v9, v11, v12, v248, v10, v13, v30);
  v251 = (bool) v250;
  if (v251) {
    goto label65;
  } else {
    goto label30;
  }
label30:
  v252 = vm_cmp_nz_ref(v30);
  ;
  v253 = v3;
  v254 = v253->refs;
  v255 = &v254[1];
  ;
  v256 = v2;
  v257 = v256->types;
  v258 = v257[7];
  v259 = iree_vm_make_ref_type_def(v258);
  v260 = iree_vm_type_def_as_ref(v259);
  v261 = iree_vm_ref_retain_or_move_checked(false, v15, v260, v255);
  v262 = (bool) v261;
  if (v262) {
    goto label66;
  } else {
    goto label31;
  }
label31:
  v263 = vm_cmp_nz_i32(v252);
  v264 = (bool) v263;
  if (v264) {
    goto label37;
  } else {
    goto label33;
  }
label32:
  v265 = (bool) v7;
  if (v265) {
    goto label76;
  } else {
    goto label75;
  }
label33:
  ;
  v266 = v3;
  v267 = v266->imports;
  v268 = &v267[1];
  ;
  v270 = &v269;
  v271 = sizeof(iree_vm_ref_t);
  memset(v270, 0, v271);
  iree_vm_ref_assign(v27, v270);
  v272 = module_call_0rIiiI_r_import_shim(v1, v268, v270, v9, v11, v12, v13, v15);
  v273 = (bool) v272;
  if (v273) {
    goto label71;
  } else {
    goto label34;
  }
label34:
  ;
  v274 = v3;
  v275 = v274->imports;
  v276 = &v275[0];
  ;
  v278 = &v277;
  v279 = sizeof(iree_vm_ref_t);
  memset(v278, 0, v279);
  iree_vm_ref_assign(v21, v278);
  ;
  v281 = &v280;
  v282 = sizeof(iree_vm_ref_t);
  memset(v281, 0, v282);
  iree_vm_ref_assign(v24, v281);
  v283 = module_call_0rIirIIi_r_import_shim(v1, v276, v278, v9, v4, v281, v10, v13, v8, v24);
  v284 = (bool) v283;
  if (v284) {
    goto label72;
  } else {
    goto label35;
  }
label35:
  ;
  v285 = v3;
  v286 = v285->imports;
  v287 = &v286[21];
  ;
  v289 = &v288;
  v290 = sizeof(iree_vm_ref_t);
  memset(v289, 0, v290);
  iree_vm_ref_assign(v21, v289);
  v291 = module_call_0ri_r_import_shim(v1, v287, v289, v8, v27);
  v292 = (bool) v291;
  if (v292) {
    goto label73;
  } else {
    goto label36;
  }
label36:
  ;
  v293 = v3;
  v294 = v293->imports;
  v295 = &v294[16];
  ;
  v297 = &v296;
  v298 = sizeof(iree_vm_ref_t);
  memset(v297, 0, v298);
  iree_vm_ref_assign(v21, v297);
  ;
  v300 = &v299;
  v301 = sizeof(iree_vm_ref_t);
  memset(v300, 0, v301);
  iree_vm_ref_assign(v18, v300);
  ;
  v303 = &v302;
  v304 = sizeof(iree_vm_ref_t);
  memset(v303, 0, v304);
  iree_vm_ref_assign(v27, v303);
  ;
  v306 = &v305;
  v307 = sizeof(iree_vm_ref_t);
  memset(v306, 0, v307);
  iree_vm_ref_assign(v24, v306);
  ;
  v309 = &v308;
  v310 = sizeof(iree_vm_ref_t);
  memset(v309, 0, v310);
  iree_vm_ref_assign(v15, v309);
  v311 = module_call_0rIrrrIrIIi_v_import_shim(v1, v295, v297, v9, v300, v303, v306, v10, v309, v10, v13, v8);
  v312 = (bool) v311;
  if (v312) {
    goto label74;
  } else {
    goto label38;
  }
label37:
  ;
  v314 = &v313;
  v315 = sizeof(iree_vm_ref_t);
  memset(v314, 0, v315);
  iree_vm_ref_retain(v18, v314);
  ;
  v317 = &v316;
  v318 = sizeof(iree_vm_ref_t);
  memset(v317, 0, v318);
  iree_vm_ref_retain(v30, v317);
  iree_vm_ref_assign(v314, v15);
  iree_vm_ref_assign(v317, v18);
  goto label39;
label38:
  ;
  v320 = &v319;
  v321 = sizeof(iree_vm_ref_t);
  memset(v320, 0, v321);
  iree_vm_ref_retain(v15, v320);
  ;
  v323 = &v322;
  v324 = sizeof(iree_vm_ref_t);
  memset(v323, 0, v324);
  iree_vm_ref_retain(v27, v323);
  iree_vm_ref_assign(v320, v18);
  iree_vm_ref_assign(v323, v15);
  goto label39;
label39:
  ;
  v325 = v3;
  v326 = v325->refs;
  v327 = &v326[3];
  ;
  v328 = v2;
  v329 = v328->types;
  v330 = v329[3];
  v331 = iree_vm_make_ref_type_def(v330);
  v332 = iree_vm_type_def_as_ref(v331);
  v333 = iree_vm_ref_retain_or_move_checked(false, v18, v332, v327);
  v334 = (bool) v333;
  if (v334) {
    goto label67;
  } else {
    goto label40;
  }
label40:
  ;
  v335 = v3;
  v336 = v335->refs;
  v337 = &v336[2];
  ;
  v338 = v2;
  v339 = v338->types;
  v340 = v339[8];
  v341 = iree_vm_make_ref_type_def(v340);
  v342 = iree_vm_type_def_as_ref(v341);
  v343 = iree_vm_ref_retain_or_move_checked(false, v15, v342, v337);
  v344 = (bool) v343;
  if (v344) {
    goto label68;
  } else {
    goto label41;
  }
label41:
  v345 = module___main_memoize_apply(v1, v2, v3, v15);
  v346 = (bool) v345;
  if (v346) {
    goto label69;
  } else {
    goto label42;
  }
label42:
  ;
  v347 = v3;
  v348 = v347->refs;
  v349 = &v348[4];
  ;
  v350 = v2;
  v351 = v350->types;
  v352 = v351[5];
  v353 = iree_vm_make_ref_type_def(v352);
  v354 = iree_vm_type_def_as_ref(v353);
  v355 = iree_vm_ref_retain_or_move_checked(false, v15, v354, v349);
  v356 = (bool) v355;
  if (v356) {
    goto label70;
  } else {
    goto label43;
  }
label43:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  v357 = iree_ok_status();
  return v357;
label44:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v37;
label45:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v52;
label46:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v58;
label47:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v64;
label48:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v82;
label49:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v94;
label50:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v100;
label51:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v118;
label52:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v135;
label53:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v137;
label54:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  v358 = iree_ok_status();
  return v358;
label55:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  v359 = iree_make_cstring_view("HAL device `__device_0` not found or unavailable: #hal.device.target<\"local\", [#hal.executable.target<\"llvm-cpu\", \"static\", {cpu = \"\", cpu_features = \"+m,+a,+c\", data_layout = \"e-m:e-p:32:32-i64:64-n32-S128\", link_embedded = false, link_static = true, native_vector_size = 16 : i64, static_library_output = \"iree_mnist_demo_lib.o\", target_abi = \"ilp32\", target_triple = \"riscv32-unknown-elf\"}>]>");
  ;
  v360 = v359;
  v361 = v360.size;
  v362 = (int) v361;
  v363 = v360.data;
  v364 = iree_status_allocate_f(IREE_STATUS_FAILED_PRECONDITION, "<vm>", 0, "%.*s", v362, v363);
  return v364;
label56:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v150;
label57:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v156;
label58:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v174;
label59:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v190;
label60:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v198;
label61:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v215;
label62:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v225;
label63:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v231;
label64:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v239;
label65:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v250;
label66:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v261;
label67:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v333;
label68:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v343;
label69:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v345;
label70:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v355;
label71:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v272;
label72:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v283;
label73:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v291;
label74:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  return v311;
label75:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  v365 = iree_ok_status();
  return v365;
label76:
  iree_vm_ref_release(v15);
  iree_vm_ref_release(v21);
  iree_vm_ref_release(v27);
  iree_vm_ref_release(v18);
  iree_vm_ref_release(v24);
  iree_vm_ref_release(v30);
  v366 = iree_make_cstring_view("HAL device `__device_0` does not support any variant of executable `iree_mnist_demo_linked`; available formats: [static]");
  ;
  v367 = v366;
  v368 = v367.size;
  v369 = (int) v368;
  v370 = v367.data;
  v371 = iree_status_allocate_f(IREE_STATUS_FAILED_PRECONDITION, "<vm>", 0, "%.*s", v369, v370);
  return v371;
}

static void module_destroy(void* v1) {
  struct module_t* v2;
  struct module_t* v3;
  iree_allocator_t v4;
  v2 = (struct module_t*) v1;
  ;
  v3 = v2;
  v4 = v3->allocator;
  iree_allocator_free(v4, v2);
  return;
}

static iree_status_t module_alloc_state(void* v1, iree_allocator_t v2, iree_vm_module_state_t** v3) {
  struct module_state_t* v4;
  iree_host_size_t v5;
  struct module_state_t** v6;
  void** v7;
  iree_status_t v8;
  bool v9;
  struct module_state_t* v10;
  const uint8_t* v11;
  const uint8_t* v12;
  void* v13;
  iree_host_size_t v14;
  iree_byte_span_t v15;
  iree_allocator_t v16;
  iree_vm_buffer_t* v17;
  iree_vm_buffer_t* v18;
  const uint8_t* v19;
  const uint8_t* v20;
  void* v21;
  iree_host_size_t v22;
  iree_byte_span_t v23;
  iree_allocator_t v24;
  iree_vm_buffer_t* v25;
  iree_vm_buffer_t* v26;
  const uint8_t* v27;
  const uint8_t* v28;
  void* v29;
  iree_host_size_t v30;
  iree_byte_span_t v31;
  iree_allocator_t v32;
  iree_vm_buffer_t* v33;
  iree_vm_buffer_t* v34;
  const uint8_t* v35;
  const uint8_t* v36;
  void* v37;
  iree_host_size_t v38;
  iree_byte_span_t v39;
  iree_allocator_t v40;
  iree_vm_buffer_t* v41;
  iree_vm_buffer_t* v42;
  const uint8_t* v43;
  const uint8_t* v44;
  void* v45;
  iree_host_size_t v46;
  iree_byte_span_t v47;
  iree_allocator_t v48;
  iree_vm_buffer_t* v49;
  iree_vm_buffer_t* v50;
  const uint8_t* v51;
  const uint8_t* v52;
  void* v53;
  iree_host_size_t v54;
  iree_byte_span_t v55;
  iree_allocator_t v56;
  iree_vm_buffer_t* v57;
  iree_vm_buffer_t* v58;
  const uint8_t* v59;
  const uint8_t* v60;
  void* v61;
  iree_host_size_t v62;
  iree_byte_span_t v63;
  iree_allocator_t v64;
  iree_vm_buffer_t* v65;
  iree_vm_buffer_t* v66;
  const uint8_t* v67;
  const uint8_t* v68;
  void* v69;
  iree_host_size_t v70;
  iree_byte_span_t v71;
  iree_allocator_t v72;
  iree_vm_buffer_t* v73;
  iree_vm_buffer_t* v74;
  iree_vm_module_state_t* v75;
  iree_status_t v76;
  v4 = NULL;
  v5 = sizeof(struct module_state_t);
  v6 = &v4;
  v7 = (void**) v6;
  v8 = iree_allocator_malloc(v2, v5, v7);
  v9 = (bool) v8;
  if (v9) {
    goto label3;
  } else {
    goto label2;
  }
label2:
  v10 = v4;
  memset(v10, 0, v5);
  v4->allocator = v2;
  v11 = module__utf8_hal_device_id_C1DCB7DBC4F49AE6;
  v12 = v11;
  v13 = (void*) v12;
  v14 = sizeof(module__utf8_hal_device_id_C1DCB7DBC4F49AE6);
  v15 = iree_make_byte_span(v13, v14);
  v16 = iree_allocator_null();
  v17 = v4->rodata_buffers;
  v18 = &v17[0];
  iree_vm_buffer_initialize(IREE_VM_BUFFER_ACCESS_ORIGIN_MODULE, v15, v16, v18);
  v19 = module__utf8_local_3D3B5147158B235A;
  v20 = v19;
  v21 = (void*) v20;
  v22 = sizeof(module__utf8_local_3D3B5147158B235A);
  v23 = iree_make_byte_span(v21, v22);
  v24 = iree_allocator_null();
  v25 = v4->rodata_buffers;
  v26 = &v25[1];
  iree_vm_buffer_initialize(IREE_VM_BUFFER_ACCESS_ORIGIN_MODULE, v23, v24, v26);
  v27 = module__utf8_hal_executable_format_EAB228F999C2D3A1;
  v28 = v27;
  v29 = (void*) v28;
  v30 = sizeof(module__utf8_hal_executable_format_EAB228F999C2D3A1);
  v31 = iree_make_byte_span(v29, v30);
  v32 = iree_allocator_null();
  v33 = v4->rodata_buffers;
  v34 = &v33[2];
  iree_vm_buffer_initialize(IREE_VM_BUFFER_ACCESS_ORIGIN_MODULE, v31, v32, v34);
  v35 = module__utf8_static_96B31E405495E0B6;
  v36 = v35;
  v37 = (void*) v36;
  v38 = sizeof(module__utf8_static_96B31E405495E0B6);
  v39 = iree_make_byte_span(v37, v38);
  v40 = iree_allocator_null();
  v41 = v4->rodata_buffers;
  v42 = &v41[3];
  iree_vm_buffer_initialize(IREE_VM_BUFFER_ACCESS_ORIGIN_MODULE, v39, v40, v42);
  v43 = module_iree_mnist_demo_linked_static;
  v44 = v43;
  v45 = (void*) v44;
  v46 = sizeof(module_iree_mnist_demo_linked_static);
  v47 = iree_make_byte_span(v45, v46);
  v48 = iree_allocator_null();
  v49 = v4->rodata_buffers;
  v50 = &v49[4];
  iree_vm_buffer_initialize(IREE_VM_BUFFER_ACCESS_ORIGIN_MODULE, v47, v48, v50);
  v51 = module__const;
  v52 = v51;
  v53 = (void*) v52;
  v54 = sizeof(module__const);
  v55 = iree_make_byte_span(v53, v54);
  v56 = iree_allocator_null();
  v57 = v4->rodata_buffers;
  v58 = &v57[5];
  iree_vm_buffer_initialize(IREE_VM_BUFFER_ACCESS_ORIGIN_MODULE, v55, v56, v58);
  v59 = module__utf8_input0_F74E046E5FFA3735;
  v60 = v59;
  v61 = (void*) v60;
  v62 = sizeof(module__utf8_input0_F74E046E5FFA3735);
  v63 = iree_make_byte_span(v61, v62);
  v64 = iree_allocator_null();
  v65 = v4->rodata_buffers;
  v66 = &v65[6];
  iree_vm_buffer_initialize(IREE_VM_BUFFER_ACCESS_ORIGIN_MODULE, v63, v64, v66);
  v67 = module__utf8_tensor_3C6209B4FD120BDC;
  v68 = v67;
  v69 = (void*) v68;
  v70 = sizeof(module__utf8_tensor_3C6209B4FD120BDC);
  v71 = iree_make_byte_span(v69, v70);
  v72 = iree_allocator_null();
  v73 = v4->rodata_buffers;
  v74 = &v73[7];
  iree_vm_buffer_initialize(IREE_VM_BUFFER_ACCESS_ORIGIN_MODULE, v71, v72, v74);
  v75 = (iree_vm_module_state_t*) v10;
  EMITC_DEREF_ASSIGN_VALUE(v3, v75);
  v76 = iree_ok_status();
  return v76;
label3:
  return v8;
}

static void module_free_state(void* v1, iree_vm_module_state_t* v2) {
  struct module_state_t* v3;
  struct module_state_t* v4;
  iree_vm_ref_t* v5;
  iree_vm_ref_t* v6;
  iree_vm_ref_t* v7;
  iree_vm_ref_t* v8;
  iree_vm_ref_t* v9;
  iree_vm_ref_t* v10;
  iree_allocator_t v11;
  v3 = (struct module_state_t*) v2;
  ;
  v4 = v3;
  v5 = v4->refs;
  v6 = &v5[0];
  iree_vm_ref_release(v6);
  v7 = &v5[1];
  iree_vm_ref_release(v7);
  v8 = &v5[2];
  iree_vm_ref_release(v8);
  v9 = &v5[3];
  iree_vm_ref_release(v9);
  v10 = &v5[4];
  iree_vm_ref_release(v10);
  v11 = v4->allocator;
  iree_allocator_free(v11, v3);
  return;
}

static iree_status_t module_fork_state(void* v1, iree_vm_module_state_t* v2, iree_allocator_t v3, iree_vm_module_state_t** v4) {
  iree_status_t v5;
  v5 = iree_make_status(IREE_STATUS_UNIMPLEMENTED);
  return v5;
}

static iree_status_t module_resolve_import(void* v1, iree_vm_module_state_t* v2, iree_host_size_t v3, const iree_vm_function_t* v4, const iree_vm_function_signature_t* v5) {
  struct module_state_t* v6;
  struct module_state_t* v7;
  iree_vm_function_t* v8;
  iree_vm_function_t* v9;
  iree_status_t v10;
  v6 = (struct module_state_t*) v2;
  ;
  v7 = v6;
  v8 = v7->imports;
  v9 = &v8[v3];
  EMITC_DEREF_ASSIGN_PTR(v9, v4);
  v10 = iree_ok_status();
  return v10;
}

iree_status_t module_create(iree_vm_instance_t* v1, iree_allocator_t v2, iree_vm_module_t** v3) {
  struct module_t* v4;
  iree_host_size_t v5;
  struct module_t** v6;
  void** v7;
  iree_status_t v8;
  bool v9;
  struct module_t* v10;
  iree_vm_ref_type_t* v11;
  iree_string_view_t v12;
  iree_vm_ref_type_t v13;
  iree_string_view_t v14;
  iree_vm_ref_type_t v15;
  iree_string_view_t v16;
  iree_vm_ref_type_t v17;
  iree_string_view_t v18;
  iree_vm_ref_type_t v19;
  iree_string_view_t v20;
  iree_vm_ref_type_t v21;
  iree_string_view_t v22;
  iree_vm_ref_type_t v23;
  iree_string_view_t v24;
  iree_vm_ref_type_t v25;
  iree_string_view_t v26;
  iree_vm_ref_type_t v27;
  iree_string_view_t v28;
  iree_vm_ref_type_t v29;
  iree_string_view_t v30;
  iree_vm_ref_type_t v31;
  iree_string_view_t v32;
  iree_vm_ref_type_t v33;
  iree_vm_module_t v34;
  iree_vm_module_t* v35;
  struct module_t* v36;
  iree_status_t v37;
  bool v38;
  iree_status_t v39;
  struct module_t* v40;
  v4 = NULL;
  v5 = sizeof(struct module_t);
  v6 = &v4;
  v7 = (void**) v6;
  v8 = iree_allocator_malloc(v2, v5, v7);
  v9 = (bool) v8;
  if (v9) {
    goto label4;
  } else {
    goto label2;
  }
label2:
  v10 = v4;
  memset(v10, 0, v5);
  v4->allocator = v2;
  v11 = v4->types;
  v12 = iree_make_cstring_view("i32");
  v13 = iree_vm_instance_lookup_type(v1, v12);
  v11[0] = v13;
  v14 = iree_make_cstring_view("i64");
  v15 = iree_vm_instance_lookup_type(v1, v14);
  v11[1] = v15;
  v16 = iree_make_cstring_view("hal.allocator");
  v17 = iree_vm_instance_lookup_type(v1, v16);
  v11[2] = v17;
  v18 = iree_make_cstring_view("hal.buffer");
  v19 = iree_vm_instance_lookup_type(v1, v18);
  v11[3] = v19;
  v20 = iree_make_cstring_view("hal.buffer_view");
  v21 = iree_vm_instance_lookup_type(v1, v20);
  v11[4] = v21;
  v22 = iree_make_cstring_view("hal.command_buffer");
  v23 = iree_vm_instance_lookup_type(v1, v22);
  v11[5] = v23;
  v24 = iree_make_cstring_view("hal.device");
  v25 = iree_vm_instance_lookup_type(v1, v24);
  v11[6] = v25;
  v26 = iree_make_cstring_view("hal.executable");
  v27 = iree_vm_instance_lookup_type(v1, v26);
  v11[7] = v27;
  v28 = iree_make_cstring_view("hal.fence");
  v29 = iree_vm_instance_lookup_type(v1, v28);
  v11[8] = v29;
  v30 = iree_make_cstring_view("hal.file");
  v31 = iree_vm_instance_lookup_type(v1, v30);
  v11[9] = v31;
  v32 = iree_make_cstring_view("vm.buffer");
  v33 = iree_vm_instance_lookup_type(v1, v32);
  v11[10] = v33;
  ;
  v35 = &v34;
  v36 = v4;
  v37 = iree_vm_module_initialize(v35, v36);
  v38 = iree_status_is_ok(v37);
  if (v38) {
    goto label3;
  } else {
    goto label5;
  }
label3:
  v34.destroy = module_destroy;
  v34.alloc_state = module_alloc_state;
  v34.free_state = module_free_state;
  v34.fork_state = module_fork_state;
  v34.resolve_import = module_resolve_import;
  v39 = iree_vm_native_module_create(v35, &module_descriptor_, v1, v2, v3);
  return v39;
label4:
  return v8;
label5:
  v40 = v4;
  iree_allocator_free(v2, v40);
  return v37;
}

#endif   // EMITC_IMPLEMENTATION

