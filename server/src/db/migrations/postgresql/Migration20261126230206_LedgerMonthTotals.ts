import { Migration } from '@mikro-orm/migrations';

export class Migration20261126230206_LedgerMonthTotals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "ledger_month_totals" ("organization_id" uuid not null, "account_id" uuid not null, "cost_centre_id" uuid not null, "month" date not null, "amount" bigint not null, "entries" int not null, constraint "ledger_month_totals_pkey" primary key ("organization_id", "account_id", "cost_centre_id", "month"));`);

    this.addSql(`alter table "ledger_month_totals" add constraint "ledger_month_totals_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ledger_month_totals" add constraint "ledger_month_totals_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ledger_month_totals" add constraint "ledger_month_totals_cost_centre_id_foreign" foreign key ("cost_centre_id") references "cost_centres" ("id") on update cascade on delete cascade;`);

    // Keep the monthly totals in step with every write to the ledger, whoever writes it.
    this.addSql(`create function ledger_month_totals_apply() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          insert into ledger_month_totals (organization_id, account_id, cost_centre_id, month, amount, entries)
          values (old.organization_id, old.account_id, old.cost_centre_id, date_trunc('month', old.date)::date, -old.amount, -1)
          on conflict (organization_id, account_id, cost_centre_id, month)
          do update set amount = ledger_month_totals.amount + excluded.amount, entries = ledger_month_totals.entries + excluded.entries;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          insert into ledger_month_totals (organization_id, account_id, cost_centre_id, month, amount, entries)
          values (new.organization_id, new.account_id, new.cost_centre_id, date_trunc('month', new.date)::date, new.amount, 1)
          on conflict (organization_id, account_id, cost_centre_id, month)
          do update set amount = ledger_month_totals.amount + excluded.amount, entries = ledger_month_totals.entries + excluded.entries;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger ledger_month_totals_sync after insert or update or delete on "ledger_entries" for each row execute function ledger_month_totals_apply();`);
    this.addSql(`insert into ledger_month_totals (organization_id, account_id, cost_centre_id, month, amount, entries)
      select organization_id, account_id, cost_centre_id, date_trunc('month', date)::date, sum(amount), count(*) from ledger_entries group by 1, 2, 3, 4;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists ledger_month_totals_sync on "ledger_entries";`);
    this.addSql(`drop function if exists ledger_month_totals_apply();`);
    this.addSql(`drop table if exists "ledger_month_totals" cascade;`);
  }

}
