/*
 * Host tests of protocol.c (gcc, no board): the test vectors in PROTOCOL.md (its path in argv[1]), the
 * parser's verdicts, the line-length limit, noise, the session, events and the heartbeat. Prints one
 * summary line, "protocol tests: N checks, F failed", and exits non-zero on any failure.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../protocol.h"

static int failures = 0;
static int checks = 0;

static void check(int ok, const char *file, int at, const char *fmt, ...) {
  checks++;
  if (ok) return;
  failures++;
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "FAIL %s:%d: ", file, at);
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n");
  va_end(ap);
}
#define CHECK(cond, ...) check((cond) ? 1 : 0, __FILE__, __LINE__, __VA_ARGS__)

/* ---- helpers ---- */

static enum lb_problem parse(const char *text, lb_line *out) { return lb_parse(text, strlen(text), out); }

/* Feeds bytes one at a time; returns how many lines came out, the last ones kept in lines[0..max). */
static size_t feed(lb_reader *r, const char *bytes, size_t n, lb_line *lines, size_t max) {
  size_t got = 0;
  for (size_t i = 0; i < n; i++)
    if (lb_reader_feed(r, (uint8_t)bytes[i], &lines[got < max ? got : max - 1])) got++;
  return got;
}
static size_t feeds(lb_reader *r, const char *text, lb_line *lines, size_t max) { return feed(r, text, strlen(text), lines, max); }

/* A host line, formatted with a right CRC, parsed into *line. */
static void host_line(lb_line *line, uint16_t seq, const char *type, const char *arg0, const char *arg1) {
  const char *args[] = {arg0, arg1};
  char text[LB_LINE_BUF];
  size_t n = lb_format(text, sizeof text, seq, type, args, (uint8_t)(arg1 ? 2 : arg0 ? 1 : 0));
  if (n == 0 || lb_parse(text, n - 1, line) != LB_OK) {
    fprintf(stderr, "test bug: cannot make %u %s\n", seq, type);
    exit(2);
  }
}

/* The body's answer to a host line, as text ("" for none). */
static const char *handle(lb_body *b, uint16_t seq, const char *type, const char *arg0, const char *arg1) {
  static char out[LB_LINE_BUF];
  lb_line line;
  host_line(&line, seq, type, arg0, arg1);
  size_t n = lb_body_handle(b, &line, out, sizeof out);
  out[n] = '\0';
  return out;
}

/* Is text one valid line of type with these first arguments (NULL: not checked)? */
static int is_line(const char *text, const char *type, const char *arg0, const char *arg1) {
  size_t n = strlen(text);
  lb_line line;
  if (n == 0 || text[n - 1] != '\n' || lb_parse(text, n - 1, &line) != LB_OK) return 0;
  if (strcmp(line.type, type) != 0) return 0;
  if (arg0 && (line.argc < 1 || strcmp(line.args[0], arg0) != 0)) return 0;
  if (arg1 && (line.argc < 2 || strcmp(line.args[1], arg1) != 0)) return 0;
  return 1;
}

static uint32_t rng = 0x1234567u;
static uint32_t xorshift(void) {
  rng ^= rng << 13;
  rng ^= rng >> 17;
  rng ^= rng << 5;
  return rng;
}

/* ---- the CRC and the test vectors ---- */

static void crc(void) {
  CHECK(lb_crc16((const uint8_t *)"123456789", 9) == 0x29B1, "CRC-16/CCITT-FALSE check value 29B1");
  CHECK(lb_crc16((const uint8_t *)"", 0) == 0xFFFF, "CRC of nothing is the init value");
}

/* What each of PROTOCOL.md's vectors says, for the fields; the text itself comes from the file. */
static const struct {
  const char *text;
  uint16_t seq;
  const char *type;
  uint8_t argc;
  const char *args[3];
} VECTORS[] = {
    {"1 HELLO proto=1 *EE65", 1, "HELLO", 1, {"proto=1"}},
    {"5 HELLO proto=1 fw=0.1.0 caps=face,mouth,ring,head,button,touch *CF30", 5, "HELLO", 3, {"proto=1", "fw=0.1.0", "caps=face,mouth,ring,head,button,touch"}},
    {"7 FACE happy *6EF9", 7, "FACE", 1, {"happy"}},
    {"8 RING ffb000 pulse *D92F", 8, "RING", 2, {"ffb000", "pulse"}},
    {"9 MOUTH 40 *04DB", 9, "MOUTH", 1, {"40"}},
    {"2 ACK 7 *1EDF", 2, "ACK", 1, {"7"}},
    {"6 NAK 8 bad-arg *5E66", 6, "NAK", 2, {"8", "bad-arg"}},
    {"3 BTN down *D26E", 3, "BTN", 1, {"down"}},
    {"4 BEAT 15000 *9108", 4, "BEAT", 1, {"15000"}},
};
#define N_VECTORS (sizeof VECTORS / sizeof VECTORS[0])

