import type { JsonValue } from '../../core/json';
import type { DataAccess, SkillManifest } from '../../skills/sdk/types';

export class DataPermissionError extends Error {
  constructor(skill: string, source: string) {
    super(`skill "${skill}" may not request "${source}": add it to permissions.data in its manifest`);
    this.name = 'DataPermissionError';
  }
}

export class DataUnavailableError extends Error {
  constructor(source: string, why: string) {
    super(`data source "${source}" is unavailable: ${why}`);
    this.name = 'DataUnavailableError';
  }
}

/** Where data requests go once permitted; the WebSocket bridge client implements this. */
export interface DataSource {
  request(source: string, params: Record<string, JsonValue>): Promise<JsonValue>;
}

export const noDataSource: DataSource = {
  request: async (source) => {
    throw new DataUnavailableError(source, 'no data bridge is connected');
  },
};

export function dataAccessFor(manifest: SkillManifest, source: DataSource): DataAccess {
  const allowed = new Set(manifest.permissions.data);
  return {
    request: async (name, params = {}) => {
      if (!allowed.has(name)) throw new DataPermissionError(manifest.id, name);
      return source.request(name, params);
    },
  };
}
