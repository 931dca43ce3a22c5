import { Migration } from '@mikro-orm/migrations';

export class Migration20261205084154_EmployeeWorkEmailUnique extends Migration {

  override async up(): Promise<void> {
    // Rows saved before the service checked: a later duplicate keeps its row but gets a marked address to correct,
    // so the index can be built (the earliest employee keeps the address).
    this.addSql(`update "employees" set "work_email" = substr("work_email", 1, 230) || '#duplicate-' || substr("id"::text, 1, 8) where exists (select 1 from "employees" as "earlier" where "earlier"."organization_id" = "employees"."organization_id" and lower("earlier"."work_email") = lower("employees"."work_email") and ("earlier"."created_at" < "employees"."created_at" or ("earlier"."created_at" = "employees"."created_at" and "earlier"."id" < "employees"."id")));`);
    this.addSql(`alter table "employees" add constraint "employees_organization_id_work_email_unique" unique ("organization_id", "work_email");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "employees" drop constraint "employees_organization_id_work_email_unique";`);
  }

}