/* One vector as text: its CRC, its parse, its format byte for byte, and the reader. */
static void vector(const char *text) {
  size_t len = strlen(text);
  const char *star = strstr(text, " *");
  CHECK(star != NULL, "vector has a CRC: %s", text);
  if (!star) return;
  unsigned expected = (unsigned)strtoul(star + 2, NULL, 16);
  CHECK(lb_crc16((const uint8_t *)text, (size_t)(star - text)) == expected, "CRC of \"%.*s\" is %04X", (int)(star - text), text, expected);

  lb_line parsed;
  CHECK(lb_parse(text, len, &parsed) == LB_OK, "vector parses: %s", text);
  const char *args[LB_MAX_ARGS];
  for (uint8_t a = 0; a < parsed.argc && a < LB_MAX_ARGS; a++) args[a] = parsed.args[a];
  char out[LB_LINE_BUF];
  size_t n = lb_format(out, sizeof out, parsed.seq, parsed.type, args, parsed.argc);
  CHECK(n == len + 1 && memcmp(out, text, len) == 0 && out[len] == '\n' && out[len + 1] == '\0', "vector formats back byte for byte: %s", text);

  lb_reader r;
  lb_reader_init(&r);
  lb_line lines[2];
  char wire[LB_LINE_BUF + 1];
  snprintf(wire, sizeof wire, "%s\r\n", text);
  CHECK(feeds(&r, wire, lines, 2) == 1 && lines[0].seq == parsed.seq && strcmp(lines[0].type, parsed.type) == 0, "the reader reads it with \\r\\n: %s", text);
}

static void vectors(const char *spec) {
  FILE *f = fopen(spec, "r");
  CHECK(f != NULL, "cannot open %s", spec);
  if (!f) return;
  char text[256];
  size_t count = 0;
  int listed[N_VECTORS] = {0};
  while (fgets(text, sizeof text, f)) {
    /* an indented line "    <digits> <TYPE> ... *XXXX" */
    if (strncmp(text, "    ", 4) != 0 || text[4] < '0' || text[4] > '9' || !strstr(text, " *")) continue;
    char *line = text + 4;
    line[strcspn(line, "\r\n")] = '\0';
    vector(line);
    for (size_t v = 0; v < N_VECTORS; v++)
      if (strcmp(VECTORS[v].text, line) == 0) listed[v] = 1;
    count++;
  }
  fclose(f);
  CHECK(count >= N_VECTORS, "only %zu test vectors found in %s", count, spec);
  for (size_t v = 0; v < N_VECTORS; v++) {
    CHECK(listed[v], "PROTOCOL.md lists %s", VECTORS[v].text);
    vector(VECTORS[v].text);
    lb_line p;
    int ok = parse(VECTORS[v].text, &p) == LB_OK && p.seq == VECTORS[v].seq && strcmp(p.type, VECTORS[v].type) == 0 && p.argc == VECTORS[v].argc;
    for (uint8_t a = 0; ok && a < VECTORS[v].argc; a++) ok = strcmp(p.args[a], VECTORS[v].args[a]) == 0;
    CHECK(ok, "vector's fields: %s", VECTORS[v].text);
    char out[LB_LINE_BUF];
    size_t n = lb_format(out, sizeof out, VECTORS[v].seq, VECTORS[v].type, VECTORS[v].args, VECTORS[v].argc);
    CHECK(n == strlen(VECTORS[v].text) + 1 && strncmp(out, VECTORS[v].text, n - 1) == 0, "formats from its fields: %s", VECTORS[v].text);
  }
}

/* ---- the parser's verdicts (the same as parseLine in protocol/line.ts) ---- */

