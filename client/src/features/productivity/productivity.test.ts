import { describe, expect, it } from 'vitest';
import { describePlan, formatAttainment, formatWrvu, parseTenths, parseWrvu, periodOptions, toneOf } from './productivity';

describe('productivity figures', () => {
  it('reads wRVUs and patients per day exactly, as integers', () => {
    expect(parseWrvu('5,400')).toBe(540_000);
    expect(parseWrvu('4300.5')).toBe(430_050);
    expect(parseWrvu('0.07')).toBe(7);
    expect(parseWrvu('1.234')).toBeNull();
    expect(parseWrvu('-3')).toBeNull();
    expect(parseTenths('18.5')).toBe(185);
    expect(parseTenths('20')).toBe(200);
    expect(parseTenths('18.55')).toBeNull();
  });

  it('formats wRVUs, attainment and its tone', () => {
    expect(formatWrvu(660_812)).toBe('6,608');
    expect(formatWrvu(660_812, true)).toBe('6,608.12');
    expect(formatAttainment(1.0637)).toBe('106%');
    // A figure just below a step of the tone never reads as the step itself.
    expect([formatAttainment(0.9996), formatAttainment(0.9951), formatAttainment(0.9949), formatAttainment(1)]).toEqual([
      '99.96%',
      '99.5%',
      '99%',
      '100%',
    ]);
    expect([formatAttainment(0.9496), formatAttainment(0.9449), formatAttainment(1.0004)]).toEqual(['94.96%', '94%', '100%']);
    expect([toneOf(0.9996), toneOf(0.9496)]).toEqual(['close', 'behind']);
    expect(formatAttainment(null)).toBe('—');
    expect([toneOf(1), toneOf(0.96), toneOf(0.9), toneOf(null)]).toEqual(['ahead', 'close', 'behind', 'none']);
  });

  it('says a plan in one line', () => {
    const plan = {
      baseSalary: 195_000_00,
      wrvuThresholdHundredths: 5_400_00,
      ratePerWrvu: 47_00,
      collectionsBps: 0,
      qualityBonus: 7_500_00,
    };
    expect(describePlan({ ...plan, model: 'SALARY_PLUS_PRODUCTIVITY' })).toBe(
      '$195,000 + $47.00 per wRVU above 5,400 + $7,500 quality bonus',
    );
    expect(describePlan({ ...plan, model: 'SALARY', qualityBonus: 0 })).toBe('$195,000 salary');
    expect(describePlan({ ...plan, model: 'COLLECTIONS_PERCENT', collectionsBps: 3_850, qualityBonus: 0 })).toBe('38.5% of collections');
    expect(describePlan(null)).toBe('No plan for this year');
  });

  it('offers the whole year and the months so far, latest first', () => {
    const options = periodOptions(2026, new Date(2026, 2, 15));
    expect(options.map((o) => o.label)).toEqual(['All of 2026', 'March 2026', 'February 2026', 'January 2026']);
    expect(options[0]!.value).toBe(0);
    expect(periodOptions(2025, new Date(2026, 2, 15))).toHaveLength(13);
  });
});
