/*
 * Laiban body firmware for an ATmega328P at 16 MHz (Arduino Uno/Nano class), on avr-libc alone (no
 * Arduino core). The protocol and the session are protocol.c (host-tested); this file is the board:
 *
 *   PD0/PD1  UART 115200 8N1 (U2X), the USB serial; receive by interrupt into a ring, send by polling
 *   PD2      push-to-talk button to ground (internal pull-up), debounced: BTN down / BTN up
 *   PD3      touch sensor, active low (internal pull-up; a TTP223 with its "A" pad bridged, or a
 *            switch), debounced: TOUCH head on each touch
 *   PB5      the board's "L" LED: lit while the ring would be lit (until the ring driver exists)
 *   Timer0   1 kHz compare interrupt: milliseconds since power-up (BEAT, debounce, resends)
 *
 * Stubs that keep state but drive nothing yet (see draw() at the bottom):
 *   PD6      WS2812 LED ring data (ring colour, animation, brightness)
 *   PC4/PC5  I2C SDA/SCL to a small display (face and mouth)
 *   PB1/PB2  head servos, tilt for "nod" and pan for "shake" (Timer1 OC1A/OC1B, 50 Hz)
 */
#include <avr/interrupt.h>
#include <avr/io.h>
#include <stdint.h>

#include "protocol.h"

#if F_CPU != 16000000UL
#error "the baud divisor and Timer0 below are for 16 MHz"
#endif

#define UBRR_115200_U2X 16 /* 16 MHz / (8 * 115200) - 1 = 16.4: 117647 baud, 2.1% fast, as every Uno at 115200 */
#define DEBOUNCE_MS 20
#define RX_RING 128        /* 11 ms of bytes at 115200: covers the longest blocking write (96 bytes, 8.3 ms) */

#define ERR_BROWNOUT 3     /* PROTOCOL.md's example: ERR 3 brownout */

static volatile uint8_t rx_ring[RX_RING];
static volatile uint8_t rx_head, rx_tail;
static volatile uint8_t rx_dropped; /* bytes lost to a full ring; their line then fails its CRC */
static volatile uint32_t millis_now;

/* The reset's cause, read before anything clears it (a bootloader may already have: Optiboot does). */
static uint8_t reset_cause __attribute__((section(".noinit")));
void read_reset_cause(void) __attribute__((naked, used, section(".init3")));
void read_reset_cause(void) {
  reset_cause = MCUSR;
  MCUSR = 0;
}

ISR(USART_RX_vect) {
  uint8_t byte = UDR0;
  uint8_t next = (uint8_t)((rx_head + 1) & (RX_RING - 1));
  if (next == rx_tail) {
    rx_dropped++;
    return;
  }
  rx_ring[rx_head] = byte;
  rx_head = next;
}

ISR(TIMER0_COMPA_vect) { millis_now++; }

static uint32_t millis(void) {
  uint8_t sreg = SREG;
  cli();
  uint32_t m = millis_now;
  SREG = sreg;
  return m;
}

static void uart_init(void) {
  UCSR0A = _BV(U2X0);
  UBRR0H = 0;
  UBRR0L = UBRR_115200_U2X;
  UCSR0C = _BV(UCSZ01) | _BV(UCSZ00); /* 8N1 */
  UCSR0B = _BV(RXEN0) | _BV(TXEN0) | _BV(RXCIE0);
}

static void uart_write(const char *data, size_t n) {
  for (size_t i = 0; i < n; i++) {
    while (!(UCSR0A & _BV(UDRE0))) {
    }
    UDR0 = (uint8_t)data[i];
  }
}

static int uart_read(uint8_t *byte) {
  if (rx_head == rx_tail) return 0;
  *byte = rx_ring[rx_tail];
  rx_tail = (uint8_t)((rx_tail + 1) & (RX_RING - 1));
  return 1;
}

static void timer_init(void) {
  TCCR0A = _BV(WGM01);            /* CTC */
  TCCR0B = _BV(CS01) | _BV(CS00); /* 16 MHz / 64 = 250 kHz */
  OCR0A = 249;                    /* / 250 = 1 kHz */
  TIMSK0 = _BV(OCIE0A);
}

/* A debounced input: changes when the pin has read the same for DEBOUNCE_MS. */
typedef struct {
  uint8_t stable, raw;
  uint32_t since;
} debounced;

/* Returns 1 when the debounced value changed to `active` or away from it (then d->stable is new). */
static int debounce(debounced *d, uint8_t active, uint32_t now) {
  if (active != d->raw) {
    d->raw = active;
    d->since = now;
  } else if (active != d->stable && now - d->since >= DEBOUNCE_MS) {
    d->stable = active;
    return 1;
  }
  return 0;
}

/* ---- drawing: stubs until the ring, display and servo drivers exist ---- */
static void draw(const lb_state *s) {
  /* ring (PD6, WS2812): s->ring_rgb scaled by s->brightness, animated by s->ring_animation
   * face (I2C display): s->face, with the mouth opened by s->mouth (0-100)
   * head (PB1/PB2 servos): a new s->head_count starts the gesture s->head */
  if (s->ring_animation != LB_RING_OFF && s->brightness > 0 && (s->ring_rgb[0] | s->ring_rgb[1] | s->ring_rgb[2]))
    PORTB |= _BV(PB5);
  else
    PORTB &= (uint8_t)~_BV(PB5);
}

int main(void) {
  static lb_body body;
  static lb_reader reader;
  static lb_line line;
  static char out[LB_LINE_BUF];
  static debounced button, touch;

  DDRB |= _BV(PB5);
  PORTD |= _BV(PD2) | _BV(PD3); /* pull-ups for the button and the touch sensor */
  uart_init();
  timer_init();
  sei();

  lb_body_init(&body);
  lb_reader_init(&reader);
  uart_write(out, lb_body_hello(&body, out, sizeof out));
  if (reset_cause & _BV(BORF)) uart_write(out, lb_body_error(&body, ERR_BROWNOUT, "brownout", out, sizeof out));

  for (;;) {
    uint8_t byte;
    while (uart_read(&byte)) {
      if (!lb_reader_feed(&reader, byte, &line)) continue;
      size_t n = lb_body_handle(&body, &line, out, sizeof out);
      if (n > 0) uart_write(out, n);
    }

    uint32_t now = millis();
    if (debounce(&button, (PIND & _BV(PD2)) ? 0 : 1, now)) lb_body_event(&body, button.stable ? LB_EVENT_BTN_DOWN : LB_EVENT_BTN_UP);
    if (debounce(&touch, (PIND & _BV(PD3)) ? 0 : 1, now) && touch.stable) lb_body_event(&body, LB_EVENT_TOUCH_HEAD);

    size_t n;
    while ((n = lb_body_poll(&body, now, out, sizeof out)) > 0) uart_write(out, n);

    if (body.changed) {
      body.changed = 0;
      draw(&body.state);
    }
  }
}
