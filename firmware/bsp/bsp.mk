# rv-zoo bsp: variables and rules to build and link against the board support.
# Include from any Makefile:   include path/to/firmware/bsp/bsp.mk
# Compile:  $(BSP_CC) $(BSP_ARCH) $(BSP_CFLAGS) -c x.c -o x.o
# Link:     $(BSP_CC) $(BSP_LINK_ARCH) $(BSP_LDFLAGS) -T $(BSP_LD_RAM) \
#               $(BSP_CRT0) $(BSP_CONSOLE) x.o $(BSP_LIB) -o x.elf
#           (XIP: -T $(BSP_LD_FLASH); semihosting: drop $(BSP_CONSOLE), add --oslib=semihost)
# Prerequisites for your link rule: $(BSP_OBJS) (rules below build them).
# All names start with BSP_ so they do not clash with the including Makefile.

BSP_FW_DIR := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))/..)
BSP_DIR    := $(BSP_FW_DIR)/bsp
BSP_BUILD  := $(BSP_FW_DIR)/build/bsp

BSP_CROSS ?= riscv64-unknown-elf-
BSP_CC    := $(BSP_CROSS)gcc
BSP_AR    := $(BSP_CROSS)ar

# GCC 12 needs zicsr/zifencei spelled out to assemble csr*/fence.i, but with those
# suffixes its multilib matcher falls back to the rv64 default libraries: so compile
# with BSP_ARCH and link with BSP_LINK_ARCH (selects picolibc/libgcc rv32imac/ilp32).
BSP_ARCH          := -march=rv32imac_zicsr_zifencei -mabi=ilp32
BSP_LINK_ARCH     := -march=rv32imac -mabi=ilp32
# No-compressed variant (there is no rv32ima multilib; rv32im libraries contain no C code).
BSP_ARCH_NOC      := -march=rv32ima_zicsr_zifencei -mabi=ilp32
BSP_LINK_ARCH_NOC := -march=rv32im -mabi=ilp32
# Hard-float variants (picolibc has the rv32imafc/ilp32f and rv32imafdc/ilp32d multilibs):
# crt0 turns the FPU on (mstatus.FS = Initial, fcsr = 0) when __riscv_flen is defined.
BSP_ARCH_F        := -march=rv32imafc_zicsr_zifencei -mabi=ilp32f
BSP_LINK_ARCH_F   := -march=rv32imafc -mabi=ilp32f
BSP_ARCH_D        := -march=rv32imafdc_zicsr_zifencei -mabi=ilp32d
BSP_LINK_ARCH_D   := -march=rv32imafdc -mabi=ilp32d
# Bit manipulation (Zba, Zbb, Zbs): same ABI as rv32imac, so it links the rv32imac bsp and libraries.
BSP_ARCH_ZB       := -march=rv32imac_zba_zbb_zbs_zicsr_zifencei -mabi=ilp32

BSP_CFLAGS  := --specs=picolibc.specs -O2 -ffunction-sections -fdata-sections \
               -fno-common -Wall -Wextra -I$(BSP_DIR) -ffile-prefix-map=$(BSP_FW_DIR)/=
BSP_LDFLAGS := --specs=picolibc.specs -nostartfiles -Wl,--gc-sections -Wl,--strip-debug \
               -Wl,--no-warn-rwx-segments
BSP_LD_RAM   := $(BSP_DIR)/link_ram.ld
BSP_LD_FLASH := $(BSP_DIR)/link_flash.ld

BSP_CRT0        := $(BSP_BUILD)/rv32imac/crt0.o
BSP_CONSOLE     := $(BSP_BUILD)/rv32imac/console.o
BSP_LIB         := $(BSP_BUILD)/rv32imac/libbsp.a
BSP_OBJS        := $(BSP_CRT0) $(BSP_CONSOLE) $(BSP_LIB)
BSP_CRT0_NOC    := $(BSP_BUILD)/rv32ima/crt0.o
BSP_CONSOLE_NOC := $(BSP_BUILD)/rv32ima/console.o
BSP_LIB_NOC     := $(BSP_BUILD)/rv32ima/libbsp.a
BSP_OBJS_NOC    := $(BSP_CRT0_NOC) $(BSP_CONSOLE_NOC) $(BSP_LIB_NOC)
BSP_CRT0_F      := $(BSP_BUILD)/rv32imafc/crt0.o
BSP_CONSOLE_F   := $(BSP_BUILD)/rv32imafc/console.o
BSP_LIB_F       := $(BSP_BUILD)/rv32imafc/libbsp.a
BSP_OBJS_F      := $(BSP_CRT0_F) $(BSP_CONSOLE_F) $(BSP_LIB_F)
BSP_CRT0_D      := $(BSP_BUILD)/rv32imafdc/crt0.o
BSP_CONSOLE_D   := $(BSP_BUILD)/rv32imafdc/console.o
BSP_LIB_D       := $(BSP_BUILD)/rv32imafdc/libbsp.a
BSP_OBJS_D      := $(BSP_CRT0_D) $(BSP_CONSOLE_D) $(BSP_LIB_D)

BSP_LIB_SRCS := trap_entry.S trap.c uart.c clint.c plic.c finisher.c
BSP_HDRS     := $(BSP_DIR)/bsp.h $(BSP_DIR)/riscv.h

define BSP_VARIANT_RULES
$(BSP_BUILD)/$(1)/%.o: $(BSP_DIR)/%.c $(BSP_HDRS)
	@mkdir -p $$(@D)
	$(BSP_CC) $(2) $(BSP_CFLAGS) -c $$< -o $$@
$(BSP_BUILD)/$(1)/%.o: $(BSP_DIR)/%.S
	@mkdir -p $$(@D)
	$(BSP_CC) $(2) $(BSP_CFLAGS) -c $$< -o $$@
$(BSP_BUILD)/$(1)/libbsp.a: $(addprefix $(BSP_BUILD)/$(1)/,$(addsuffix .o,$(basename $(BSP_LIB_SRCS))))
	@rm -f $$@
	$(BSP_AR) rcs $$@ $$^
endef
$(eval $(call BSP_VARIANT_RULES,rv32imac,$(BSP_ARCH)))
$(eval $(call BSP_VARIANT_RULES,rv32ima,$(BSP_ARCH_NOC)))
$(eval $(call BSP_VARIANT_RULES,rv32imafc,$(BSP_ARCH_F)))
$(eval $(call BSP_VARIANT_RULES,rv32imafdc,$(BSP_ARCH_D)))
