import { describe, expect, it } from 'vitest';
import { outstanding, receivedSummary, toBill } from './purchasing';

describe('order line counts', () => {
  const lines = [
    { quantity: 10, quantityReceived: 6, quantityBilled: 4 },
    { quantity: 4, quantityReceived: 4, quantityBilled: 5 },
  ];
  it('say what is still to arrive and what arrived but is not billed', () => {
    expect(lines.map(outstanding)).toEqual([4, 0]);
    // Billed ahead of receipt (a bill that will be held) leaves nothing to bill, never a negative.
    expect(lines.map(toBill)).toEqual([2, 0]);
    expect(receivedSummary(lines)).toEqual({ received: 10, ordered: 14 });
  });
});
