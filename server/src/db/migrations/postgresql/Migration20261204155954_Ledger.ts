import { Migration } from '@mikro-orm/migrations';

export class Migration20261204155954_Ledger extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "accounts" drop constraint if exists "accounts_kind_check";`);
    this.addSql(`alter table "accounts" drop constraint if exists "accounts_group_check";`);

    this.addSql(`alter table "accounts" add constraint "accounts_kind_check" check("kind" in ('REVENUE', 'EXPENSE', 'ASSET', 'LIABILITY', 'EQUITY'));`);
    this.addSql(`alter table "accounts" add constraint "accounts_group_check" check("group" in ('PATIENT_REVENUE', 'OTHER_REVENUE', 'PROVIDER_SALARIES', 'STAFF_SALARIES', 'BENEFITS', 'OCCUPANCY', 'MEDICAL_SUPPLIES', 'OFFICE_SUPPLIES', 'EQUIPMENT', 'MARKETING', 'IT', 'INSURANCE', 'PROFESSIONAL_FEES', 'OTHER_EXPENSE', 'CASH', 'RECEIVABLES', 'PAYABLES', 'CLEARING'));`);

    this.addSql(`alter table "ledger_entries" drop constraint "ledger_entries_organization_id_dedupe_key_unique";`);

    this.addSql(`alter table "ledger_entries" add column "line" smallint not null default 1, add column "source_id" uuid null;`);
    this.addSql(`alter table "ledger_entries" rename column "dedupe_key" to "posting_key";`);
    this.addSql(`alter table "ledger_entries" add constraint "ledger_entries_organization_id_posting_key_line_unique" unique ("organization_id", "posting_key", "line");`);

    // The journal becomes double-entry: every existing entry was one side of an actual whose other
    // side lives in the practice's accounting system, so it is balanced on a clearing account.
    this.addSql(`insert into "accounts" ("id", "created_at", "updated_at", "organization_id", "version", "code", "name", "kind", "group", "active")
      select gen_random_uuid(), now(), now(), o."id", 1,
        case when exists (select 1 from "accounts" x where x."organization_id" = o."id" and x."code" = '3900') then '3900-CLR' else '3900' end,
        'Actuals clearing (other side in the accounting system)', 'EQUITY', 'CLEARING', true
      from "organizations" o
      where exists (select 1 from "ledger_entries" e where e."organization_id" = o."id")
        and not exists (select 1 from "accounts" a where a."organization_id" = o."id" and a."group" = 'CLEARING');`);
    this.addSql(`insert into "ledger_entries" ("id", "created_at", "updated_at", "organization_id", "version", "date", "account_id", "cost_centre_id", "amount", "source", "memo", "posting_key", "line", "source_id")
      select gen_random_uuid(), e."created_at", e."updated_at", e."organization_id", 1, e."date",
        (select c."id" from "accounts" c where c."organization_id" = e."organization_id" and c."group" = 'CLEARING' order by c."code" limit 1),
        e."cost_centre_id", case when a."kind" = 'REVENUE' then -e."amount" else e."amount" end, e."source", e."memo", e."posting_key", 2, null
      from "ledger_entries" e join "accounts" a on a."id" = e."account_id"
      where e."line" = 1 and a."kind" in ('REVENUE', 'EXPENSE')
        and not exists (select 1 from "ledger_entries" o where o."organization_id" = e."organization_id" and o."posting_key" = e."posting_key" and o."line" = 2);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "accounts" drop constraint if exists "accounts_kind_check";`);
    this.addSql(`alter table "accounts" drop constraint if exists "accounts_group_check";`);

    this.addSql(`alter table "accounts" add constraint "accounts_kind_check" check("kind" in ('REVENUE', 'EXPENSE'));`);
    this.addSql(`alter table "accounts" add constraint "accounts_group_check" check("group" in ('PATIENT_REVENUE', 'OTHER_REVENUE', 'PROVIDER_SALARIES', 'STAFF_SALARIES', 'BENEFITS', 'OCCUPANCY', 'MEDICAL_SUPPLIES', 'OFFICE_SUPPLIES', 'EQUIPMENT', 'MARKETING', 'IT', 'INSURANCE', 'PROFESSIONAL_FEES', 'OTHER_EXPENSE'));`);

    this.addSql(`alter table "ledger_entries" drop constraint "ledger_entries_organization_id_posting_key_line_unique";`);
    this.addSql(`alter table "ledger_entries" drop column "line", drop column "source_id";`);

    this.addSql(`alter table "ledger_entries" rename column "posting_key" to "dedupe_key";`);
    this.addSql(`alter table "ledger_entries" add constraint "ledger_entries_organization_id_dedupe_key_unique" unique ("organization_id", "dedupe_key");`);
  }

}