static void verdicts(void) {
  lb_line l;
  CHECK(parse("7 FACE happy *6EF8", &l) == LB_BAD_CRC, "a wrong CRC is bad-crc");
  CHECK(parse("7 FACE sappy *6EF9", &l) == LB_BAD_CRC, "a changed argument is bad-crc");
  CHECK(parse("7 FACE happy *6EF9\r", &l) == LB_OK && l.seq == 7 && l.argc == 1, "a trailing \\r is ignored");
  static const char *const unparsable[] = {
      "seven FACE happy *6EF9", "7 face happy *6EF9", "7 F happy *6EF9",   "7 FACEFACEFAC happy *6EF9",
      "123456 FACE happy *6EF9", "7 FACE happy *6ef9", "7 FACE happy *6EF", "7 FACE happy",              "7 FACE happy 6EF9",
      "7 FACE  happy *6EF9",     "7 FACE happy  *6EF9", "7 FACE ha*ppy *6EF9", "7 FACE\thappy *6EF9",     " 7 FACE happy *6EF9",
      "7 FACE happy *6EF9 ",     "",                    "\r",               "7 FACE h\x80ppy *6EF9",      "7FACE happy *6EF9",
  };
  for (size_t i = 0; i < sizeof unparsable / sizeof unparsable[0]; i++)
    CHECK(parse(unparsable[i], &l) == LB_UNPARSABLE, "unparsable: \"%s\"", unparsable[i]);

  char text[LB_LINE_BUF];
  size_t n = (size_t)snprintf(text, sizeof text, "65536 FACE happy *%04X", lb_crc16((const uint8_t *)"65536 FACE happy", 16));
  CHECK(lb_parse(text, n, &l) == LB_UNPARSABLE, "seq 65536 with a right CRC is unparsable");
  CHECK(parse("65536 FACE happy *6EF9", &l) == LB_BAD_CRC, "seq 65536 with a wrong CRC is bad-crc (line.ts checks the CRC first)");
  const char *seven[] = {"a", "b", "c", "d", "e", "f", "g"};
  n = lb_format(text, sizeof text, 65535, "FACE", seven, 7);
  CHECK(n > 0 && lb_parse(text, n - 1, &l) == LB_OK && l.seq == 65535 && l.argc == 7 && strcmp(l.args[5], "f") == 0,
        "a line with more arguments than are kept still parses, and counts them all");
  n = snprintf(text, sizeof text, "00007 FACE happy *%04X", lb_crc16((const uint8_t *)"00007 FACE happy", 16));
  CHECK(lb_parse(text, n, &l) == LB_OK && l.seq == 7, "a seq with leading zeros parses (as \\d{1,5} does)");
  n = snprintf(text, sizeof text, "0 AB *%04X", lb_crc16((const uint8_t *)"0 AB", 4));
  CHECK(lb_parse(text, n, &l) == LB_OK && l.argc == 0 && strcmp(l.type, "AB") == 0, "a line without arguments");
}

/* ---- the formatter's refusals ---- */

static void formatter(void) {
  char out[LB_LINE_BUF];
  const char *spaced[] = {"two words"}, *starred[] = {"a*b"}, *empty[] = {""}, *high[] = {"h\xe4j"}, *ok[] = {"happy"};
  CHECK(lb_format(out, sizeof out, 1, "FACE", spaced, 1) == 0, "refuses an argument with a space");
  CHECK(lb_format(out, sizeof out, 1, "FACE", starred, 1) == 0, "refuses an argument with '*'");
  CHECK(lb_format(out, sizeof out, 1, "FACE", empty, 1) == 0, "refuses an empty argument");
  CHECK(lb_format(out, sizeof out, 1, "FACE", high, 1) == 0, "refuses a byte outside printable ASCII");
  CHECK(lb_format(out, sizeof out, 1, "Face", ok, 1) == 0, "refuses a TYPE that is not upper-case");
  CHECK(lb_format(out, sizeof out, 1, "F", ok, 1) == 0, "refuses a one-letter TYPE");
  CHECK(lb_format(out, sizeof out, 1, "ABCDEFGHIJK", ok, 1) == 0, "refuses an 11-letter TYPE");
  CHECK(lb_format(out, 19, 7, "FACE", ok, 1) == 0 && lb_format(out, 20, 7, "FACE", ok, 1) == 19, "needs room for the line and a NUL, no more");
  CHECK(lb_format(out, sizeof out, 0, "FACE", ok, 1) > 0 && strncmp(out, "0 FACE happy *", 14) == 0, "seq 0");
}

/* ---- the line-length limit: 96 bytes with the newline ---- */

static void length(void) {
  char arg[128], text[LB_LINE_BUF + 8];
  /* "1 FACE " (7) + arg + " *XXXX\n" (7) */
  memset(arg, 'x', sizeof arg);
  arg[82] = '\0';
  const char *args[] = {arg};
  size_t n = lb_format(text, sizeof text, 1, "FACE", args, 1);
  CHECK(n == 96, "formats a line of exactly 96 bytes (got %zu)", n);
  lb_reader r;
  lb_reader_init(&r);
  lb_line lines[2];
  CHECK(feed(&r, text, n, lines, 2) == 1 && strlen(lines[0].args[0]) == 82, "reads a line of exactly 96 bytes");

  arg[82] = 'x';
  arg[83] = '\0';
  CHECK(lb_format(text, sizeof text, 1, "FACE", args, 1) == 0, "will not format a line of 97 bytes");
  n = (size_t)snprintf(text, sizeof text, "1 FACE %s", arg);
  n = (size_t)snprintf(text + n, sizeof text - n, " *%04X\n", lb_crc16((const uint8_t *)text, n)) + n;
  CHECK(n == 97 && feed(&r, text, n, lines, 2) == 0 && r.too_long == 1, "drops a line of 97 bytes as too long");

  arg[82] = '\0';
  n = lb_format(text, sizeof text, 1, "FACE", args, 1);
  text[n - 1] = '\r';
  text[n] = '\n';
  CHECK(feed(&r, text, n + 1, lines, 2) == 0 && r.too_long == 2, "a \\r that makes it 97 bytes is too long (as line.ts counts)");

  char big[1000];
  memset(big, 'x', sizeof big);
  big[sizeof big - 1] = '\n';
  CHECK(feed(&r, big, sizeof big, lines, 2) == 0 && r.too_long == 3, "drops a 1000-byte line");
  CHECK(feeds(&r, "2 ACK 7 *1EDF\n", lines, 2) == 1 && lines[0].seq == 2, "reads on after a too-long line");
}

