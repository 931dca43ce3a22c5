import ExcelJS from 'exceljs';
import { fromScaled } from '../../core/exact';
import { centsToDecimal } from '../../core/format';
import Papa from 'papaparse';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { PraxisError, ErrorCode, ValidationError } from '../../core/errors';
import { Budget, BudgetLine, BudgetStatus, BudgetVersion } from './budget.entity';
import { Account, CostCentre, seesProviderPay } from '../ledger/ledger.entity';
import { BudgetService } from './budget.service';
import { VarianceService } from './variance.service';
import { VariancePeriodInput, VariancePeriodKind } from './budget.inputs';
import type { VarianceRow } from './budget.types';
import { fiscalMonths, monthLabel } from '../../core/fiscal';

/** Cents as the dollar number a spreadsheet cell holds (the nearest to the exact decimal). */
const dollars = (cents: number) => fromScaled(cents, 2);

const SHEET_NAMES: Record<BudgetVersion, string> = {
  [BudgetVersion.ORIGINAL]: 'Original',
  [BudgetVersion.REVISED]: 'Revised',
  [BudgetVersion.FORECAST]: 'Forecast',
};
const FIRST_MONTH_COLUMN = 4; // D
const columnLetter = (n: number) => String.fromCharCode(64 + n);
const MONEY_FORMAT = '#,##0.00;[Red]-#,##0.00';

