import { describe, expect, it } from 'vitest';
import { praxisSchema } from '../../server/src/app/schema';
import { policyViolations } from '../../server/src/core/policy-check';

describe('every operation and every field of a sensitive type declares its capability', () => {
  it('holds for the Praxis schema', async () => {
    expect(policyViolations(await praxisSchema())).toEqual([]);
  });
});
