import type { Role } from '@/gql/graphql';

export const DEMO_PASSWORD = 'praxis-demo';

/** The seeded demo accounts (server/src/db/seeders/demo.ts); Praxis is demo-first, so the sign-in page lists them. */
export const DEMO_USERS: { email: string; role: Role; name: string }[] = [
  { email: 'administrator@demo.test', role: 'ADMINISTRATOR', name: 'Dana Whitfield' },
  { email: 'practice-manager@demo.test', role: 'PRACTICE_MANAGER', name: 'Marcus Bell' },
  { email: 'office-manager@demo.test', role: 'OFFICE_MANAGER', name: 'Olivia Grant' },
  { email: 'assistant@demo.test', role: 'ASSISTANT', name: 'Priya Nair' },
  { email: 'provider@demo.test', role: 'PROVIDER', name: 'Dr Elena Ruiz' },
  { email: 'staff@demo.test', role: 'STAFF', name: 'Sam Carter' },
  { email: 'owner@demo.test', role: 'PHYSICIAN_OWNER', name: 'Dr Hannah Brooks' },
  { email: 'consultant@demo.test', role: 'CONSULTANT', name: 'Victoria Hale' },
];
