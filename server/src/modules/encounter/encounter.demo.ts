import { now as clockNow, todayAsDate } from '../../core/dates';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as KnexEntityManager } from '@mikro-orm/knex';
import type { Organization } from '../../core/organization.entity';
import { seededRandom } from '../../core/random';
import { Collection, Encounter, ProcedureCode, ServiceLine } from './encounter.entity';
import { directInsert, uuidBatch } from './bulk';

/**
 * Work RVUs of common primary-care codes, from the CMS Physician Fee Schedule national relative
 * value file (CY 2024), and the demo practice's charge for each (about twice Medicare). Codes and
 * numbers only: CPT descriptions are the AMA's and are not shipped. Lab codes carry no work RVU.
 */
export const DEMO_CODES: [code: string, workRvu: number, charge: number][] = [
  // office visits, new and established patients
  ['99202', 0.93, 160],
  ['99203', 1.6, 240],
  ['99204', 2.6, 360],
  ['99205', 3.5, 470],
  ['99211', 0.18, 60],
  ['99212', 0.7, 125],
  ['99213', 1.3, 190],
  ['99214', 1.92, 275],
  ['99215', 2.8, 380],
  ['G2211', 0.33, 35],
  // preventive visits by age band, and annual wellness visits
  ['99381', 1.5, 240],
  ['99382', 1.6, 250],
  ['99383', 1.7, 255],
  ['99384', 2.0, 280],
  ['99385', 1.92, 285],
  ['99386', 2.33, 320],
  ['99387', 2.5, 345],
  ['99391', 1.37, 215],
  ['99392', 1.5, 230],
  ['99393', 1.5, 230],
  ['99394', 1.7, 250],
  ['99395', 1.75, 260],
  ['99396', 1.9, 285],
  ['99397', 2.0, 300],
  ['G0438', 2.6, 320],
  ['G0439', 1.92, 230],
  // counselling and care planning
  ['99401', 0.48, 70],
  ['99406', 0.24, 40],
  ['99497', 1.5, 190],
  ['96127', 0, 25],
  // office procedures
  ['90471', 0.17, 40],
  ['90472', 0.15, 30],
  ['96372', 0.17, 45],
  ['93000', 0.17, 70],
  ['94010', 0.17, 85],
  ['11102', 0.66, 260],
  ['11200', 0.82, 210],
  ['17000', 0.61, 150],
  ['17110', 0.7, 190],
  ['20610', 0.79, 230],
  ['69210', 0.61, 110],
  ['10060', 1.22, 300],
  ['12001', 0.84, 280],
  ['58300', 1.01, 290],
  ['58301', 1.27, 260],
  // obstetrics (global packages)
  ['59400', 23.06, 5_200],
  ['59425', 6.31, 1_300],
  ['59426', 11.16, 2_300],
  // lab and specimen handling: no work RVU
  ['36415', 0, 20],
  ['81002', 0, 15],
  ['87880', 0, 45],
  ['85018', 0, 15],
];

export type Practice = 'FAMILY' | 'PEDIATRICS' | 'APP' | 'MIDWIFE';

export interface DemoProvider {
  providerId: string;
  locationId: string | null;
  practice: Practice;
  /** Average visits on a clinic day. */
  visitsPerDay: number;
  /** Clinic days a week (Monday first). */
  daysPerWeek: number;
  /** Shifts the visit mix towards (above 1) or away from (below 1) higher-level codes. */
  acuity: number;
  /** Share of charges the payers end up paying. */
  collectionRate: number;
}

type Mix = [code: string, weight: number][];
const MIX: Record<
  Practice,
  { visits: Mix; newPatient: Mix; preventive: Mix; procedures: [code: string, chance: number][]; preventiveShare: number }
> = {
  FAMILY: {
    visits: [
      ['99212', 10],
      ['99213', 55],
      ['99214', 30],
      ['99215', 3],
    ],
    newPatient: [
      ['99203', 5],
      ['99204', 4],
      ['99205', 1],
    ],
    preventive: [
      ['99395', 3],
      ['99396', 4],
      ['99397', 3],
      ['G0439', 3],
      ['G0438', 1],
    ],
    procedures: [
      ['G2211', 0.12],
      ['90471', 0.14],
      ['93000', 0.03],
      ['96372', 0.03],
      ['20610', 0.02],
      ['17110', 0.015],
      ['69210', 0.02],
      ['11102', 0.01],
      ['99497', 0.01],
    ],
    preventiveShare: 0.12,
  },
  PEDIATRICS: {
    visits: [
      ['99212', 12],
      ['99213', 52],
      ['99214', 20],
      ['99215', 1],
    ],
    newPatient: [
      ['99203', 5],
      ['99204', 2],
    ],
    preventive: [
      ['99391', 5],
      ['99392', 3],
      ['99393', 3],
      ['99394', 3],
      ['99384', 1],
    ],
    procedures: [
      ['90471', 0.35],
      ['90472', 0.25],
      ['69210', 0.01],
      ['G2211', 0.1],
    ],
    preventiveShare: 0.28,
  },
  APP: {
    visits: [
      ['99212', 12],
      ['99213', 52],
      ['99214', 24],
      ['99215', 2],
    ],
    newPatient: [
      ['99203', 6],
      ['99204', 2],
    ],
    preventive: [
      ['99395', 3],
      ['99396', 3],
      ['G0439', 2],
    ],
    procedures: [
      ['G2211', 0.2],
      ['90471', 0.12],
      ['96372', 0.04],
      ['69210', 0.02],
      ['10060', 0.005],
      ['12001', 0.005],
    ],
    preventiveShare: 0.1,
  },
  MIDWIFE: {
    visits: [
      ['99212', 10],
      ['99213', 45],
      ['99214', 20],
    ],
    newPatient: [
      ['99203', 5],
      ['99204', 2],
    ],
    preventive: [
      ['99395', 4],
      ['99385', 2],
      ['99386', 1],
    ],
    procedures: [
      ['59400', 0.012],
      ['59426', 0.006],
      ['58300', 0.015],
      ['58301', 0.008],
    ],
    preventiveShare: 0.15,
  },
};

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

