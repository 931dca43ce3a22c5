import type { MikroORM } from '@mikro-orm/core';
import { Role } from '../../core/policy';
import { MIN_PASSWORD_LENGTH, hashPassword } from '../../modules/auth/password';
import { Membership, Organization, User } from '../../core/organization.entity';
import { seedChartOfAccounts } from '../../modules/ledger/chart-of-accounts';
import { CostCentre } from '../../modules/ledger/ledger.entity';

/** For production: a real organization and its administrator, with a password the operator chose. */
export async function createAdministrator(
  orm: MikroORM,
  input: { organizationName: string; email: string; displayName: string; password: string },
): Promise<Organization> {
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const email = input.email.trim().toLowerCase();
  const em = orm.em.fork();
  if (await em.count(User, { email })) throw new Error(`${email} already has an account.`);
  const slug =
    input.organizationName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'practice';
  const taken = await em.count(Organization, { slug: { $like: `${slug}%` } });
  const org = em.create(Organization, { name: input.organizationName.trim(), slug: taken ? `${slug}-${taken + 1}` : slug });
  const user = em.create(User, { email, displayName: input.displayName.trim(), passwordHash: await hashPassword(input.password) });
  em.create(Membership, { user, organization: org, role: Role.ADMINISTRATOR });
  seedChartOfAccounts(em, org);
  em.create(CostCentre, { organization: org, name: 'Practice-wide' });
  await em.flush();
  return org;
}
