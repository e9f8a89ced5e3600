/**
 * Holds a change (another skill set) until the conversation is idle: no turn asked and unanswered, nothing
 * the last answer left open for a follow-up, and nothing else the conversation waits for. One change waits
 * at a time; a newer one supersedes it.
 */
export type SkillSwitch = { kind: 'switched' } | { kind: 'superseded' };

export class WhenIdle<T> {
  private busy = 0;
  private followUpTimer: NodeJS.Timeout | undefined;
  private waiting: { next: T; done(outcome: SkillSwitch): void } | undefined;

  constructor(
    private readonly apply: (next: T) => void,
    /** Something else still open (the safeguarding question waiting for a yes or no). */
    private readonly alsoWaiting: () => boolean,
  ) {}

  get idle(): boolean {
    return this.busy === 0 && this.followUpTimer === undefined && !this.alsoWaiting();
  }

  /** `now`: applied before returning; `switched` settles when applied or superseded. */
  request(next: T): { now: boolean; switched: Promise<SkillSwitch> } {
    this.waiting?.done({ kind: 'superseded' });
    const switched = new Promise<SkillSwitch>((resolve) => {
      this.waiting = { next, done: resolve };
    });
    this.tryNow();
    return { now: this.waiting === undefined, switched };
  }

  /** A turn: busy until it settles. */
  track<R>(turn: Promise<R>): Promise<R> {
    this.busy++;
    const settled = () => {
      this.busy--;
      this.tryNow();
    };
    turn.then(settled, settled);
    return turn;
  }

  /** After an answer: a follow-up may come within `ms` (0: none can). */
  holdFor(ms: number): void {
    if (this.followUpTimer !== undefined) clearTimeout(this.followUpTimer);
    this.followUpTimer = undefined;
    if (ms <= 0) return;
    const timer = setTimeout(() => {
      this.followUpTimer = undefined;
      this.tryNow();
    }, ms);
    timer.unref();
    this.followUpTimer = timer;
  }

  close(): void {
    this.holdFor(0);
    this.waiting?.done({ kind: 'superseded' });
    this.waiting = undefined;
  }

  private tryNow(): void {
    const waiting = this.waiting;
    if (!waiting || !this.idle) return;
    this.waiting = undefined;
    this.apply(waiting.next);
    waiting.done({ kind: 'switched' });
  }
}
