import { now } from '../../core/dates';
import { randomUUID } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { ValidationError } from '../../core/errors';
import { tenantRows } from '../../core/query';
import { Employee, Location, isProvider } from '../orgchart/orgchart.entity';
import { Organization, User } from '../../core/organization.entity';
import { AuditAction, AuditEntry } from '../../core/audit/audit-entry.entity';
import { MAX_ROW_ERRORS, findColumns, parseAmount, parseDate, readCsv, requireColumns, type ImportRowError } from '../../core/import';
import { Collection, Encounter, ProcedureCode, ServiceLine } from './encounter.entity';
import { bulkInsert } from './bulk';
import type { EncounterImportResult, EncounterStats, ProcedureCodeImportResult } from './encounter.types';

const CHUNK = 500;

/** Column names as practice-management systems export them, normalized (lower case, single spaces). */
const ENCOUNTER_COLUMNS = {
  visit: ['visit number', 'visit', 'visit id', 'visit no', 'encounter', 'encounter number', 'encounter id'],
  date: ['date of service', 'dos', 'service date', 'date'],
  provider: ['provider', 'provider email', 'rendering provider', 'rendering provider email'],
  patient: ['patient', 'patient ref', 'patient id', 'patient account', 'mrn', 'account'],
  location: ['location', 'location name', 'facility', 'place of service name'],
  code: ['procedure code', 'procedure', 'cpt', 'cpt code', 'hcpcs', 'code'],
  units: ['units', 'unit', 'qty', 'quantity'],
  charge: ['charge', 'charges', 'charge amount', 'billed'],
  collected: ['collected', 'collected amount', 'collections', 'paid', 'payment', 'payments', 'paid amount'],
  posted: ['posted date', 'posted', 'posted on', 'payment date', 'paid date', 'deposit date'],
} as const;
const REQUIRED: (keyof typeof ENCOUNTER_COLUMNS)[] = ['visit', 'date', 'provider', 'patient', 'code', 'units', 'charge'];
const CODE_COLUMNS = {
  code: ['code', 'procedure code', 'cpt', 'cpt code', 'hcpcs', 'hcpcs code', 'cpt/hcpcs'],
  rvu: ['work rvu', 'work rvus', 'wrvu', 'wrvus', 'work rvu value', 'rvu'],
} as const;

