/*
 * The Laiban body protocol (../PROTOCOL.md), body side, in plain C99: no heap, no AVR headers, so the
 * same file runs on the board and in the host tests (test/protocol_test.c).
 *
 * Three layers:
 *   - lines: the CRC, a parser, a byte-at-a-time reader that drops and counts bad lines, a formatter;
 *   - the session a body keeps (lb_body): HELLO and the version check, ACK/NAK of the host's commands,
 *     a resent seq acknowledged again but not acted on twice, the state the board shows;
 *   - the body's own lines over time (lb_body_poll): the 1 s BEAT, and button/touch events resent every
 *     250 ms up to 3 times until the host acknowledges them, one at a time and in order.
 * The board (main.c) only moves bytes, reads pins, counts milliseconds and draws lb_body.state.
 */
#ifndef LAIBAN_PROTOCOL_H
#define LAIBAN_PROTOCOL_H

#include <stddef.h>
#include <stdint.h>

#define LB_PROTOCOL 1
#define LB_FIRMWARE "0.1.0"
#define LB_CAPS "face,mouth,ring,head,button,touch"
#define LB_MAX_LINE 96      /* bytes on the wire, newline included */
#define LB_LINE_BUF (LB_MAX_LINE + 1) /* what lb_format needs: the line and a NUL after it */
#define LB_MAX_ARGS 6       /* arguments kept per line; a line may carry more (argc counts them all) */
#define LB_MAX_TYPE 10      /* TYPE is 2-10 upper-case letters, as in protocol/line.ts */

#define LB_BEAT_MS 1000
#define LB_RETRY_MS 250
#define LB_RETRIES 3        /* resends after the first send */
#define LB_EVENT_QUEUE 4
#define LB_SEEN 8           /* acknowledged host seqs remembered for resends */
#define LB_SEEN_SPAN 1024   /* a remembered seq is forgotten when the host's seq moves this far from it */

/* ---- lines ---- */

/* A parsed line. type and args point into text (the line's words, separated by NULs), so a line is
 * used where it was parsed into and not copied by assignment. */
typedef struct {
  uint16_t seq;
  uint8_t argc;                  /* arguments on the line, all of them */
  const char *type;
  const char *args[LB_MAX_ARGS]; /* the first LB_MAX_ARGS; NULL beyond argc */
  char text[LB_MAX_LINE];
} lb_line;

enum lb_problem { LB_OK = 0, LB_TOO_LONG, LB_BAD_CRC, LB_UNPARSABLE };

typedef struct {
  char buf[LB_MAX_LINE - 1]; /* a line without its newline */
  uint8_t len;
  uint8_t overflow;
  uint32_t lines, too_long, bad_crc, unparsable;
} lb_reader;

/* CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final xor. */
uint16_t lb_crc16(const uint8_t *data, size_t len);

/* Parses one line given without its newline; a trailing \r is ignored. Same grammar and the same
 * verdicts as parseLine in protocol/line.ts: shape first (unparsable), then the CRC (bad-crc). */
enum lb_problem lb_parse(const char *text, size_t len, lb_line *out);

void lb_reader_init(lb_reader *r);
/* Feeds one byte; returns 1 when it completed a valid line (in *out), else 0. Bad lines are counted;
 * reading always goes on, and resumes after the next newline. */
int lb_reader_feed(lb_reader *r, uint8_t byte, lb_line *out);

/* "<seq> <TYPE> args *CRC\n" and a NUL into out; returns the line's length (without the NUL), or 0 when
 * it cannot be sent: a TYPE that is not 2-10 upper-case letters, an empty argument or one with a space,
 * '*' or a byte outside printable ASCII, a line over LB_MAX_LINE bytes, or cap too small. */
size_t lb_format(char *out, size_t cap, uint16_t seq, const char *type, const char *const *args, uint8_t argc);

/* ---- the body's state and session ---- */

enum lb_face { LB_FACE_NEUTRAL, LB_FACE_HAPPY, LB_FACE_THINKING, LB_FACE_SAD, LB_FACE_SURPRISED, LB_FACE_LISTENING, LB_FACE_SLEEPING };
enum lb_animation { LB_RING_SOLID, LB_RING_BREATHE, LB_RING_PULSE, LB_RING_SPIN, LB_RING_OFF };
enum lb_head { LB_HEAD_NOD, LB_HEAD_SHAKE, LB_HEAD_STILL };
enum lb_event { LB_EVENT_BTN_DOWN, LB_EVENT_BTN_UP, LB_EVENT_TOUCH_HEAD };

/* What the body shows; the main loop draws it when lb_body.changed is set. */
typedef struct {
  uint8_t face;       /* enum lb_face */
  uint8_t ring_rgb[3];
  uint8_t ring_animation; /* enum lb_animation */
  uint8_t brightness; /* 0-100 */
  uint8_t head;       /* enum lb_head: the last gesture asked for */
  uint8_t head_count; /* counts HEAD commands, so a second "nod" is told from the first */
  uint8_t mouth;      /* 0-100 */
} lb_state;

typedef struct {
  uint8_t kind; /* enum lb_event */
  uint16_t seq; /* given when first sent */
} lb_pending;

typedef struct {
  lb_state state;
  uint8_t changed;    /* set when the state changed; the main loop clears it after drawing */
  uint16_t seq;       /* the body's last seq; the next line gets seq + 1 */
  /* acknowledged host seqs: a resend is acknowledged again, not acted on twice */
  uint16_t seen[LB_SEEN];
  uint8_t seen_valid, seen_next; /* a bit per slot; the slot the next one overwrites */
  /* events waiting for the host's ACK; queue[0] is on the wire when sent is set */
  lb_pending queue[LB_EVENT_QUEUE];
  uint8_t queued, sent, tries;
  uint32_t sent_at, last_beat;
  uint32_t events_given_up;
} lb_body;

void lb_body_init(lb_body *b);
/* The body's HELLO line (after power-up or a reset). */
size_t lb_body_hello(lb_body *b, char *out, size_t cap);
/* Acts on one line from the host and writes the answer into out: HELLO (or NAK version), ACK, NAK
 * bad-arg or unknown; nothing for a good MOUTH, which is streamed, or for the host's ACK of an event. */
size_t lb_body_handle(lb_body *b, const lb_line *line, char *out, size_t cap);
/* Queues a button or touch event; it goes out from lb_body_poll. Returns 0 if the queue was full and
 * the newest waiting event was replaced (the one on the wire is never replaced). */
int lb_body_event(lb_body *b, enum lb_event event);
/* The next line the body owes at now_ms (milliseconds since power-up): a BEAT, an event's first send,
 * or its resend. Call until it returns 0. */
size_t lb_body_poll(lb_body *b, uint32_t now_ms, char *out, size_t cap);
/* An ERR line (not acknowledged), e.g. lb_body_error(b, 3, "brownout", ...). */
size_t lb_body_error(lb_body *b, uint16_t code, const char *word, char *out, size_t cap);

/* Names on the wire, for logs and tests; NULL when out of range. */
const char *lb_face_name(uint8_t face);
const char *lb_animation_name(uint8_t animation);
const char *lb_head_name(uint8_t head);

#endif
