import { Migration } from '@mikro-orm/migrations';

export class Migration20261127031447_Indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "employees_user_id_index" on "employees" ("user_id");`);

    this.addSql(`create index "audit_entries_changes_index" on "audit_entries" ("organization_id", "at" desc, "id" desc) where "action" <> 'READ';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_entries_changes_index";`);

    this.addSql(`drop index "employees_user_id_index";`);
  }

}
