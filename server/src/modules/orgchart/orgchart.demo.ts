import type { EntityManager } from '@mikro-orm/core';
import { addDays, today } from '../../core/dates';
import type { DemoSeed } from '../../core/module';
import type { Organization, User } from '../../core/organization.entity';
import {
  Assignment,
  Department,
  Employee,
  EmploymentType,
  Location,
  Position,
  PositionTier,
  ReportingLine,
  StaffCategory,
} from './orgchart.entity';

const S = StaffCategory;
const T = PositionTier;

interface Seat {
  key: string;
  title: string;
  category: StaffCategory;
  tier: PositionTier;
  department: string;
  location: string;
  reportsTo?: string;
  supervisor?: string;
  /** Who sits here: [first, last, email?, employment type?, fte?]; absent = vacancy. */
  person?: [string, string, string?, EmploymentType?, number?];
  login?: string;
}

/** Riverside Family Medicine: two sites, 8 physicians, 5 APPs, 30-odd staff, every tier. */
function riverside(): Seat[] {
  const seats: Seat[] = [
    {
      key: 'admin',
      title: 'Practice Administrator',
      category: S.MANAGEMENT,
      tier: T.EXECUTIVE,
      department: 'Administration',
      location: 'Riverside Main',
      person: ['Dana', 'Whitfield'],
      login: 'administrator@demo.test',
    },
    {
      key: 'pm',
      title: 'Practice Manager',
      category: S.MANAGEMENT,
      tier: T.MANAGER,
      department: 'Administration',
      location: 'Riverside Main',
      reportsTo: 'admin',
      person: ['Marcus', 'Bell'],
      login: 'practice-manager@demo.test',
    },
    {
      key: 'ea',
      title: 'Executive Assistant',
      category: S.ADMINISTRATIVE_STAFF,
      tier: T.STAFF,
      department: 'Administration',
      location: 'Riverside Main',
      reportsTo: 'admin',
      person: ['Priya', 'Nair'],
      login: 'assistant@demo.test',
    },
    {
      key: 'om-main',
      title: 'Office Manager, Riverside Main',
      category: S.MANAGEMENT,
      tier: T.MANAGER,
      department: 'Front Office',
      location: 'Riverside Main',
      reportsTo: 'pm',
      person: ['Olivia', 'Grant'],
      login: 'office-manager@demo.test',
    },
    {
      key: 'om-oak',
      title: 'Office Manager, Oak Hill',
      category: S.MANAGEMENT,
      tier: T.MANAGER,
      department: 'Front Office',
      location: 'Oak Hill Clinic',
      reportsTo: 'pm',
      person: ['Tomás', 'Alvarez'],
    },
    {
      key: 'billing-mgr',
      title: 'Billing Manager',
      category: S.MANAGEMENT,
      tier: T.MANAGER,
      department: 'Billing',
      location: 'Riverside Main',
      reportsTo: 'pm',
      person: ['Grace', 'Okafor'],
    },
    {
      key: 'md',
      title: 'Medical Director',
      category: S.PHYSICIAN,
      tier: T.EXECUTIVE,
      department: 'Family Medicine',
      location: 'Riverside Main',
      reportsTo: 'admin',
      person: ['Robert', 'Kline'],
    },
  ];
  const physicians: [string, string, string, string?][] = [
    ['Elena', 'Ruiz', 'Riverside Main', 'provider@demo.test'],
    ['James', 'Whitaker', 'Riverside Main'],
    ['Aisha', 'Rahman', 'Riverside Main'],
    ['Michael', 'Chen', 'Oak Hill Clinic'],
    ['Sarah', 'Lindqvist', 'Oak Hill Clinic'],
    ['David', 'Osei', 'Riverside Main'],
    ['Laura', 'Bennett', 'Oak Hill Clinic'],
  ];
  physicians.forEach(([first, last, location, login], i) =>
    seats.push({
      key: `phys-${i}`,
      title: i < 2 ? 'Physician, Pediatrics' : 'Physician, Family Medicine',
      category: S.PHYSICIAN,
      tier: T.PROVIDER,
      department: i < 2 ? 'Pediatrics' : 'Family Medicine',
      location,
      reportsTo: 'admin',
      person: [first, last],
      login,
    }),
  );
  const apps: [string, string, StaffCategory, string, string][] = [
    ['Megan', 'Torres', S.NURSE_PRACTITIONER, 'Riverside Main', 'md'],
    ['Kevin', 'Park', S.PHYSICIAN_ASSISTANT, 'Riverside Main', 'phys-1'],
    ['Rachel', 'Adeyemi', S.NURSE_PRACTITIONER, 'Oak Hill Clinic', 'phys-3'],
    ['Brian', 'Sullivan', S.PHYSICIAN_ASSISTANT, 'Oak Hill Clinic', 'phys-4'],
    ['Hannah', 'Moreau', S.NURSE_MIDWIFE, 'Riverside Main', 'phys-2'],
  ];
  const appTitle: Partial<Record<StaffCategory, string>> = {
    [S.NURSE_PRACTITIONER]: 'Nurse Practitioner',
    [S.PHYSICIAN_ASSISTANT]: 'Physician Assistant',
    [S.NURSE_MIDWIFE]: 'Certified Nurse Midwife',
  };
  apps.forEach(([first, last, category, location, supervisor], i) =>
    seats.push({
      key: `app-${i}`,
      title: appTitle[category]!,
      category,
      tier: T.PROVIDER,
      department: category === S.NURSE_MIDWIFE ? 'Women’s Health' : 'Family Medicine',
      location,
      reportsTo: 'admin',
      supervisor,
      person: [first, last],
    }),
  );
  seats.push({
    key: 'app-vacant',
    title: 'Nurse Practitioner',
    category: S.NURSE_PRACTITIONER,
    tier: T.PROVIDER,
    department: 'Pediatrics',
    location: 'Oak Hill Clinic',
    reportsTo: 'admin',
    supervisor: 'phys-0',
  });

  const staff: [string, StaffCategory, string, string, string, string, string, EmploymentType?, number?][] = [
    ['Front Desk Coordinator', S.ADMINISTRATIVE_STAFF, 'Front Office', 'Riverside Main', 'om-main', 'Sam', 'Carter'],
    ['Front Desk Receptionist', S.ADMINISTRATIVE_STAFF, 'Front Office', 'Riverside Main', 'om-main', 'Jasmine', 'Powell'],
    [
      'Front Desk Receptionist',
      S.ADMINISTRATIVE_STAFF,
      'Front Office',
      'Riverside Main',
      'om-main',
      'Luis',
      'Ortega',
      EmploymentType.PART_TIME,
      0.6,
    ],
    ['Scheduler', S.ADMINISTRATIVE_STAFF, 'Front Office', 'Riverside Main', 'om-main', 'Nora', 'Fitzgerald'],
    ['Referral Coordinator', S.ADMINISTRATIVE_STAFF, 'Front Office', 'Riverside Main', 'om-main', 'Ben', 'Hollis'],
    ['Registered Nurse', S.CLINICAL_STAFF, 'Clinical Support', 'Riverside Main', 'om-main', 'Claire', 'Donovan'],
    ['Registered Nurse', S.CLINICAL_STAFF, 'Clinical Support', 'Riverside Main', 'om-main', 'Andre', 'Baptiste'],
    ['Medical Assistant', S.CLINICAL_STAFF, 'Clinical Support', 'Riverside Main', 'om-main', 'Keisha', 'Young'],
    ['Medical Assistant', S.CLINICAL_STAFF, 'Clinical Support', 'Riverside Main', 'om-main', 'Ryan', 'Mercer'],
    ['Medical Assistant', S.CLINICAL_STAFF, 'Clinical Support', 'Riverside Main', 'om-main', 'Daniela', 'Costa'],
    ['Medical Assistant', S.CLINICAL_STAFF, 'Clinical Support', 'Riverside Main', 'om-main', 'Tyler', 'Graves'],
    [
      'Medical Assistant',
      S.CLINICAL_STAFF,
      'Clinical Support',
      'Riverside Main',
      'om-main',
      'Mei',
      'Tanaka',
      EmploymentType.PART_TIME,
      0.5,
    ],
    ['Laboratory Technician', S.CLINICAL_STAFF, 'Clinical Support', 'Riverside Main', 'om-main', 'Victor', 'Nguyen'],
    [
      'Radiologic Technologist',
      S.CLINICAL_STAFF,
      'Clinical Support',
      'Riverside Main',
      'om-main',
      'Ingrid',
      'Halvorsen',
      EmploymentType.PER_DIEM,
      0.4,
    ],
    ['Front Desk Receptionist', S.ADMINISTRATIVE_STAFF, 'Front Office', 'Oak Hill Clinic', 'om-oak', 'Paige', 'Whitman'],
    ['Front Desk Receptionist', S.ADMINISTRATIVE_STAFF, 'Front Office', 'Oak Hill Clinic', 'om-oak', 'Omar', 'Haddad'],
    ['Scheduler', S.ADMINISTRATIVE_STAFF, 'Front Office', 'Oak Hill Clinic', 'om-oak', 'Lily', 'Brennan', EmploymentType.PART_TIME, 0.75],
    ['Licensed Practical Nurse', S.CLINICAL_STAFF, 'Clinical Support', 'Oak Hill Clinic', 'om-oak', 'Marisol', 'Vega'],
    ['Medical Assistant', S.CLINICAL_STAFF, 'Clinical Support', 'Oak Hill Clinic', 'om-oak', 'Derek', 'Lawson'],
    ['Medical Assistant', S.CLINICAL_STAFF, 'Clinical Support', 'Oak Hill Clinic', 'om-oak', 'Fatima', 'Siddiqui'],
    ['Medical Assistant', S.CLINICAL_STAFF, 'Clinical Support', 'Oak Hill Clinic', 'om-oak', 'Chloe', 'Ramsey'],
    ['Medical Coder', S.ADMINISTRATIVE_STAFF, 'Billing', 'Riverside Main', 'billing-mgr', 'Harold', 'Jensen'],
    ['Billing Specialist', S.ADMINISTRATIVE_STAFF, 'Billing', 'Riverside Main', 'billing-mgr', 'Tanya', 'Brooks'],
    ['Billing Specialist', S.ADMINISTRATIVE_STAFF, 'Billing', 'Riverside Main', 'billing-mgr', 'Isaac', 'Feldman'],
    ['Insurance Verification Specialist', S.ADMINISTRATIVE_STAFF, 'Billing', 'Oak Hill Clinic', 'billing-mgr', 'Yolanda', 'Price'],
    ['HR and Payroll Coordinator', S.ADMINISTRATIVE_STAFF, 'Administration', 'Riverside Main', 'pm', 'Rebecca', 'Stein'],
    ['IT Support Specialist', S.ADMINISTRATIVE_STAFF, 'Administration', 'Riverside Main', 'pm', 'Arjun', 'Mehta'],
  ];
  staff.forEach(([title, category, department, location, reportsTo, first, last, type, fte], i) =>
    seats.push({
      key: `staff-${i}`,
      title,
      category,
      tier: T.STAFF,
      department,
      location,
      reportsTo,
      person: [first, last, undefined, type, fte],
      login: i === 0 ? 'staff@demo.test' : undefined,
    }),
  );
  seats.push({
    key: 'ma-vacant',
    title: 'Medical Assistant',
    category: S.CLINICAL_STAFF,
    tier: T.STAFF,
    department: 'Clinical Support',
    location: 'Oak Hill Clinic',
    reportsTo: 'om-oak',
  });
  return seats;
}

