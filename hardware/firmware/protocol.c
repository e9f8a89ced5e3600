#include "protocol.h"

#include <string.h>

uint16_t lb_crc16(const uint8_t *data, size_t len) {
  uint16_t crc = 0xFFFF;
  for (size_t i = 0; i < len; i++) {
    crc ^= (uint16_t)data[i] << 8;
    for (uint8_t bit = 0; bit < 8; bit++) crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x1021) : (uint16_t)(crc << 1);
  }
  return crc;
}

static int is_arg_char(char c) { return c >= '!' && c <= '~' && c != '*'; }
static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

enum lb_problem lb_parse(const char *text, size_t len, lb_line *out) {
  if (len > 0 && text[len - 1] == '\r') len--;
  if (len + 1 > LB_MAX_LINE) return LB_TOO_LONG;
  /* " *XXXX" at the end */
  if (len < 9 || text[len - 6] != ' ' || text[len - 5] != '*') return LB_UNPARSABLE;
  uint16_t crc = 0;
  for (size_t i = len - 4; i < len; i++) {
    int v = hex_value(text[i]);
    if (v < 0) return LB_UNPARSABLE;
    crc = (uint16_t)((crc << 4) | (uint16_t)v);
  }
  size_t body = len - 6;
  size_t i = 0;
  uint32_t seq = 0;
  size_t digits = 0;
  while (i < body && text[i] >= '0' && text[i] <= '9') {
    seq = seq * 10 + (uint32_t)(text[i] - '0');
    i++;
    digits++;
  }
  if (digits == 0 || digits > 5 || seq > 0xFFFF || i >= body || text[i] != ' ') return LB_UNPARSABLE;
  i++;
  size_t t = 0;
  while (i < body && text[i] >= 'A' && text[i] <= 'Z') {
    if (t >= sizeof out->type - 1) return LB_UNPARSABLE;
    out->type[t++] = text[i++];
  }
  if (t < 2) return LB_UNPARSABLE;
  out->type[t] = '\0';
  out->argc = 0;
  while (i < body) {
    if (text[i] != ' ') return LB_UNPARSABLE;
    i++;
    size_t a = 0;
    if (out->argc >= LB_MAX_ARGS) return LB_UNPARSABLE;
    while (i < body && text[i] != ' ') {
      if (!is_arg_char(text[i]) || a >= LB_MAX_ARG - 1) return LB_UNPARSABLE;
      out->args[out->argc][a++] = text[i++];
    }
    if (a == 0) return LB_UNPARSABLE;
    out->args[out->argc][a] = '\0';
    out->argc++;
  }
  if (lb_crc16((const uint8_t *)text, body) != crc) return LB_BAD_CRC;
  out->seq = (uint16_t)seq;
  return LB_OK;
}

void lb_reader_init(lb_reader *r) { memset(r, 0, sizeof *r); }

