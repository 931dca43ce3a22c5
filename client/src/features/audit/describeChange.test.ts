import { describe, expect, it } from 'vitest';
import { formatDateTime } from '@/shared/format';
import { changesOf, describeEntry, describeReads, formatValue, readSubjects } from './describeChange';

describe('audit entries in words', () => {
  it('reads an incomplete merit-cycle approval: the counts and the reason (the approver is the actor)', () => {
    const changes = changesOf({
      action: 'UPDATE',
      actorName: 'Dana Whitfield',
      entityName: 'CompensationCycle',
      before: { status: 'OPEN', approvedBy: null, eligibleAtApproval: null, proposedAtApproval: null, incompleteReason: null },
      after: {
        status: 'APPROVED',
        approvedBy: '3f2b8c1e-0000-4000-8000-0000000000da',
        eligibleAtApproval: 46,
        proposedAtApproval: 4,
        incompleteReason: 'Payroll closes Friday',
      },
    });
    expect(changes.map((c) => [c.label, c.after])).toEqual([
      ['Status', 'Approved'],
      ['Eligible at approval', '46'],
      ['Proposed at approval', '4'],
      ['Why approved incomplete', 'Payroll closes Friday'],
    ]);
  });

  it('names the actor, the action and the person changed', () => {
    expect(
      describeEntry({
        action: 'UPDATE',
        actorName: 'Marcus Bell',
        actorRole: 'PRACTICE_MANAGER',
        entityName: 'Employee',
        before: { firstName: 'Nora', lastName: 'Fitzgerald' },
        after: { firstName: 'Nora', lastName: 'Fitzgerald-Hale' },
      }),
    ).toBe('Marcus Bell updated employee Nora Fitzgerald-Hale');
  });

  it('falls back to the kind of record, with the right article, and to the system', () => {
    expect(describeEntry({ action: 'CREATE', entityName: 'Assignment', after: { startDate: '2024-01-02' } })).toBe(
      'Praxis (system) created an assignment',
    );
    expect(describeEntry({ action: 'DELETE', actorName: 'Dana Whitfield', entityName: 'ReportingLine' })).toBe(
      'Dana Whitfield deleted a reporting line',
    );
  });

  it('names a record by the label the server kept when nothing else names it', () => {
    expect(
      describeEntry({
        action: 'UPDATE',
        actorName: 'Marcus Bell',
        entityName: 'BudgetLine',
        entityId: 'x',
        entityLabel: '5710 Marketing · Administration',
        after: { m01: 1 },
      }),
    ).toContain('5710 Marketing · Administration');
  });

  it('lists changed fields with readable labels and values, and skips unchanged ones', () => {
    const changes = changesOf({
      action: 'UPDATE',
      entityName: 'Employee',
      before: { workEmail: 'a@x.test', fteHundredths: 100, employmentType: 'FULL_TIME', firstName: 'Nora' },
      after: { workEmail: 'b@x.test', fteHundredths: 60, employmentType: 'PART_TIME', firstName: 'Nora' },
    });
    expect(changes).toEqual([
      { field: 'workEmail', label: 'Work email', before: 'a@x.test', after: 'b@x.test' },
      { field: 'fteHundredths', label: 'FTE', before: '1.00', after: '0.60' },
      { field: 'employmentType', label: 'Employment type', before: 'Full time', after: 'Part time' },
    ]);
  });

  it('shows budget months as money and people referred to by id by name', () => {
    const names = new Map([['3f2b8c1e-0000-4000-8000-000000000001', 'Olivia Grant']]);
    expect(
      changesOf(
        { action: 'CREATE', entityName: 'BudgetLine', after: { m01: '1596500', owner: '3f2b8c1e-0000-4000-8000-000000000001' } },
        names,
      ),
    ).toEqual([
      { field: 'm01', label: 'Month 1', before: null, after: '15,965.00' },
      { field: 'owner', label: 'Owner', before: null, after: 'Olivia Grant' },
    ]);
  });

  it('shows when a budget was submitted as a date and time, not a number', () => {
    const when = Date.UTC(2026, 10, 26, 15, 30);
    const [change, ...rest] = changesOf({
      action: 'UPDATE',
      entityName: 'Budget',
      before: { submittedAt: null, submittedBy: null },
      after: { submittedAt: when, submittedBy: '3f2b8c1e-0000-4000-8000-0000000000da' },
    });
    expect(rest).toEqual([]); // the submitter is the entry's actor
    expect(change!.label).toBe('Submitted');
    expect(change!.after).toBe(formatDateTime(new Date(when).toISOString()));
    expect(formatValue('approvedAt', '2026-11-26T15:30:00.000Z')).toBe(formatDateTime('2026-11-26T15:30:00.000Z'));
  });

  it('reads statuses and lists of fields as words, not raw values', () => {
    const [change] = changesOf({
      action: 'UPDATE',
      entityName: 'Budget',
      before: { status: 'SUBMITTED' },
      after: { status: 'CHANGES_REQUESTED' },
    });
    expect(change).toMatchObject({ label: 'Status', before: 'Submitted', after: 'Changes requested' });
    expect(formatValue('fields', ['pay', 'proposal'])).toBe('pay and proposal');
  });

  it('says one request’s reads in one sentence, naming the first people read', () => {
    const names = new Map([
      ['a', 'Jasmine Powell'],
      ['b', 'Sam Carter'],
    ]);
    const group = {
      actorName: 'Dana Whitfield',
      entityName: 'Employee',
      fields: ['pay', 'proposal'],
      subjectCount: 46,
      subjectSample: ['a', 'b'],
    };
    expect(describeReads(group)).toBe('Dana Whitfield viewed the pay and proposal of 46 people');
    expect(readSubjects(group, names)).toEqual({ shown: ['Jasmine Powell', 'Sam Carter'], more: 44 });
    expect(describeReads({ ...group, entityName: 'Lead', fields: ['contactName'], subjectCount: 1 })).toBe(
      'Dana Whitfield viewed the contact name of 1 lead',
    );
    expect(readSubjects({ ...group, entityName: 'Lead' }, names)).toEqual({ shown: [], more: 46 });
  });
});
