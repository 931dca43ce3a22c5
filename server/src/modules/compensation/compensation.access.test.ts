import { describe, expect, it } from 'vitest';
import { POLICY, Role, type Capability } from '../../core/policy';
import { PositionTier, StaffCategory } from '../orgchart/orgchart.entity';
import { CycleStatus } from './compensation.entity';
import { mayReadPay, proposalLockedBecause, proposalRefusal } from './compensation.access';

const actor = (role: Role, userId = 'me') => ({ userId, can: (c: Capability) => POLICY[role].includes(c) });
const staff = { category: StaffCategory.CLINICAL_STAFF, userId: 'someone', provider: false, tier: PositionTier.STAFF };
const physician = { category: StaffCategory.PHYSICIAN, userId: 'doc', provider: true, tier: PositionTier.PROVIDER };
const executive = { category: StaffCategory.MANAGEMENT, userId: 'exec', provider: false, tier: PositionTier.EXECUTIVE };

describe('whose pay one may read (DESIGN.md: compensation rows)', () => {
  it.each([
    [Role.PRACTICE_MANAGER, staff, true],
    [Role.PRACTICE_MANAGER, physician, false],
    [Role.ADMINISTRATOR, physician, true],
    [Role.OFFICE_MANAGER, staff, false],
    [Role.CONSULTANT, staff, false],
    [Role.STAFF, staff, false],
  ])('%s reading %o: %s', (role, owner, allowed) => {
    expect(mayReadPay(actor(role), owner)).toBe(allowed);
  });

  it('lets everyone read their own pay, and nobody else’s by that right', () => {
    expect(mayReadPay(actor(Role.STAFF, 'someone'), staff)).toBe(true);
    expect(mayReadPay(actor(Role.PROVIDER, 'doc'), physician)).toBe(true);
    expect(mayReadPay(actor(Role.PROVIDER, 'doc'), staff)).toBe(false);
  });
});

describe('who may propose whose raise', () => {
  it('leaves providers and executives to the administrator and never lets anyone propose their own', () => {
    expect(proposalRefusal(actor(Role.PRACTICE_MANAGER), staff)).toBeNull();
    expect(proposalRefusal(actor(Role.PRACTICE_MANAGER), physician)).toMatch(/administrator/);
    expect(proposalRefusal(actor(Role.PRACTICE_MANAGER), executive)).toMatch(/administrator/);
    expect(proposalRefusal(actor(Role.ADMINISTRATOR), executive)).toBeNull();
    expect(proposalRefusal(actor(Role.ADMINISTRATOR, 'exec'), executive)).toBe('Nobody proposes their own raise.');
    expect(proposalRefusal(actor(Role.OFFICE_MANAGER), staff)).toMatch(/does not propose/);
  });

  it('locks every row of a cycle that is no longer open, whoever asks', () => {
    expect(proposalLockedBecause(actor(Role.ADMINISTRATOR), CycleStatus.APPROVED, staff)).toBe(
      'The cycle is approved: proposals are closed.',
    );
    expect(proposalLockedBecause(actor(Role.ADMINISTRATOR), CycleStatus.OPEN, staff)).toBeNull();
  });
});