export interface SpreadsheetImportResult {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

export class BudgetSpreadsheet {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  /** The fiscal year's budgets, one sheet per version: lines × months, totals as formulas. */
  async exportXlsx(budgetId: string): Promise<{ fileName: string; data: Buffer }> {
    const service = new BudgetService(this.ctx);
    const budget = await service.budget(budgetId);
    const versions = await this.em.find(Budget, { fiscalYear: budget.fiscalYear }, { orderBy: { budgetVersion: 'asc' } });
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Praxis';
    workbook.created = new Date(0);
    for (const version of [budget, ...versions.filter((v) => v.id !== budget.id)]) {
      const sheet = workbook.addWorksheet(SHEET_NAMES[version.budgetVersion], { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
      const months = fiscalMonths(version.fiscalYear, version.startMonth);
      sheet.columns = [
        { header: 'Account', key: 'code', width: 10 },
        { header: 'Account name', key: 'name', width: 40 },
        { header: 'Cost centre', key: 'centre', width: 20 },
        ...months.map((m) => ({ header: monthLabel(m), key: m.key, width: 13, style: { numFmt: MONEY_FORMAT } })),
        { header: 'Total', key: 'total', width: 15, style: { numFmt: MONEY_FORMAT } },
      ];
      sheet.getRow(1).font = { bold: true };
      const lines = await service.readableLines(version);
      lines.forEach((line, i) => {
        const r = i + 2;
        const row = sheet.getRow(r);
        row.getCell(1).value = line.account.code;
        row.getCell(2).value = line.account.name;
        row.getCell(3).value = line.costCentre.name;
        line.months.forEach((cents, m) => (row.getCell(FIRST_MONTH_COLUMN + m).value = dollars(cents)));
        const total = FIRST_MONTH_COLUMN + 12;
        row.getCell(total).value = {
          formula: `SUM(${columnLetter(FIRST_MONTH_COLUMN)}${r}:${columnLetter(total - 1)}${r})`,
          result: dollars(line.total),
        };
      });
      const totalRow = sheet.getRow(lines.length + 2);
      totalRow.getCell(1).value = 'Total';
      totalRow.font = { bold: true };
      for (let c = FIRST_MONTH_COLUMN; c <= FIRST_MONTH_COLUMN + 12; c++) {
        const letter = columnLetter(c);
        const result =
          c < FIRST_MONTH_COLUMN + 12
            ? dollars(lines.reduce((s, l) => s + l.months[c - FIRST_MONTH_COLUMN], 0))
            : dollars(lines.reduce((s, l) => s + l.total, 0));
        totalRow.getCell(c).value = { formula: `SUM(${letter}2:${letter}${lines.length + 1})`, result };
      }
      sheet.getCell('A1').note =
        `Praxis budget ${version.fiscalYear} ${SHEET_NAMES[version.budgetVersion]} (${version.status.toLowerCase()}). Amounts in ${'dollars'}; edit the months of a draft and import it back.`;
    }
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    return { fileName: `budget-${budget.fiscalYear}-${SHEET_NAMES[budget.budgetVersion].toLowerCase()}.xlsx`, data };
  }

  /**
   * Reads the sheet of the draft's version back: every row is checked first (errors name the sheet,
   * cell and reason) and nothing changes unless all are good. Rows absent from the sheet are removed.
   */
  async importXlsx(budgetId: string, data: Buffer): Promise<SpreadsheetImportResult> {
    const service = new BudgetService(this.ctx);
    const budget = await service.budget(budgetId, 'budgetId');
    if (budget.status !== BudgetStatus.DRAFT)
      throw new ValidationError('budgetId', `Only a draft can be imported into; this budget is ${budget.status.toLowerCase()}.`);
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(data as unknown as ArrayBuffer);
    } catch {
      throw new ValidationError('file', 'This is not an Excel (.xlsx) file.');
    }
    const sheetName = SHEET_NAMES[budget.budgetVersion];
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) throw new ValidationError('file', `The workbook has no sheet "${sheetName}".`);
    const [accounts, centres, existing] = await Promise.all([
      this.em.find(Account, {}),
      this.em.find(CostCentre, {}),
      // Lines the caller cannot see (provider pay) are neither in their sheet nor removed by it.
      service.readableLines(budget),
    ]);
    const accountByCode = new Map(accounts.map((a) => [a.code, a]));
    const centreByName = new Map(centres.map((c) => [c.name.toLowerCase(), c]));
    const errors: { sheet: string; cell: string; message: string }[] = [];
    const rows: { account: Account; centre: CostCentre; months: number[] }[] = [];
    const seen = new Set<string>();
    sheet.eachRow((row, r) => {
      if (r === 1) return;
      const code = String(cellValue(row.getCell(1).value) ?? '').trim();
      if (!code || code.toLowerCase() === 'total') return;
      const fail = (c: number, message: string) => errors.push({ sheet: sheetName, cell: `${columnLetter(c)}${r}`, message });
      const account = accountByCode.get(code);
      if (!account) fail(1, `No account with code ${code}.`);
      else if (service.isProviderPay(account) && !seesProviderPay(this.ctx))
        fail(1, `${account.code} is provider pay, planned by the roles that hold provider compensation.`);
      const centreName = String(cellValue(row.getCell(3).value) ?? '').trim();
      const centre = centreByName.get(centreName.toLowerCase());
      if (!centre) fail(3, centreName ? `No cost centre "${centreName}".` : 'The cost centre is empty.');
      const months: number[] = [];
      for (let m = 0; m < 12; m++) {
        const c = FIRST_MONTH_COLUMN + m;
        const raw = cellValue(row.getCell(c).value);
        const value = raw === null || raw === '' ? 0 : typeof raw === 'number' ? raw : Number(String(raw).replace(/[$,\s]/g, ''));
        const cents = Math.round(value * 100);
        if (!Number.isFinite(value)) fail(c, `"${raw}" is not an amount.`);
        else if (Math.abs(value * 100 - cents) > 1e-6) fail(c, `${value} has fractions of a cent.`);
        else if (!Number.isSafeInteger(cents)) fail(c, 'That amount is too large.');
        months.push(cents);
      }
      if (account && centre) {
        const key = `${account.id}|${centre.id}`;
        if (seen.has(key)) fail(1, `${account.code} · ${centre.name} appears twice.`);
        seen.add(key);
        rows.push({ account, centre, months });
      }
    });
    if (errors.length) {
      throw new PraxisError(
        ErrorCode.VALIDATION_FAILED,
        `${errors.length} cell(s) need fixing; nothing was imported. First: ${errors[0].sheet}!${errors[0].cell}: ${errors[0].message}`,
        { field: 'file', cells: errors.slice(0, 200) },
      );
    }
    const byKey = new Map(existing.map((l) => [`${l.account.id}|${l.costCentre.id}`, l]));
    const result: SpreadsheetImportResult = { added: 0, updated: 0, removed: 0, unchanged: 0 };
    for (const row of rows) {
      const line = byKey.get(`${row.account.id}|${row.centre.id}`);
      if (!line) {
        const created = this.em.create(BudgetLine, {
          organization: this.ctx.organizationId,
          budget,
          account: row.account,
          costCentre: row.centre,
        });
        created.months = row.months;
        result.added++;
      } else if (line.months.some((v, i) => v !== row.months[i])) {
        line.months = row.months;
        result.updated++;
      } else result.unchanged++;
      byKey.delete(`${row.account.id}|${row.centre.id}`);
    }
    for (const gone of byKey.values()) {
      this.em.remove(gone);
      result.removed++;
    }
    await this.em.flush();
    return result;
  }