/** Lakeside Pediatrics: a physician owner and three staff, no manager. */
function lakeside(): Seat[] {
  return [
    {
      key: 'owner',
      title: 'Physician Owner',
      category: S.PHYSICIAN,
      tier: T.EXECUTIVE,
      department: 'Pediatrics',
      location: 'Lakeside Office',
      person: ['Hannah', 'Brooks'],
      login: 'owner@demo.test',
    },
    {
      key: 'recep',
      title: 'Receptionist',
      category: S.ADMINISTRATIVE_STAFF,
      tier: T.STAFF,
      department: 'Front Office',
      location: 'Lakeside Office',
      reportsTo: 'owner',
      person: ['Emily', 'Dawson'],
    },
    {
      key: 'ma',
      title: 'Medical Assistant',
      category: S.CLINICAL_STAFF,
      tier: T.STAFF,
      department: 'Pediatrics',
      location: 'Lakeside Office',
      reportsTo: 'owner',
      person: ['Jorge', 'Salinas'],
    },
    {
      key: 'biller',
      title: 'Billing Specialist',
      category: S.ADMINISTRATIVE_STAFF,
      tier: T.STAFF,
      department: 'Front Office',
      location: 'Lakeside Office',
      reportsTo: 'owner',
      person: ['Katie', 'Morgan', undefined, EmploymentType.PART_TIME, 0.5],
    },
  ];
}