int lb_reader_feed(lb_reader *r, uint8_t byte, lb_line *out) {
  if (byte != '\n') {
    if (r->overflow) return 0;
    if (r->len >= LB_MAX_LINE - 1) {
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
  char line[LB_MAX_LINE + 8];
  size_t n = 0;
  char digits[6];
  size_t d = 0;
  uint16_t s = seq;
  do {
    digits[d++] = (char)('0' + s % 10);
    s /= 10;
  } while (s > 0);
  while (d > 0) line[n++] = digits[--d];
  line[n++] = ' ';
  for (const char *p = type; *p; p++) {
    if (n >= LB_MAX_LINE) return 0;
    line[n++] = *p;
  }
  for (uint8_t a = 0; a < argc; a++) {
    line[n++] = ' ';
    for (const char *p = args[a]; *p; p++) {
      if (!is_arg_char(*p) || n >= LB_MAX_LINE) return 0;
      line[n++] = *p;
    }
  }
  uint16_t crc = lb_crc16((const uint8_t *)line, n);
  static const char hex[] = "0123456789ABCDEF";
  if (n + 7 > LB_MAX_LINE || n + 7 > cap) return 0;
  line[n++] = ' ';
  line[n++] = '*';
  for (int shift = 12; shift >= 0; shift -= 4) line[n++] = hex[(crc >> shift) & 0xF];
  line[n++] = '\n';
  memcpy(out, line, n);
  return n;
}

static const char *const FACES[] = {"neutral", "happy", "thinking", "sad", "surprised", "listening", "sleeping"};
static const char *const ANIMATIONS[] = {"solid", "breathe", "pulse", "spin", "off"};
static const char *const GESTURES[] = {"nod", "shake", "still"};

static int one_of(const char *word, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(word, list[i]) == 0) return 1;
  return 0;
}

static int percent(const char *word, uint8_t *value) {
  size_t len = strlen(word);
  if (len == 0 || len > 3) return 0;
  unsigned v = 0;
  for (size_t i = 0; i < len; i++) {
    if (word[i] < '0' || word[i] > '9') return 0;
    v = v * 10 + (unsigned)(word[i] - '0');
  }
  if (v > 100) return 0;
  *value = (uint8_t)v;
  return 1;
}

static int colour(const char *word) {
  if (strlen(word) != 6) return 0;
  for (int i = 0; i < 6; i++)
    if (!((word[i] >= '0' && word[i] <= '9') || (word[i] >= 'a' && word[i] <= 'f'))) return 0;
  return 1;
}

void lb_body_init(lb_body *b) {
  memset(b, 0, sizeof *b);
  strcpy(b->state.face, "neutral");
  strcpy(b->state.ring_colour, "ffffff");
  strcpy(b->state.ring_animation, "breathe");
  strcpy(b->state.head, "still");
  b->state.brightness = 60;
  b->changed = 1;
}

static uint16_t take_seq(lb_body *b) { return ++b->next_seq; }

size_t lb_body_hello(lb_body *b, char *out, size_t cap) {
  const char *args[] = {"proto=1", "fw=" LB_FIRMWARE, "caps=face,mouth,ring,head,button,touch"};
  return lb_format(out, cap, take_seq(b), "HELLO", args, 3);
}

static size_t answer(lb_body *b, const char *type, uint16_t of, const char *reason, char *out, size_t cap) {
  char seq[6];
  size_t d = 0;
  char digits[6];
  uint16_t s = of;
  do {
    digits[d++] = (char)('0' + s % 10);
    s /= 10;
  } while (s > 0);
  size_t n = 0;
  while (d > 0) seq[n++] = digits[--d];
  seq[n] = '\0';
  const char *args[] = {seq, reason};
  return lb_format(out, cap, take_seq(b), type, args, reason ? 2 : 1);
}

size_t lb_body_handle(lb_body *b, const lb_line *line, char *out, size_t cap) {
  const char *type = line->type;
  if (strcmp(type, "HELLO") == 0) {
    if (line->argc != 1 || strncmp(line->args[0], "proto=", 6) != 0) return answer(b, "NAK", line->seq, "bad-arg", out, cap);
    if (strcmp(line->args[0], "proto=0") == 0) return answer(b, "NAK", line->seq, "version", out, cap);
    b->have_acked = 0;
    return lb_body_hello(b, out, cap);
  }
  if (strcmp(type, "MOUTH") == 0) {
    uint8_t v;
    if (line->argc == 1 && percent(line->args[0], &v)) {
      b->state.mouth = v;
      b->changed = 1;
    }
    return 0; /* streamed: never answered */
  }
  int known = strcmp(type, "FACE") == 0 || strcmp(type, "RING") == 0 || strcmp(type, "HEAD") == 0 || strcmp(type, "BRIGHT") == 0;
  if (!known) return answer(b, "NAK", line->seq, "unknown", out, cap);
  if (b->have_acked && b->last_acked == line->seq) return answer(b, "ACK", line->seq, NULL, out, cap);
  uint8_t v = 0;
  if (strcmp(type, "FACE") == 0) {
    if (line->argc != 1 || !one_of(line->args[0], FACES, 7)) return answer(b, "NAK", line->seq, "bad-arg", out, cap);
    strcpy(b->state.face, line->args[0]);
  } else if (strcmp(type, "RING") == 0) {
    if (line->argc != 2 || !colour(line->args[0]) || !one_of(line->args[1], ANIMATIONS, 5)) return answer(b, "NAK", line->seq, "bad-arg", out, cap);
    strcpy(b->state.ring_colour, line->args[0]);
    strcpy(b->state.ring_animation, line->args[1]);
  } else if (strcmp(type, "HEAD") == 0) {
    if (line->argc != 1 || !one_of(line->args[0], GESTURES, 3)) return answer(b, "NAK", line->seq, "bad-arg", out, cap);
    strcpy(b->state.head, line->args[0]);
  } else {
    if (line->argc != 1 || !percent(line->args[0], &v)) return answer(b, "NAK", line->seq, "bad-arg", out, cap);
    b->state.brightness = v;
  }
  b->changed = 1;
  b->last_acked = line->seq;
  b->have_acked = 1;
  return answer(b, "ACK", line->seq, NULL, out, cap);
}

size_t lb_body_event(lb_body *b, const char *type, const char *const *args, uint8_t argc, char *out, size_t cap, uint16_t *seq_out) {
  uint16_t seq = take_seq(b);
  if (seq_out) *seq_out = seq;
  return lb_format(out, cap, seq, type, args, argc);
}
