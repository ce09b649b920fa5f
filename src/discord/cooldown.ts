/** How long a member waits between two channel questions. */
export const CHANNEL_QUESTION_COOLDOWN_MS = 5_000;

export type CooldownDecision =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly remainingMs: number;
      /** True for the first refusal in a window: only that one gets a note, so notes never flood. */
      readonly notify: boolean;
    };

export interface Cooldowns {
  /** Records a request by `userId` and says whether it may be answered now. */
  take(userId: string): CooldownDecision;
}

export function createCooldowns(durationMs: number, now: () => number = Date.now): Cooldowns {
  const windows = new Map<string, { until: number; notified: boolean }>();
  return {
    take(userId) {
      const time = now();
      for (const [id, window] of windows) if (window.until <= time) windows.delete(id);
      const window = windows.get(userId);
      if (!window) {
        windows.set(userId, { until: time + durationMs, notified: false });
        return { allowed: true };
      }
      const notify = !window.notified;
      window.notified = true;
      return { allowed: false, remainingMs: window.until - time, notify };
    },
  };
}
