import { describe, expect, it } from 'vitest';
import { POLICY, Role, type Capability } from '../../core/policy';
import { auditScope } from './audit.access';

const actor = (role: Role) => ({ userId: 'me', can: (c: Capability) => POLICY[role].includes(c) });

describe('whose actions one reads in the audit log', () => {
  it('is everyone’s for the administrator and the owner, one’s own for the practice manager', () => {
    expect(auditScope(actor(Role.ADMINISTRATOR))).toEqual({});
    expect(auditScope(actor(Role.PHYSICIAN_OWNER))).toEqual({});
    expect(auditScope(actor(Role.PRACTICE_MANAGER))).toEqual({ actor: 'me' });
  });
});