  async varianceCsv(budgetId: string, throughMonth?: number, period?: VariancePeriodInput): Promise<{ fileName: string; data: string }> {
    const report = await new VarianceService(this.ctx).report(budgetId, throughMonth, period);
    const name = (l: VarianceRow) => l.label.split(' · ')[0].replace(`${l.accountCode} `, '');
    const b = report.budget;
    const base = `variance-${b.fiscalYear}-${SHEET_NAMES[b.budgetVersion].toLowerCase()}`;
    if (period) {
      // A chosen period: its figures beside the same period of the year before.
      const p = report.period;
      const rows = report.lines.map((l) => ({
        Account: l.accountCode,
        'Account name': name(l),
        'Cost centre': l.costCentreName,
        Period: p.label,
        Budget: centsToDecimal(l.period.budget),
        Actual: centsToDecimal(l.period.actual),
        Variance: centsToDecimal(l.period.variance),
        'Variance %': l.period.variancePercent ?? '',
        Favorable: l.period.favourable ? 'yes' : 'no',
        Flagged: l.period.flagged ? 'yes' : 'no',
        'Prior-year period': p.priorLabel,
        'Prior-year actual': centsToDecimal(l.priorYear.actual),
        'Change vs prior year': centsToDecimal(l.priorYear.change),
        'Change %': l.priorYear.changePercent ?? '',
      }));
      const suffix =
        p.kind === VariancePeriodKind.QUARTER
          ? `q${p.quarter}`
          : p.kind === VariancePeriodKind.MONTH
            ? `month-${p.month}`
            : `through-month-${p.toMonth}`;
      return { fileName: `${base}-${suffix}.csv`, data: Papa.unparse(rows) };
    }
    const rows = report.lines.map((l) => ({
      Account: l.accountCode,
      'Account name': name(l),
      'Cost centre': l.costCentreName,
      'Budget YTD': centsToDecimal(l.yearToDate.budget),
      'Actual YTD': centsToDecimal(l.yearToDate.actual),
      'Variance YTD': centsToDecimal(l.yearToDate.variance),
      'Variance %': l.yearToDate.variancePercent ?? '',
      Favourable: l.yearToDate.favourable ? 'yes' : 'no',
      Flagged: l.yearToDate.flagged ? 'yes' : 'no',
      'Annual budget': centsToDecimal(l.annualBudget),
      'Year-end forecast': centsToDecimal(l.yearEndForecast),
    }));
    return {
      fileName: `${base}-through-month-${report.throughMonth}.csv`,
      data: Papa.unparse(rows),
    };
  }
}

function cellValue(value: ExcelJS.CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'object' && 'result' in value) return (value.result as number) ?? null;
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  return String(value);
}
