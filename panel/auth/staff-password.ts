/**
 * Where the staff password lives: the hash from the config when there is one, else the panel's own in the
 * store's settings, set once through /setup with the code printed on the robot's console and changed on
 * /losenord. A hash from the config is changed only in the config.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { PreschoolStore } from '../../robot/preschool/preschool-store';
import { hashPasswordAsync, verifyPasswordAsync } from '../../core/passwords';

export const PASSWORD_SETTING = 'staff_password_hash';
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export class StaffPassword {
  constructor(
    private readonly store: PreschoolStore,
    private readonly configuredHash: string | undefined,
    private readonly setupCode: string,
  ) {}

  /** The password comes from the config file (panel.passwordHash): the panel cannot change it. */
  isConfigured(): boolean {
    return this.configuredHash !== undefined && this.configuredHash.trim() !== '';
  }

  private hash(): string | undefined {
    if (this.isConfigured()) return this.configuredHash;
    return this.store.setting(PASSWORD_SETTING);
  }

  needsSetup(): boolean {
    return this.hash() === undefined;
  }

  /** Spaces are ignored: the code is read off a screen and typed on a phone. */
  setupCodeMatches(given: string): boolean {
    const expected = this.setupCode.replace(/\s+/g, '');
    const actual = given.replace(/\s+/g, '');
    return expected !== '' && timingSafeEqual(digest(expected), digest(actual));
  }

  async saveAsync(password: string): Promise<void> {
    this.store.setSetting(PASSWORD_SETTING, await hashPasswordAsync(password));
  }

  async verifyAsync(password: string): Promise<boolean> {
    const hash = this.hash();
    return hash !== undefined && verifyPasswordAsync(password, hash);
  }
}
