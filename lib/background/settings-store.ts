/**
 * Settings as the background sees them: defaults < the person's choices
 * (storage.local) < the managed policy (storage.managed), resolved once and
 * kept until storage changes. Nothing lives only in memory: a restarted
 * service worker resolves again from storage.
 */
import type { Account, Site } from '../types';
import {
  resolveSettings,
  SCHEMAS,
  type ResolvedSettings,
  type Settings,
  type SettingProblem,
} from '../settings/schema';
import * as v from 'valibot';
import { describeIssues } from '../settings/problems';

/** The part of browser.storage.StorageArea that Postwise uses. */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set?(items: Record<string, unknown>): Promise<void>;
}

export const USER_KEY = 'userSettings';
export const ACCOUNT_KEY = 'accountChoices';

export interface Resolved extends ResolvedSettings {
  accountChoices: Partial<Record<Site, Account>>;
}

export class SettingsStore {
  private cached: Promise<Resolved> | undefined;

  constructor(
    private readonly local: StorageArea,
    private readonly managed: StorageArea | null,
  ) {}

  /** Forget the resolved settings (call on storage.onChanged). */
  invalidate(): void {
    this.cached = undefined;
  }

  resolve(): Promise<Resolved> {
    this.cached ??= this.load().catch((error: unknown) => {
      this.cached = undefined;
      throw error;
    });
    return this.cached;
  }

  private async load(): Promise<Resolved> {
    const [local, managed] = await Promise.all([this.local.get([USER_KEY, ACCOUNT_KEY]), this.readManaged()]);
    const resolved = resolveSettings(local[USER_KEY], managed);
    const choices = (local[ACCOUNT_KEY] ?? {}) as Record<string, unknown>;
    const accountChoices: Partial<Record<Site, Account>> = {};
    for (const site of ['facebook', 'x', 'youtube'] as const) {
      const c = choices[site];
      if (c === 'personal' || c === 'official') accountChoices[site] = c;
    }
    return { ...resolved, accountChoices };
  }

  /** Managed storage is absent outside managed browsers (Firefox rejects); that is no policy. */
  private async readManaged(): Promise<Record<string, unknown> | undefined> {
    if (!this.managed) return undefined;
    try {
      const values = await this.managed.get(null);
      return Object.keys(values).length ? values : undefined;
    } catch {
      return undefined;
    }
  }

  /** Saves the person's choices, key by key; a locked or invalid key is refused and reported. */
  async setUser(values: Partial<Settings>): Promise<{ ok: boolean; problems: SettingProblem[] }> {
    const resolved = await this.resolve();
    const current = ((await this.local.get(USER_KEY))[USER_KEY] ?? {}) as Record<string, unknown>;
    const problems: SettingProblem[] = [];
    for (const [key, value] of Object.entries(values)) {
      if (!(key in SCHEMAS) || key === 'locked') {
        problems.push({
          key,
          layer: 'user',
          message: 'not a setting you can change',
          messageFr: 'pas un réglage que vous pouvez modifier',
        });
        continue;
      }
      if (resolved.locked.has(key as keyof Settings)) {
        problems.push({
          key,
          layer: 'user',
          message: 'locked by your organisation',
          messageFr: 'verrouillé par votre organisation',
        });
        continue;
      }
      const result = v.safeParse(SCHEMAS[key as keyof typeof SCHEMAS], value);
      if (!result.success) {
        problems.push({
          key,
          layer: 'user',
          message: describeIssues(result.issues, 'en'),
          messageFr: describeIssues(result.issues, 'fr'),
        });
        continue;
      }
      current[key] = result.output;
    }
    await this.local.set?.({ [USER_KEY]: current });
    this.invalidate();
    return { ok: problems.length === 0, problems };
  }

  /** The person says whether they post on a site as themselves or for their department. */
  async setAccount(site: Site, account: Account): Promise<{ ok: boolean; reason?: string }> {
    const resolved = await this.resolve();
    if (!resolved.settings.allowAccountSwitch) return { ok: false, reason: 'locked by your organisation' };
    const choices = ((await this.local.get(ACCOUNT_KEY))[ACCOUNT_KEY] ?? {}) as Record<string, unknown>;
    if (account === 'unknown') delete choices[site];
    else choices[site] = account;
    await this.local.set?.({ [ACCOUNT_KEY]: choices });
    this.invalidate();
    return { ok: true };
  }
}
