// A write whose answer may be lost. When a forge applies a POST but the answer never arrives (a 502 from
// a proxy, a dropped connection), sending it again would post a second comment or append the same
// annotations twice. So before sending again, look for the effect of the first send (list the comments
// and find ours by its marker, read the check run's annotation count) and adopt it when it is there.
// Forge-neutral: the caller gives the send and the look-up.
import { isLostAnswer } from './retry.ts';

export interface IdempotentWrite<T> {
  /** For the log: "create the sticky comment". */
  label: string;
  send(): Promise<T>;
  /** The effect of an earlier send whose answer was lost, or undefined when it was not applied. */
  find(): Promise<T | undefined>;
}

export interface WriteOutcome<T> {
  value: T;
  /** True when the write had been applied and its lost answer was recovered by find(). */
  adopted: boolean;
  /** Sends made (1 when the first answer arrived). */
  sends: number;
}

export interface WriteHooks {
  log(line: string): void;
  sleep(seconds: number): Promise<void>;
}

/** Sends at most this many times in all. */
export const MAX_SENDS = 3;

export async function writeOnce<T>(write: IdempotentWrite<T>, hooks: WriteHooks): Promise<WriteOutcome<T>> {
  for (let sends = 1; ; sends++) {
    try {
      return { value: await write.send(), adopted: false, sends };
    } catch (err) {
      if (!isLostAnswer(err)) throw err;
      const found = await write.find();
      if (found !== undefined) {
        hooks.log(`${write.label}: the answer was lost, but the write had been applied; using it instead of sending it again`);
        return { value: found, adopted: true, sends };
      }
      if (sends >= MAX_SENDS) throw err;
      hooks.log(`${write.label}: the answer was lost and the write was not applied; sending it again (send ${sends + 1} of ${MAX_SENDS})`);
      await hooks.sleep(sends * sends);
    }
  }
}
