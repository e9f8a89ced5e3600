/*
 * Laiban body firmware for an ATmega328P at 16 MHz (Arduino Uno/Nano class), on avr-libc alone.
 * UART 115200 8N1 (U2X) with an interrupt-driven receive ring; Timer0 counts milliseconds for the
 * heartbeat and retries; the push-to-talk button on PD2 (to ground, internal pull-up), debounced.
 * The face and the LED ring are kept as state (protocol.c) and drawn by the stubs at the bottom:
 * a real build drives a WS2812 ring on PD6 and a small display over I2C (PC4/PC5); the status LED on
 * PB5 (the board's "L") shows the ring's on/off meanwhile.
 */
#include <avr/interrupt.h>
#include <avr/io.h>
#include <stdint.h>

#include "protocol.h"

#define BAUD_DIVISOR 16 /* 16 MHz / (8 * 115200) - 1, rounded: 2.1% off, fine with U2X */
#define BEAT_MS 1000
#define RETRY_MS 250
#define RETRIES 3
#define DEBOUNCE_MS 20

static volatile uint8_t rx_ring[64];
static volatile uint8_t rx_head, rx_tail;
static volatile uint32_t millis_now;

ISR(USART_RX_vect) {
  uint8_t byte = UDR0;
  uint8_t next = (uint8_t)((rx_head + 1) & 63);
  if (next != rx_tail) { /* a full ring drops the byte: the line it was in fails its CRC */
    rx_ring[rx_head] = byte;
    rx_head = next;
  }
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
  UBRR0L = BAUD_DIVISOR;
  UCSR0B = _BV(RXEN0) | _BV(TXEN0) | _BV(RXCIE0);
  UCSR0C = _BV(UCSZ01) | _BV(UCSZ00);
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
  rx_tail = (uint8_t)((rx_tail + 1) & 63);
  return 1;
}

static void timer_init(void) {
  TCCR0A = _BV(WGM01);             /* CTC */
  TCCR0B = _BV(CS01) | _BV(CS00);  /* /64: 250 kHz */
  OCR0A = 249;                     /* 1 kHz */
  TIMSK0 = _BV(OCIE0A);
}

/* ---- drawing (stubs until the ring and display drivers exist) ---- */
static void draw(const lb_state *state) {
  int ring_on = state->ring_animation[0] != 'o'; /* "off" */
  if (ring_on && state->brightness > 0) PORTB |= _BV(PB5);
  else PORTB &= (uint8_t)~_BV(PB5);
}

/* ---- a button event waits for its ACK, resent every 250 ms, three times ---- */
static char pending[LB_MAX_LINE];
static size_t pending_len;
static uint16_t pending_seq;
static uint8_t pending_tries;
static uint32_t pending_at;

static void send_event(lb_body *body, const char *state) {
  const char *args[] = {state};
  pending_len = lb_body_event(body, "BTN", args, 1, pending, sizeof pending, &pending_seq);
  pending_tries = 0;
  pending_at = millis();
  uart_write(pending, pending_len);
}

int main(void) {
  static lb_body body;
  static lb_reader reader;
  static lb_line line;
  static char out[LB_MAX_LINE];

  DDRB |= _BV(PB5);
  PORTD |= _BV(PD2); /* button pull-up */
  uart_init();
  timer_init();
  sei();
  lb_body_init(&body);
  lb_reader_init(&reader);
  uart_write(out, lb_body_hello(&body, out, sizeof out));

  uint32_t last_beat = millis();
  uint8_t button_down = 0;
  uint8_t button_raw = 0;
  uint32_t button_since = 0;

  for (;;) {
    uint8_t byte;
    while (uart_read(&byte)) {
      if (!lb_reader_feed(&reader, byte, &line)) continue;
      if (line.type[0] == 'A' && line.type[1] == 'C' && line.type[2] == 'K' && line.type[3] == '\0') {
        if (pending_len > 0 && line.argc == 1) {
          uint16_t of = 0;
          for (const char *p = line.args[0]; *p; p++) of = (uint16_t)(of * 10 + (uint16_t)(*p - '0'));
          if (of == pending_seq) pending_len = 0;
        }
        continue;
      }
      size_t n = lb_body_handle(&body, &line, out, sizeof out);
      if (n > 0) uart_write(out, n);
    }

    uint32_t now = millis();
    uint8_t raw = (PIND & _BV(PD2)) ? 0 : 1;
    if (raw != button_raw) {
      button_raw = raw;
      button_since = now;
    } else if (raw != button_down && now - button_since >= DEBOUNCE_MS) {
      button_down = raw;
      send_event(&body, button_down ? "down" : "up");
    }

    if (pending_len > 0 && now - pending_at >= RETRY_MS) {
      if (pending_tries++ < RETRIES) {
        pending_at = now;
        uart_write(pending, pending_len);
      } else {
        pending_len = 0;
      }
    }

    if (now - last_beat >= BEAT_MS) {
      last_beat = now;
      char uptime[11];
      uint32_t u = now;
      char digits[11];
      uint8_t d = 0;
      do {
        digits[d++] = (char)('0' + u % 10);
        u /= 10;
      } while (u > 0);
      uint8_t k = 0;
      while (d > 0) uptime[k++] = digits[--d];
      uptime[k] = '\0';
      const char *args[] = {uptime};
      uart_write(out, lb_body_event(&body, "BEAT", args, 1, out, sizeof out, 0));
    }

    if (body.changed) {
      body.changed = 0;
      draw(&body.state);
    }
  }
}