/** The demo practices are in New York's time zone. */
const DEMO_TIME_ZONE = 'America/New_York';

function isoDaysAgo(days: number): string {
  return addDays(today(DEMO_TIME_ZONE), -days);
}

/** A stable, varied hire date per seat so the demo looks lived-in. */
function hireDateFor(index: number): string {
  return isoDaysAgo(120 + ((index * 397) % 3300));
}

interface ChartOptions {
  seats: Seat[];
  addresses: Record<string, string>;
  emailDomain: string;
  users: ReadonlyMap<string, User>;
}

function seedChart(em: EntityManager, org: Organization, o: ChartOptions): void {
  const locations = new Map<string, Location>();
  const departments = new Map<string, Department>();
  const positions = new Map<string, Position>();
  const founded = isoDaysAgo(3650);
  for (const seat of o.seats) {
    if (!locations.has(seat.location))
      locations.set(
        seat.location,
        em.create(Location, { organization: org, name: seat.location, address: o.addresses[seat.location] ?? null }),
      );
    if (!departments.has(seat.department))
      departments.set(seat.department, em.create(Department, { organization: org, name: seat.department }));
    // A vacancy is a seat opened recently (a new hire, or someone who left): not one empty for years.
    const openedOn = seat.person ? founded : isoDaysAgo(35 + ((seat.key.length * 11) % 50));
    positions.set(
      seat.key,
      em.create(Position, {
        organization: org,
        title: seat.title,
        category: seat.category,
        tier: seat.tier,
        department: departments.get(seat.department),
        location: locations.get(seat.location),
        openedOn,
      }),
    );
  }
  for (const [index, seat] of o.seats.entries()) {
    em.create(ReportingLine, {
      organization: org,
      position: positions.get(seat.key)!,
      reportsTo: seat.reportsTo ? positions.get(seat.reportsTo) : null,
      clinicalSupervisor: seat.supervisor ? positions.get(seat.supervisor) : null,
      effectiveFrom: positions.get(seat.key)!.openedOn,
    });
    if (!seat.person) continue;
    const [first, last, email, type, fte] = seat.person;
    const workEmail =
      email ??
      `${first}.${last}`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z.]/g, '') + `@${o.emailDomain}`;
    const login = seat.login ? (o.users.get(seat.login) ?? null) : null;
    const hireDate = seat.tier === T.EXECUTIVE ? founded : hireDateFor(index);
    const employee = em.create(Employee, {
      organization: org,
      firstName: first,
      lastName: last,
      workEmail,
      category: seat.category,
      employmentType: type ?? EmploymentType.FULL_TIME,
      fteHundredths: Math.round((fte ?? 1) * 100),
      hireDate,
      user: login,
    });
    em.create(Assignment, { organization: org, employee, position: positions.get(seat.key)!, startDate: hireDate });
  }
}

/** Riverside's and Lakeside's seats, lines and people; the demo sign-ins fill their own seats. */
export function seedOrgChartDemo({ em, riverside: riversideOrg, lakeside: lakesideOrg, users }: DemoSeed): void {
  seedChart(em, riversideOrg, {
    seats: riverside(),
    users,
    emailDomain: 'riversidefm.example',
    addresses: { 'Riverside Main': '1200 River Road, Springfield', 'Oak Hill Clinic': '45 Oak Hill Avenue, Springfield' },
  });
  seedChart(em, lakesideOrg, {
    seats: lakeside(),
    users,
    emailDomain: 'lakesidepeds.example',
    addresses: { 'Lakeside Office': '8 Shore Drive, Lakeview' },
  });
}
