/*
 * The Laiban body protocol (../PROTOCOL.md), body side, in plain C99: no heap, no AVR headers, so the
 * same file runs on the board and in the host tests.
 */
#ifndef LAIBAN_PROTOCOL_H
#define LAIBAN_PROTOCOL_H

#include <stddef.h>
#include <stdint.h>

#define LB_PROTOCOL 1
#define LB_FIRMWARE "0.1.0"
#define LB_MAX_LINE 96 /* bytes, newline included */
#define LB_MAX_ARGS 4
#define LB_MAX_ARG 48

typedef struct {
  uint16_t seq;
  char type[11];
  uint8_t argc;
  char args[LB_MAX_ARGS][LB_MAX_ARG];
} lb_line;

enum lb_problem { LB_OK = 0, LB_TOO_LONG, LB_BAD_CRC, LB_UNPARSABLE };

typedef struct {
  char buf[LB_MAX_LINE];
  uint8_t len;
  uint8_t overflow;
  uint32_t lines, too_long, bad_crc, unparsable;
} lb_reader;

uint16_t lb_crc16(const uint8_t *data, size_t len);

/* Parses one line without its newline; a trailing \r is ignored. */
enum lb_problem lb_parse(const char *text, size_t len, lb_line *out);

void lb_reader_init(lb_reader *r);
/* Feeds one byte; returns 1 when it completed a valid line (in *out), else 0. Bad lines are counted. */
int lb_reader_feed(lb_reader *r, uint8_t byte, lb_line *out);

/* "<seq> <TYPE> args *CRC\n" into out; returns its length, or 0 when it does not fit or cannot be sent. */
size_t lb_format(char *out, size_t cap, uint16_t seq, const char *type, const char *const *args, uint8_t argc);

typedef struct {
  char face[12];
  char ring_colour[7];
  char ring_animation[8];
  uint8_t brightness;
  char head[6];
  uint8_t mouth;
} lb_state;

typedef struct {
  lb_state state;
  uint16_t next_seq;
  uint16_t last_acked; /* the last acknowledged host seq: a resend is acknowledged again, not done twice */
  uint8_t have_acked;
  uint8_t changed;     /* set when the state changed; the main loop clears it after drawing */
} lb_body;

void lb_body_init(lb_body *b);
/* The body's HELLO line. */
size_t lb_body_hello(lb_body *b, char *out, size_t cap);
/* Acts on one host line and writes the answer (HELLO, ACK or NAK; nothing for MOUTH) into out. */
size_t lb_body_handle(lb_body *b, const lb_line *line, char *out, size_t cap);
/* An event line (BTN, TOUCH, BEAT, ERR) with the body's next seq; *seq_out gets that seq. */
size_t lb_body_event(lb_body *b, const char *type, const char *const *args, uint8_t argc, char *out, size_t cap, uint16_t *seq_out);

#endif
