/*
 * suite superloop: the main loop of a small bare-metal controller: sample a (simulated) ADC,
 * low-pass filter it, debounce a button, step an LED state machine, run a PI controller, queue
 * events in a ring buffer and drain them, all in separate functions that keep their state in
 * initialised global variables (.data).  The image is tiny and printf-free (bsp UART routines
 * only), so with link_ram.ld the written globals share a 4 KiB page with the hot code: every
 * store in the loop lands in a page that also holds code being executed.
 * The same loop written over a local struct is the reference.
 */
#include <stdint.h>
#include "bsp.h"

typedef struct {
    uint32_t adc_seed, tick, filtered, button_raw, button, debounce, led, led_timer;
    int32_t integral, prev_error, output;
    uint32_t ring_head, ring_tail, events, dropped, checksum;
    uint8_t ring[32];
} state;

/* the controller's globals: initialised, so they live in .data right after the code */
uint32_t adc_seed = 0x13579bdfu, tick = 1, filtered = 512, button_raw = 0, button = 0;
uint32_t debounce = 3, led = 1, led_timer = 10;
int32_t integral = 100, prev_error = -5, output = 7;
uint32_t ring_head = 0, ring_tail = 0, events = 0, dropped = 0, checksum = 0x811c9dc5u;
uint8_t ring[32] = {1, 2, 3};

__attribute__((noinline)) static void sample(void)
{
    adc_seed ^= adc_seed << 13;
    adc_seed ^= adc_seed >> 17;
    adc_seed ^= adc_seed << 5;
    uint32_t raw = 400 + (adc_seed & 0x1ff) + ((tick >> 6) & 0xff);
    filtered = (filtered * 7 + raw) >> 3;
    button_raw = (adc_seed >> 29) == 0 ? !button_raw : button_raw;
    tick++;
}

__attribute__((noinline)) static void debounce_button(void)
{
    if (button_raw != button) {
        if (++debounce >= 4) {
            button = button_raw;
            debounce = 0;
            events |= 1u << 1;
        }
    } else {
        debounce = 0;
    }
}

static void push_event(uint8_t ev)
{
    uint32_t next = (ring_head + 1) & 31;
    if (next == ring_tail) {
        dropped++;
        return;
    }
    ring[ring_head] = ev;
    ring_head = next;
}

__attribute__((noinline)) static void led_machine(void)
{
    switch (led) {
    case 0:                                   /* off: button press -> blink */
        if (button) { led = 1; led_timer = 20; push_event(1); }
        break;
    case 1:                                   /* blink on */
        if (--led_timer == 0) { led = 2; led_timer = 20; }
        break;
    case 2:                                   /* blink off */
        if (--led_timer == 0) { led = button ? 1 : 3; led_timer = 50; push_event(2); }
        break;
    default:                                  /* fade out */
        if (--led_timer == 0) { led = 0; push_event(3); }
        break;
    }
}

__attribute__((noinline)) static void controller(void)
{
    int32_t error = 600 - (int32_t)filtered;
    integral += error;
    if (integral > 100000) integral = 100000;
    if (integral < -100000) integral = -100000;
    output = (error * 40 + integral / 8 + (error - prev_error) * 10) >> 6;
    prev_error = error;
    if (output > 200 || output < -200)
        push_event(4);
}

__attribute__((noinline)) static void drain(void)
{
    while (ring_tail != ring_head) {
        checksum = (checksum ^ ring[ring_tail]) * 16777619u;
        ring_tail = (ring_tail + 1) & 31;
    }
    checksum = (checksum ^ (uint32_t)output ^ led << 16) * 16777619u;
    if (events) {
        checksum ^= events;
        events = 0;
    }
}

/* the reference: the same steps over a local struct */
static void reference_step(state *s)
{
    s->adc_seed ^= s->adc_seed << 13;
    s->adc_seed ^= s->adc_seed >> 17;
    s->adc_seed ^= s->adc_seed << 5;
    uint32_t raw = 400 + (s->adc_seed & 0x1ff) + ((s->tick >> 6) & 0xff);
    s->filtered = (s->filtered * 7 + raw) >> 3;
    s->button_raw = (s->adc_seed >> 29) == 0 ? !s->button_raw : s->button_raw;
    s->tick++;
    if (s->button_raw != s->button) {
        if (++s->debounce >= 4) { s->button = s->button_raw; s->debounce = 0; s->events |= 2; }
    } else {
        s->debounce = 0;
    }
    int ev[2] = {0, 0}, nev = 0;
    switch (s->led) {
    case 0: if (s->button) { s->led = 1; s->led_timer = 20; ev[nev++] = 1; } break;
    case 1: if (--s->led_timer == 0) { s->led = 2; s->led_timer = 20; } break;
    case 2: if (--s->led_timer == 0) { s->led = s->button ? 1 : 3; s->led_timer = 50; ev[nev++] = 2; } break;
    default: if (--s->led_timer == 0) { s->led = 0; ev[nev++] = 3; } break;
    }
    int32_t error = 600 - (int32_t)s->filtered;
    s->integral += error;
    if (s->integral > 100000) s->integral = 100000;
    if (s->integral < -100000) s->integral = -100000;
    s->output = (error * 40 + s->integral / 8 + (error - s->prev_error) * 10) >> 6;
    s->prev_error = error;
    if (s->output > 200 || s->output < -200)
        ev[nev++] = 4;
    for (int i = 0; i < nev; i++) {
        uint32_t next = (s->ring_head + 1) & 31;
        if (next == s->ring_tail) { s->dropped++; continue; }
        s->ring[s->ring_head] = (uint8_t)ev[i];
        s->ring_head = next;
    }
    while (s->ring_tail != s->ring_head) {
        s->checksum = (s->checksum ^ s->ring[s->ring_tail]) * 16777619u;
        s->ring_tail = (s->ring_tail + 1) & 31;
    }
    s->checksum = (s->checksum ^ (uint32_t)s->output ^ s->led << 16) * 16777619u;
    if (s->events) { s->checksum ^= s->events; s->events = 0; }
}

#define ITERATIONS 600000u

int main(void)
{
    state s = {adc_seed, tick, filtered, button_raw, button, debounce, led, led_timer, integral,
               prev_error, output, ring_head, ring_tail, events, dropped, checksum, {1, 2, 3}};
    uart_puts("superloop: ");
    uart_put_dec(ITERATIONS);
    uart_puts(" iterations of sample/debounce/led/controller/drain on .data globals\n");
    for (uint32_t i = 0; i < ITERATIONS; i++) {
        sample();
        debounce_button();
        led_machine();
        controller();
        drain();
    }
    for (uint32_t i = 0; i < ITERATIONS; i++)
        reference_step(&s);
    int ok = s.checksum == checksum && s.tick == tick && s.led == led && s.dropped == dropped;
    uart_puts("superloop: led ");
    uart_put_dec(led);
    uart_puts(", output ");
    if (output < 0)
        uart_putc('-');
    uart_put_dec(output < 0 ? 0u - (uint32_t)output : (uint32_t)output);
    uart_puts(", filtered ");
    uart_put_dec(filtered);
    uart_puts("\nsuperloop: checksum ");
    uart_put_hex(checksum);
    uart_puts(ok ? " ok\n" : " FAIL\n");
    return ok ? 0 : 1;
}