function pick(mix: Mix, random: () => number, acuity = 1): string {
  // Acuity tilts the weights towards the codes further down the list (the higher levels).
  const weights = mix.map(([, w], i) => w * acuity ** (i - (mix.length - 1) / 2));
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < mix.length; i++) if ((r -= weights[i]) <= 0) return mix[i][0];
  return mix[mix.length - 1][0];
}

/** US federal holidays a practice closes for (approximate dates are fine for a demo). */
function holiday(d: Date): boolean {
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const nth = Math.ceil(day / 7);
  const dow = d.getUTCDay();
  return (
    (m === 1 && day === 1) ||
    (m === 7 && day === 4) ||
    (m === 12 && day === 25) ||
    (m === 11 && dow === 4 && nth === 4) ||
    (m === 9 && dow === 1 && nth === 1) ||
    (m === 5 && dow === 1 && day > 24) ||
    (m === 1 && dow === 1 && nth === 3)
  );
}

/**
 * The code table, and a year of visits up to today for each provider: clinic days (weekdays,
 * minus holidays and six weeks away), a visit mix by kind of practice, and the payer's and
 * patient's payment two to six weeks later. Bulk inserts; nothing goes through the unit of work.
 */
export async function seedEncounterDemo(
  em: EntityManager,
  org: Organization,
  providers: DemoProvider[],
  now = todayAsDate(org.timeZone),
): Promise<void> {
  const random = seededRandom(23);
  const id = uuidBatch();
  const stamp = clockNow();
  const value = new Map(DEMO_CODES.map(([code, rvu, charge]) => [code, { wrvu: Math.round(rvu * 100), charge: charge * 100 }]));
  const codes = DEMO_CODES.map(([code]) => [id(), stamp, stamp, org.id, 1, code, value.get(code)!.wrvu]);

  // Tuples, not objects: a year of a dozen providers is some 180,000 rows.
  const encounters: unknown[][] = [];
  const lines: unknown[][] = [];
  const collections: unknown[][] = [];
  const today = iso(now);
  const start = addDays(new Date(`${today}T00:00:00Z`), -364);
  let visitNumber = 0;
  providers.forEach((p, n) => {
    const mix = MIX[p.practice];
    // Six weeks away (holidays, conferences), spread over the year, different for each provider.
    const away = new Set([0, 1, 2, 3, 4, 5].map((k) => Math.floor(((k + (n % 3) * 0.3) * 8.7 + random() * 5) % 52)));
    for (let day = start, week = 0; iso(day) <= today; day = addDays(day, 1)) {
      const dow = day.getUTCDay();
      if (dow === 0) week += 1;
      if (dow === 0 || dow === 6 || dow > p.daysPerWeek || holiday(day) || away.has(week)) continue;
      const date = iso(day);
      const posted = (offset: number) => iso(addDays(day, offset));
      const seasonal = 1 + 0.08 * Math.cos(((day.getUTCMonth() - 0.5) / 12) * 2 * Math.PI); // busier in winter
      const visits = Math.max(4, Math.round(p.visitsPerDay * seasonal + (random() - 0.5) * 6));
      for (let v = 0; v < visits; v++) {
        const encounter = id();
        visitNumber += 1;
        encounters.push([
          encounter,
          stamp,
          stamp,
          org.id,
          1,
          `V${String(visitNumber).padStart(7, '0')}`,
          `MRN-${(n % 2 ? 50_000 : 20_000) + Math.floor(random() * 2_400)}`,
          p.providerId,
          date,
          p.locationId,
        ]);
        const r = random();
        const first =
          r < 0.05
            ? pick(mix.newPatient, random, p.acuity)
            : r < 0.05 + mix.preventiveShare
              ? pick(mix.preventive, random)
              : pick(mix.visits, random, p.acuity);
        let charges = 0;
        const line = (code: string, units: number) => {
          const { wrvu, charge } = value.get(code)!;
          lines.push([id(), stamp, stamp, org.id, 1, encounter, p.providerId, date, code, units, charge * units, wrvu * units]);
          charges += charge * units;
        };
        line(first, 1);
        for (const [code, chance] of mix.procedures) if (random() < chance) line(code, code === '90472' ? 1 + Math.floor(random() * 2) : 1);
        // The payer's payment and the patient's share, posted together two to six weeks later; a few are denied.
        const offset = 14 + Math.floor(random() * 32);
        if (random() > 0.06 && posted(offset) <= today) {
          collections.push([
            id(),
            stamp,
            stamp,
            org.id,
            1,
            encounter,
            p.providerId,
            posted(offset),
            Math.round(charges * p.collectionRate * (0.85 + random() * 0.3)),
          ]);
        }
      }
    }
  });
  const base = ['id', 'createdAt', 'updatedAt', 'organization', 'version'];
  const knexEm = em as KnexEntityManager;
  await directInsert(knexEm, ProcedureCode, [...base, 'code', 'workRvuHundredths'], codes);
  await directInsert(knexEm, Encounter, [...base, 'externalId', 'patientRef', 'provider', 'dateOfService', 'location'], encounters);
  await directInsert(
    knexEm,
    ServiceLine,
    [...base, 'encounter', 'provider', 'dateOfService', 'procedureCode', 'units', 'charge', 'wrvuHundredths'],
    lines,
  );
  await directInsert(knexEm, Collection, [...base, 'encounter', 'provider', 'postedOn', 'amount'], collections);
}
