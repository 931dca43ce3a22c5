/**
 * The two CSV imports of the campaigns feature: leads (from a web form or call-tracking export) and
 * spend (from an ad platform's export). The server decides; this module only lets people check a
 * file before they send it: which column it will read for what, and which rows name a tracking code
 * that no campaign has. The accepted column names are the server's, in the server's order
 * (CampaignService.importLeads / importSpend): a header is trimmed and compared ignoring case.
 */
import type { CampaignStatus } from '@/gql/graphql';
import type { CsvTable } from '@/shared/csv';
import { countOf as countRows, previewFile, sampleTable, type ImportColumn, type ImportPreview } from '@/shared/import/importFile';
import { addDaysIso } from '@/shared/format';

export type ImportKind = 'leads' | 'spend';

export const IMPORT_KINDS: readonly ImportKind[] = ['spend', 'leads'];

export interface ColumnSpec extends Omit<ImportColumn, 'role' | 'examples'> {
  role: 'date' | 'code' | 'amount' | 'memo' | 'name' | 'phone' | 'email' | 'service';
}

export interface ImportFormat {
  kind: ImportKind;
  title: string;
  /** "3 rows", "1 row" … of what. */
  noun: [singular: string, plural: string];
  columns: readonly ColumnSpec[];
  /** Campaign statuses whose tracking code the server refuses in this import. */
  refusedStatuses: readonly CampaignStatus[];
  /** Where such a file usually comes from. */
  source: string;
}

export const IMPORT_FORMATS: Record<ImportKind, ImportFormat> = {
  spend: {
    kind: 'spend',
    title: 'Import spend',
    noun: ['spend row', 'spend rows'],
    source: 'An ad platform’s billing or campaign report (Google Ads, Meta, a radio station’s invoice list) saved as CSV.',
    refusedStatuses: ['PLANNED', 'CANCELLED'],
    columns: [
      {
        role: 'date',
        label: 'Date',
        names: ['date', 'day'],
        required: true,
        description: 'The day the money was spent: YYYY-MM-DD or M/D/YYYY.',
      },
      {
        role: 'amount',
        label: 'Amount',
        names: ['amount', 'cost', 'spend', 'amount spent'],
        required: true,
        description: 'Dollars, e.g. 412.50, "1,050.00" or $98; not zero.',
      },
      {
        role: 'code',
        label: 'Tracking code',
        names: ['tracking code', 'campaign', 'source', 'utm_campaign'],
        required: true,
        description: 'The campaign’s tracking code, e.g. its UTM campaign value.',
      },
      {
        role: 'memo',
        label: 'Memo',
        names: ['memo', 'description'],
        required: false,
        description: 'Invoice number or a note; shown on the ledger entry.',
      },
    ],
  },
  leads: {
    kind: 'leads',
    title: 'Import leads',
    noun: ['lead', 'leads'],
    source: 'A web-form or call-tracking export saved as CSV, one inquiry per row.',
    refusedStatuses: [],
    columns: [
      { role: 'date', label: 'Date', names: ['date'], required: true, description: 'The day of the inquiry: YYYY-MM-DD.' },
      {
        role: 'code',
        label: 'Source',
        names: ['source'],
        required: true,
        description: 'The tracking code of the campaign that brought the inquiry.',
      },
      { role: 'name', label: 'Name', names: ['name'], required: false, description: 'Who asked.' },
      { role: 'phone', label: 'Phone', names: ['phone'], required: false, description: 'How to call them back.' },
      { role: 'email', label: 'Email', names: ['email'], required: false, description: 'A valid address, or empty.' },
      {
        role: 'service',
        label: 'Service',
        names: ['service'],
        required: false,
        description: 'What they asked for, e.g. "Sports physical".',
      },
    ],
  },
};

export const isImportKind = (value: unknown): value is ImportKind => value === 'leads' || value === 'spend';

