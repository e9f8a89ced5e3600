/**
 * Tells another system about each alert: a JSON POST (Laiban's own object, or ntfy's publish format), retried
 * with doubling waits when the receiver is down or answers an error. Never the child's words; the child's
 * name only when the preschool turns it on. Its last success and failure show on the panel's status page.
 */
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { SafeguardingConfig } from '../../config/schema';

export interface AlertNotice {
  category: string;
  level: 'emergency' | 'needs_adult' | 'routine';
  about: 'self' | 'other';
  /** ISO 8601. */
  at: string;
  /** "09:41" in the preschool's zone. */
  localTime: string;
  repeats: number;
  /** Only passed on when includeNames is on. */
  name?: string;
}

export interface WebhookStatus {
  url: string;
  lastSuccessAt: string | null;
  lastFailure: { at: string; reason: string } | null;
  /** Alerts still being retried. */
  pending: number;
  /** Alerts given up on after every attempt. */
  undelivered: number;
}

export type WebhookSettings = SafeguardingConfig['webhook'] & { url: string };

export interface WebhookDeps {
  robotName: string;
  clock: Clock;
  log: Logger;
  /** First wait before a retry; doubles each time, at most `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/** Swedish words for the staff's phones: what kind of need. */
const CATEGORY_WORDS: Record<string, string> = {
  emergency: 'NÖDLÄGE',
  hurt: 'har gjort sig illa',
  ill: 'mår dåligt',
  hit_bullied: 'har blivit slagen eller retad',
  feelings: 'är ledsen eller rädd',
  lost_alone: 'är vilse eller har fastnat',
  toilet_accident: 'behöver hjälp på toaletten',
  toilet_routine: 'behöver gå på toaletten',
  help_call: 'ropar på hjälp',
};

export function alertMessage(notice: AlertNotice, robotName: string): { title: string; message: string } {
  const who = notice.name ?? (notice.about === 'other' ? 'Ett annat barn' : 'Ett barn');
  const what = CATEGORY_WORDS[notice.category] ?? 'behöver en vuxen';
  const again = notice.repeats > 1 ? ` (sagt ${notice.repeats} gånger)` : '';
  const title = notice.level === 'emergency' ? `${robotName}: NÖDLÄGE` : `${robotName}: ett barn behöver en vuxen`;
  return { title, message: `${who} ${what === 'NÖDLÄGE' ? 'behöver hjälp NU' : what}, kl ${notice.localTime}${again}.` };
}

export class AlertWebhook {
  private lastSuccessAt: string | null = null;
  private lastFailure: WebhookStatus['lastFailure'] = null;
  private pending = 0;
  private undelivered = 0;
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly settings: WebhookSettings,
    private readonly deps: WebhookDeps,
  ) {}

  status(): WebhookStatus {
    return { url: this.settings.url, lastSuccessAt: this.lastSuccessAt, lastFailure: this.lastFailure, pending: this.pending, undelivered: this.undelivered };
  }

  /** Sends in the background; resolves when delivered or given up (tests wait for it, the robot does not). */
  send(notice: AlertNotice): Promise<boolean> {
    const body = JSON.stringify(this.payload(notice));
    this.pending++;
    return this.attempt(body, 1).finally(() => this.pending--);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private payload(notice: AlertNotice): Record<string, unknown> {
    const shown = this.settings.includeNames ? notice : { ...notice, name: undefined };
    const { title, message } = alertMessage(shown, this.deps.robotName);
    if (this.settings.format === 'ntfy') {
      return {
        topic: this.settings.topic,
        title,
        message,
        priority: notice.level === 'emergency' ? 5 : 4,
        tags: [notice.level === 'emergency' ? 'rotating_light' : 'warning'],
      };
    }
    return {
      type: 'laiban.alert',
      robot: this.deps.robotName,
      category: notice.category,
      level: notice.level,
      about: notice.about,
      at: notice.at,
      localTime: notice.localTime,
      repeats: notice.repeats,
      ...(shown.name === undefined ? {} : { name: shown.name }),
      title,
      message,
    };
  }

  private async attempt(body: string, attempt: number): Promise<boolean> {
    if (this.closed) return false;
    const problem = await this.post(body);
    if (problem === undefined) {
      this.lastSuccessAt = this.deps.clock.now().toISOString();
      return true;
    }
    this.lastFailure = { at: this.deps.clock.now().toISOString(), reason: problem };
    this.deps.log.warn({ attempt, of: this.settings.attempts, reason: problem }, 'alert webhook failed');
    if (attempt >= this.settings.attempts) {
      this.undelivered++;
      this.deps.log.error({ attempts: attempt, reason: problem }, 'alert webhook gave up');
      return false;
    }
    const first = this.deps.firstDelayMs ?? 2000;
    const wait = Math.min(this.deps.maxDelayMs ?? 60_000, first * 2 ** (attempt - 1));
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, wait);
      timer.unref();
      this.timers.add(timer);
    });
    return this.attempt(body, attempt + 1);
  }

  /** undefined when delivered; otherwise why not, in words IT understands. */
  private async post(body: string): Promise<string | undefined> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (this.settings.token !== undefined) headers.Authorization = `Bearer ${this.settings.token}`;
    try {
      const res = await fetch(this.settings.url, { method: 'POST', headers, body, redirect: 'error', signal: AbortSignal.timeout(this.settings.timeoutMs) });
      await res.body?.cancel();
      return res.ok ? undefined : `HTTP ${res.status}`;
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      return cause?.code ?? cause?.message ?? (err as Error).message;
    }
  }
}
