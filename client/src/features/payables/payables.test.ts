import { describe, expect, it } from 'vitest';
import { attachmentProblem, dueDateFor, fileToBase64, runTotals } from './payables';

describe('payables helpers', () => {
  it('puts the due date the vendor’s net days after the invoice date, across a month end', () => {
    expect(dueDateFor('2026-11-16', 30)).toBe('2026-12-16');
    expect(dueDateFor('2026-01-31', 30)).toBe('2026-03-02');
    expect(dueDateFor('2026-11-16', 0)).toBe('2026-11-16');
  });

  it('keeps only PDFs and images up to 10 MB', () => {
    expect(attachmentProblem({ type: 'application/pdf', size: 120_000 })).toBeNull();
    expect(attachmentProblem({ type: 'image/jpeg', size: 10 * 1024 * 1024 })).toBeNull();
    expect(attachmentProblem({ type: 'application/zip', size: 100 })).toMatch(/PDF, PNG or JPEG/);
    expect(attachmentProblem({ type: 'application/pdf', size: 10 * 1024 * 1024 + 1 })).toMatch(/over 10 MB/);
    expect(attachmentProblem({ type: 'application/pdf', size: 0 })).toMatch(/empty/);
  });

  it('totals a run in cents and says when the cash on hand is short', () => {
    const lines = [
      { amount: 98_00, discount: 2_00 },
      { amount: 1_250_10, discount: 0 },
    ];
    expect(runTotals(lines, null)).toEqual({ total: 1_348_10, discounts: 2_00, left: null, short: false });
    expect(runTotals(lines, 1_348_10)).toMatchObject({ left: 0, short: false });
    expect(runTotals(lines, 1_348_09)).toMatchObject({ left: -1, short: true });
  });

  it('encodes a file as base64 without losing bytes', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    const encoded = await fileToBase64(new Blob([bytes]));
    expect(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0))).toEqual(bytes);
  });
});
