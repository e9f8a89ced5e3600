/* Host tests of protocol.c: the test vectors from PROTOCOL.md (path in argv[1]), noise, and the session. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../protocol.h"

static int failures = 0;
static int checks = 0;
#define CHECK(cond, ...)                    \
  do {                                      \
    checks++;                               \
    if (!(cond)) {                          \
      failures++;                           \
      fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
      fprintf(stderr, __VA_ARGS__);         \
      fprintf(stderr, "\n");                \
    }                                       \
  } while (0)

static size_t feed(lb_reader *r, const char *bytes, size_t n, lb_line *lines, size_t max) {
  size_t got = 0;
  for (size_t i = 0; i < n; i++)
    if (lb_reader_feed(r, (uint8_t)bytes[i], &lines[got < max ? got : max - 1])) got++;
  return got;
}

static void vectors(const char *spec) {
  FILE *f = fopen(spec, "r");
  CHECK(f != NULL, "cannot open %s", spec);
  if (!f) return;
  char text[256];
  int count = 0;
  while (fgets(text, sizeof text, f)) {
    if (strncmp(text, "    ", 4) != 0 || text[4] < '0' || text[4] > '9' || !strstr(text, " *")) continue;
    char *line = text + 4;
    size_t len = strcspn(line, "\n");
    line[len] = '\0';
    lb_line parsed;
    CHECK(lb_parse(line, len, &parsed) == LB_OK, "vector does not parse: %s", line);
    const char *args[LB_MAX_ARGS];
    for (uint8_t a = 0; a < parsed.argc; a++) args[a] = parsed.args[a];
    char out[LB_MAX_LINE];
    size_t n = lb_format(out, sizeof out, parsed.seq, parsed.type, args, parsed.argc);
    CHECK(n == len + 1 && memcmp(out, line, len) == 0 && out[len] == '\n', "vector does not format back: %s", line);
    count++;
  }
  fclose(f);
  CHECK(count >= 9, "only %d test vectors found in %s", count, spec);
}

static void crc(void) { CHECK(lb_crc16((const uint8_t *)"123456789", 9) == 0x29B1, "CRC check value"); }

static void noise(void) {
  lb_reader r;
  lb_reader_init(&r);
  lb_line lines[4];
  const char *mixed = "garbage\x01\xff no newline yet 7 FACE happy *6EF9\n7 FACE happy *6EF8\n7 FACE happy *6EF9\r\n";
  size_t got = feed(&r, mixed, strlen(mixed), lines, 4);
  CHECK(got == 1 && strcmp(lines[0].type, "FACE") == 0 && strcmp(lines[0].args[0], "happy") == 0, "recovers at the next valid line (got %zu)", got);
  CHECK(r.unparsable == 1 && r.bad_crc == 1, "counts garbage and a bad CRC (%u, %u)", (unsigned)r.unparsable, (unsigned)r.bad_crc);

  char longline[300];
  memset(longline, 'x', sizeof longline);
  longline[sizeof longline - 1] = '\n';
  got = feed(&r, longline, sizeof longline, lines, 4);
  CHECK(got == 0 && r.too_long == 1, "drops a too-long line");
  got = feed(&r, "2 ACK 7 *1EDF\n", 14, lines, 4);
  CHECK(got == 1 && lines[0].seq == 2, "reads on after a too-long line");

  /* 1 MB of pseudo-random bytes: no crash, errors counted, a good line afterwards still read. */
  srand(12345);
  uint32_t before = r.too_long + r.bad_crc + r.unparsable;
  for (long i = 0; i < 1024L * 1024L; i++) {
    lb_line dummy;
    lb_reader_feed(&r, (uint8_t)(rand() & 0xFF), &dummy);
  }
  CHECK(r.too_long + r.bad_crc + r.unparsable > before + 100, "counts the noise");
  got = feed(&r, "\n3 BTN down *D26E\n", 18, lines, 4);
  CHECK(got == 1 && strcmp(lines[0].type, "BTN") == 0, "recovers after 1 MB of noise");
}