/** "0.97" → 97 hundredths, exactly; null for anything else (negative, more than two decimals). */
export function parseRvu(text: string): number | null {
  const m = /^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

const CODE = /^[A-Z0-9]{5}$/;

async function inChunks<T>(values: T[], size: number, fn: (chunk: T[]) => Promise<void>) {
  for (let i = 0; i < values.length; i += size) await fn(values.slice(i, i + size));
}

interface LineIn {
  row: number;
  code: string;
  units: number;
  charge: number;
  wrvu: number;
}
interface VisitIn {
  externalId: string;
  row: number;
  date: string;
  provider: Employee;
  patientRef: string;
  location: Location | null;
  lines: LineIn[];
  payments: { row: number; postedOn: string; amount: number }[];
}

export class EncounterService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  procedureCodes(search?: string | null, limit = 100): Promise<ProcedureCode[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 20_000) throw new ValidationError('limit', 'Ask for 1 to 20,000 codes.');
    const q = search?.trim().toUpperCase();
    return this.em.find(ProcedureCode, q ? { code: { $like: `${q.replace(/[%_]/g, '')}%` } } : {}, { orderBy: { code: 'asc' }, limit });
  }

  async stats(): Promise<EncounterStats> {
    type Row = { n: unknown; first?: string | null; last?: string | null; total?: unknown };
    const [[codes], [encounters], [lines], [collections]] = await Promise.all([
      tenantRows<Row>(this.em, ProcedureCode, 'p', (qb) => qb.select([raw('count(*) as n')])),
      tenantRows<Row>(this.em, Encounter, 'e', (qb) =>
        qb.select([raw('count(*) as n'), raw('min(e.date_of_service) as first'), raw('max(e.date_of_service) as last')]),
      ),
      tenantRows<Row>(this.em, ServiceLine, 's', (qb) => qb.select([raw('count(*) as n'), raw('coalesce(sum(s.charge), 0) as total')])),
      tenantRows<Row>(this.em, Collection, 'c', (qb) => qb.select([raw('count(*) as n'), raw('coalesce(sum(c.amount), 0) as total')])),
    ]);
    const date = (v: unknown) => (v ? (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10)) : null);
    return {
      procedureCodes: Number(codes.n),
      encounters: Number(encounters.n),
      serviceLines: Number(lines.n),
      collections: Number(collections.n),
      firstDateOfService: date(encounters.first),
      lastDateOfService: date(encounters.last),
      charges: Number(lines.total),
      collected: Number(collections.total),
    };
  }

  /**
   * The practice's procedure code table (code, work RVU), e.g. from CMS's Physician Fee Schedule
   * files: all or nothing; new codes are added, changed values updated. Lines already recorded
   * keep the value they were recorded with.
   */
  async importProcedureCodes(csv: string): Promise<ProcedureCodeImportResult> {
    const { headers, rows } = readCsv(csv, { field: 'csv', normalizeHeaders: true });
    const columns = findColumns(headers, CODE_COLUMNS);
    if (!columns.code || !columns.rvu)
      throw new ValidationError('csv', `The file needs a code column and a work RVU column. Its columns: ${headers.join(', ')}.`);
    const errors: ImportRowError[] = [];
    const seen = new Map<string, number>();
    const parsed: { code: string; value: number }[] = [];
    for (const { row, values } of rows) {
      const code = (values[columns.code] ?? '').trim().toUpperCase();
      const value = parseRvu(values[columns.rvu] ?? '');
      if (!CODE.test(code))
        errors.push({
          row,
          column: columns.code,
          message: `"${code}" is not a procedure code (five letters or digits, as 99213 or G0439).`,
        });
      else if (seen.has(code)) errors.push({ row, column: columns.code, message: `${code} is also on row ${seen.get(code)}.` });
      if (value === null)
        errors.push({
          row,
          column: columns.rvu,
          message: `"${values[columns.rvu] ?? ''}" is not a work RVU (a number with at most two decimals, as 1.30).`,
        });
      if (CODE.test(code) && !seen.has(code)) seen.set(code, row);
      if (value !== null && CODE.test(code)) parsed.push({ code, value });
    }
    if (errors.length) return { ok: false, added: 0, updated: 0, unchanged: 0, errors: errors.slice(0, MAX_ROW_ERRORS) };

    const existing = new Map(
      (await this.em.find(ProcedureCode, {}, { fields: ['code', 'workRvuHundredths'], disableIdentityMap: true })).map((c) => [
        c.code,
        c.workRvuHundredths,
      ]),
    );
    const added = parsed.filter((p) => !existing.has(p.code));
    const updated = parsed.filter((p) => existing.has(p.code) && existing.get(p.code) !== p.value);
    const stamp = now();
    await this.em.transactional(async (em) => {
      const changed = [...added, ...updated].map((p) => ({
        id: randomUUID(),
        organization: this.ctx.organizationId,
        code: p.code,
        workRvuHundredths: p.value,
        createdAt: stamp,
        updatedAt: stamp,
        version: 1,
      }));
      await inChunks(changed, CHUNK, async (chunk) => {
        await em
          .createQueryBuilder(ProcedureCode)
          .insert(chunk as never)
          .onConflict(['organization', 'code'])
          .merge(['workRvuHundredths', 'updatedAt'])
          .execute();
      });
      if (changed.length) {
        this.audit(em, 'ProcedureCodeImport', `${added.length} added, ${updated.length} updated`, {
          added: added.length,
          updated: updated.length,
          changes: updated.slice(0, 200).map((p) => ({ code: p.code, from: existing.get(p.code), to: p.value })),
        });
      }
    });
    return { ok: true, added: added.length, updated: updated.length, unchanged: parsed.length - added.length - updated.length, errors: [] };
  }

  /**
   * Visits from a practice-management export, one row per service line: all or nothing. A visit
   * number seen before adds nothing but the payments posted since (each once); wRVUs are the
   * code's value × units, fixed now.
   */
  async importEncounters(csv: string, dryRun = false): Promise<EncounterImportResult> {
    const { headers, rows } = readCsv(csv, { field: 'csv', normalizeHeaders: true });
    const c = findColumns(headers, ENCOUNTER_COLUMNS);
    requireColumns(c, REQUIRED, ENCOUNTER_COLUMNS, headers, 'csv');
    if (c.collected && !c.posted) throw new ValidationError('csv', 'A collected column needs a posted date column beside it.');

    const get = (values: Record<string, string>, key: keyof typeof ENCOUNTER_COLUMNS) => (c[key] ? (values[c[key]!] ?? '').trim() : '');
    const fileCodes = [...new Set(rows.map((r) => get(r.values, 'code').toUpperCase()).filter((x) => CODE.test(x)))];
    const codes = new Map<string, number>();
    const [employees, locations] = await Promise.all([this.em.find(Employee, {}), this.em.find(Location, {})]);
    await inChunks(fileCodes, 1000, async (chunk) => {
      for (const p of await this.em.find(
        ProcedureCode,
        { code: { $in: chunk } },
        { fields: ['code', 'workRvuHundredths'], disableIdentityMap: true },
      ))
        codes.set(p.code, p.workRvuHundredths);
    });
    const byEmail = new Map(employees.map((e) => [e.workEmail.toLowerCase(), e]));
    const byLocation = new Map(locations.map((l) => [l.name.trim().toLowerCase(), l]));
    const latest = this.ctx.today();

    const errors: ImportRowError[] = [];
    const visits = new Map<string, VisitIn>();
    for (const { row, values } of rows) {
      const fail = (key: keyof typeof ENCOUNTER_COLUMNS, message: string) => errors.push({ row, column: c[key] ?? null, message });
      const externalId = get(values, 'visit');
      if (!externalId) fail('visit', 'The visit number is empty.');
      else if (externalId.length > 64) fail('visit', 'A visit number has at most 64 characters.');
      const date = parseDate(get(values, 'date'));
      if (!date) fail('date', `"${get(values, 'date')}" is not a date (YYYY-MM-DD or M/D/YYYY).`);
      else if (date > latest) fail('date', `${date} is in the future.`);
      const email = get(values, 'provider').toLowerCase();
      const provider = byEmail.get(email);
      if (!email) fail('provider', 'The provider is empty.');
      else if (!provider) fail('provider', `No one in this practice has the work email "${email}".`);
      else if (!isProvider(provider.category)) fail('provider', `${provider.fullName} is not a provider (physician, NP, PA or midwife).`);
      const patientRef = get(values, 'patient');
      if (!patientRef) fail('patient', 'The patient reference is empty.');
      else if (patientRef.length > 64) fail('patient', 'A patient reference has at most 64 characters.');
      const locationName = get(values, 'location');
      const location = locationName ? (byLocation.get(locationName.toLowerCase()) ?? null) : null;
      if (locationName && !location) fail('location', `"${locationName}" is not a location of this practice.`);
      const code = get(values, 'code').toUpperCase();
      const value = codes.get(code);
      if (!CODE.test(code)) fail('code', `"${code}" is not a procedure code.`);
      else if (value === undefined) fail('code', `${code} is not in the procedure code table: import its work RVU first.`);
      const unitsText = get(values, 'units');
      const units = /^\d{1,3}(\.0+)?$/.test(unitsText) ? Number(unitsText) : NaN;
      if (!(units >= 1)) fail('units', `"${unitsText}" is not a number of units (1 to 999).`);
      const charge = parseAmount(get(values, 'charge'));
      if (charge === null || charge < 0 || get(values, 'charge') === '')
        fail('charge', `"${get(values, 'charge')}" is not a charge (an amount, not negative).`);
      const collectedText = get(values, 'collected');
      const collected = collectedText ? parseAmount(collectedText) : 0;
      let postedOn: string | null = null;
      if (collected === null) fail('collected', `"${collectedText}" is not an amount.`);
      else if (collected !== 0) {
        postedOn = parseDate(get(values, 'posted'));
        if (!postedOn)
          fail(
            'posted',
            get(values, 'posted') ? `"${get(values, 'posted')}" is not a date.` : 'A collected amount needs the date it was posted.',
          );
        else if (postedOn > latest) fail('posted', `${postedOn} is in the future.`);
        else if (date && postedOn < date) fail('posted', `Posted ${postedOn}, before the date of service ${date}.`);
      }
      if (
        !externalId ||
        externalId.length > 64 ||
        !date ||
        !provider ||
        !isProvider(provider.category) ||
        !patientRef ||
        patientRef.length > 64 ||
        (locationName && !location) ||
        value === undefined ||
        !(units >= 1) ||
        charge === null ||
        charge < 0 ||
        collected === null ||
        (collected !== 0 && !postedOn)
      )
        continue;
      let visit = visits.get(externalId) as VisitIn;
      if (!visit) {
        visit = { externalId, row, date, provider, patientRef, location, lines: [], payments: [] };
        visits.set(externalId, visit);
      } else {
        const differs =
          visit.date !== date
            ? ['date', date]
            : visit.provider !== provider
              ? ['provider', provider.fullName]
              : visit.patientRef !== patientRef
                ? ['patient', patientRef]
                : locationName && visit.location !== location
                  ? ['location', locationName]
                  : null;
        if (differs) {
          fail(differs[0] as keyof typeof ENCOUNTER_COLUMNS, `Visit ${externalId} has another ${differs[0]} on row ${visit.row}.`);
          continue;
        }
      }
      visit.lines.push({ row, code, units, charge, wrvu: value * units });
      if (collected !== 0) visit.payments.push({ row, postedOn: postedOn!, amount: collected });
    }

    // Visits seen before: only payments posted since are new; their other details must agree.
    const known = new Map<string, Encounter>();
    await inChunks([...visits.keys()], 1000, async (chunk) => {
      for (const e of await this.em.find(Encounter, { externalId: { $in: chunk } })) known.set(e.externalId, e);
    });
    for (const [id, e] of known) {
      const v = visits.get(id)!;
      if (e.dateOfService !== v.date)
        errors.push({ row: v.row, column: c.date!, message: `Visit ${id} was imported with the date of service ${e.dateOfService}.` });
      else if (e.provider.id !== v.provider.id)
        errors.push({
          row: v.row,
          column: c.provider!,
          message: `Visit ${id} was imported for another provider; a visit already imported is not changed.`,
        });
      else if (e.patientRef !== v.patientRef)
        errors.push({ row: v.row, column: c.patient!, message: `Visit ${id} was imported for another patient.` });
    }
    const result: EncounterImportResult = {
      ok: errors.length === 0,
      dryRun,
      rows: rows.length,
      encounters: 0,
      serviceLines: 0,
      collections: 0,
      visitsAlreadyImported: known.size,
      wrvuHundredths: 0,
      charges: 0,
      collected: 0,
      firstDateOfService: null,
      lastDateOfService: null,
      errors: errors.sort((a, b) => a.row - b.row).slice(0, MAX_ROW_ERRORS),
    };
    if (errors.length) return result;

    const recorded = new Map<string, number>(); // encounter|posted|amount → how many are recorded
    const knownIds = [...known.values()].map((e) => e.id);
    await inChunks(knownIds, 1000, async (chunk) => {
      const rowsFound = await tenantRows<{ encounter_id: string; posted_on: unknown; amount: unknown; n: unknown }>(
        this.em,
        Collection,
        'c',
        (qb) =>
          qb
            .select(['c.encounter_id', 'c.posted_on', 'c.amount', raw('count(*) as n')])
            .where({ encounter: { $in: chunk } })
            .groupBy(['c.encounter_id', 'c.posted_on', 'c.amount']),
      );
      for (const r of rowsFound) {
        const posted = r.posted_on instanceof Date ? r.posted_on.toISOString().slice(0, 10) : String(r.posted_on).slice(0, 10);
        recorded.set(`${r.encounter_id}|${posted}|${Number(r.amount)}`, Number(r.n));
      }
    });

    const stamp = now();
    const encounterRows: unknown[][] = [];
    const lineRows: unknown[][] = [];
    const collectionRows: unknown[][] = [];
    const org = this.ctx.organizationId;
    for (const v of visits.values()) {
      const existing = known.get(v.externalId);
      const encounterId = existing?.id ?? randomUUID();
      if (!existing) {
        encounterRows.push([encounterId, org, stamp, stamp, 1, v.externalId, v.patientRef, v.provider.id, v.date, v.location?.id ?? null]);
        for (const l of v.lines) {
          lineRows.push([randomUUID(), org, stamp, stamp, 1, encounterId, v.provider.id, v.date, l.code, l.units, l.charge, l.wrvu]);
          result.wrvuHundredths += l.wrvu;
          result.charges += l.charge;
        }
        if (!result.firstDateOfService || v.date < result.firstDateOfService) result.firstDateOfService = v.date;
        if (!result.lastDateOfService || v.date > result.lastDateOfService) result.lastDateOfService = v.date;
      }
      for (const pay of v.payments) {
        const key = `${encounterId}|${pay.postedOn}|${pay.amount}`;
        const already = recorded.get(key) ?? 0;
        if (already > 0) {
          recorded.set(key, already - 1);
          continue;
        }
        collectionRows.push([randomUUID(), org, stamp, stamp, 1, encounterId, v.provider.id, pay.postedOn, pay.amount]);
        result.collected += pay.amount;
      }
    }
    result.encounters = encounterRows.length;
    result.serviceLines = lineRows.length;
    result.collections = collectionRows.length;
    if (dryRun || (!encounterRows.length && !collectionRows.length)) return result;

    await this.em.transactional(async (em) => {
      const base = ['id', 'organization', 'createdAt', 'updatedAt', 'version'];
      await bulkInsert(em, Encounter, [...base, 'externalId', 'patientRef', 'provider', 'dateOfService', 'location'], encounterRows);
      await bulkInsert(
        em,
        ServiceLine,
        [...base, 'encounter', 'provider', 'dateOfService', 'procedureCode', 'units', 'charge', 'wrvuHundredths'],
        lineRows,
      );
      await bulkInsert(em, Collection, [...base, 'encounter', 'provider', 'postedOn', 'amount'], collectionRows);
      this.audit(em, 'EncounterImport', `${result.encounters} visits, ${result.collections} collections`, {
        rows: result.rows,
        encounters: result.encounters,
        serviceLines: result.serviceLines,
        collections: result.collections,
        visitsAlreadyImported: result.visitsAlreadyImported,
        charges: result.charges,
        collected: result.collected,
        firstDateOfService: result.firstDateOfService,
        lastDateOfService: result.lastDateOfService,
      });
    });
    return result;
  }

  /** Bulk inserts bypass the unit of work, so the import records itself: one entry per file. */
  private audit(em: EntityManager, entityName: string, label: string, after: Record<string, unknown>) {
    const entry = new AuditEntry();
    entry.organization = em.getReference(Organization, this.ctx.organizationId);
    entry.actor = this.ctx.user ? em.getReference(User, this.ctx.user.id) : null;
    entry.actorRole = this.ctx.role ?? null;
    entry.action = AuditAction.CREATE;
    entry.entityName = entityName;
    entry.entityId = randomUUID();
    entry.entityLabel = label;
    entry.after = after;
    entry.correlationId = this.ctx.correlationId;
    em.persist(entry);
  }
}
