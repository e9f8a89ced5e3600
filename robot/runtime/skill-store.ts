import fs from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { JsonValue } from '../../core/json';
import type { KeyValueStore } from '../../skills/sdk/types';

/**
 * One JSON file per skill. Writes go to a temporary file that is fsynced and renamed over the old
 * one, so a power cut leaves either the previous or the new content, never half a file.
 */
export class JsonFileStore implements KeyValueStore {
  private data: Record<string, JsonValue> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(readonly file: string) {}

  async get(key: string): Promise<JsonValue | undefined> {
    return (await this.load())[key];
  }

  async set(key: string, value: JsonValue): Promise<void> {
    const data = await this.load();
    data[key] = value;
    await this.save(data);
  }

  async delete(key: string): Promise<void> {
    const data = await this.load();
    delete data[key];
    await this.save(data);
  }

  private async load(): Promise<Record<string, JsonValue>> {
    if (this.data) return this.data;
    try {
      const parsed: unknown = JSON.parse(await fs.readFile(this.file, 'utf8'));
      this.data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, JsonValue>) : {};
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        // Unreadable store: keep the bad file for inspection and start afresh rather than stop the skill.
        await fs.rename(this.file, `${this.file}.corrupt-${Date.now()}`).catch(() => undefined);
      }
      this.data = {};
    }
    return this.data;
  }

  private save(data: Record<string, JsonValue>): Promise<void> {
    const snapshot = JSON.stringify(data);
    this.writing = this.writing
      .catch(() => undefined)
      .then(async () => {
        await fs.mkdir(path.dirname(this.file), { recursive: true });
        await writeFileAtomic(this.file, snapshot, { fsync: true });
      });
    return this.writing;
  }
}
