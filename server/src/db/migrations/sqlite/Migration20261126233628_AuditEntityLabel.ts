import { Migration } from '@mikro-orm/migrations';

// Written from `pnpm praxis migration:create`'s output, without its spurious SQLite table rebuilds.
export class Migration20261126233628_AuditEntityLabel extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`audit_entries\` add column \`entity_label\` text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`audit_entries\` drop column \`entity_label\`;`);
  }

}