/* ---- noise ---- */

static void noise(void) {
  lb_reader r;
  lb_reader_init(&r);
  lb_line lines[4];
  const char *mixed = "garbage\x01\xff then a line 7 FACE happy *6EF9\n7 FACE happy *6EF8\n7 FACE happy *6EF9\r\n";
  size_t got = feeds(&r, mixed, lines, 4);
  CHECK(got == 1 && strcmp(lines[0].type, "FACE") == 0 && strcmp(lines[0].args[0], "happy") == 0, "garbage, then a bad CRC, then a valid line: one line (got %zu)", got);
  CHECK(r.unparsable == 1 && r.bad_crc == 1 && r.lines == 1, "counts the garbage and the bad CRC (%u, %u)", (unsigned)r.unparsable, (unsigned)r.bad_crc);
  got = feed(&r, "\0\0\0", 3, lines, 4) + feeds(&r, "\n3 BTN down *D26E\n", lines, 4);
  CHECK(got == 1 && r.unparsable == 2, "NUL bytes are garbage too");

  /* every single-byte change of every vector is dropped, never read as another line */
  lb_reader_init(&r);
  size_t accepted = 0, tried = 0;
  for (size_t v = 0; v < N_VECTORS; v++) {
    char text[LB_LINE_BUF];
    size_t len = strlen(VECTORS[v].text);
    for (size_t at = 0; at < len; at++)
      for (int by = 1; by < 256; by += 3) {
        if ((char)by == VECTORS[v].text[at]) continue;
        memcpy(text, VECTORS[v].text, len);
        text[at] = (char)by;
        text[len] = '\n';
        accepted += feed(&r, text, len + 1, lines, 4);
        tried++;
      }
  }
  CHECK(accepted == 0, "%zu of %zu single-byte changes of the vectors were read as lines", accepted, tried);

  /* 1 MB of pseudo-random bytes: no crash, every line dropped and counted, then a good line is read */
  lb_reader_init(&r);
  lb_body b;
  lb_body_init(&b);
  char out[LB_LINE_BUF];
  size_t bad_answers = 0;
  for (long i = 0; i < 1024L * 1024L; i++) {
    if (lb_reader_feed(&r, (uint8_t)(xorshift() >> 24), &lines[0])) {
      size_t n = lb_body_handle(&b, &lines[0], out, sizeof out);
      if (n > 0 && !is_line(out, "ACK", NULL, NULL) && !is_line(out, "NAK", NULL, NULL) && !is_line(out, "HELLO", NULL, NULL)) bad_answers++;
    }
  }
  uint32_t dropped = r.too_long + r.bad_crc + r.unparsable;
  printf("1 MB of random bytes: %u lines, %u too long, %u bad CRC, %u unparsable\n", (unsigned)r.lines, (unsigned)r.too_long, (unsigned)r.bad_crc,
         (unsigned)r.unparsable);
  CHECK(dropped > 2000 && r.lines == 0, "counts the noise as dropped lines (%u)", (unsigned)dropped);
  CHECK(feeds(&r, "\n3 BTN down *D26E\n", lines, 4) == 1 && strcmp(lines[0].type, "BTN") == 0, "recovers after 1 MB of noise");

  /* 1 MB of protocol-like noise (digits, letters, spaces, '*', hex, newlines) into the body */
  static const char alphabet[] = "0123456789ABCDEF FACE RING HELLO MOUTH BRIGHT HEAD ACK happy ffb000 pulse proto=1 *\n\n";
  lb_reader_init(&r);
  for (long i = 0; i < 1024L * 1024L; i++) {
    if (lb_reader_feed(&r, (uint8_t)alphabet[xorshift() % (sizeof alphabet - 1)], &lines[0])) {
      size_t n = lb_body_handle(&b, &lines[0], out, sizeof out);
      if (n > 0 && !is_line(out, "ACK", NULL, NULL) && !is_line(out, "NAK", NULL, NULL) && !is_line(out, "HELLO", NULL, NULL)) bad_answers++;
    }
  }
  CHECK(r.too_long + r.bad_crc + r.unparsable > 10000, "counts protocol-like noise (%u unparsable, %u bad CRC)", (unsigned)r.unparsable, (unsigned)r.bad_crc);
  CHECK(bad_answers == 0, "every answer to noise is a valid ACK, NAK or HELLO (%zu were not)", bad_answers);

  /* valid lines with random words: every answer is a valid line, the state stays in range */
  static const char *const words[] = {"happy", "sad", "purple", "ffb000", "FFB000", "pulse", "off", "nod", "40", "100", "101", "-1", "proto=1", "proto=0", "x"};
  static const char *const types[] = {"FACE", "RING", "HEAD", "BRIGHT", "MOUTH", "HELLO", "ACK", "DANCE", "BTN"};
  for (int i = 0; i < 100000; i++) {
    lb_line line;
    uint32_t k = xorshift();
    const char *a0 = k & 1 ? words[(k >> 8) % 15] : NULL;
    const char *a1 = a0 && (k & 2) ? words[(k >> 16) % 15] : NULL;
    host_line(&line, (uint16_t)xorshift(), types[(k >> 2) % 9], a0, a1);
    size_t n = lb_body_handle(&b, &line, out, sizeof out);
    if (n > 0 && !is_line(out, "ACK", NULL, NULL) && !is_line(out, "NAK", NULL, NULL) && !is_line(out, "HELLO", NULL, NULL)) bad_answers++;
  }
  CHECK(bad_answers == 0, "random valid lines get valid answers");
  CHECK(lb_face_name(b.state.face) && lb_animation_name(b.state.ring_animation) && lb_head_name(b.state.head) && b.state.brightness <= 100 && b.state.mouth <= 100,
        "the state stays in range");
}