/** "1 lead", "12 spend rows". */
export function countOf(kind: ImportKind, n: number): string {
  return countRows(IMPORT_FORMATS[kind].noun, n);
}

export interface CampaignRef {
  id: string;
  name: string;
  trackingCode: string;
  status: CampaignStatus;
}

export type CodeProblem = 'unknown' | 'refused' | 'empty' | null;

export interface CodeMatch {
  code: string;
  campaign: CampaignRef | null;
  problem: CodeProblem;
}

export interface CampaignImportPreview extends ImportPreview<ColumnSpec> {
  /** The first rows, each with the campaign its tracking code names. */
  sample: { row: number; cells: string[]; match: CodeMatch | null }[];
  /** Every tracking code in the file, with its rows, most rows first. */
  codes: (CodeMatch & { rows: number })[];
}

function matchCode(code: string, byCode: Map<string, CampaignRef>, format: ImportFormat): CodeMatch {
  const trimmed = code.trim();
  if (!trimmed) return { code: trimmed, campaign: null, problem: 'empty' };
  const campaign = byCode.get(trimmed.toLowerCase()) ?? null;
  if (!campaign) return { code: trimmed, campaign: null, problem: 'unknown' };
  return { code: trimmed, campaign, problem: format.refusedStatuses.includes(campaign.status) ? 'refused' : null };
}

/** What the import will make of a file, before anything is sent. */
export function previewImport(kind: ImportKind, table: CsvTable, campaigns: readonly CampaignRef[], limit = 10): CampaignImportPreview {
  const format = IMPORT_FORMATS[kind];
  const preview = previewFile(table, format.columns, undefined, limit);
  const codeAt = preview.roles.findIndex((c) => c?.role === 'code');
  const byCode = new Map(campaigns.map((c) => [c.trackingCode.toLowerCase(), c]));
  const matchOf = (cells: string[]) => (codeAt < 0 ? null : matchCode(cells[codeAt] ?? '', byCode, format));

  const codes = new Map<string, CodeMatch & { rows: number }>();
  if (codeAt >= 0) {
    for (const cells of table.rows) {
      const match = matchOf(cells)!;
      const key = match.code.toLowerCase();
      const seen = codes.get(key);
      if (seen) seen.rows++;
      else codes.set(key, { ...match, rows: 1 });
    }
  }
  return {
    ...preview,
    sample: preview.sample.map((r) => ({ ...r, match: matchOf(r.cells) })),
    codes: [...codes.values()].sort((a, b) => b.rows - a.rows || a.code.localeCompare(b.code)),
  };
}

/** The columns with the values of a small sample file, using the practice's own tracking codes where it has some. */
export function sampleColumns(kind: ImportKind, codes: readonly string[], today: string): ImportColumn[] {
  const [a = 'GOOG-FM', b = a] = codes;
  const day = (n: number) => addDaysIso(today, -n);
  const us = (iso: string) => {
    const [y, m, d] = iso.split('-');
    return `${Number(m)}/${Number(d)}/${y}`;
  };
  const examples: Partial<Record<ColumnSpec['role'], readonly string[]>> =
    kind === 'spend'
      ? { date: [day(9), us(day(2))], amount: ['412.50', '1,050.00'], code: [a, b], memo: ['Weekly invoice', 'Invoice 88213'] }
      : {
          date: [day(3), day(1)],
          code: [a, b],
          name: ['Jordan Hale', 'Priya Raman'],
          phone: ['555-0142', '555-0187'],
          email: ['jordan.hale@example.com', ''],
          service: ['Sports physical', 'New patient visit'],
        };
  return IMPORT_FORMATS[kind].columns.map((c) => ({ ...c, examples: examples[c.role] ?? [] }));
}

/** A small file in the expected shape: the header row, then a row per example. */
export function sampleRows(kind: ImportKind, codes: readonly string[], today: string): string[][] {
  return sampleTable(sampleColumns(kind, codes, today));
}
