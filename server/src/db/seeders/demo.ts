import type { MikroORM } from '@mikro-orm/core';
import { addDays, today } from '../../core/dates';
import { Role } from '../../core/policy';
import { runAsSystem } from '../../core/request-scope';
import { Membership, Organization, User } from '../../core/organization.entity';
import { hashPassword } from '../../modules/auth/password';
import { MODULES } from '../../modules';

export const DEMO_PASSWORD = 'praxis-demo';
const DEMO_TIME_ZONE = 'America/New_York';

/** The demo sign-ins: [email, name, practice, role]; each fills a seat of the org chart demo. */
const DEMO_USERS: [string, string, 'riverside' | 'lakeside', Role][] = [
  ['administrator@demo.test', 'Dana Whitfield', 'riverside', Role.ADMINISTRATOR],
  ['practice-manager@demo.test', 'Marcus Bell', 'riverside', Role.PRACTICE_MANAGER],
  ['assistant@demo.test', 'Priya Nair', 'riverside', Role.ASSISTANT],
  ['office-manager@demo.test', 'Olivia Grant', 'riverside', Role.OFFICE_MANAGER],
  ['provider@demo.test', 'Elena Ruiz', 'riverside', Role.PROVIDER],
  ['staff@demo.test', 'Sam Carter', 'riverside', Role.STAFF],
  ['owner@demo.test', 'Hannah Brooks', 'lakeside', Role.PHYSICIAN_OWNER],
];

/**
 * The demo: Riverside Family Medicine and Lakeside Pediatrics, with a demo user per tier (password
 * `praxis-demo`), then every module's demo data in the order of the module list. Idempotent: with
 * `onlyIfEmpty` it does nothing once any organization exists. Returns whether it seeded.
 */
export function seedDemo(orm: MikroORM, options: { onlyIfEmpty?: boolean } = {}): Promise<boolean> {
  return runAsSystem(() => seed(orm, options));
}

async function seed(orm: MikroORM, options: { onlyIfEmpty?: boolean }): Promise<boolean> {
  if (process.env.NODE_ENV === 'production') throw new Error('Demo users are never created in production.');
  const em = orm.em.fork();
  if (await em.count(Organization, { slug: 'riverside' })) return false;
  if (options.onlyIfEmpty && (await em.count(Organization, {}))) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const practice = (name: string, slug: string) =>
    em.create(Organization, { name, slug, fiscalYearStartMonth: 1, currency: 'USD', timeZone: DEMO_TIME_ZONE });
  const organizations = {
    riverside: practice('Riverside Family Medicine', 'riverside'),
    lakeside: practice('Lakeside Pediatrics', 'lakeside'),
  };
  const users = new Map<string, User>();
  for (const [email, displayName, slug, role] of DEMO_USERS) {
    const user = em.create(User, { email, displayName, passwordHash });
    users.set(email, user);
    em.create(Membership, { user, organization: organizations[slug], role });
  }
  const consultant = em.create(User, { email: 'consultant@demo.test', displayName: 'Victoria Hale', passwordHash });
  const endsOn = addDays(today(DEMO_TIME_ZONE), 180);
  for (const organization of Object.values(organizations))
    em.create(Membership, { user: consultant, organization, role: Role.CONSULTANT, endsOn });
  await em.flush();
  for (const module of MODULES) {
    if (!module.demo) continue;
    await module.demo({ em, ...organizations, users });
    await em.flush();
  }
  return true;
}