/* ---- the session ---- */

static void session(void) {
  lb_body b;
  lb_body_init(&b);
  CHECK(b.changed && b.state.face == LB_FACE_NEUTRAL && b.state.ring_animation == LB_RING_BREATHE && b.state.ring_rgb[0] == 0xFF && b.state.brightness == 60 &&
            b.state.head == LB_HEAD_STILL,
        "starts as the host's INITIAL_STATE: neutral, ffffff breathe, 60");

  char out[LB_LINE_BUF];
  b.seq = 4;
  size_t n = lb_body_hello(&b, out, sizeof out);
  CHECK(n > 0 && strcmp(out, "5 HELLO proto=1 fw=0.1.0 caps=face,mouth,ring,head,button,touch *CF30\n") == 0, "its HELLO is PROTOCOL.md's vector: %s", out);

  lb_body_init(&b);
  CHECK(is_line(handle(&b, 1, "HELLO", "proto=1", NULL), "HELLO", "proto=1", "fw=0.1.0"), "answers HELLO proto=1 with its own HELLO");
  CHECK(is_line(handle(&b, 2, "HELLO", "proto=2", NULL), "HELLO", "proto=1", NULL), "answers a newer host with proto=1, the lower");
  CHECK(is_line(handle(&b, 3, "HELLO", "proto=0", NULL), "NAK", "3", "version"), "NAK version to proto=0");
  CHECK(is_line(handle(&b, 4, "HELLO", "proto=000", NULL), "NAK", "4", "version"), "NAK version to proto=000");
  CHECK(is_line(handle(&b, 5, "HELLO", "proto=one", NULL), "NAK", "5", "bad-arg"), "NAK bad-arg to proto=one");
  CHECK(is_line(handle(&b, 6, "HELLO", NULL, NULL), "NAK", "6", "bad-arg"), "NAK bad-arg to HELLO without proto");
  CHECK(is_line(handle(&b, 7, "HELLO", "proto=1", "x"), "NAK", "7", "bad-arg"), "NAK bad-arg to HELLO with more");
  CHECK(is_line(handle(&b, 8, "HELLO", "proto=1000", NULL), "NAK", "8", "bad-arg"), "NAK bad-arg to a 4-digit proto");

  /* PROTOCOL.md's ACK and NAK vectors are the body's exact answers */
  lb_body_init(&b);
  b.seq = 1;
  lb_line in;
  CHECK(parse("7 FACE happy *6EF9", &in) == LB_OK, "parse FACE");
  n = lb_body_handle(&b, &in, out, sizeof out);
  CHECK(n > 0 && strcmp(out, "2 ACK 7 *1EDF\n") == 0 && b.state.face == LB_FACE_HAPPY && b.changed, "FACE happy: shown, and answered 2 ACK 7 *1EDF (got %s)", out);
  b.seq = 5;
  CHECK(strcmp(handle(&b, 8, "RING", "orange", "pulse"), "6 NAK 8 bad-arg *5E66\n") == 0, "RING orange: answered 6 NAK 8 bad-arg *5E66");

  /* a resend is acknowledged again, not acted on twice */
  b.state.face = LB_FACE_SAD; /* acting on the resend would put happy back */
  n = lb_body_handle(&b, &in, out, sizeof out);
  CHECK(is_line(out, "ACK", "7", NULL) && b.state.face == LB_FACE_SAD, "a resent FACE (same seq) is ACKed again and not done twice");
  CHECK(handle(&b, 9, "MOUTH", "40", NULL)[0] == '\0' && b.state.mouth == 40, "MOUTH 40: the mouth opens, nothing is answered");
  CHECK(handle(&b, 10, "MOUTH", "0", NULL)[0] == '\0' && b.state.mouth == 0, "MOUTH 0");
  CHECK(is_line(handle(&b, 11, "HEAD", "nod", NULL), "ACK", "11", NULL) && b.state.head == LB_HEAD_NOD && b.state.head_count == 1, "HEAD nod");
  CHECK(is_line(handle(&b, 12, "HEAD", "nod", NULL), "ACK", "12", NULL) && b.state.head_count == 2, "a second HEAD nod is a second nod");
  CHECK(is_line(handle(&b, 11, "HEAD", "nod", NULL), "ACK", "11", NULL) && b.state.head_count == 2, "a late resend of the first is not");
  lb_body_handle(&b, &in, out, sizeof out);
  CHECK(is_line(out, "ACK", "7", NULL) && b.state.face == LB_FACE_SAD, "seq 7 resent after other lines: ACKed, not done");

  /* a refused line resent is refused again */
  CHECK(is_line(handle(&b, 13, "BRIGHT", "101", NULL), "NAK", "13", "bad-arg") && is_line(handle(&b, 13, "BRIGHT", "101", NULL), "NAK", "13", "bad-arg"),
        "a NAKed line resent is NAKed again");

  /* good values */
  CHECK(is_line(handle(&b, 14, "RING", "00a0ff", "spin"), "ACK", "14", NULL) && b.state.ring_rgb[0] == 0x00 && b.state.ring_rgb[1] == 0xA0 &&
            b.state.ring_rgb[2] == 0xFF && b.state.ring_animation == LB_RING_SPIN,
        "RING 00a0ff spin: the colour as bytes, the animation");
  CHECK(is_line(handle(&b, 15, "BRIGHT", "0", NULL), "ACK", "15", NULL) && b.state.brightness == 0, "BRIGHT 0");
  CHECK(is_line(handle(&b, 16, "BRIGHT", "100", NULL), "ACK", "16", NULL) && b.state.brightness == 100, "BRIGHT 100");
  CHECK(is_line(handle(&b, 17, "BRIGHT", "007", NULL), "ACK", "17", NULL) && b.state.brightness == 7, "BRIGHT 007 is 7 (as \\d{1,3} reads)");
  static const char *const faces[] = {"neutral", "happy", "thinking", "sad", "surprised", "listening", "sleeping"};
  for (uint8_t f = 0; f < 7; f++)
    CHECK(is_line(handle(&b, (uint16_t)(100 + f), "FACE", faces[f], NULL), "ACK", NULL, NULL) && b.state.face == f && strcmp(lb_face_name(f), faces[f]) == 0, "FACE %s", faces[f]);

  /* bad arguments: NAK bad-arg, the state unchanged */
  lb_state before = b.state;
  static const char *const bad[][3] = {
      {"FACE", "purple", NULL}, {"FACE", NULL, NULL},      {"FACE", "happy", "sad"},  {"FACE", "HAPPY", NULL}, {"RING", "FFB000", "pulse"},
      {"RING", "ffb00", "pulse"}, {"RING", "ffb000", "blink"}, {"RING", "ffb000", NULL}, {"RING", "gfb000", "solid"}, {"HEAD", "wiggle", NULL},
      {"HEAD", NULL, NULL},     {"BRIGHT", "101", NULL},  {"BRIGHT", "-1", NULL},    {"BRIGHT", "1000", NULL}, {"BRIGHT", "abc", NULL},
      {"BRIGHT", "50", "50"},   {"MOUTH", "101", NULL},   {"MOUTH", "loud", NULL},   {"MOUTH", NULL, NULL},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    char seq[8];
    snprintf(seq, sizeof seq, "%zu", 200 + i);
    CHECK(is_line(handle(&b, (uint16_t)(200 + i), bad[i][0], bad[i][1], bad[i][2]), "NAK", seq, "bad-arg"), "NAK bad-arg: %s %s %s", bad[i][0],
          bad[i][1] ? bad[i][1] : "", bad[i][2] ? bad[i][2] : "");
  }
  CHECK(memcmp(&before, &b.state, sizeof before) == 0, "bad arguments change nothing");

  char text[LB_LINE_BUF];
  const char *many[] = {"happy", "a", "b", "c", "d", "e", "f"};
  n = lb_format(text, sizeof text, 300, "FACE", many, 7);
  CHECK(lb_parse(text, n - 1, &in) == LB_OK, "parse FACE with 7 arguments");
  n = lb_body_handle(&b, &in, out, sizeof out);
  CHECK(is_line(out, "NAK", "300", "bad-arg"), "FACE with 7 arguments: NAK bad-arg, not dropped");

  /* unknown types */
  CHECK(is_line(handle(&b, 301, "DANCE", "x", NULL), "NAK", "301", "unknown"), "NAK unknown to DANCE");
  CHECK(is_line(handle(&b, 302, "BTN", "down", NULL), "NAK", "302", "unknown"), "NAK unknown to a body's type from the host");
  CHECK(is_line(handle(&b, 303, "NAK", "1", "x"), "NAK", "303", "unknown"), "NAK unknown to NAK (the host never sends one)");
  CHECK(handle(&b, 304, "ACK", "9999", NULL)[0] == '\0', "an ACK of nothing pending is not answered");

  /* a new session forgets the old one's seqs */
  CHECK(is_line(handle(&b, 400, "FACE", "happy", NULL), "ACK", "400", NULL) && b.state.face == LB_FACE_HAPPY, "FACE 400 happy");
  b.state.face = LB_FACE_SAD;
  handle(&b, 1, "HELLO", "proto=1", NULL);
  CHECK(is_line(handle(&b, 400, "FACE", "happy", NULL), "ACK", "400", NULL) && b.state.face == LB_FACE_HAPPY, "after HELLO, seq 400 is a new command");

  /* seq wraps: after 65536 host lines, an old seq is a new command */
  lb_body_init(&b);
  CHECK(is_line(handle(&b, 7, "FACE", "happy", NULL), "ACK", "7", NULL), "FACE 7");
  b.state.face = LB_FACE_SAD;
  lb_line mouth;
  for (uint32_t s = 8; s < 1000; s++) {
    host_line(&mouth, (uint16_t)s, "MOUTH", "10", NULL);
    lb_body_handle(&b, &mouth, out, sizeof out);
  }
  CHECK(is_line(handle(&b, 7, "FACE", "happy", NULL), "ACK", "7", NULL) && b.state.face == LB_FACE_SAD, "a resend 1000 lines later is still a resend");
  for (uint32_t s = 1000; s < 65536 + 7; s++) {
    host_line(&mouth, (uint16_t)s, "MOUTH", "10", NULL);
    lb_body_handle(&b, &mouth, out, sizeof out);
  }
  CHECK(is_line(handle(&b, 7, "FACE", "happy", NULL), "ACK", "7", NULL) && b.state.face == LB_FACE_HAPPY, "after the host's seq wrapped, seq 7 is acted on again");

  /* the body's own seq counts every line it sends and wraps from 65535 to 0 */
  b.seq = 65534;
  CHECK(strncmp(handle(&b, 8, "BRIGHT", "50", NULL), "65535 ACK 8 ", 12) == 0, "seq 65535");
  CHECK(strncmp(handle(&b, 9, "BRIGHT", "51", NULL), "0 ACK 9 ", 8) == 0, "then 0");

  n = lb_body_error(&b, 3, "brownout", out, sizeof out);
  CHECK(is_line(out, "ERR", "3", "brownout"), "ERR 3 brownout");
}

