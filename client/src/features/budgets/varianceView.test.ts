import { describe, expect, it } from 'vitest';
import { matches, NO_FILTER, sortByVariance, threshold, type Figures } from './varianceView';

const row = (name: string, variance: number, variancePercent: number | null, favourable = true, flagged = false) => ({
  name,
  f: { variance, variancePercent, favourable, flagged } satisfies Figures,
});
const rows = [
  row('rent', -50_00, -2.5),
  row('supplies', 1_200_00, 12, false, true),
  row('marketing', 300_00, null, false, true), // no budget
  row('revenue', -1_500_00, -7.25, false),
  row('phones', 0, null),
];
const names = (list: { name: string }[]) => list.map((r) => r.name);

describe('sorting the variance rows', () => {
  it('puts the largest variance amount first, whatever its sign', () => {
    expect(names(sortByVariance(rows, 'AMOUNT', 'LARGEST', (r) => r.f))).toEqual(['revenue', 'supplies', 'marketing', 'rent', 'phones']);
    expect(names(sortByVariance(rows, 'AMOUNT', 'SMALLEST', (r) => r.f))).toEqual(['phones', 'rent', 'marketing', 'supplies', 'revenue']);
  });

  it('puts the largest variance % first, a variance against no budget before any percentage', () => {
    expect(names(sortByVariance(rows, 'PERCENT', 'LARGEST', (r) => r.f))).toEqual(['marketing', 'supplies', 'revenue', 'rent', 'phones']);
  });

  it('keeps the account order when not sorting by variance', () => {
    expect(names(sortByVariance(rows, 'ACCOUNT', 'LARGEST', (r) => r.f))).toEqual(names(rows));
  });
});

describe('filtering the variance rows', () => {
  const kept = (filter: Parameters<typeof matches>[1]) => names(rows.filter((r) => matches(r.f, filter)));

  it('shows only the unfavorable or only the flagged rows', () => {
    expect(kept({ ...NO_FILTER, show: 'UNFAVORABLE' })).toEqual(['supplies', 'marketing', 'revenue']);
    expect(kept({ ...NO_FILTER, show: 'FLAGGED' })).toEqual(['supplies', 'marketing']);
  });

  it('shows rows whose variance is at least an amount or a percentage, either way', () => {
    expect(kept({ ...NO_FILTER, atLeast: '$1,200', unit: 'AMOUNT' })).toEqual(['supplies', 'revenue']);
    expect(kept({ ...NO_FILTER, atLeast: '1200.01', unit: 'AMOUNT' })).toEqual(['revenue']);
    expect(kept({ ...NO_FILTER, atLeast: '7.25', unit: 'PERCENT' })).toEqual(['supplies', 'marketing', 'revenue']);
    expect(kept({ ...NO_FILTER, show: 'UNFAVORABLE', atLeast: '10', unit: 'PERCENT' })).toEqual(['supplies', 'marketing']);
  });

  it('ignores a threshold that is not a number rather than hiding everything', () => {
    expect(threshold({ ...NO_FILTER, atLeast: 'abc' })).toBeUndefined();
    expect(kept({ ...NO_FILTER, atLeast: 'abc' })).toEqual(names(rows));
    expect(threshold({ ...NO_FILTER, atLeast: '' })).toBeNull();
  });
});
