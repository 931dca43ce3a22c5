import { describe, expect, it } from 'vitest';
import { POLICY, Role, type Capability } from '../../core/policy';
import { StaffCategory } from './orgchart.entity';
import { editLockedBecause } from './orgchart.access';

const actor = (role: Role) => ({ userId: 'u', can: (c: Capability) => POLICY[role].includes(c) });
const S = StaffCategory;

describe('who may edit whose record (DESIGN.md: people rows)', () => {
  it.each([
    [Role.OFFICE_MANAGER, S.ADMINISTRATIVE_STAFF, true],
    [Role.OFFICE_MANAGER, S.CLINICAL_STAFF, true],
    [Role.OFFICE_MANAGER, S.MANAGEMENT, false],
    [Role.OFFICE_MANAGER, S.PHYSICIAN, false],
    [Role.PRACTICE_MANAGER, S.MANAGEMENT, true],
    [Role.PRACTICE_MANAGER, S.NURSE_PRACTITIONER, false],
    [Role.ADMINISTRATOR, S.PHYSICIAN, true],
    [Role.PHYSICIAN_OWNER, S.PHYSICIAN_ASSISTANT, true],
    [Role.CONSULTANT, S.ADMINISTRATIVE_STAFF, false],
    [Role.ASSISTANT, S.CLINICAL_STAFF, false],
    [Role.STAFF, S.ADMINISTRATIVE_STAFF, false],
  ])('%s editing %s: %s', (role, category, allowed) => {
    const reason = editLockedBecause(actor(role), category);
    expect(reason === null).toBe(allowed);
    if (!allowed) expect(reason).toMatch(/\w/);
  });
});