/* ---- events and the heartbeat ---- */

/* Polls from `from` to `to` ms in 1 ms steps; returns the lines sent, newline-separated, in buf. */
static int poll_span(lb_body *b, uint32_t from, uint32_t to, char *buf, size_t cap, const char *only) {
  int lines = 0;
  size_t used = 0;
  buf[0] = '\0';
  for (uint32_t t = from; t <= to; t++) {
    char out[LB_LINE_BUF];
    size_t n;
    while ((n = lb_body_poll(b, t, out, sizeof out)) > 0) {
      lb_line l;
      if (lb_parse(out, n - 1, &l) != LB_OK) return -1;
      if (only && strcmp(l.type, only) != 0) continue;
      lines++;
      if (used + n + 16 < cap) used += (size_t)snprintf(buf + used, cap - used, "%u:%s", (unsigned)t, out);
    }
  }
  return lines;
}

static uint16_t seq_of(const char *text) { return (uint16_t)strtoul(strchr(text, ':') + 1, NULL, 10); }

static void events(void) {
  lb_body b;
  char sent[4096], out[LB_LINE_BUF];
  lb_line ack;

  /* PROTOCOL.md's BTN and BEAT vectors */
  lb_body_init(&b);
  b.seq = 2;
  b.last_beat = 14000;
  lb_body_event(&b, LB_EVENT_BTN_DOWN);
  CHECK(lb_body_poll(&b, 14999, out, sizeof out) > 0 && strcmp(out, "3 BTN down *D26E\n") == 0, "BTN down is 3 BTN down *D26E (got %s)", out);
  CHECK(lb_body_poll(&b, 15000, out, sizeof out) > 0 && strcmp(out, "4 BEAT 15000 *9108\n") == 0, "BEAT at 15 s is 4 BEAT 15000 *9108 (got %s)", out);

  /* unacknowledged: resent every 250 ms, 3 times, same seq, then given up */
  lb_body_init(&b);
  lb_body_event(&b, LB_EVENT_BTN_DOWN);
  int n = poll_span(&b, 1000, 3000, sent, sizeof sent, "BTN");
  CHECK(n == 4 && strstr(sent, "1000:2 BTN down") && strstr(sent, "1250:2 BTN down") && strstr(sent, "1500:2 BTN down") && strstr(sent, "1750:2 BTN down"),
        "an unanswered BTN goes at 0, 250, 500, 750 ms with one seq (2, after the BEAT), then stops (%d lines:\n%s)", n, sent);
  CHECK(b.queued == 0 && b.events_given_up == 1, "and is given up");

  /* acknowledged: not resent; the next event waits for it, so the host sees them in order */
  lb_body_init(&b);
  lb_body_event(&b, LB_EVENT_BTN_DOWN);
  lb_body_event(&b, LB_EVENT_BTN_UP);
  n = poll_span(&b, 1000, 1100, sent, sizeof sent, "BTN");
  CHECK(n == 1 && strstr(sent, "BTN down"), "down goes first, up waits (%s)", sent);
  uint16_t down_seq = seq_of(sent);
  char seq[8];
  snprintf(seq, sizeof seq, "%u", (unsigned)(down_seq + 1));
  host_line(&ack, 50, "ACK", seq, NULL);
  CHECK(lb_body_handle(&b, &ack, out, sizeof out) == 0 && b.sent, "an ACK of another seq is not answered and changes nothing");
  snprintf(seq, sizeof seq, "%u", (unsigned)down_seq);
  host_line(&ack, 51, "ACK", seq, NULL);
  CHECK(lb_body_handle(&b, &ack, out, sizeof out) == 0, "the host's ACK is not answered");
  n = poll_span(&b, 1101, 1200, sent, sizeof sent, "BTN");
  CHECK(n == 1 && strstr(sent, "1101:") && strstr(sent, "BTN up"), "up goes as soon as down is acknowledged (%s)", sent);
  snprintf(seq, sizeof seq, "%u", (unsigned)seq_of(sent));
  host_line(&ack, 52, "ACK", seq, NULL);
  lb_body_handle(&b, &ack, out, sizeof out);
  CHECK(poll_span(&b, 1201, 3000, sent, sizeof sent, "BTN") == 0 && b.queued == 0 && b.events_given_up == 0, "nothing is resent after the ACKs");

  /* a down the host never acknowledges is given up, and the up still goes */
  lb_body_init(&b);
  lb_body_event(&b, LB_EVENT_BTN_DOWN);
  lb_body_event(&b, LB_EVENT_BTN_UP);
  n = poll_span(&b, 0, 1000, sent, sizeof sent, "BTN");
  CHECK(n == 5 && strstr(sent, "1000:") && strstr(strstr(sent, "1000:"), "BTN up"), "after the down is given up at 1 s, the up goes (%s)", sent);

  /* a full queue keeps the newest */
  lb_body_init(&b);
  int kept = 0;
  for (int i = 0; i < LB_EVENT_QUEUE; i++) kept += lb_body_event(&b, i % 2 ? LB_EVENT_BTN_UP : LB_EVENT_BTN_DOWN);
  CHECK(kept == LB_EVENT_QUEUE && lb_body_event(&b, LB_EVENT_TOUCH_HEAD) == 0 && b.queue[LB_EVENT_QUEUE - 1].kind == LB_EVENT_TOUCH_HEAD,
        "a full queue replaces its newest waiting event");

  lb_body_init(&b);
  lb_body_event(&b, LB_EVENT_TOUCH_HEAD);
  CHECK(lb_body_poll(&b, 5, out, sizeof out) > 0 && is_line(out, "TOUCH", "head", NULL), "TOUCH head");

  /* heartbeat: one BEAT a second with the milliseconds since power-up */
  lb_body_init(&b);
  n = poll_span(&b, 0, 5500, sent, sizeof sent, "BEAT");
  CHECK(n == 5 && strstr(sent, "1000:1 BEAT 1000 ") && strstr(sent, "5000:5 BEAT 5000 "), "5 BEATs in 5.5 s, on the second (%s)", sent);
  n = poll_span(&b, 9700, 9700, sent, sizeof sent, "BEAT") + poll_span(&b, 9701, 11000, sent + 100, sizeof sent - 100, "BEAT");
  CHECK(n == 2 && strstr(sent + 100, "10700:"), "after a 4 s stall: one BEAT at once, the next a second later (%s)", sent + 100);
}

int main(int argc, char **argv) {
  crc();
  vectors(argc > 1 ? argv[1] : "../PROTOCOL.md");
  verdicts();
  formatter();
  length();
  noise();
  session();
  events();
  printf("protocol tests: %d checks, %d failed\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
