// Daily traffic peaks are found on the local clock of the forecast's zone, including zones whose
// offset from UTC is not a whole number of hours.
import { describe, expect, it } from 'vitest';
import type { Network } from '../../src/model/types.ts';
import { dailyPeaks } from '../../src/timeline/build.ts';

/** A network holding only a forecast whose busiest hour is 18:00 local every day. */
function forecastIn(timeZone: string): Network {
  const sessions = Array.from({ length: 24 }, (_, hour) => (hour === 18 ? 70_000 : 1_000 * hour));
  const profile = { totalSessions: sessions, totalCps: sessions.map((s) => s / 100), emergencySessions: sessions.map((s) => s / 50), emergencyCps: sessions.map((s) => s / 5000) };
  return { forecast: { timeZone, profiles: { weekday: profile, weekend: profile, holiday: profile }, holidays: new Set<string>() } } as unknown as Network;
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('dailyPeaks', () => {
  it('finds 18:00 local in a zone on whole hours (Europe/Paris)', () => {
    const peaks = dailyPeaks(forecastIn('Europe/Paris'), Date.parse('2026-12-01T00:00:00+01:00'), Date.parse('2026-12-03T00:00:00+01:00'));
    expect(peaks.map(iso)).toEqual(['2026-12-01T17:00:00.000Z', '2026-12-02T17:00:00.000Z']);
  });

  it('finds 18:00 local in zones half an hour or three quarters off UTC', () => {
    const kolkata = dailyPeaks(forecastIn('Asia/Kolkata'), Date.parse('2026-12-01T00:00:00+05:30'), Date.parse('2026-12-03T00:00:00+05:30'));
    expect(kolkata.map(iso)).toEqual(['2026-12-01T12:30:00.000Z', '2026-12-02T12:30:00.000Z']);
    const stJohns = dailyPeaks(forecastIn('America/St_Johns'), Date.parse('2026-12-01T00:00:00-03:30'), Date.parse('2026-12-02T00:00:00-03:30'));
    expect(stJohns.map(iso)).toEqual(['2026-12-01T21:30:00.000Z']);
    const kathmandu = dailyPeaks(forecastIn('Asia/Kathmandu'), Date.parse('2026-12-01T00:00:00+05:45'), Date.parse('2026-12-02T00:00:00+05:45'));
    expect(kathmandu.map(iso)).toEqual(['2026-12-01T12:15:00.000Z']);
  });

  it('keeps a peak that starts exactly at the end of the range and drops one before its start', () => {
    const network = forecastIn('Asia/Kolkata');
    const peak = Date.parse('2026-12-01T18:00:00+05:30');
    expect(dailyPeaks(network, peak, peak).map(iso)).toEqual([iso(peak)]);
    expect(dailyPeaks(network, peak + 1, peak + 3_600_000)).toEqual([]);
  });
});
