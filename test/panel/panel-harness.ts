/** A real panel on loopback over a real PreschoolStore in a temporary folder, and a cookie-keeping client. */
import path from 'node:path';
import { PreschoolStore } from '../../robot/preschool/preschool-store';
import { hashPassword, type PanelOptions, startPanel } from '../../panel/create-panel';
import { createSilentLogger } from '../../robot/runtime/log';
import { at, tempDir } from '../support/robot-harness';
import { ManualClock, memoryStore } from '../support/test-doubles';

export { ManualClock, memoryStore };

export const SETUP_CODE = 'KANIN-4711';
export const PASSWORD = 'solrosen har tre kaniner';



let cachedHash: string | undefined;
/** scrypt is slow on purpose: one hash of PASSWORD for the whole file. */
export function passwordHash(): string {
  cachedHash ??= hashPassword(PASSWORD);
  return cachedHash;
}

export interface TestPanel {
  url: string;
  store: PreschoolStore;
  clock: ManualClock;
  childrenChanged: { count: number };
  client(): PanelClient;
  close(): Promise<void>;
}

export interface TestPanelOptions extends Partial<PanelOptions> {
  /** Start without any password (the /setup flow). */
  firstStart?: boolean;
  now?: string;
}

export async function startTestPanel(options: TestPanelOptions = {}): Promise<TestPanel> {
  const store = PreschoolStore.open(path.join(tempDir(), 'preschool.db'));
  const clock = new ManualClock(at(options.now ?? '2026-11-25T09:40:00'));
  const childrenChanged = { count: 0 };
  const { firstStart, now: _now, ...overrides } = options;
  const panel = await startPanel({
    store,
    clock,
    timeZone: 'Europe/Stockholm',
    log: createSilentLogger(),
    host: '127.0.0.1',
    port: 0,
    setupCode: SETUP_CODE,
    passwordHash: firstStart ? undefined : passwordHash(),
    status: () => ({ bridge: 'ansluten', dataAge: '3 min', errors: [] }),
    onChildrenChanged: () => void (childrenChanged.count += 1),
    ...overrides,
  });
  return {
    url: panel.url,
    store,
    clock,
    childrenChanged,
    client: () => new PanelClient(panel.url),
    close: async () => {
      await panel.close();
      store.close();
    },
  };
}

export interface Answer {
  status: number;
  location: string | null;
  text: string;
  headers: Headers;
  setCookies: string[];
}

export interface PostOptions {
  /** The CSRF token to send; default the one from the last page, null: none. */
  csrf?: string | null;
  origin?: string;
  contentType?: string;
  rawBody?: string;
}

/** Keeps cookies like a browser (without following redirects) and the CSRF token of the last page. */
export class PanelClient {
  readonly cookies = new Map<string, string>();
  csrf: string | undefined;

  constructor(readonly base: string) {}

  private async send(urlPath: string, init: RequestInit): Promise<Answer> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const headers = new Headers(init.headers);
    if (cookie !== '') headers.set('cookie', cookie);
    const response = await fetch(this.base + urlPath, { ...init, headers, redirect: 'manual' });
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || /Max-Age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    const token = /name="csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token !== undefined) this.csrf = token;
    return { status: response.status, location: response.headers.get('location'), text, headers: response.headers, setCookies };
  }

  get(urlPath: string): Promise<Answer> {
    return this.send(urlPath, { method: 'GET' });
  }

  /** Fields as an object, or as pairs when a name repeats (ticked checkboxes). */
  post(urlPath: string, fields: Record<string, string> | Array<[string, string]> = {}, options: PostOptions = {}): Promise<Answer> {
    const form = new URLSearchParams(fields);
    const csrf = options.csrf === undefined ? this.csrf : options.csrf;
    if (csrf !== null && csrf !== undefined) form.set('csrf', csrf);
    const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/x-www-form-urlencoded' };
    if (options.origin !== undefined) headers.origin = options.origin;
    return this.send(urlPath, { method: 'POST', headers, body: options.rawBody ?? form.toString() });
  }

  async login(password = PASSWORD): Promise<Answer> {
    await this.get('/login');
    return this.post('/login', { password });
  }
}
