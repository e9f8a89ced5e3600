/**
 * The last good upstream value on disk, one JSON file per (upstream, key), so it survives restarts.
 * Writes are atomic (temporary file, fsync, rename): a power cut leaves the old or the new file, never half.
 * A file that cannot be read or does not look like an entry is treated as absent.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { CacheStore, StoredEntry } from './upstream-cache';

interface FileContent {
  name: string;
  key: string;
  value: unknown;
  fetchedAt: string;
  expiresAt?: string;
}

export interface JsonFileCacheStoreOptions<T> {
  /** Checks a stored value (e.g. a zod schema's safeParse); undefined means "unusable, treat as absent". */
  parse?: (value: unknown) => T | undefined;
}

/** `parse` for a store that keeps what a zod schema accepts. */
export function parseWith<T>(schema: { safeParse(value: unknown): { success: boolean; data?: T } }): JsonFileCacheStoreOptions<T> {
  return {
    parse: (value) => {
      const parsed = schema.safeParse(value);
      return parsed.success ? parsed.data : undefined;
    },
  };
}

export function cacheFileName(name: string, key: string): string {
  return `${createHash('sha256').update(`${name}\u0000${key}`).digest('hex').slice(0, 40)}.json`;
}

export class JsonFileCacheStore<T> implements CacheStore<T> {
  constructor(
    readonly dir: string,
    readonly name: string,
    private readonly options: JsonFileCacheStoreOptions<T> = {},
  ) {}

  fileFor(key: string): string {
    return path.join(this.dir, cacheFileName(this.name, key));
  }

  async load(key: string): Promise<StoredEntry<T> | undefined> {
    let text: string;
    try {
      text = await fs.readFile(this.fileFor(key), 'utf8');
    } catch {
      return undefined;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    const c = parsed as Partial<FileContent>;
    if (c.name !== this.name || c.key !== key || !('value' in c)) return undefined;
    if (typeof c.fetchedAt !== 'string' || Number.isNaN(Date.parse(c.fetchedAt))) return undefined;
    if (c.expiresAt !== undefined && (typeof c.expiresAt !== 'string' || Number.isNaN(Date.parse(c.expiresAt)))) {
      return undefined;
    }
    let value: T;
    if (this.options.parse) {
      const checked = this.options.parse(c.value);
      if (checked === undefined) return undefined;
      value = checked;
    } else {
      value = c.value as T;
    }
    const entry: StoredEntry<T> = { value, fetchedAt: c.fetchedAt };
    if (c.expiresAt !== undefined) entry.expiresAt = c.expiresAt;
    return entry;
  }

  async save(key: string, entry: StoredEntry<T>): Promise<void> {
    const content: FileContent = { name: this.name, key, value: entry.value, fetchedAt: entry.fetchedAt };
    if (entry.expiresAt !== undefined) content.expiresAt = entry.expiresAt;
    await fs.mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.fileFor(key), JSON.stringify(content), { fsync: true });
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.fileFor(key), { force: true });
  }
}

/** In-memory store: for tests, and for upstreams not worth persisting. */
export class MemoryCacheStore<T> implements CacheStore<T> {
  readonly entries = new Map<string, StoredEntry<T>>();
  async load(key: string): Promise<StoredEntry<T> | undefined> {
    return this.entries.get(key);
  }
  async save(key: string, entry: StoredEntry<T>): Promise<void> {
    this.entries.set(key, entry);
  }
  async remove(key: string): Promise<void> {
    this.entries.delete(key);
  }
}