static int answered(const char *out, size_t n, const char *type, const char *arg0) {
  lb_line line;
  if (n == 0 || lb_parse(out, n - 1, &line) != LB_OK) return 0;
  return strcmp(line.type, type) == 0 && (arg0 == NULL || (line.argc > 0 && strcmp(line.args[0], arg0) == 0));
}

static void session(void) {
  lb_body b;
  lb_body_init(&b);
  char out[LB_MAX_LINE];
  lb_line in;

  CHECK(lb_parse("1 HELLO proto=1 *EE65", 21, &in) == LB_OK, "parse HELLO");
  size_t n = lb_body_handle(&b, &in, out, sizeof out);
  CHECK(answered(out, n, "HELLO", "proto=1"), "answers HELLO with its own");

  CHECK(lb_parse("7 FACE happy *6EF9", 18, &in) == LB_OK, "parse FACE");
  n = lb_body_handle(&b, &in, out, sizeof out);
  CHECK(answered(out, n, "ACK", "7") && strcmp(b.state.face, "happy") == 0, "acknowledges and shows FACE");
  strcpy(b.state.face, "sad"); /* if the resend were acted on, it would put "happy" back */
  n = lb_body_handle(&b, &in, out, sizeof out);
  CHECK(answered(out, n, "ACK", "7") && strcmp(b.state.face, "sad") == 0, "acknowledges a resend again without acting twice");

  CHECK(lb_parse("8 RING ffb000 pulse *D92F", 25, &in) == LB_OK, "parse RING");
  n = lb_body_handle(&b, &in, out, sizeof out);
  CHECK(answered(out, n, "ACK", "8") && strcmp(b.state.ring_colour, "ffb000") == 0 && strcmp(b.state.ring_animation, "pulse") == 0, "shows RING");

  CHECK(lb_parse("9 MOUTH 40 *04DB", 16, &in) == LB_OK, "parse MOUTH");
  n = lb_body_handle(&b, &in, out, sizeof out);
  CHECK(n == 0 && b.state.mouth == 40, "moves the mouth without an answer");

  const char *bad[] = {"purple"};
  n = lb_format(out, sizeof out, 10, "FACE", bad, 1);
  CHECK(lb_parse(out, n - 1, &in) == LB_OK, "parse a bad FACE");
  n = lb_body_handle(&b, &in, out, sizeof out);
  CHECK(answered(out, n, "NAK", "10") && strcmp(b.state.face, "sad") == 0, "refuses a face it does not have");

  const char *none[] = {"x"};
  n = lb_format(out, sizeof out, 11, "DANCE", none, 1);
  lb_parse(out, n - 1, &in);
  n = lb_body_handle(&b, &in, out, sizeof out);
  CHECK(answered(out, n, "NAK", "11") && strstr(out, "unknown") != NULL, "refuses an unknown type");

  const char *v0[] = {"proto=0"};
  n = lb_format(out, sizeof out, 12, "HELLO", v0, 1);
  lb_parse(out, n - 1, &in);
  n = lb_body_handle(&b, &in, out, sizeof out);
  CHECK(answered(out, n, "NAK", "12") && strstr(out, "version") != NULL, "refuses protocol 0");

  const char *down[] = {"down"};
  uint16_t seq = 0;
  n = lb_body_event(&b, "BTN", down, 1, out, sizeof out, &seq);
  CHECK(answered(out, n, "BTN", "down") && seq > 0, "sends a button event");

  const char *spaced[] = {"two words"};
  CHECK(lb_format(out, sizeof out, 1, "FACE", spaced, 1) == 0, "will not send an argument with a space");
}

int main(int argc, char **argv) {
  crc();
  vectors(argc > 1 ? argv[1] : "../PROTOCOL.md");
  noise();
  session();
  printf("protocol tests: %d checks, %d failed\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
