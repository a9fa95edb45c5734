// parseDuration keeps a cache per working-day length (workdayHours): a long `posflow preview` whose
// config is edited again and again must not keep one for every value it ever saw.
import { describe, expect, it } from "vitest";
import { DURATION_CACHES, durationCacheHours, parseDuration } from "../../src/parse/time.ts";

describe("parseDuration's caches", () => {
  it("are bounded: only the most recently used working-day lengths keep one", () => {
    for (let h = 1; h <= 100; h++) expect(parseDuration("1 hari kerja", h).minutes).toBe(h * 60);
    expect(durationCacheHours()).toHaveLength(DURATION_CACHES);
    expect(durationCacheHours()).toEqual(Array.from({ length: DURATION_CACHES }, (_, i) => 100 - DURATION_CACHES + 1 + i));
  });

  it("drop the least recently used one, not the oldest made: the working day in use keeps its cache", () => {
    parseDuration("2 hari kerja", 7.5);
    for (let h = 200; h < 200 + DURATION_CACHES - 1; h++) {
      parseDuration("1 hari kerja", h);
      parseDuration("1 hari kerja", 7.5); // the office's own, used between the others
    }
    parseDuration("1 hari kerja", 999);
    expect(durationCacheHours()).toContain(7.5);
    expect(durationCacheHours()).not.toContain(200);
    expect(durationCacheHours()).toHaveLength(DURATION_CACHES);
  });

  it("give the same answers after an eviction as before: a cache holds no other working day's minutes", () => {
    const before = parseDuration("3 hari kerja", 8);
    for (let h = 300; h < 300 + 3 * DURATION_CACHES; h++) parseDuration("3 hari kerja", h);
    expect(durationCacheHours()).not.toContain(8);
    expect(parseDuration("3 hari kerja", 8)).toEqual(before);
    expect(before).toEqual({ raw: "3 hari kerja", minutes: 3 * 8 * 60, kind: "fixed" });
    // the default (24 hours) and a value in between
    expect(parseDuration("1 hari kerja").minutes).toBe(1440);
    expect(parseDuration("1 hari kerja", 301).minutes).toBe(301 * 60);
  });

  it("hand out copies: changing a returned Duration does not change the next one", () => {
    const a = parseDuration("5 menit", 8);
    a.minutes = 99;
    expect(parseDuration("5 menit", 8).minutes).toBe(5);
  });
});
