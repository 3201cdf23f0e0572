/**
 * The reminder state kept in extension storage (never only in memory): each
 * report reads the state, decides (./policy.ts) and writes it back, one report
 * at a time, so a service worker stopped between two reports carries on.
 */
import type { WorkHours } from '../worktime';
import {
  decide,
  localDay,
  readState,
  rollover,
  snooze,
  type ActivityInput,
  type Decision,
  type ReminderSettings,
  type ReminderState,
} from './policy';

/** The storage.local key holding the reminder state. */
export const REMINDER_STATE_KEY = 'reminderState';

/** The part of browser.storage.StorageArea the service uses. */
export interface StateStorage {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Reads, decides and writes the reminder state, one step at a time. */
export class ReminderService {
  // Orders the read-modify-write steps; it holds no state of its own.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly storage: StateStorage) {}

  /** The stored state (initial when none or malformed). */
  async state(): Promise<ReminderState> {
    return readState((await this.storage.get(REMINDER_STATE_KEY))[REMINDER_STATE_KEY]);
  }

  /** Counts an activity report and says whether to remind; the new state is saved first. */
  report(input: ActivityInput, reminders: ReminderSettings, hours: WorkHours): Promise<Decision> {
    return this.update((state) => {
      const decision = decide(state, input, reminders, hours);
      return [decision.state, decision];
    });
  }

  /** "Snooze for today". */
  snooze(at: number, hours: WorkHours): Promise<ReminderState> {
    return this.update((state) => {
      const next = snooze(state, at, hours);
      return [next, next];
    });
  }

  /** The daily alarm: start the new day's counter. */
  newDay(at: number, hours: WorkHours): Promise<ReminderState> {
    return this.update((state) => {
      const next = rollover(state, localDay(at, hours));
      return [next, next];
    });
  }

  private update<T>(step: (state: ReminderState) => [ReminderState, T]): Promise<T> {
    const run = this.queue.then(async () => {
      const [next, result] = step(await this.state());
      await this.storage.set({ [REMINDER_STATE_KEY]: next });
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
