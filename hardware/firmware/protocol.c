#include "protocol.h"

#include <string.h>

/* ---- lines ---- */

uint16_t lb_crc16(const uint8_t *data, size_t len) {
  uint16_t crc = 0xFFFF;
  for (size_t i = 0; i < len; i++) {
    crc ^= (uint16_t)((uint16_t)data[i] << 8);
    for (uint8_t bit = 0; bit < 8; bit++) crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x1021) : (uint16_t)(crc << 1);
  }
  return crc;
}

/* printable ASCII without space and '*': [!-)+-~] */
static int is_arg_char(char c) { return c >= '!' && c <= '~' && c != '*'; }
static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int upper_hex(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Decimal text of v into buf (at least 11 bytes), NUL-terminated; returns its length. */
static size_t decimal(uint32_t v, char *buf) {
  char digits[10];
  size_t d = 0, n = 0;
  do {
    digits[d++] = (char)('0' + v % 10);
    v /= 10;
  } while (v > 0);
  while (d > 0) buf[n++] = digits[--d];
  buf[n] = '\0';
  return n;
}

/* 1 to max_digits decimal digits and nothing else, at most max_value. */
static int number(const char *word, size_t max_digits, uint32_t max_value, uint32_t *value) {
  size_t len = strlen(word);
  if (len == 0 || len > max_digits) return 0;
  uint32_t v = 0;
  for (size_t i = 0; i < len; i++) {
    if (!is_digit(word[i])) return 0;
    v = v * 10 + (uint32_t)(word[i] - '0');
  }
  if (v > max_value) return 0;
  *value = v;
  return 1;
}

enum lb_problem lb_parse(const char *text, size_t len, lb_line *out) {
  if (len > 0 && text[len - 1] == '\r') len--;
  if (len + 1 > LB_MAX_LINE) return LB_TOO_LONG;
  /* the shortest line is "0 AB *XXXX"; it ends in " *XXXX" */
  if (len < 10 || text[len - 6] != ' ' || text[len - 5] != '*') return LB_UNPARSABLE;
  uint16_t crc = 0;
  for (size_t i = len - 4; i < len; i++) {
    int v = upper_hex(text[i]);
    if (v < 0) return LB_UNPARSABLE;
    crc = (uint16_t)((crc << 4) | (uint16_t)v);
  }
  const size_t body = len - 6;

  /* seq: 1-5 digits, at most 65535, then one space */
  size_t i = 0;
  uint32_t seq = 0;
  while (i < body && is_digit(text[i]) && i < 5) seq = seq * 10 + (uint32_t)(text[i++] - '0');
  if (i == 0 || i >= body || text[i] != ' ') return LB_UNPARSABLE;
  i++;

  /* TYPE: 2-10 upper-case letters */
  const size_t type_at = i;
  while (i < body && is_upper(text[i])) i++;
  if (i - type_at < 2 || i - type_at > LB_MAX_TYPE) return LB_UNPARSABLE;

  /* arguments: each a space and one or more argument characters */
  uint8_t argc = 0;
  size_t arg_at[LB_MAX_ARGS];
  while (i < body) {
    if (text[i] != ' ') return LB_UNPARSABLE;
    i++;
    const size_t at = i;
    while (i < body && is_arg_char(text[i])) i++;
    if (i == at) return LB_UNPARSABLE;
    if (argc < LB_MAX_ARGS) arg_at[argc] = at;
    argc++; /* at most 44 fit in a line, so no overflow */
  }

  if (lb_crc16((const uint8_t *)text, body) != crc) return LB_BAD_CRC;
  if (seq > 0xFFFF) return LB_UNPARSABLE; /* after the CRC, as line.ts does */

  /* the words, each NUL-terminated in place of the space after it */
  memcpy(out->text, text, body);
  out->text[body] = '\0';
  for (size_t k = 0; k < body; k++)
    if (out->text[k] == ' ') out->text[k] = '\0';
  out->seq = (uint16_t)seq;
  out->type = out->text + type_at;
  out->argc = argc;
  for (uint8_t a = 0; a < LB_MAX_ARGS; a++) out->args[a] = a < argc ? out->text + arg_at[a] : NULL;
  return LB_OK;
}

void lb_reader_init(lb_reader *r) { memset(r, 0, sizeof *r); }

int lb_reader_feed(lb_reader *r, uint8_t byte, lb_line *out) {
  if (byte != '\n') {
    if (r->overflow) return 0;
    if (r->len >= sizeof r->buf) { /* this byte would make the line longer than LB_MAX_LINE */
      r->overflow = 1;
      return 0;
    }
    r->buf[r->len++] = (char)byte;
    return 0;
  }
  enum lb_problem problem = r->overflow ? LB_TOO_LONG : lb_parse(r->buf, r->len, out);
  r->len = 0;
  r->overflow = 0;
  switch (problem) {
    case LB_OK: r->lines++; return 1;
    case LB_TOO_LONG: r->too_long++; return 0;
    case LB_BAD_CRC: r->bad_crc++; return 0;
    default: r->unparsable++; return 0;
  }
}

size_t lb_format(char *out, size_t cap, uint16_t seq, const char *type, const char *const *args, uint8_t argc) {
  char line[LB_MAX_LINE + 1];
  size_t n = decimal(seq, line);
  line[n++] = ' ';
  size_t t = 0;
  for (; type[t]; t++) {
    if (!is_upper(type[t]) || t >= LB_MAX_TYPE) return 0;
    line[n++] = type[t];
  }
  if (t < 2) return 0;
  for (uint8_t a = 0; a < argc; a++) {
    if (n >= LB_MAX_LINE) return 0;
    line[n++] = ' ';
    if (args[a][0] == '\0') return 0;
    for (const char *p = args[a]; *p; p++) {
      if (!is_arg_char(*p) || n >= LB_MAX_LINE) return 0;
      line[n++] = *p;
    }
  }
  /* n + " *XXXX\n" must fit in LB_MAX_LINE, and in cap with a NUL */
  if (n + 7 > LB_MAX_LINE || n + 8 > cap) return 0;
  const uint16_t crc = lb_crc16((const uint8_t *)line, n);
  static const char hex[] = "0123456789ABCDEF";
  memcpy(out, line, n);
  out[n++] = ' ';
  out[n++] = '*';
  for (int shift = 12; shift >= 0; shift -= 4) out[n++] = hex[(crc >> shift) & 0xF];
  out[n++] = '\n';
  out[n] = '\0';
  return n;
}

/* ---- names ---- */

static const char *const FACES[] = {"neutral", "happy", "thinking", "sad", "surprised", "listening", "sleeping"};
static const char *const ANIMATIONS[] = {"solid", "breathe", "pulse", "spin", "off"};
static const char *const GESTURES[] = {"nod", "shake", "still"};
#define COUNT(a) (uint8_t)(sizeof(a) / sizeof(a)[0])

static int index_of(const char *word, const char *const *list, uint8_t n, uint8_t *index) {
  for (uint8_t i = 0; i < n; i++)
    if (strcmp(word, list[i]) == 0) {
      *index = i;
      return 1;
    }
  return 0;
}

const char *lb_face_name(uint8_t face) { return face < COUNT(FACES) ? FACES[face] : NULL; }
const char *lb_animation_name(uint8_t animation) { return animation < COUNT(ANIMATIONS) ? ANIMATIONS[animation] : NULL; }
const char *lb_head_name(uint8_t head) { return head < COUNT(GESTURES) ? GESTURES[head] : NULL; }

static int nibble(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

/* RRGGBB in lower-case hex, as the host sends it */
static int colour(const char *word, uint8_t rgb[3]) {
  if (strlen(word) != 6) return 0;
  for (int i = 0; i < 6; i++)
    if (nibble(word[i]) < 0) return 0;
  for (int i = 0; i < 3; i++) rgb[i] = (uint8_t)(nibble(word[2 * i]) << 4 | nibble(word[2 * i + 1]));
  return 1;
}

static int percent(const char *word, uint8_t *value) {
  uint32_t v;
  if (!number(word, 3, 100, &v)) return 0;
  *value = (uint8_t)v;
  return 1;
}

/* ---- the session ---- */

void lb_body_init(lb_body *b) {
  memset(b, 0, sizeof *b);
  /* what the host's INITIAL_STATE says, until the host sends the real one */
  b->state.face = LB_FACE_NEUTRAL;
  b->state.ring_rgb[0] = b->state.ring_rgb[1] = b->state.ring_rgb[2] = 0xFF;
  b->state.ring_animation = LB_RING_BREATHE;
  b->state.brightness = 60;
  b->state.head = LB_HEAD_STILL;
  b->changed = 1;
}

static uint16_t next_seq(lb_body *b) { return ++b->seq; /* wraps from 65535 to 0 */ }

size_t lb_body_hello(lb_body *b, char *out, size_t cap) {
  static const char *const args[] = {"proto=1", "fw=" LB_FIRMWARE, "caps=" LB_CAPS};
  return lb_format(out, cap, next_seq(b), "HELLO", args, 3);
}

/* ACK <of> or NAK <of> <reason> */
static size_t answer(lb_body *b, uint16_t of, const char *reason, char *out, size_t cap) {
  char seq[11];
  decimal(of, seq);
  const char *args[] = {seq, reason};
  return lb_format(out, cap, next_seq(b), reason ? "NAK" : "ACK", args, reason ? 2 : 1);
}

static int seen(const lb_body *b, uint16_t seq) {
  for (uint8_t i = 0; i < LB_SEEN; i++)
    if ((b->seen_valid >> i & 1) && b->seen[i] == seq) return 1;
  return 0;
}

static void remember(lb_body *b, uint16_t seq) {
  b->seen[b->seen_next] = seq;
  b->seen_valid = (uint8_t)(b->seen_valid | 1u << b->seen_next);
  b->seen_next = (uint8_t)((b->seen_next + 1) % LB_SEEN);
}

/* Forgets acknowledged seqs far from the host's current one, so a seq that comes round again after
 * 65536 lines is a new command, not a resend. */
static void forget_far(lb_body *b, uint16_t seq) {
  for (uint8_t i = 0; i < LB_SEEN; i++) {
    uint16_t d = (uint16_t)(seq - b->seen[i]);
    if (d > LB_SEEN_SPAN && d < (uint16_t)(0u - LB_SEEN_SPAN)) b->seen_valid = (uint8_t)(b->seen_valid & ~(1u << i));
  }
}

static int is(const lb_line *line, const char *type) { return strcmp(line->type, type) == 0; }

/* Applies an acknowledged command; 0 when its arguments are wrong. */
static int apply(lb_body *b, const lb_line *line) {
  lb_state *s = &b->state;
  uint8_t v, w, rgb[3];
  if (is(line, "FACE")) {
    if (line->argc != 1 || !index_of(line->args[0], FACES, COUNT(FACES), &v)) return 0;
    s->face = v;
  } else if (is(line, "RING")) {
    if (line->argc != 2 || !colour(line->args[0], rgb) || !index_of(line->args[1], ANIMATIONS, COUNT(ANIMATIONS), &w)) return 0;
    memcpy(s->ring_rgb, rgb, 3);
    s->ring_animation = w;
  } else if (is(line, "HEAD")) {
    if (line->argc != 1 || !index_of(line->args[0], GESTURES, COUNT(GESTURES), &v)) return 0;
    s->head = v;
    s->head_count++;
  } else { /* BRIGHT */
    if (line->argc != 1 || !percent(line->args[0], &v)) return 0;
    s->brightness = v;
  }
  b->changed = 1;
  return 1;
}

size_t lb_body_handle(lb_body *b, const lb_line *line, char *out, size_t cap) {
  forget_far(b, line->seq);

  if (is(line, "HELLO")) {
    uint32_t proto;
    if (line->argc != 1 || strncmp(line->args[0], "proto=", 6) != 0 || !number(line->args[0] + 6, 3, 999, &proto))
      return answer(b, line->seq, "bad-arg", out, cap);
    if (proto == 0) return answer(b, line->seq, "version", out, cap); /* no version in common */
    b->seen_valid = 0; /* a new session: the host's seqs start afresh */
    return lb_body_hello(b, out, cap);
  }

  if (is(line, "ACK")) { /* the host acknowledges an event: the next one may go */
    uint32_t of;
    if (line->argc == 1 && number(line->args[0], 5, 0xFFFF, &of) && b->sent && b->queue[0].seq == of) {
      memmove(&b->queue[0], &b->queue[1], (size_t)(b->queued - 1) * sizeof b->queue[0]);
      b->queued--;
      b->sent = 0;
    }
    return 0;
  }

  if (is(line, "MOUTH")) { /* streamed: not acknowledged, and a resend does not matter */
    uint8_t v;
    if (line->argc != 1 || !percent(line->args[0], &v)) return answer(b, line->seq, "bad-arg", out, cap);
    b->state.mouth = v;
    b->changed = 1;
    return 0;
  }

  if (is(line, "FACE") || is(line, "RING") || is(line, "HEAD") || is(line, "BRIGHT")) {
    if (seen(b, line->seq)) return answer(b, line->seq, NULL, out, cap); /* a resend: acknowledged, not done again */
    if (!apply(b, line)) return answer(b, line->seq, "bad-arg", out, cap);
    remember(b, line->seq);
    return answer(b, line->seq, NULL, out, cap);
  }

  return answer(b, line->seq, "unknown", out, cap);
}

int lb_body_event(lb_body *b, enum lb_event event) {
  if (b->queued < LB_EVENT_QUEUE) {
    b->queue[b->queued++].kind = (uint8_t)event;
    return 1;
  }
  /* the host has stopped answering; keep the newest state rather than the oldest */
  b->queue[LB_EVENT_QUEUE - 1].kind = (uint8_t)event;
  return 0;
}

static size_t event_line(const lb_pending *e, char *out, size_t cap) {
  const char *type = e->kind == LB_EVENT_TOUCH_HEAD ? "TOUCH" : "BTN";
  const char *arg = e->kind == LB_EVENT_BTN_DOWN ? "down" : e->kind == LB_EVENT_BTN_UP ? "up" : "head";
  return lb_format(out, cap, e->seq, type, &arg, 1);
}

size_t lb_body_poll(lb_body *b, uint32_t now_ms, char *out, size_t cap) {
  if (now_ms - b->last_beat >= LB_BEAT_MS) {
    /* on the second; after a long stall, from now */
    b->last_beat = now_ms - b->last_beat >= 2 * LB_BEAT_MS ? now_ms : b->last_beat + LB_BEAT_MS;
    char uptime[11];
    decimal(now_ms, uptime);
    const char *args[] = {uptime};
    return lb_format(out, cap, next_seq(b), "BEAT", args, 1);
  }
  while (b->queued > 0) {
    lb_pending *e = &b->queue[0];
    if (!b->sent) {
      e->seq = next_seq(b);
      b->sent = 1;
      b->tries = 0;
      b->sent_at = now_ms;
      return event_line(e, out, cap);
    }
    if (now_ms - b->sent_at < LB_RETRY_MS) return 0;
    if (b->tries < LB_RETRIES) {
      b->tries++;
      b->sent_at = now_ms;
      return event_line(e, out, cap); /* the same line, the same seq */
    }
    /* not acknowledged after the last resend: given up, and the next one goes */
    memmove(&b->queue[0], &b->queue[1], (size_t)(b->queued - 1) * sizeof b->queue[0]);
    b->queued--;
    b->sent = 0;
    b->events_given_up++;
  }
  return 0;
}

size_t lb_body_error(lb_body *b, uint16_t code, const char *word, char *out, size_t cap) {
  char text[11];
  decimal(code, text);
  const char *args[] = {text, word};
  return lb_format(out, cap, next_seq(b), "ERR", args, 2);
}
