import { Migration } from '@mikro-orm/migrations';

const UUID = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

export class Migration20261204160010_Ledger extends Migration {

  /** Rebuilding a table others refer to needs foreign keys off, which SQLite allows only outside a transaction. */
  override isTransactional(): boolean {
    return false;
  }

  override async up(): Promise<void> {
    // Accounts gain balance-sheet kinds and groups: SQLite rebuilds the table to widen its checks
    // (the documented way: foreign keys off, one transaction, then check them).
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`begin;`);
    this.addSql(`create table \`accounts__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` text not null, \`version\` integer not null default 1, \`code\` text not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('REVENUE', 'EXPENSE', 'ASSET', 'LIABILITY', 'EQUITY')) not null, \`group\` text check (\`group\` in ('PATIENT_REVENUE', 'OTHER_REVENUE', 'PROVIDER_SALARIES', 'STAFF_SALARIES', 'BENEFITS', 'OCCUPANCY', 'MEDICAL_SUPPLIES', 'OFFICE_SUPPLIES', 'EQUIPMENT', 'MARKETING', 'IT', 'INSURANCE', 'PROFESSIONAL_FEES', 'OTHER_EXPENSE', 'CASH', 'RECEIVABLES', 'PAYABLES', 'CLEARING')) not null, \`active\` integer not null default true, constraint \`accounts_organization_id_foreign\` foreign key(\`organization_id\`) references \`organizations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`accounts__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`organization_id\`, \`version\`, \`code\`, \`name\`, \`kind\`, \`group\`, \`active\` from \`accounts\`;`);
    this.addSql(`drop table \`accounts\`;`);
    this.addSql(`alter table \`accounts__temp_alter\` rename to \`accounts\`;`);
    this.addSql(`create index \`accounts_organization_id_index\` on \`accounts\` (\`organization_id\`);`);
    this.addSql(`create unique index \`accounts_organization_id_code_unique\` on \`accounts\` (\`organization_id\`, \`code\`);`);

    this.addSql(`drop index \`ledger_entries_organization_id_dedupe_key_unique\`;`);
    this.addSql(`alter table \`ledger_entries\` add column \`line\` integer not null default 1;`);
    this.addSql(`alter table \`ledger_entries\` add column \`source_id\` text null;`);
    this.addSql(`alter table \`ledger_entries\` rename column \`dedupe_key\` to \`posting_key\`;`);
    this.addSql(`create unique index \`ledger_entries_organization_id_posting_key_line_unique\` on \`ledger_entries\` (\`organization_id\`, \`posting_key\`, \`line\`);`);

    // The journal becomes double-entry: every existing entry was one side of an actual whose other
    // side lives in the practice's accounting system, so it is balanced on a clearing account.
    this.addSql(`insert into accounts (id, created_at, updated_at, organization_id, version, code, name, kind, "group", active)
      select ${UUID}, datetime('now'), datetime('now'), o.id, 1,
        case when exists (select 1 from accounts x where x.organization_id = o.id and x.code = '3900') then '3900-CLR' else '3900' end,
        'Actuals clearing (other side in the accounting system)', 'EQUITY', 'CLEARING', 1
      from organizations o
      where exists (select 1 from ledger_entries e where e.organization_id = o.id)
        and not exists (select 1 from accounts a where a.organization_id = o.id and a."group" = 'CLEARING');`);
    this.addSql(`insert into ledger_entries (id, created_at, updated_at, organization_id, version, date, account_id, cost_centre_id, amount, source, memo, posting_key, line, source_id)
      select ${UUID}, e.created_at, e.updated_at, e.organization_id, 1, e.date,
        (select c.id from accounts c where c.organization_id = e.organization_id and c."group" = 'CLEARING' order by c.code limit 1),
        e.cost_centre_id, case when a.kind = 'REVENUE' then -e.amount else e.amount end, e.source, e.memo, e.posting_key, 2, null
      from ledger_entries e join accounts a on a.id = e.account_id
      where e.line = 1 and a.kind in ('REVENUE', 'EXPENSE')
        and not exists (select 1 from ledger_entries o where o.organization_id = e.organization_id and o.posting_key = e.posting_key and o.line = 2);`);
    // The monthly totals follow the journal's new lines; sum them again from it to be sure.
    this.addSql(`delete from ledger_month_totals;`);
    this.addSql(`insert into ledger_month_totals (organization_id, account_id, cost_centre_id, month, amount, entries)
      select organization_id, account_id, cost_centre_id, strftime('%Y-%m-01', date), sum(amount), count(*) from ledger_entries group by 1, 2, 3, 4;`);
    this.addSql(`commit;`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
